"""Berkas Saya and Berkas Unit: lists of cases with filters, search, sort, paging and export.

"Berkas Saya" lists the cases I started or acted in; "Berkas Unit" every case of the instansi I
supervise (pengawas; admins see every instansi). Both are engine.caselist's one query, which
applies the access rule before paging, so the CSV and XLSX export of a filter holds exactly the
rows its pages show. The filters are a GET form: a filtered list can be bookmarked and shared.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Response, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required

from engine import caselist
from engine.caselist import CaseFilter, CaseRow
from engine.db import transaction
from engine.deadlines import DEFAULT_ZONE
from engine.errors import Forbidden, NotFound
from engine.models import ProcessDefinition

from ..calendar import days_off
from .blueprint import actor, bp, factory
from .i18n import duration
from .people import people

PAGE_SIZES = (25, 50, 100)
MAX_PAGE = 100_000
SORT_WORDS = {"terbaru": "Terbaru dulu", "terlama": "Terlama dulu",
              "umur": "Paling lama berjalan", "nomor": "Nomor berkas"}


@dataclass(frozen=True)
class Asked:
    """The list's GET parameters, read leniently (a bad value falls back to the default)."""

    search: str
    status: str
    sop: str
    sort: str
    size: int
    number: int

    @property
    def filtered(self) -> bool:
        return bool(self.search or self.status or self.sop)

    def params(self, **changes: Any) -> dict[str, Any]:
        values = {"q": self.search, "status": self.status, "sop": self.sop, "urut": self.sort,
                  "per": self.size, "hal": self.number, **changes}
        defaults = {"urut": "terbaru", "per": PAGE_SIZES[0], "hal": 1}
        return {k: v for k, v in values.items() if v not in ("", None) and defaults.get(k) != v}


def _asked() -> Asked:
    args = request.args
    status = args.get("status", "")
    sort = args.get("urut", "terbaru")
    size = _int(args.get("per"), PAGE_SIZES[0])
    return Asked(search=(args.get("q") or "").strip()[:200],
                 status=status if status in caselist.STATUSES else "",
                 sop=(args.get("sop") or "")[:200],
                 sort=sort if sort in caselist.SORTS else "terbaru",
                 size=size if size in PAGE_SIZES else PAGE_SIZES[0],
                 number=min(max(_int(args.get("hal"), 1), 1), MAX_PAGE))


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or default)
    except ValueError:
        return default


def _filter(scope: str, asked: Asked, first: int = 0, size: int | None = None) -> CaseFilter:
    return CaseFilter(scope=scope, status=asked.status or None, key=asked.sop or None,
                      search=asked.search or None, sort=asked.sort, first=first,
                      max=size if size is not None else asked.size)


def _unit_allowed() -> None:
    me = actor()
    if not (me.is_admin or me.supervises):
        raise Forbidden("Berkas Unit hanya untuk pengawas instansi dan admin.",
                        "Berkas Unit is for an instansi's supervisors (pengawas) and admins.")


@bp.route("/berkas")
@login_required
def my_cases() -> str:
    return _render("mine", "pages.my_cases")


@bp.route("/berkas/unit")
@login_required
def unit_cases() -> str:
    _unit_allowed()
    return _render("unit", "pages.unit_cases")


@bp.route("/berkas/unduh.<fmt>")
@login_required
def my_cases_export(fmt: str) -> Response:
    return _export("mine", fmt, _("berkas-saya"))


@bp.route("/berkas/unit/unduh.<fmt>")
@login_required
def unit_cases_export(fmt: str) -> Response:
    _unit_allowed()
    return _export("unit", fmt, _("berkas-unit"))


