"""The queries behind the monitoring: few, grouped, and never one per case.

- :func:`grouped`: the steps completed in the period counted per SOP, step and month in SQL
  (completions, on time against their stored batas waktu, decisions, Tidak): the runtime writes
  each ``completed`` task event with its step's ``ready_at``, ``due_at`` and ``work_minutes``
  (migration 0010), so nothing is paired in Python. Cases that cannot hold such a step (ended
  before the period, started after it) are left out through their own columns first.
- :func:`durations`: the working minutes of each completion of one SOP (medians, p90, charts).
- :func:`completions`: the fallback for completions stored before 0010 (``work_minutes``
  NULL), read one by one with their ready time for the reports to compute as they always did;
  only read when :func:`grouped` found any. SQLite's times are read as text and parsed by
  ``datetime.fromisoformat`` (the driver's own parsing is the slowest part of many rows).
- :func:`waiting`: the steps waiting now, grouped by SOP and step, with how many are late.
- :func:`case_counts`: cases started, ended (selesai / ditolak) per month of the period, running
  and late now, grouped in SQL with the month boundaries of the office's calendar.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import String, and_, case, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from engine.models import ActiveTask, ProcessInstance, TaskEvent

from .periods import Period

EVENTS = TaskEvent.__table__
CASES = ProcessInstance.__table__.c
_CASES_TABLE = ProcessInstance.__table__


class Completion(NamedTuple):
    """A step completed in the period (a tuple: a year of an instansi makes 350,000)."""

    key: str
    definition_id: int
    step_id: str
    ready: datetime
    done: datetime
    keputusan: str | None


def _when(session: Session, column: Any, name: str) -> Any:
    """A stored time as the cheapest thing to read: SQLite's text, PostgreSQL's UTC wall time
    (a naive ``timestamp``, which the driver reads without zone arithmetic)."""
    if _sqlite(session):
        return type_coerce(column, String).label(name)
    return func.timezone("UTC", column).label(name)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _naive(session: Session):
    """A reader of stored times into naive UTC datetimes (cheaper to compare and shift than
    aware ones, and all stored times are UTC)."""
    if _sqlite(session):
        return datetime.fromisoformat
    return _same


def _same(moment: datetime) -> datetime:
    return moment


def completions(session: Session, period: Period, key: str | None = None,
                instansi: str | None = None) -> list[Completion]:
    """Steps completed in ``period`` of one SOP (``key``) or of every SOP of ``instansi``
    that were stored before migration 0010 (``work_minutes`` NULL), one by one with ``ready``
    and ``done`` as naive UTC datetimes, for the reports to compute as they always did. Their
    ready time is the one the migration copied from the ready event, else that event's."""
    earlier = EVENTS.alias("earlier")
    from_event = (select(earlier.c.at).where(earlier.c.task_id == EVENTS.c.task_id,
                                             earlier.c.kind == "ready",
                                             earlier.c.id < EVENTS.c.id)
                  .order_by(earlier.c.id.desc()).limit(1).scalar_subquery())
    keputusan = EVENTS.c.data["keputusan"].as_string().label("keputusan")
    query = (select(CASES.process_key, CASES.definition_id, EVENTS.c.step_id,
                    _when(session, func.coalesce(EVENTS.c.ready_at, from_event), "ready"),
                    _when(session, EVENTS.c.at, "at"), keputusan)
             .select_from(EVENTS).join(_CASES_TABLE, CASES.id == EVENTS.c.instance_id)
             .where(_completed_in(period, key, instansi), EVENTS.c.work_minutes.is_(None)))
    parse = _naive(session)
    return [Completion(k, definition, step, parse(ready), parse(at), decided)
            for k, definition, step, ready, at, decided in session.execute(query)
            if ready is not None]


class StepGroup(NamedTuple):
    """Completions of one step in one month, counted in SQL (those stored since 0010)."""

    key: str
    step_id: str
    month: str
    count: int
    timed: int  # with a batas waktu
    on_time: int  # done at or before it
    decisions: int  # answered a keputusan
    tidak: int  # answered Tidak


