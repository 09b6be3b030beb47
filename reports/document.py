"""The official SOP AP document of one SOP (Permenpan RB 35/2012) as HTML and as PDF.

Page one is the identity sheet; the flowchart table follows on A4 landscape pages. The table is
cut into pages here, not by the PDF engine, so that the off-page connectors can be drawn where
the cut is: each page is its own table with the two-level header (Pelaksana / Mutu Baku), and
row heights are estimated from the text (conservatively, so WeasyPrint does not cut again; if
it ever must, the header still repeats and no row is split).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import flowchart
from .sop_model import Row, SopDocument, document_of

TEMPLATES = Path(__file__).parent / "templates"
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 10.0          # A4 landscape, mm
TABLE_W = PAGE_W - 2 * MARGIN - 1                    # a millimetre for borders
FLOW_BUDGET = 145.0                                  # mm of step rows per page (header apart)
LINE_MM = 3.4                                        # one text line at 7.5pt, line-height 1.3
MM_PER_CHAR = 1.42                                   # DejaVu Sans at 7.5pt, a little wide


@dataclass(frozen=True)
class Widths:
    """Column widths in mm: the pelaksana columns share what the text columns leave."""

    no: float = 8
    uraian: float = 52
    kelengkapan: float = 36
    waktu: float = 17
    output: float = 32
    keterangan: float = 28
    pelaksana: float = 20

    @classmethod
    def for_columns(cls, n: int) -> Widths:
        base = cls()
        fixed = base.no + base.uraian + base.kelengkapan + base.waktu + base.output
        rest = TABLE_W - fixed - base.keterangan
        return cls(pelaksana=round(rest / max(n, 1), 2))


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def document_css() -> str:
    """The document's CSS (page size, page numbers, tables). A book of SOPs includes it once."""
    return (TEMPLATES / "sop_document.css").read_text(encoding="utf-8")


def sop_html(definition, *, standalone: bool = True,
             called_names: Mapping[str, str] | None = None) -> str:
    """The whole document of a deployed definition as HTML; ``standalone=False`` gives the
    ``<section>`` only (no CSS), for a book that concatenates SOPs."""
    return render_document(document_of(definition, called_names), standalone=standalone)


def sop_pdf(definition, called_names: Mapping[str, str] | None = None) -> bytes:
    """The document as PDF (WeasyPrint): A4 landscape, numbered pages."""
    return html_to_pdf(sop_html(definition, called_names=called_names))


def html_to_pdf(html: str) -> bytes:
    """PDF of a standalone document or book (fonts are the machine's: DejaVu, Pango)."""
    from weasyprint import HTML  # imported late: it takes a while and only PDFs need it

    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf()


def render_document(doc: SopDocument, *, standalone: bool = True) -> str:
    """HTML of a :class:`SopDocument` (also used by tests on models that are not deployed)."""
    widths = Widths.for_columns(len(doc.columns))
    geo = flowchart.Geometry(widths.pelaksana, min(14.0, widths.pelaksana * 0.7))
    heights = [row_height(r, widths) for r in doc.rows]
    breaks = flowchart.paginate(doc.rows, heights, FLOW_BUDGET)
    pages = flowchart.build(doc.rows, len(doc.columns), breaks, geo)
    body = _env().get_template("sop_document.html").render(
        doc=doc, t=doc.table, grid=_identity_grid(doc), pages=pages, w=widths,
        style=flowchart.cell_style, symbol=lambda c: flowchart.symbol_svg(c, geo),
        connector=lambda c: flowchart.connector_svg(c, geo))
    if not standalone:
        return body
    return _env().get_template("sop_standalone.html").render(
        title=doc.nama, css=document_css(), body=body)


def _identity_grid(doc: SopDocument) -> list[tuple[tuple[str, list[str]], ...]]:
    t = doc.table
    return [(("Dasar Hukum", t.dasar_hukum), ("Kualifikasi Pelaksana", t.kualifikasi_pelaksana)),
            (("Keterkaitan", t.keterkaitan), ("Peralatan / Perlengkapan", t.peralatan)),
            (("Peringatan", t.peringatan), ("Pencatatan dan Pendataan", t.pencatatan))]


def row_height(row: Row, w: Widths) -> float:
    """Estimated height (mm) of a step's row: its tallest text cell, at least a symbol."""
    def lines(text: str, width: float) -> int:
        per_line = max(4, int((width - 3) / MM_PER_CHAR))
        return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))

    tallest = max(lines(row.uraian, w.uraian),
                  sum(lines(k, w.kelengkapan - 3) for k in row.kelengkapan),
                  lines(row.waktu, w.waktu), lines(row.output, w.output),
                  lines(row.keterangan, w.keterangan))
    return max(10.5, tallest * LINE_MM + 3.0)
