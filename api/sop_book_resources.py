"""The SOP book of an instansi (reports.book): cover, daftar isi and every SOP's document.

Anyone logged in may download it, as anyone logged in may read each SOP document
(api.sop_document_resources): the regulation has the instansi publish its SOPs, and the book
holds nothing a single document does not. An instansi without a deployed SOP answers 404.
"""

from __future__ import annotations

import re

from flask import Response, current_app
from flask_smorest import Blueprint

from engine.db import transaction
from engine.errors import NotFound
from reports.book import UnknownInstansi, book_html, book_of, render_book

from .auth import current_actor

blp = Blueprint("sop_book", __name__, url_prefix="/api",
                description="The SOP book of an instansi (every SOP document in one PDF)")


@blp.route("/instansi/<kode>/sop-book.pdf")
@blp.doc(responses={
    "200": {"description": "the book as PDF (A4 landscape)",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
    "404": {"$ref": "#/components/responses/NOT_FOUND"}})
def sop_book_pdf(kode: str):
    """Cover, daftar isi (page numbers) and every SOP's document, newest version in use of
    each, ordered by nomor SOP then name."""
    current_actor()
    try:
        with transaction(current_app.extensions["sop_factory"]) as db:
            html = book_html(book_of(db, kode))
    except UnknownInstansi as exc:
        raise NotFound(f"Instansi '{kode}' tidak memiliki SOP yang diterapkan.",
                       f"Instansi '{kode}' has no deployed SOP.", field="kode") from exc
    pdf = render_book(html)
    name = "Buku-SOP-" + re.sub(r"[^A-Za-z0-9_.-]", "_", kode) + ".pdf"
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})
