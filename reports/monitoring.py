"""Monitoring Pelaksanaan SOP AP from measured runs: per SOP and period, what each step did.

The figures (the contract reports, charts and the demo rely on; fields are added, never renamed):

- a completion belongs to the period by the time it was completed; its duration is the working
  minutes from the step becoming ready to its completion (engine.working_time: minutes of
  working days, the batas waktu's own rule, so a step ready Friday 15.00 and done Monday 09.00
  took 1080 minutes);
- on time: completed at or before the batas waktu computed from when the step became ready with
  the step's mutu baku waktu of the case's SOP version (engine.tasklist.due_at_of, the inbox's
  Terlambat); steps without a standard count in no on-time share. The runtime stores that
  batas waktu and the working minutes on the completion (migration 0010: the inbox row's own,
  moved by days off added while it waited); completions stored before are computed here with
  today's calendar of days off;
- tidak / tidak_rate, per decision step (its form asks ``keputusan``): completions answered
  Tidak / completions; the SOP's rework rate is every Tidak / every decision completion;
- waiting / overdue: steps waiting now, and those past their batas waktu; running / overdue
  cases now; started, completed (selesai) and refused (ditolak) cases in the period;
- median and p90 of the durations (p90 interpolated between ranks, as PERCENTILE.INC);
- the Penilaian proposed by the instansi's rule (:func:`rule_of`, MonitoringSetting):
  **baik** ("Berjalan dengan baik") when on_time >= min_on_time (default 0.8) and
  rework_rate < max_rework (default 0.2; an SOP without decisions has no rework and passes
  that half), else **tidak_baik**; None when nothing was completed in the period. The penilai
  confirms or changes it (helper R's review).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.days_off import days_off_of
from engine.errors import NotFound
from engine.models import MonitoringSetting, ProcessDefinition, as_utc

from . import measure
from .periods import Period, PeriodError, current_semester, parse_period
from .steps import DueRule, StepInfo, minutes_between, steps_of

BAIK, TIDAK_BAIK = "baik", "tidak_baik"
DEFAULT_MIN_ON_TIME, DEFAULT_MAX_REWORK = 0.8, 0.2


@dataclass
class StepRow:
    step_id: str
    name: str
    role: str
    standard: str
    standard_minutes: float | None
    count: int
    median: float | None
    p90: float | None
    on_time: float | None
    tidak: int | None
    tidak_rate: float | None
    waiting: int
    overdue: int
    durations: list[float]
    gone: bool = False  # a step of an older version only (not in the latest model)
    decision: bool = False
    late: int = 0  # completions after their batas waktu


@dataclass
class MonthRow:
    month: str
    completed: int
    on_time: float | None
    median: float | None  # working minutes from start to end of the cases completed (selesai)
    refused: int


@dataclass
class SopMonitoring:
    key: str
    name: str
    instansi: str
    period: Period
    steps: list[StepRow]
    started: int
    completed: int
    refused: int
    running: int
    overdue: int
    on_time: float | None
    rework_rate: float | None
    proposed: str | None
    monthly: list[MonthRow]
    version: int = 0
    step_completions: int = 0
    decisions: int = 0  # decision completions in the period
    tidak: int = 0  # of which answered Tidak
    rule: dict[str, float] = field(default_factory=dict)


# -- the rule ------------------------------------------------------------------------------
def rule_of(session: Session, instansi: str) -> MonitoringSetting:
    """The instansi's stored rule, or the default (80% on time, rework under 20%), unsaved."""
    found = session.get(MonitoringSetting, instansi)
    if found is not None:
        return found
    return MonitoringSetting(instansi=instansi, min_on_time=DEFAULT_MIN_ON_TIME,
                             max_rework=DEFAULT_MAX_REWORK, penilai_jabatan=None)


def propose(on_time: float | None, rework_rate: float | None, completions: int,
            rule: MonitoringSetting) -> str | None:
    """The rule's Penilaian (see the module's docstring)."""
    if not completions:
        return None
    timely = on_time is None or on_time >= rule.min_on_time
    steady = rework_rate is None or rework_rate < rule.max_rework
    return BAIK if timely and steady else TIDAK_BAIK