def _which(key: str | None, instansi: str | None) -> Any:
    return (CASES.process_key == key) if key else (CASES.instansi == instansi)


def _completed_in(period: Period, key: str | None, instansi: str | None) -> Any:
    """The conditions of a completion of the SOP / instansi in the period (the cases' own
    window first: a case ended before the period or started after it holds none)."""
    lo, hi = period.bounds()
    return and_(EVENTS.c.kind == "completed", EVENTS.c.at >= lo, EVENTS.c.at < hi,
                CASES.started_at < hi, or_(CASES.ended_at.is_(None), CASES.ended_at >= lo),
                _which(key, instansi))


def grouped(session: Session, period: Period, key: str | None = None,
            instansi: str | None = None) -> tuple[list[StepGroup], bool]:
    """The completions of the period that carry their times (written by the runtime since
    migration 0010), grouped per SOP, step and month in SQL; and whether older completions
    (``work_minutes`` NULL) are there too, which :func:`completions` then reads one by one."""
    e = EVENTS.c
    keputusan = e.data["keputusan"].as_string()
    rows = (select(CASES.process_key.label("k"), e.step_id.label("s"),
                   month_bucket(period, e.at).label("m"),
                   case((e.work_minutes.is_(None), 1), else_=0).label("old"),
                   case((e.due_at.is_(None), 0), else_=1).label("timed"),
                   case((e.at <= e.due_at, 1), else_=0).label("in_time"),
                   case((keputusan.is_(None), 0), else_=1).label("decision"),
                   case((keputusan == "Tidak", 1), else_=0).label("tidak"))
            .select_from(EVENTS).join(_CASES_TABLE, CASES.id == e.instance_id)
            .where(_completed_in(period, key, instansi)).subquery())
    found, legacy = [], False
    for k, step, month, old, n, timed, in_time, decisions, tidak in session.execute(
            select(rows.c.k, rows.c.s, rows.c.m, rows.c.old, func.count(),
                   func.sum(rows.c.timed), func.sum(rows.c.in_time), func.sum(rows.c.decision),
                   func.sum(rows.c.tidak))
            .group_by(rows.c.k, rows.c.s, rows.c.m, rows.c.old)):
        if old:
            legacy = True
            continue
        found.append(StepGroup(k, step, month, int(n), int(timed or 0), int(in_time or 0),
                               int(decisions or 0), int(tidak or 0)))
    return found, legacy


def durations(session: Session, period: Period, key: str) -> dict[str, list[float]]:
    """{step id: working minutes of each completion in the period} of one SOP, for the
    completions that carry them (the others come through :func:`completions`)."""
    found: dict[str, list[float]] = {}
    for step, minutes in session.execute(
            select(EVENTS.c.step_id, EVENTS.c.work_minutes)
            .select_from(EVENTS).join(_CASES_TABLE, CASES.id == EVENTS.c.instance_id)
            .where(_completed_in(period, key, None), EVENTS.c.work_minutes.is_not(None))):
        found.setdefault(step, []).append(minutes)
    return found


def step_names(session: Session, key: str, step_ids: list[str]) -> dict[str, tuple[str, str]]:
    """{step id: (name, role)} as last recorded, for steps no longer in the SOP's model."""
    rows = session.execute(
        select(EVENTS.c.step_id, EVENTS.c.name, EVENTS.c.role)
        .join(_CASES_TABLE, CASES.id == EVENTS.c.instance_id)
        .where(CASES.process_key == key, EVENTS.c.step_id.in_(step_ids),
               EVENTS.c.kind == "ready").order_by(EVENTS.c.id))
    return {step: (name, role) for step, name, role in rows}


