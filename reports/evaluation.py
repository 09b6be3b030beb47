"""The evaluation of an instansi's SOPs for a period (Permenpan RB 35/2012): what to revise, why.

Four parts, all from what the product holds:

1. every SOP's Penilaian (the penilai's when saved, else the rule's proposal, marked "usulan");
2. the SOPs to revise and why: those judged "Tidak berjalan dengan baik", each with the figures
   behind it: the steps often late (on-time share under the instansi's minimum) and the
   decisions often answered Tidak (Tidak share at or over the maximum rework), and the penilai's
   Catatan / Tindakan;
3. the SOPs whose Tanggal Revisi is due. The rule (stated, since the regulation gives none):
   sop-ap.md reads Tanggal Revisi as the date of the planned review, so an SOP is due when its
   tanggal_revisi is on or before the last day of the period; without one, when its latest
   tanggal_efektif / tanggal_pembuatan is more than :data:`REVIEW_YEARS` years before that day;
   an SOP with no readable date at all is due too ("tanggal tidak tercatat"), since nobody can
   say when it was last looked at;
4. what changed since the previous period (the period of the same length just before: the
   previous semester for a semester): a Penilaian that changed, an on-time share up or down by
   more than :data:`SHIFT` (10 points), new versions of an SOP deployed in the period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.models import MonitoringReview, ProcessDefinition, as_utc

from .document import html_to_pdf
from .monitoring import TIDAK_BAIK, Period, SopMonitoring, overview, rule_of
from .monitoring_export import env, instansi_name, process_properties, wib
from .periods import semester_of
from .review import effective, reviews_of, words

REVIEW_YEARS = 2
SHIFT = 0.10
MONTHS = {m: i for i, m in enumerate(
    ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember"), start=1)}
MONTHS |= {"pebruari": 2, "agustus": 8, "nopember": 11, "okt": 10, "des": 12, "jan": 1,
           "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "sep": 9,
           "nov": 11}


def previous(period: Period) -> Period:
    """The period before: the previous semester of a semester, else as long, just before."""
    if semester_of(period.start) == period:
        return semester_of(period.start - timedelta(days=1))
    length = period.end - period.start
    end = period.start - timedelta(days=1)
    return Period(end - length, end)


def read_date(text: str | None) -> date | None:
    """A date as SOP books write it: "25 Februari 2018", "2018-02-25", "25-02-2018",
    "25/02/2018"; None when unreadable or empty."""
    text = (text or "").strip().casefold()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", text)
    if found:
        day, month, year = (int(g) for g in found.groups())
    else:
        found = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", text)
        if not found or found.group(2) not in MONTHS:
            return None
        day, month, year = int(found.group(1)), MONTHS[found.group(2)], int(found.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class Due:
    key: str
    name: str
    reason: str


def revision_due(props: dict[str, str], key: str, name: str, last_day: date) -> Due | None:
    """Whether an SOP's Tanggal Revisi is due by ``last_day`` (see the module's rule)."""
    planned = read_date(props.get("tanggal_revisi"))
    if planned is not None:
        if planned <= last_day:
            return Due(key, name, f"Tanggal Revisi {planned.strftime('%d-%m-%Y')} sudah lewat.")
        return None
    dates = [d for d in (read_date(props.get("tanggal_efektif")),
                         read_date(props.get("tanggal_pembuatan"))) if d]
    if not dates:
        return Due(key, name, "Tanggal revisi, efektif dan pembuatan tidak tercatat.")
    latest = max(dates)
    limit = _years_before(last_day, REVIEW_YEARS)
    if latest < limit:
        return Due(key, name, f"Tanpa Tanggal Revisi; berlaku sejak "
                              f"{latest.strftime('%d-%m-%Y')}, lebih dari {REVIEW_YEARS} tahun.")
    return None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass
class SopLine:
    no: int
    key: str
    name: str
    penilaian: str | None
    confirmed: bool
    on_time: float | None
    rework: float | None
    completed: int

    @property
    def words(self) -> str:
        text = words(self.penilaian) or "Belum ada data"
        return text if self.confirmed or not self.penilaian else f"{text} (usulan)"


@dataclass
class Revise:
    key: str
    name: str
    confirmed: bool
    reasons: list[str]
    catatan: str
    tindakan: str


@dataclass
class Evaluation:
    instansi: str
    instansi_nama: str
    period: Period
    before: Period
    rule: dict[str, float]
    lines: list[SopLine]
    revise: list[Revise]
    due: list[Due]
    changes: list[tuple[str, str]] = field(default_factory=list)  # (SOP name, what changed)
    generated: str = ""


def reasons_of(sop: SopMonitoring, min_on_time: float, max_rework: float) -> list[str]:
    """The figures behind a "Tidak berjalan dengan baik": late steps, Tidak-heavy decisions."""
    found = []
    if sop.on_time is not None and sop.on_time < min_on_time:
        found.append(f"Hanya {sop.on_time * 100:.0f}% langkah selesai tepat waktu "
                     f"(minimal {min_on_time * 100:.0f}%).")
    if sop.rework_rate is not None and sop.rework_rate >= max_rework:
        found.append(f"{sop.rework_rate * 100:.0f}% keputusan dijawab Tidak "
                     f"(batas {max_rework * 100:.0f}%).")
    for step in sop.steps:
        if step.on_time is not None and step.on_time < min_on_time and step.late:
            found.append(f"Langkah \"{step.name}\" sering terlambat: {step.late} dari "
                         f"{step.count} selesai lewat batas waktu ({step.standard or '-'}).")
        if step.tidak_rate is not None and step.tidak_rate >= max_rework and step.tidak:
            found.append(f"Keputusan \"{step.name}\" sering dijawab Tidak: {step.tidak} dari "
                         f"{step.count} ({step.tidak_rate * 100:.0f}%).")
    return found


def _changes(now: list[SopMonitoring], reviews: dict[str, MonitoringReview],
             before: dict[str, SopMonitoring], reviews_before: dict[str, MonitoringReview],
             deployed: dict[str, list[ProcessDefinition]]) -> list[tuple[str, str]]:
    found = []
    for sop in now:
        penilaian, _ = effective(reviews.get(sop.key), sop.proposed)
        old = before.get(sop.key)
        if old is not None:
            was, _ = effective(reviews_before.get(sop.key), old.proposed)
            if was and penilaian and was != penilaian:
                found.append((sop.name, f"Penilaian berubah: {words(was)} → {words(penilaian)}."))
            if old.on_time is not None and sop.on_time is not None \
                    and abs(sop.on_time - old.on_time) > SHIFT:
                way = "naik" if sop.on_time > old.on_time else "turun"
                found.append((sop.name, f"Tepat waktu {way}: {old.on_time * 100:.0f}% → "
                                        f"{sop.on_time * 100:.0f}%."))
        for definition in deployed.get(sop.key, []):
            found.append((sop.name, f"Versi {definition.version} dipasang "
                                    f"{wib(definition.deployed_at)}."))
    return found


def _deployed_in(session: Session, instansi: str,
                 period: Period) -> dict[str, list[ProcessDefinition]]:
    lo, hi = period.bounds()
    found: dict[str, list[ProcessDefinition]] = {}
    for definition in session.scalars(select(ProcessDefinition).where(
            ProcessDefinition.instansi == instansi).order_by(ProcessDefinition.version)):
        if lo <= as_utc(definition.deployed_at) < hi:
            found.setdefault(definition.key, []).append(definition)
    return found


def _due(session: Session, instansi: str, sops: list[SopMonitoring], last_day: date) -> list[Due]:
    wanted = {s.key: s for s in sops}
    latest: dict[str, ProcessDefinition] = {}
    for definition in session.scalars(select(ProcessDefinition).where(
            ProcessDefinition.instansi == instansi).order_by(ProcessDefinition.version)):
        latest[definition.key] = definition
    found = []
    for key, sop in wanted.items():
        if key in latest:
            props = process_properties(latest[key].bpmn_xml, key)
            due = revision_due(props, key, sop.name, last_day)
            if due:
                found.append(due)
    return found


def evaluate(session: Session, instansi: str, period: Period, now: datetime) -> Evaluation:
    """The evaluation of every SOP of ``instansi`` for ``period``."""
    rule = rule_of(session, instansi)
    sops = overview(session, instansi, period, now)
    reviews = reviews_of(session, instansi, period)
    before = previous(period)
    old = {s.key: s for s in overview(session, instansi, before, now)}
    lines, revise = [], []
    for no, sop in enumerate(sops, start=1):
        review = reviews.get(sop.key)
        penilaian, confirmed = effective(review, sop.proposed)
        lines.append(SopLine(no, sop.key, sop.name, penilaian, confirmed, sop.on_time,
                             sop.rework_rate, sop.completed))
        if penilaian == TIDAK_BAIK:
            revise.append(Revise(sop.key, sop.name, confirmed,
                                 reasons_of(sop, rule.min_on_time, rule.max_rework),
                                 review.catatan if review else "",
                                 review.tindakan if review else ""))
    return Evaluation(instansi, instansi_name(session, instansi), period, before,
                      {"min_on_time": rule.min_on_time, "max_rework": rule.max_rework},
                      lines, revise, _due(session, instansi, sops, period.end),
                      _changes(sops, reviews, old, reviews_of(session, instansi, before),
                               _deployed_in(session, instansi, period)), wib(now))


def evaluation_html(found: Evaluation) -> str:
    return env().get_template("evaluation.html").render(e=found, years=REVIEW_YEARS,
                                                        shift=round(SHIFT * 100))


def evaluation_pdf(session: Session, instansi: str, period: Period, now: datetime) -> bytes:
    return html_to_pdf(evaluation_html(evaluate(session, instansi, period, now)))


__all__ = ["Evaluation", "evaluate", "evaluation_html", "evaluation_pdf", "previous",
           "read_date", "reasons_of", "revision_due"]
