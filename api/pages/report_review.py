"""The monitoring pages: one SOP's figures and its Penilaian form, and an instansi's Permenpan
table with its downloads.

``/laporan/monitoring?sop=&dari=&sampai=``: the step rows (standard beside median / p90, share on
time, Tidak), the charts helper C draws (``_monitoring_charts.html``, included when present) and
the Penilaian: the rule's proposal, the penilai's choice, Catatan, Tindakan, Simpan, then
"Paraf dan bekukan" (confirmed by a required tick: the pages run no inline script); once signed
it is read-only, with the paraf and the figures frozen at that moment.
``/laporan/monitoring/instansi?instansi=&dari=&sampai=``: "Monitoring Pelaksanaan SOP AP" on
screen with links to each SOP and the PDF / XLSX / evaluation PDF downloads (served here, under
the login session, since the JSON API takes Bearer tokens only).
Who may look: reports.access.may_report (403); who may judge: reports.review.may_review.
"""

from __future__ import annotations

import re
from dataclasses import fields as dc_fields
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required

from engine.db import transaction
from engine.deadlines import DEFAULT_ZONE
from engine.errors import EngineError, Forbidden, NotFound
from engine.models import MonitoringReview, utcnow
from reports import review
from reports.access import may_report
from reports.evaluation import evaluation_pdf
from reports.monitoring import Period, StepRow, monitor, parse_period
from reports.monitoring_export import table_of, table_pdf, table_xlsx, wib
from reports.periods import semester_of

from .blueprint import actor, bp, factory
from .i18n import localized
from .report_dashboard import report_instansi

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _today() -> date:
    return utcnow().astimezone(DEFAULT_ZONE).date()


def _period() -> Period:
    source = request.form if request.method == "POST" else request.args
    return parse_period(source.get("dari"), source.get("sampai"), _today())


def _link(endpoint: str, period: Period, **params: str) -> str:
    query = {**params, "dari": period.start.isoformat(), "sampai": period.end.isoformat()}
    return f"{url_for(endpoint)}?{urlencode(query)}"


def semesters(today: date, endpoint: str, **params: str) -> list[tuple[str, str]]:
    """The period picker's shortcuts: this semester and the two before it."""
    found, period = [], semester_of(today)
    for _n in range(3):
        found.append((period.label, _link(endpoint, period, **params)))
        period = semester_of(period.start - timedelta(days=1))
    return found


def _sop_instansi(db: Any, key: str) -> str:
    """The SOP's instansi when the user may report on it: 404 for an unknown key, 403 else."""
    if not key:
        raise NotFound("Pilih SOP (parameter 'sop').", "Choose an SOP ('sop').", field="sop")
    instansi = review.instansi_of(db, key)
    if not may_report(db, actor(), instansi):
        raise Forbidden(f"Anda tidak berhak melihat laporan {instansi}.",
                        f"You may not see the reports of {instansi}.")
    return instansi


def frozen_steps(found: MonitoringReview | None) -> list[StepRow] | None:
    """The step rows as they were when the penilai signed (None: not signed)."""
    if found is None or found.signed_at is None or not found.figures:
        return None
    names = {f.name for f in dc_fields(StepRow)}
    return [StepRow(**({k: v for k, v in step.items() if k in names} | {"durations": []}))
            for step in found.figures.get("steps", [])]


@bp.route("/laporan/monitoring")
@login_required
def report_monitoring() -> str:
    key, period = (request.args.get("sop") or "").strip(), _period()
    with transaction(factory()) as db:
        instansi = _sop_instansi(db, key)
        found = monitor(db, key, period, utcnow())
        current = review.review_of(db, key, period, proposed=found.proposed)
        may_judge = review.may_review(db, actor(), instansi)
        jabatan = review.penilai_jabatan(db, instansi)
    steps = frozen_steps(current)
    return render_template(
        "report_monitoring.html", monitoring=found, review=current, period=period,
        instansi=instansi, may_judge=may_judge, penilai_jabatan=jabatan,
        steps=steps if steps is not None else found.steps, frozen=steps is not None,
        signed_at=wib(current.signed_at), words=review.WORDS, active="reports",
        shortcuts=semesters(_today(), "pages.report_monitoring", sop=key),
        table_url=_link("pages.report_monitoring_instansi", period, instansi=instansi),
        downloads=_downloads(period, instansi, key))