# -- figures -------------------------------------------------------------------------------
def percentile(values: list[float], share: float) -> float | None:
    """Linear interpolation between closest ranks (PERCENTILE.INC); ``values`` sorted."""
    if not values:
        return None
    rank = (len(values) - 1) * share
    low = int(rank)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (rank - low)


class _Tally:
    """One step's completions as they are read."""

    __slots__ = ("count", "timed", "on_time", "decisions", "tidak", "durations", "info")

    def __init__(self, info: StepInfo | None):
        self.info = info
        self.count = self.timed = self.on_time = self.decisions = self.tidak = 0
        self.durations: list[float] = []


class _Reader:
    """Turns completions into tallies: per step, per month, per SOP."""

    def __init__(self, session: Session, instansi: str, with_durations: bool):
        self.session, self.with_durations = session, with_durations
        self.days_off = days_off_of(session, instansi)
        self.rules: dict[tuple[int, str], DueRule] = {}
        self.version_steps: dict[int, dict[str, StepInfo]] = {}

    def rule(self, definition_id: int, step_id: str) -> DueRule:
        found = self.rules.get((definition_id, step_id))
        if found is None:
            info = self._steps(definition_id).get(step_id)
            found = DueRule(info.waktu_iso if info else None,
                            info.waktu_hari if info else "kerja", self.days_off)
            self.rules[(definition_id, step_id)] = found
        return found

    def _steps(self, definition_id: int) -> dict[str, StepInfo]:
        if definition_id not in self.version_steps:
            definition = self.session.get(ProcessDefinition, definition_id)
            self.version_steps[definition_id] = (
                {s.step_id: s for s in steps_of(definition)} if definition else {})
        return self.version_steps[definition_id]

    def add(self, tallies: dict[str, _Tally], months: dict[str, list[int]],
            group: measure.StepGroup) -> None:
        """Completions counted in SQL (stored with their times since migration 0010)."""
        tally = _tally_of(tallies, group.step_id)
        tally.count += group.count
        tally.timed += group.timed
        tally.on_time += group.on_time
        tally.decisions += group.decisions
        tally.tidak += group.tidak
        months[group.month][0] += group.on_time
        months[group.month][1] += group.timed

    def read(self, tallies: dict[str, _Tally], months: dict[str, list[int]],
             done: measure.Completion, month: str) -> None:
        """A completion stored before migration 0010: its batas waktu and working minutes
        computed here, as the runtime now stores them."""
        tally = _tally_of(tallies, done.step_id)
        tally.count += 1
        due = self.rule(done.definition_id, done.step_id).due(done.ready)
        if due is not None:
            tally.timed += 1
            months[month][1] += 1
            if done.done <= due:
                tally.on_time += 1
                months[month][0] += 1
        if done.keputusan is not None:
            tally.decisions += 1
            tally.tidak += done.keputusan == "Tidak"
        if self.with_durations:
            tally.durations.append(minutes_between(done.ready, done.done, self.days_off))


def _tally_of(tallies: dict[str, _Tally], step_id: str) -> _Tally:
    tally = tallies.get(step_id)
    if tally is None:
        tally = tallies[step_id] = _Tally(None)
        tally.info = StepInfo(step_id, step_id, "", "", None, False, None, "")
    return tally


def _count(session: Session, reader: _Reader, period: Period, tallies: dict[str, dict],
           months: dict[str, dict], key: str | None = None, instansi: str | None = None
           ) -> None:
    """Every completion of the period into the tallies of its SOP: grouped in SQL, and one
    by one those stored before migration 0010 (only when there are any)."""
    month_of = _month_of(period)
    groups, legacy = measure.grouped(session, period, key=key, instansi=instansi)
    for group in groups:
        if group.key in tallies:
            reader.add(tallies[group.key], months[group.key], group)
    if legacy:
        for done in measure.completions(session, period, key=key, instansi=instansi):
            if done.key in tallies:
                reader.read(tallies[done.key], months[done.key], done, month_of(done.done))
    if reader.with_durations and key:
        for step, minutes in measure.durations(session, period, key).items():
            _tally_of(tallies[key], step).durations.extend(minutes)