def waiting(session: Session, now: datetime, key: str | None = None,
            instansi: str | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """{(SOP key, step id): (waiting now, of which past their batas waktu)}."""
    late = func.sum(case((ActiveTask.due_at < now, 1), else_=0))
    query = select(ActiveTask.definition_key, ActiveTask.step_id, func.count(), late)
    query = query.where(ActiveTask.definition_key == key) if key else query.where(
        ActiveTask.instansi == instansi)
    rows = session.execute(query.group_by(ActiveTask.definition_key, ActiveTask.step_id))
    return {(k, step): (int(n), int(over or 0)) for k, step, n, over in rows}


def late_cases(session: Session, now: datetime, key: str | None = None,
               instansi: str | None = None) -> dict[str, int]:
    """{SOP key: running cases with a step past its batas waktu now}."""
    query = (select(ActiveTask.definition_key, func.count(func.distinct(ActiveTask.instance_id)))
             .where(ActiveTask.due_at < now))
    query = query.where(ActiveTask.definition_key == key) if key else query.where(
        ActiveTask.instansi == instansi)
    return dict(session.execute(query.group_by(ActiveTask.definition_key)).all())


@dataclass
class CaseCounts:
    started: int = 0
    running: int = 0
    # {month: {"selesai": n, "ditolak": n}}
    ended: dict[str, dict[str, int]] | None = None


def case_counts(session: Session, period: Period, key: str | None = None,
                instansi: str | None = None) -> dict[str, CaseCounts]:
    """{SOP key: started in the period, running now, ended per month and outcome}."""
    lo, hi = period.bounds()
    which = (CASES.process_key == key) if key else (CASES.instansi == instansi)
    counts: dict[str, CaseCounts] = {}
    started = func.sum(case((and_(CASES.started_at >= lo, CASES.started_at < hi), 1), else_=0))
    running = func.sum(case((CASES.status == "active", 1), else_=0))
    for k, n_started, n_running in session.execute(
            select(CASES.process_key, started, running)
            .where(which, or_(CASES.status == "active", CASES.started_at >= lo))
            .group_by(CASES.process_key)):
        counts[k] = CaseCounts(int(n_started or 0), int(n_running or 0), {})
    ended = (select(CASES.process_key.label("k"),
                    month_bucket(period, CASES.ended_at).label("m"),
                    func.coalesce(CASES.outcome, "selesai").label("how"))
             .where(which, CASES.ended_at >= lo, CASES.ended_at < hi).subquery())
    for k, m, how, n in session.execute(
            select(ended.c.k, ended.c.m, ended.c.how, func.count())
            .group_by(ended.c.k, ended.c.m, ended.c.how)):
        found = counts.setdefault(k, CaseCounts(0, 0, {}))
        found.ended.setdefault(m, {})[how] = int(n)
    return counts


def month_bucket(period: Period, column: Any) -> Any:
    """The month ("2026-07") of a time within the period, by the office's calendar: a CASE
    over the month boundaries, the same SQL on SQLite and PostgreSQL."""
    months = period.months()
    if len(months) == 1:
        return literal(months[0][0])
    return case(*((column < hi, label) for label, _lo, hi in months[:-1]),
                else_=months[-1][0])


def case_spans(session: Session, period: Period, key: str) -> Iterator[tuple[datetime, datetime]]:
    """(started, ended), naive UTC, of the SOP's cases that ended selesai in the period."""
    lo, hi = period.bounds()
    parse = _naive(session)
    rows = session.execute(
        select(_when(session, CASES.started_at, "started_at"),
               _when(session, CASES.ended_at, "ended_at"))
        .where(CASES.process_key == key, CASES.ended_at >= lo, CASES.ended_at < hi,
               func.coalesce(CASES.outcome, "selesai") == "selesai"))
    for started, ended in rows:
        yield parse(started), parse(ended)


__all__ = ["CaseCounts", "Completion", "StepGroup", "case_counts", "case_spans", "completions",
           "durations", "grouped", "late_cases", "month_bucket", "step_names", "waiting"]
