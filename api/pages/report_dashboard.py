"""The Kepala Dinas dashboard, ``/laporan``: every SOP of one instansi at a glance, worst first.

Per SOP: its Penilaian for the period (the penilai's confirmed one when a MonitoringReview holds
it, else the rule's proposal marked "usulan"), the cases running and overdue now and refused this
month, with small bars so the eye finds the trouble before reading; totals on top. The figures
are reports.monitoring's ``overview`` (one grouped pass per instansi); who may look is
reports.access.may_report (403 otherwise). A user who may report on several instansi (admins:
all) chooses one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from flask import g, render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from engine.actors import Actor
from engine.db import transaction
from engine.deadlines import DEFAULT_ZONE
from engine.errors import Forbidden
from engine.models import MonitoringReview, ProcessDefinition, utcnow
from reports.access import may_report
from reports.monitoring import Period, PeriodError, SopMonitoring, overview, parse_period

from .blueprint import actor, bp, factory

BAR_WIDTH = 80
ORDER = {"tidak_baik": 0, None: 1, "baik": 2}  # worst first; no data between


@dataclass(frozen=True)
class DashRow:
    """One SOP's line: the figures and the words the table shows."""

    key: str
    name: str
    penilaian: str | None  # baik | tidak_baik | None (no data)
    confirmed: bool  # the penilai's, not the rule's proposal
    signed: bool
    running: int
    overdue: int
    refused_month: int
    on_time: float | None
    link: str


@bp.route("/laporan")
@login_required
def report_dashboard() -> str:
    me, today = actor(), utcnow().astimezone(DEFAULT_ZONE).date()
    period = page_period(today)
    with transaction(factory()) as db:
        choices = report_instansi(db, me)
        instansi = _chosen(choices)
        sops = overview(db, instansi, period, utcnow())
        reviews = _reviews(db, instansi, period)
    month = today.strftime("%Y-%m")
    month_in_period = period.start <= today <= period.end
    rows = sorted((_row(s, reviews.get(s.key), month if month_in_period else None, period)
                   for s in sops), key=_worst_first)
    return render_template(
        "report_dashboard.html", rows=rows, instansi=instansi, choices=choices, period=period,
        month_label=_month_label(today) if month_in_period else None,
        totals=_totals(rows), bars=_bars(rows), active="reports",
        table_url=_url("/laporan/monitoring/instansi", instansi=instansi, period=period))


def page_period(today: date) -> Period:
    """The period of ``?dari=&sampai=`` (default: the current semester); an unreadable one is
    refused (400) naming the page's own parameter, not the API's from / to."""
    try:
        return parse_period(request.args.get("dari"), request.args.get("sampai"), today)
    except PeriodError as error:
        field = {"from": "dari", "to": "sampai"}.get(error.details.get("field", ""), "")
        raise PeriodError(*(_page_words(m) for m in (error.message, error.message_en)),
                          field=field) from None


def _page_words(message: str) -> str:
    return message.replace("'from'", "'dari'").replace("'to'", "'sampai'")


def report_instansi(db: Session, me: Actor) -> list[str]:
    """The instansi ``me`` may see reports of, by name: admins every instansi with an SOP;
    others those of their jabatan, Plt./Plh. and pengawas marks that may_report admits."""
    deployed = sorted(set(db.scalars(select(ProcessDefinition.instansi).distinct())) - {""})
    if me.is_admin:
        return deployed
    mine = {i for _, i in me.roles} | set(me.supervises) | {i for _, i, _ in me.acting}
    candidates = deployed if "*" in mine else sorted(mine & set(deployed))
    return [i for i in candidates if may_report(db, me, i)]


@bp.app_template_global("may_see_reports")
def may_see_reports() -> bool:
    """For the navigation: may the logged-in user see any report? (asked once per request)"""
    if not current_user.is_authenticated:
        return False
    if "may_see_reports" not in g:
        me = actor()
        if me.is_admin or me.supervises:
            g.may_see_reports = True
        else:
            try:
                with transaction(factory()) as db:
                    g.may_see_reports = bool(report_instansi(db, me))
            except SQLAlchemyError:  # an error page must still render its navigation
                g.may_see_reports = False
    return g.may_see_reports


def _chosen(choices: list[str]) -> str:
    if not choices:
        raise Forbidden("Laporan hanya untuk Kepala Dinas, penilai, pengawas instansi dan admin.",
                        "Reports are for the Kepala Dinas, the penilai, an instansi's "
                        "supervisors and admins.")
    asked = (request.args.get("instansi") or "").strip()
    if not asked:
        return choices[0]
    if asked not in choices:
        raise Forbidden(f"Anda tidak berhak melihat laporan instansi '{asked}'.",
                        f"You may not see the reports of instansi '{asked}'.")
    return asked


def _reviews(db: Session, instansi: str, period: Period) -> dict[str, MonitoringReview]:
    rows = db.scalars(select(MonitoringReview).where(
        MonitoringReview.instansi == instansi, MonitoringReview.period_from == period.start,
        MonitoringReview.period_to == period.end))
    return {r.process_key: r for r in rows}


def _row(sop: SopMonitoring, review: MonitoringReview | None, month: str | None,
         period: Period) -> DashRow:
    confirmed = review is not None and review.penilaian is not None
    refused = (next((m.refused for m in sop.monthly if m.month == month), 0) if month
               else sop.refused)
    return DashRow(key=sop.key, name=sop.name,
                   penilaian=review.penilaian if confirmed else sop.proposed,
                   confirmed=confirmed, signed=bool(review and review.signed_at),
                   running=sop.running, overdue=sop.overdue, refused_month=refused,
                   on_time=sop.on_time,
                   link=_url("/laporan/monitoring", sop=sop.key, period=period))


def _worst_first(row: DashRow) -> tuple[Any, ...]:
    return (ORDER.get(row.penilaian, 1), -row.overdue, -row.refused_month,
            row.on_time if row.on_time is not None else 2.0, -row.running, row.name)


def _totals(rows: list[DashRow]) -> dict[str, int]:
    return {"running": sum(r.running for r in rows), "overdue": sum(r.overdue for r in rows),
            "refused": sum(r.refused_month for r in rows),
            "tidak_baik": sum(1 for r in rows if r.penilaian == "tidak_baik"),
            "sops": len(rows)}


def _bars(rows: list[DashRow]) -> dict[tuple[str, str], float]:
    """(key, column) -> width of the small bar: proportional to the column's largest value."""
    widths: dict[tuple[str, str], float] = {}
    for column in ("running", "overdue", "refused_month"):
        most = max((getattr(r, column) for r in rows), default=0)
        for r in rows:
            value = getattr(r, column)
            widths[(r.key, column)] = max(2.0, value / most * BAR_WIDTH) if value else 0.0
    return widths


def _url(path: str, period: Period, **params: str) -> str:
    """A link to a monitoring page (helper R's), with the dashboard's period."""
    query = {**params, "dari": period.start.isoformat(), "sampai": period.end.isoformat()}
    return f"{request.script_root}{path}?{urlencode(query)}"


MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def _month_label(day: date) -> str:
    return f"{_(MONTHS[day.month - 1])} {day.year}"