def _month_of(period: Period):
    """A function from a (naive) UTC time in the period to its month label."""
    bounds = [(hi.replace(tzinfo=None), label) for label, _lo, hi in period.months()]

    def month(moment: datetime) -> str:
        for hi, label in bounds:
            if moment < hi:
                return label
        return bounds[-1][1]
    return month


def _step_row(tally: _Tally, waiting: tuple[int, int], latest: bool,
              with_durations: bool) -> StepRow:
    info = tally.info
    durations = sorted(tally.durations) if with_durations else []
    decision = info.decision or tally.decisions > 0
    return StepRow(
        step_id=info.step_id, name=info.name, role=info.role, standard=info.standard,
        standard_minutes=info.standard_minutes, count=tally.count,
        median=percentile(durations, 0.5), p90=percentile(durations, 0.9),
        on_time=tally.on_time / tally.timed if tally.timed else None,
        tidak=tally.tidak if decision else None,
        tidak_rate=(tally.tidak / tally.decisions if tally.decisions else None)
        if decision else None,
        waiting=waiting[0], overdue=waiting[1], durations=tally.durations,
        gone=not latest, decision=decision, late=tally.timed - tally.on_time)


@dataclass
class _Sop:
    """What :func:`_assemble` needs of one SOP besides its tallies."""

    key: str
    name: str
    instansi: str
    version: int
    steps: list[StepInfo]


def _assemble(sop: _Sop, period: Period, tallies: dict[str, _Tally],
              months: dict[str, list[int]], waiting: dict[tuple[str, str], tuple[int, int]],
              counts: measure.CaseCounts | None, late_cases: int, rule: MonitoringSetting,
              with_durations: bool, case_medians: dict[str, float | None] | None = None,
              names: Callable[[str, list[str]], dict[str, tuple[str, str]]] | None = None
              ) -> SopMonitoring:
    latest_ids = [s.step_id for s in sop.steps]
    for info in sop.steps:
        found = tallies.get(info.step_id)
        if found is None:
            tallies[info.step_id] = _Tally(info)
        else:
            found.info = info
    gone = sorted(set(tallies) - set(latest_ids))
    if gone and names is not None:
        for step, (name, role) in names(sop.key, gone).items():
            old = tallies[step].info
            tallies[step].info = StepInfo(step, name, role, old.standard, old.standard_minutes,
                                          old.decision, old.waktu_iso, old.waktu_hari)
    rows = [_step_row(tallies[s], waiting.get((sop.key, s), (0, 0)), s not in gone,
                      with_durations) for s in [*latest_ids, *gone]]
    timed = sum(t.timed for t in tallies.values())
    timely = sum(t.on_time for t in tallies.values())
    decisions = sum(t.decisions for t in tallies.values())
    tidak = sum(t.tidak for t in tallies.values())
    done = sum(t.count for t in tallies.values())
    on_time = timely / timed if timed else None
    rework = tidak / decisions if decisions else None
    counts = counts or measure.CaseCounts(0, 0, {})
    ended = counts.ended or {}
    monthly = [MonthRow(month=label, completed=ended.get(label, {}).get("selesai", 0),
                        on_time=(months[label][0] / months[label][1]
                                 if months[label][1] else None),
                        median=(case_medians or {}).get(label),
                        refused=ended.get(label, {}).get("ditolak", 0))
               for label, _lo, _hi in period.months()]
    return SopMonitoring(
        key=sop.key, name=sop.name, instansi=sop.instansi, period=period, steps=rows,
        started=counts.started, completed=sum(m.completed for m in monthly),
        refused=sum(m.refused for m in monthly), running=counts.running, overdue=late_cases,
        on_time=on_time, rework_rate=rework, proposed=propose(on_time, rework, done, rule),
        monthly=monthly, version=sop.version, step_completions=done, decisions=decisions,
        tidak=tidak, rule={"min_on_time": rule.min_on_time, "max_rework": rule.max_rework})