def _render(scope: str, endpoint: str) -> str:
    me, asked = actor(), _asked()
    with transaction(factory()) as db:
        total = caselist.count(db, me, _filter(scope, asked))
        last_page = max(1, -(-total // asked.size))
        number = min(asked.number, last_page)
        rows = caselist.rows(db, me, _filter(scope, asked, (number - 1) * asked.size),
                             days_off)
        sops = _sops(db)
    names = people([s.assignee for r in rows for s in r.steps] + [r.started_by for r in rows])

    def link(**changes: Any) -> str:
        return url_for(endpoint, **asked.params(**changes))

    export = "pages.my_cases_export" if scope == "mine" else "pages.unit_cases_export"
    return render_template(
        "cases.html", scope=scope, rows=rows, total=total, asked=asked, number=number,
        last_page=last_page, first=(number - 1) * asked.size + 1,
        last=(number - 1) * asked.size + len(rows), names=names, sops=sops,
        statuses=caselist.STATUSES, sorts=SORT_WORDS, page_sizes=PAGE_SIZES,
        endpoint=endpoint, clear_url=url_for(endpoint),
        prev_url=link(hal=number - 1) if number > 1 else None,
        next_url=link(hal=number + 1) if number < last_page else None,
        csv_url=url_for(export, fmt="csv", **asked.params(hal=1)),
        xlsx_url=url_for(export, fmt="xlsx", **asked.params(hal=1)),
        active="cases_unit" if scope == "unit" else "cases")


def _sops(db) -> list[tuple[str, str]]:
    """Every SOP (key, latest name) for the filter."""
    found: dict[str, str] = {}
    for key, name in db.execute(ProcessDefinition.__table__.select()
                                .with_only_columns(ProcessDefinition.key,
                                                   ProcessDefinition.name)
                                .order_by(ProcessDefinition.version)):
        found[key] = name
    return sorted(found.items(), key=lambda item: item[1])


# -- export ---------------------------------------------------------------------------------------
def _export(scope: str, fmt: str, stem: str) -> Response:
    if fmt not in ("csv", "xlsx"):
        raise NotFound("Format unduhan hanya csv atau xlsx.", "Download as csv or xlsx only.",
                       field="format")
    me, asked = actor(), _asked()
    with transaction(factory()) as db:
        rows = caselist.rows(db, me, _filter(scope, asked, 0, caselist.MAX_EXPORT), days_off)
    names = people([s.assignee for r in rows for s in r.steps] + [r.started_by for r in rows])
    table = [_headers()] + [_cells(r, names) for r in rows]
    dated = f"{stem}-{datetime.now(DEFAULT_ZONE):%Y-%m-%d}.{fmt}"
    if fmt == "csv":
        body: Any = _csv(table)
        kind = "text/csv; charset=utf-8"
    else:
        body = _xlsx(table)
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, mimetype=kind.split(";")[0], content_type=kind, headers={
        "Content-Disposition": f'attachment; filename="{dated}"'})


def _headers() -> list[str]:
    return [_("Nomor berkas"), _("Perihal"), _("SOP"), _("Instansi"), _("Status"),
            _("Langkah saat ini"), _("Pemegang"), _("Dimulai oleh"), _("Dimulai"),
            _("Berakhir"), _("Umur"), _("Mutu baku"), _("Nomor sistem")]


STATUS_WORDS = {"berjalan": "Berjalan", "terlambat": "Terlambat", "selesai": "Selesai",
                "ditolak": "Ditolak", "dibatalkan": "Dibatalkan"}


def status_word(code: str) -> str:
    return _(STATUS_WORDS.get(code, code))


def _cells(row: CaseRow, names: dict[str, str]) -> list[Any]:
    zone = DEFAULT_ZONE
    return [row.nomor or "", row.perihal, row.sop_name, row.instansi, status_word(row.status),
            "; ".join(s.name for s in row.steps),
            "; ".join(names.get(s.assignee, s.assignee) if s.assignee else s.role
                      for s in row.steps),
            names.get(row.started_by or "", row.started_by or ""),
            row.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            row.ended_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if row.ended_at else "",
            duration(row.age), duration(row.standard) if row.standard else "", row.id]


def _csv(table: list[list[Any]]) -> Iterator[str]:
    """Streamed line by line; starts with a BOM so spreadsheet programs read UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out)
    yield "\ufeff"
    for line in table:
        writer.writerow([_safe_cell(c) for c in line])
        yield out.getvalue()
        out.seek(0)
        out.truncate()


def _safe_cell(value: Any) -> Any:
    """A text starting with = + - @ would run as a formula in a spreadsheet: quote it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _xlsx(table: list[list[Any]]) -> bytes:
    from openpyxl import Workbook  # only an export needs it

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Berkas"))
    for line in table:
        sheet.append([_safe_cell(c) for c in line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
