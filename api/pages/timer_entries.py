"""Fired timers in the case's timeline, beside steps, comments and admin actions: a reminder
("Pengingat"), a batas waktu that passed ("Batas waktu terlampaui"), a wait that ended.

Read from the activity events the runtime records for every BPMN node a case passed (a fired
timer event is one; engine.timers records each round of a cycle), named with the SOP's spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from flask_babel import gettext as _

from engine.timer_events import is_timer

from .blueprint import runtime
from .timefmt import as_utc


@dataclass(frozen=True)
class TimerEntry:
    at: datetime
    name: str  # the event as drawn ("Pengingat", "Terlambat")
    text: str  # what happened, in the page's language
    kind: ClassVar[str] = "timer"


def timer_entries(instance_id: int, spec: Any) -> list[TimerEntry]:
    """The case's fired timers, oldest first (none for an SOP without timers: no query)."""
    specs = spec.task_specs
    if not any(is_timer(ts) for ts in specs.values()):
        return []
    return [TimerEntry(as_utc(a.at), specs[a.node_id].bpmn_name or a.node_id,
                       describe(specs[a.node_id]))
            for a in runtime().activities(instance_id)
            if a.node_id in specs and is_timer(specs[a.node_id])]


def describe(task_spec: Any) -> str:
    """Pengingat (a non-interrupting timer), Batas waktu terlampaui (one that stopped its step,
    or a batas escalation), Waktu tunggu selesai (an intermediate timer)."""
    kind = task_spec.event_definition.kind
    if kind == "batas":
        return _("Batas waktu terlampaui; pengawas diberi tahu")
    if not hasattr(task_spec, "cancel_activity"):
        return _("Waktu tunggu selesai")
    if task_spec.cancel_activity:
        return _("Batas waktu terlampaui; langkah dihentikan")
    return _("Pengingat")