def _latest(session: Session, key: str | None = None,
            instansi: str | None = None) -> list[ProcessDefinition]:
    """The latest version of one SOP, or of every SOP of an instansi (by key)."""
    query = select(ProcessDefinition)
    query = query.where(ProcessDefinition.key == key) if key else query.where(
        ProcessDefinition.instansi == instansi)
    latest: dict[str, ProcessDefinition] = {}
    for definition in session.scalars(query.order_by(ProcessDefinition.key,
                                                     ProcessDefinition.version)):
        latest[definition.key] = definition
    return list(latest.values())


def _sop(definition: ProcessDefinition) -> _Sop:
    return _Sop(definition.key, definition.name, definition.instansi, definition.version,
                steps_of(definition))


def utc(moment: datetime) -> datetime:
    """Times are compared in UTC: SQLite stores them without their zone."""
    return as_utc(moment).astimezone(UTC)


def monitor(session: Session, key: str, period: Period, now: datetime,
            with_durations: bool = True) -> SopMonitoring:
    """The monitoring of one SOP (404 for an unknown key)."""
    now = utc(now)
    found = _latest(session, key=key)
    if not found:
        raise NotFound(f"SOP '{key}' tidak ditemukan.", f"No SOP with key '{key}'.",
                       field="processDefinitionKey")
    sop = _sop(found[0])
    reader = _Reader(session, sop.instansi, with_durations)
    month_of = _month_of(period)
    tallies: dict[str, _Tally] = {}
    months = {label: [0, 0] for label, _lo, _hi in period.months()}
    _count(session, reader, period, {key: tallies}, {key: months}, key=key)
    medians = _case_medians(session, period, key, reader.days_off, month_of) \
        if with_durations else None
    return _assemble(sop, period, tallies, months, measure.waiting(session, now, key=key),
                     measure.case_counts(session, period, key=key).get(key),
                     measure.late_cases(session, now, key=key).get(key, 0),
                     rule_of(session, sop.instansi), with_durations, medians,
                     lambda k, steps: measure.step_names(session, k, steps))


def _case_medians(session: Session, period: Period, key: str, days_off: frozenset[date],
                  month_of) -> dict[str, float | None]:
    spans: dict[str, list[float]] = {}
    for started, ended in measure.case_spans(session, period, key):
        spans.setdefault(month_of(ended), []).append(minutes_between(started, ended, days_off))
    return {m: percentile(sorted(v), 0.5) for m, v in spans.items()}


def overview(session: Session, instansi: str, period: Period,
             now: datetime) -> list[SopMonitoring]:
    """Every SOP of the instansi (by name), with counts, on-time and rework shares and the
    proposed Penilaian; no durations (the dashboard and the Permenpan table need none)."""
    now = utc(now)
    definitions = _latest(session, instansi=instansi)
    reader = _Reader(session, instansi, with_durations=False)
    tallies: dict[str, dict[str, _Tally]] = {d.key: {} for d in definitions}
    months = {d.key: {label: [0, 0] for label, _lo, _hi in period.months()}
              for d in definitions}
    _count(session, reader, period, tallies, months, instansi=instansi)
    waiting = measure.waiting(session, now, instansi=instansi)
    counts = measure.case_counts(session, period, instansi=instansi)
    late = measure.late_cases(session, now, instansi=instansi)
    rule = rule_of(session, instansi)
    found = [_assemble(_sop(d), period, tallies[d.key], months[d.key], waiting,
                       counts.get(d.key), late.get(d.key, 0), rule, False, None,
                       lambda k, steps: measure.step_names(session, k, steps))
             for d in definitions]
    return sorted(found, key=lambda m: (m.name.casefold(), m.key))


def as_dict(found: SopMonitoring) -> dict[str, Any]:
    """Plain data (JSON-ready but for dates) of a monitoring, e.g. to freeze at sign-off."""
    from dataclasses import asdict

    data = asdict(found)
    data["period"] = {"start": found.period.start.isoformat(),
                      "end": found.period.end.isoformat(), "label": found.period.label}
    return data


__all__ = ["BAIK", "TIDAK_BAIK", "MonthRow", "Period", "PeriodError", "SopMonitoring",
           "StepRow", "as_dict", "current_semester", "monitor", "overview", "parse_period",
           "percentile", "propose", "rule_of"]
