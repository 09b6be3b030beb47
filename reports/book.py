"""The SOP book of an instansi: one PDF with a cover, a daftar isi and every SOP's document.

This is what a Bagian Organisasi prints and signs off as the instansi's "Buku SOP AP": the
newest non-retired version of each SOP (reports.catalogue, book order: nomor read as numbers,
then name), each document (reports.document, the same HTML as the single SOP's) starting on a
page of its own, A4 landscape. The daftar isi's page numbers are WeasyPrint's
``target-counter()`` of each SOP's section anchor, so they are the PDF's own page numbers.

Rendering a large book takes a while (79 SOPs: see README "Dokumen SOP dan buku SOP"), so the
PDF is kept in memory keyed by the SHA-256 of the book's HTML: the HTML is cheap to build and
changes whenever anything printed changes (a new version, a retired one, a renamed jabatan, a
new year), so a cached PDF is never stale.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from engine.models import ProcessDefinition

from .catalogue import SopEntry, instansi_title, published, sop_names
from .document import document_css, html_to_pdf, sop_html
from .sop_model import DocumentError

TEMPLATES = Path(__file__).parent / "templates"
CACHED_BOOKS = 4


class UnknownInstansi(LookupError):
    """No SOP of this instansi is deployed (or every one is retired)."""


@dataclass(frozen=True)
class Book:
    """What the book shows, before rendering (the tests read it too)."""

    instansi: str
    pemerintah: str
    nama: str
    year: int
    entries: list[SopEntry]
    bodies: list[str]


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def book_css() -> str:
    return (TEMPLATES / "sop_book.css").read_text(encoding="utf-8")


def book_of(session: Session, instansi: str, today: date | None = None) -> Book:
    """The instansi's SOPs and their documents' HTML; :class:`UnknownInstansi` if none."""
    entries = published(session, instansi)
    if not entries:
        raise UnknownInstansi(instansi)
    names = sop_names(session)
    bodies = [_body(session.get(ProcessDefinition, e.id), e, names) for e in entries]
    pemerintah, nama = instansi_title(entries)
    return Book(instansi, pemerintah, nama or instansi, (today or date.today()).year,
                entries, bodies)


def _body(definition: ProcessDefinition, entry: SopEntry, names: dict[str, str]) -> str:
    """One SOP's section; a model no table can show gets a page that says why (the book is
    still printed: one SOP must not hold back the others)."""
    try:
        return sop_html(definition, standalone=False, called_names=names)
    except DocumentError as exc:
        return _env().from_string(
            '<section class="sop-doc" id="sop-{{ e.key }}"><h2>{{ e.name }}</h2>'
            "<p>SOP ini tidak dapat ditampilkan sebagai dokumen SOP AP: {{ why }}</p>"
            "</section>").render(e=entry, why=str(exc))


def book_html(book: Book) -> str:
    """The whole book as one HTML document (what WeasyPrint renders)."""
    return _env().get_template("sop_book.html").render(
        css=document_css(), book_css=book_css(), pemerintah=book.pemerintah, nama=book.nama,
        year=book.year, entries=book.entries, bodies=book.bodies)


_pdfs: OrderedDict[str, bytes] = OrderedDict()
_lock = threading.Lock()


def book_pdf(session: Session, instansi: str, today: date | None = None) -> bytes:
    """The instansi's SOP book as PDF (cached by the HTML's hash: see the module's note)."""
    return render_book(book_html(book_of(session, instansi, today)))


def render_book(html: str) -> bytes:
    """The PDF of a book's HTML, from the cache when the same HTML was rendered before. The
    views build the HTML inside their database transaction and call this after it, so a long
    rendering holds no transaction open."""
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()
    with _lock:
        if digest in _pdfs:
            _pdfs.move_to_end(digest)
            return _pdfs[digest]
    pdf = html_to_pdf(html)
    with _lock:
        _pdfs[digest] = pdf
        while len(_pdfs) > CACHED_BOOKS:
            _pdfs.popitem(last=False)
    return pdf


def clear_cache() -> None:
    """Forget the cached PDFs (tests, benchmarks)."""
    with _lock:
        _pdfs.clear()
