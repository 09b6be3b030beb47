"""The Permenpan table "Monitoring Pelaksanaan SOP AP" of an instansi and period, as PDF and XLSX.

One row per SOP: No | Prosedur | Penilaian terhadap Penerapan (Berjalan dengan baik / Tidak
berjalan dengan baik: the penilai's when saved, else the rule's proposal marked "usulan") |
Catatan Hasil Penilaian | Tindakan yang Harus Diambil | Paraf Penilai (name, jabatan, time once
signed). The paper form stops there; the figures behind each Penilaian follow as an appendix
(cases, steps on time, rework), so a reader can check the judgement. A signed row shows the
figures frozen at its paraf, not today's. The PDF is A4 landscape with the header rows repeated
on each page (WeasyPrint repeats ``thead``); the XLSX has the table on its first sheet and one
sheet per SOP with its step rows.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.deadlines import DEFAULT_ZONE
from engine.models import MonitoringReview, ProcessDefinition, as_utc

from .document import TEMPLATES, html_to_pdf
from .monitoring import Period, SopMonitoring, StepRow, monitor, overview
from .review import effective, reviews_of, words
from .svgkit import minutes_text

CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
TITLE = "Monitoring Pelaksanaan SOP AP"
HEAD = ("No", "Prosedur", "Berjalan dengan baik", "Tidak berjalan dengan baik",
        "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai")
STEP_HEAD = ("No", "Langkah", "Pelaksana", "Mutu baku waktu", "Selesai",
             "Median (menit kerja)", "P90 (menit kerja)", "Tepat waktu (%)", "Terlambat",
             "Tidak", "Tidak (%)", "Menunggu", "Lewat batas waktu")


@dataclass
class TableRow:
    """One SOP in the table, with the figures of its appendix."""

    no: int
    key: str
    name: str
    penilaian: str | None
    confirmed: bool
    catatan: str
    tindakan: str
    paraf: str  # "Nama, Jabatan, 30-11-2026 10.15 WIB" once signed, else ""
    summary: dict[str, Any] = field(default_factory=dict)  # started, completed ... (live/frozen)

    @property
    def status(self) -> str:
        if self.paraf:
            return "diparaf"
        return "dikonfirmasi" if self.confirmed else ("usulan" if self.penilaian else "")

    @property
    def words(self) -> str:
        text = words(self.penilaian) or "Belum ada data"
        return text if self.confirmed or not self.penilaian else f"{text} (usulan)"


@dataclass
class Table:
    instansi: str
    instansi_nama: str
    period: Period
    rows: list[TableRow]
    generated: str


def wib(moment: datetime | None) -> str:
    """A time as the office writes it: "30-11-2026 10.15 WIB"."""
    if moment is None:
        return ""
    return as_utc(moment).astimezone(DEFAULT_ZONE).strftime("%d-%m-%Y %H.%M WIB")


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def process_properties(xml: str | bytes, key: str) -> dict[str, str]:
    """The camunda:property values of the process ``key`` (the SOP's identity fields)."""
    data = xml.encode() if isinstance(xml, str) else xml
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    for process in root.iterfind(f"{{{BPMN}}}process"):
        if process.get("id") == key:
            found = process.find(f"{{{BPMN}}}extensionElements/{{{CAMUNDA}}}properties")
            if found is None:
                return {}
            return {p.get("name") or "": p.get("value") or ""
                    for p in found.iterfind(f"{{{CAMUNDA}}}property")}
    return {}


def instansi_name(session: Session, instansi: str) -> str:
    """"Dinas ... – Pemerintah Kabupaten ..." from the identity of one of its SOPs."""
    definition = session.scalar(select(ProcessDefinition).where(
        ProcessDefinition.instansi == instansi).order_by(ProcessDefinition.id.desc()).limit(1))
    if definition is None:
        return instansi
    props = process_properties(definition.bpmn_xml, definition.key)
    parts = [props.get("instansi.nama", ""), props.get("instansi.pemerintah", "")]
    return " – ".join(p for p in parts if p) or instansi


def paraf_of(review: MonitoringReview | None) -> str:
    if review is None or review.signed_at is None:
        return ""
    return f"{review.penilai_nama}, {review.penilai_jabatan}, {wib(review.signed_at)}"


def summary_of(found: SopMonitoring, review: MonitoringReview | None) -> dict[str, Any]:
    """The appendix figures: those frozen at the paraf when signed, else measured now."""
    frozen = review.figures if review is not None and review.signed_at else None
    source = frozen or {"started": found.started, "completed": found.completed,
                        "refused": found.refused, "running": found.running,
                        "step_completions": found.step_completions, "on_time": found.on_time,
                        "rework_rate": found.rework_rate, "decisions": found.decisions,
                        "tidak": found.tidak}
    names = ("started", "completed", "refused", "running", "step_completions", "on_time",
             "rework_rate", "decisions", "tidak")
    return {n: source.get(n) for n in names} | {"frozen": bool(frozen)}


def table_of(session: Session, instansi: str, period: Period, now: datetime,
             key: str | None = None) -> Table:
    """The table's rows for an instansi (or its one SOP ``key``)."""
    found = [monitor(session, key, period, now, with_durations=False)] if key else overview(
        session, instansi, period, now)
    reviews = reviews_of(session, instansi, period)
    rows = []
    for no, sop in enumerate(found, start=1):
        review = reviews.get(sop.key)
        penilaian, confirmed = effective(review, sop.proposed)
        rows.append(TableRow(no, sop.key, sop.name, penilaian, confirmed,
                             review.catatan if review else "", review.tindakan if review else "",
                             paraf_of(review), summary_of(sop, review)))
    return Table(instansi, instansi_name(session, instansi), period, rows, wib(now))


# -- PDF -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def env() -> Environment:
    made = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                       trim_blocks=True, lstrip_blocks=True)
    made.filters["percent"] = percent
    made.filters["minutes"] = minutes_text
    return made


