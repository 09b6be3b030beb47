"""The steps of an SOP as the monitoring lists them, and each step's batas waktu rule.

Steps come from the model: the latest version's user tasks in the SOP's own order (their step
number ``no``, then left to right), each with its mutu baku waktu as written and in working
minutes, and whether it is a decision (its form asks ``keputusan``: Ya / Tidak).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from engine.deadlines import DEFAULT_ZONE, deadline, is_working_day
from engine.specs import DefinitionUnusable, spec_for
from engine.starting import is_user_step
from engine.subprocesses import all_task_specs
from engine.working_time import standard_minutes, working_minutes
from forms.definition import form_definition


@dataclass(frozen=True)
class StepInfo:
    step_id: str
    name: str
    role: str
    standard: str  # the mutu baku waktu as written ("2 Jam"), "" when none
    standard_minutes: float | None
    decision: bool
    waktu_iso: str | None
    waktu_hari: str


def steps_of(definition: Any) -> list[StepInfo]:
    """The user steps of a definition in SOP order; [] when its model cannot be read."""
    try:
        spec = spec_for(definition)
    except DefinitionUnusable:
        return []
    found = [t for t in all_task_specs(spec) if is_user_step(t) and getattr(t, "bpmn_id", None)]
    return [_info(t) for t in sorted(found, key=_step_order)]


def _step_order(task_spec: Any) -> tuple[float, float, str]:
    """The SOP's order: step number ``no``, then the diagram's left-to-right position, then
    the id (as engine.transplant orders the steps of a reset)."""
    number = str((getattr(task_spec, "extensions", None) or {}).get("no") or "")
    x = (getattr(task_spec, "position", None) or {}).get("x") or 0
    return (float(number) if number.replace(".", "", 1).isdigit() else 1e9, float(x),
            task_spec.name)


def _info(task_spec: Any) -> StepInfo:
    props = dict(getattr(task_spec, "extensions", None) or {})
    iso, kind = props.get("waktu_iso") or None, props.get("waktu_hari") or "kerja"
    return StepInfo(step_id=task_spec.name, name=task_spec.bpmn_name or task_spec.name,
                    role=task_spec.lane or "", standard=str(props.get("waktu") or ""),
                    standard_minutes=standard_minutes(iso, kind),
                    decision=form_definition(task_spec).decision() is not None,
                    waktu_iso=iso, waktu_hari=kind)


# Asia/Jakarta keeps one offset all year (no daylight saving): office dates of many stored
# times are found by adding it, without a zone lookup per time
OFFICE_OFFSET = DEFAULT_ZONE.utcoffset(datetime(2026, 1, 1))


class DueRule:
    """The batas waktu of one step standard, as engine.tasklist.due_at_of computes it for the
    inbox's Terlambat. The span from ready to due depends only on the office date a step became
    ready (working days are whole dates), so it is computed once per date and reused: a year
    of completions costs a few hundred calendar walks, not one per completion. Times are naive
    UTC (as reports.measure reads them)."""

    def __init__(self, waktu_iso: str | None, waktu_hari: str, days_off: frozenset[date]):
        self.iso, self.kind, self.days_off = waktu_iso, waktu_hari, days_off
        self._spans: dict[date, timedelta | None] = {}

    def due(self, ready: datetime) -> datetime | None:
        if not self.iso:
            return None
        day = (ready + OFFICE_OFFSET).date()
        if day not in self._spans:
            aware = ready.replace(tzinfo=UTC)
            found = deadline(aware, self.iso, self.kind, days_off=self.days_off)
            self._spans[day] = None if found is None else found - aware
        span = self._spans[day]
        return None if span is None else ready + span


def minutes_between(ready: datetime, done: datetime, days_off: frozenset[date]) -> float:
    """engine.working_time.working_minutes of two naive UTC times, with the common case (both
    on one office day) computed directly."""
    day = (ready + OFFICE_OFFSET).date()
    if day == (done + OFFICE_OFFSET).date():
        if done <= ready or not is_working_day(day, days_off):
            return 0.0
        return (done - ready).total_seconds() / 60
    return working_minutes(ready.replace(tzinfo=UTC), done.replace(tzinfo=UTC), days_off)


__all__ = ["OFFICE_OFFSET", "DueRule", "StepInfo", "minutes_between", "steps_of"]