def _downloads(period: Period, instansi: str, key: str | None = None) -> dict[str, str]:
    params = {"instansi": instansi, **({"sop": key} if key else {})}
    return {"pdf": _link("pages.report_table_pdf", period, **params),
            "xlsx": _link("pages.report_table_xlsx", period, **params),
            "evaluasi": _link("pages.report_evaluation_pdf", period, instansi=instansi)}


def _back(key: str, period: Period) -> Response:
    return redirect(_link("pages.report_monitoring", period, sop=key) + "#penilaian")


def _revision() -> int:
    try:
        return int(request.form.get("revision", ""))
    except ValueError:
        abort(400)


@bp.route("/laporan/monitoring/simpan", methods=["POST"])
@login_required
def report_review_save() -> Response:
    key, period = (request.form.get("sop") or "").strip(), _period()
    try:
        with transaction(factory(), write=True) as db:
            _sop_instansi(db, key)
            review.save(db, actor(), key, period, request.form.get("penilaian", ""),
                        request.form.get("catatan"), request.form.get("tindakan"), _revision())
        flash(_("Penilaian disimpan."), "success")
    except EngineError as err:
        if err.status in (403, 404):
            raise
        flash(localized(err), "error")
    return _back(key, period)


@bp.route("/laporan/monitoring/paraf", methods=["POST"])
@login_required
def report_review_sign() -> Response:
    key, period = (request.form.get("sop") or "").strip(), _period()
    if request.form.get("yakin") != "ya":
        flash(_("Centang persetujuan untuk memaraf dan membekukan penilaian."), "error")
        return _back(key, period)
    try:
        with transaction(factory(), write=True) as db:
            _sop_instansi(db, key)
            review.sign(db, actor(), key, period, _revision())
        flash(_("Penilaian diparaf dan dibekukan."), "success")
    except EngineError as err:
        if err.status in (403, 404):
            raise
        flash(localized(err), "error")
    return _back(key, period)


def _instansi(db: Any) -> str:
    choices = report_instansi(db, actor())
    asked = (request.args.get("instansi") or "").strip()
    if not asked and choices:
        return choices[0]
    if asked not in choices:
        raise Forbidden(f"Anda tidak berhak melihat laporan instansi '{asked}'.",
                        f"You may not see the reports of instansi '{asked}'.")
    return asked


@bp.route("/laporan/monitoring/instansi")
@login_required
def report_monitoring_instansi() -> str:
    period = _period()
    with transaction(factory()) as db:
        choices = report_instansi(db, actor())
        instansi = _instansi(db)
        table = table_of(db, instansi, period, utcnow())
    links = {r.key: _link("pages.report_monitoring", period, sop=r.key) for r in table.rows}
    return render_template(
        "report_monitoring_instansi.html", t=table, period=period, instansi=instansi,
        choices=choices, links=links, downloads=_downloads(period, instansi),
        shortcuts=semesters(_today(), "pages.report_monitoring_instansi", instansi=instansi),
        active="reports")


def _file(data: bytes, mimetype: str, name: str) -> Response:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    return Response(data, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{safe}"'})


def _scope(db: Any) -> tuple[str, str | None]:
    key = (request.args.get("sop") or "").strip() or None
    return (_sop_instansi(db, key), key) if key else (_instansi(db), None)


@bp.route("/laporan/monitoring/tabel.pdf")
@login_required
def report_table_pdf() -> Response:
    period = _period()
    with transaction(factory()) as db:
        instansi, key = _scope(db)
        data = table_pdf(db, instansi, period, utcnow(), key)
    return _file(data, "application/pdf",
                 f"monitoring-{key or instansi}-{period.start}-{period.end}.pdf")


@bp.route("/laporan/monitoring/tabel.xlsx")
@login_required
def report_table_xlsx() -> Response:
    period = _period()
    with transaction(factory()) as db:
        instansi, key = _scope(db)
        data = table_xlsx(db, instansi, period, utcnow(), key)
    return _file(data, XLSX, f"monitoring-{key or instansi}-{period.start}-{period.end}.xlsx")


@bp.route("/laporan/monitoring/evaluasi.pdf")
@login_required
def report_evaluation_pdf() -> Response:
    period = _period()
    with transaction(factory()) as db:
        instansi = _instansi(db)
        data = evaluation_pdf(db, instansi, period, utcnow())
    return _file(data, "application/pdf", f"evaluasi-{instansi}-{period.start}-{period.end}.pdf")
