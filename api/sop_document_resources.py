"""The official SOP AP document of a deployed SOP (reports.document), as PDF or HTML.

Anyone logged in may read an SOP document: it is what the instansi publishes. An unknown key
(or version) answers 404 like the definition itself.
"""

from __future__ import annotations

import re

from flask import Response, current_app
from flask_smorest import Blueprint
from sqlalchemy import select

from engine.db import transaction
from engine.errors import Conflict
from engine.models import ProcessDefinition
from reports.document import sop_html, sop_pdf
from reports.sop_model import DocumentError, called_keys

from . import schemas as s
from .auth import current_actor

blp = Blueprint("sop_document", __name__, url_prefix="/api",
                description="The official SOP AP document (identity sheet and flowchart table)")


def _answer(media_type: str, what: str) -> dict:
    return {"200": {"description": what,
                    "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}},
            "409": {"$ref": "#/components/responses/CONFLICT"}}  # a model no table can show


def _render(key: str, version: int | None, as_pdf: bool) -> bytes | str:
    current_actor()
    with transaction(current_app.extensions["sop_factory"]) as db:
        found = current_app.extensions["sop_runtime"].definition(db, key, version)
        names = _names(db, called_keys(found.bpmn_xml, key))
        try:
            return sop_pdf(found, names) if as_pdf else sop_html(found, called_names=names)
        except DocumentError as exc:
            raise Conflict(f"SOP '{key}' tidak dapat ditampilkan sebagai dokumen SOP AP: {exc}",
                           f"Process '{key}' cannot be shown as an SOP AP document: {exc}",
                           field="key") from exc


def _names(db, keys: set[str]) -> dict[str, str]:
    """{key: name} of the SOPs performed at call activities (their newest version's name)."""
    if not keys:
        return {}
    rows = db.execute(select(ProcessDefinition.key, ProcessDefinition.name)
                      .where(ProcessDefinition.key.in_(keys))
                      .order_by(ProcessDefinition.version))
    return {k: n for k, n in rows}


def _file_name(key: str, version: int | None, ext: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", key)
    return f"SOP-{safe}{'-v' + str(version) if version else ''}.{ext}"


@blp.route("/process-definition/key/<key>/document.pdf")
@blp.arguments(s.VersionQuery, location="query")
@blp.doc(responses=_answer("application/pdf", "the document as PDF"))
def document_pdf(query: dict, key: str):
    """The SOP AP document as PDF (A4 landscape; ``?version=N`` for another version)."""
    pdf = _render(key, query["version"], as_pdf=True)
    name = _file_name(key, query["version"], "pdf")
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@blp.route("/process-definition/key/<key>/document.html")
@blp.arguments(s.VersionQuery, location="query")
@blp.doc(responses=_answer("text/html", "the document as a printable HTML page"))
def document_html(query: dict, key: str):
    """The SOP AP document as a printable HTML page."""
    html = _render(key, query["version"], as_pdf=False)
    return Response(html, mimetype="text/html")