def table_html(table: Table, steps: SopMonitoring | None = None) -> str:
    return env().get_template("monitoring_table.html").render(
        t=table, title=TITLE, head=HEAD, steps=steps, step_head=STEP_HEAD)


def table_pdf(session: Session, instansi: str, period: Period, now: datetime,
              key: str | None = None) -> bytes:
    """The Permenpan table as PDF; with ``key`` one SOP's row and its step table."""
    table = table_of(session, instansi, period, now, key)
    steps = monitor(session, key, period, now) if key else None
    return html_to_pdf(table_html(table, steps))


# -- XLSX ----------------------------------------------------------------------------------
def _sheet_title(no: int, name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", f"{no}. {name}")[:31].strip()
    title, n = base, 2
    while title in taken:
        title = f"{base[:27]} ({n})"
        n += 1
    taken.add(title)
    return title


def _share(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _minutes(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def cells(values: list[Any]) -> list[Any]:
    """A row for openpyxl: text without the control characters a workbook cannot hold (an
    SOP name or a jabatan from an imported file may carry one)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]


def step_cells(no: int, row: StepRow) -> list[Any]:
    return [no, row.name + (" (versi lama)" if row.gone else ""), row.role, row.standard,
            row.count, _minutes(row.median), _minutes(row.p90), _share(row.on_time), row.late,
            row.tidak, _share(row.tidak_rate), row.waiting, row.overdue]


def table_xlsx(session: Session, instansi: str, period: Period, now: datetime,
               key: str | None = None) -> bytes:
    """The Permenpan table on sheet one (with the appendix figures to its right), then one
    sheet per SOP with its step rows; with ``key`` that SOP only."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    table = table_of(session, instansi, period, now, key)
    book = Workbook()
    sheet = book.active
    sheet.title = "Monitoring"
    sheet.append([TITLE])
    sheet.append(cells([table.instansi_nama, f"Periode: {table.period.label}",
                        f"{table.period.start.isoformat()} s.d. "
                        f"{table.period.end.isoformat()}"]))
    sheet.append([])
    sheet.append([*HEAD, "Status", "Berkas dimulai", "Berkas selesai", "Berkas ditolak",
                  "Langkah selesai", "Tepat waktu (%)", "Pengulangan / Tidak (%)"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=13)
    for row in table.rows:
        s = row.summary
        mark = "✓ usulan" if not row.confirmed else "✓"
        sheet.append(cells([row.no, row.name, mark if row.penilaian == "baik" else "",
                            mark if row.penilaian == "tidak_baik" else "", row.catatan,
                            row.tindakan, row.paraf, row.status, s["started"],
                            s["completed"], s["refused"], s["step_completions"],
                            _share(s["on_time"]), _share(s["rework_rate"])]))
    for letter, width in zip("ABCDEFGH", (5, 45, 12, 12, 40, 40, 36, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C5"
    taken = {sheet.title}
    for row in table.rows:
        _step_sheet(book.create_sheet(_sheet_title(row.no, row.name, taken)), row,
                    monitor(session, row.key, period, now), Font)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _step_sheet(sheet, row: TableRow, found: SopMonitoring, font) -> None:
    sheet.append(cells([row.name]))
    sheet.append(cells([f"Kunci: {row.key}", f"Periode: {found.period.label}",
                        f"Penilaian: {row.words}"]))
    sheet.append([])
    sheet.append(list(STEP_HEAD))
    sheet["A1"].font = font(bold=True, size=13)
    for cell in sheet[4]:
        cell.font = font(bold=True)
    for no, step in enumerate(found.steps, start=1):
        sheet.append(cells(step_cells(no, step)))
    sheet.column_dimensions["B"].width = 45
    sheet.column_dimensions["C"].width = 28


__all__ = ["HEAD", "STEP_HEAD", "TITLE", "Table", "TableRow", "instansi_name",
           "process_properties", "table_html", "table_of", "table_pdf", "table_xlsx", "wib"]
