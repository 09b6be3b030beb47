"""Rows a runtime call writes, buffered and sent as a few Core statements at the end.

The ORM's unit of work costs about a millisecond per object on this machine; a completion
writes half a dozen rows, so the hot path batches them as ``executemany`` inserts instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .days_off import days_off_of
from .models import ActiveTask, ActivityEvent, TaskEvent, utcnow
from .working_time import working_minutes


class WriteBuffer:
    def __init__(self, session: Session):
        self.session = session
        self.events: list[dict[str, Any]] = []
        self.active: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        # who completed each step that came back ready in this call (engine.notify tells them)
        self.last_doers: dict[str, str] = {}
        # {instansi: its regional days off}, read once per call (a completion and the steps
        # it makes ready share them)
        self.known_days_off: dict[str, frozenset[date]] = {}

    def days_off(self, instansi: str) -> frozenset[date]:
        if instansi not in self.known_days_off:
            self.known_days_off[instansi] = days_off_of(self.session, instansi)
        return self.known_days_off[instansi]

    def event(self, task: dict[str, Any], kind: str, actor: str | None,
              data: dict[str, Any] | None = None, acting_as: str | None = None) -> None:
        """``task`` carries id, instance_id, step_id, name, role (an active task's fields);
        ``acting_as`` names the capacity of a substitute ("Plh. Kasubag Keuangan")."""
        self.events.append({
            "instance_id": task["instance_id"], "task_id": task["id"],
            "step_id": task["step_id"], "name": task["name"], "role": task["role"],
            "kind": kind, "actor": actor, "acting_as": acting_as, "at": utcnow(), "data": data,
            "ready_at": None, "due_at": None, "work_minutes": None})

    def completed(self, task: dict[str, Any], actor: str | None, data: dict[str, Any] | None,
                  acting_as: str | None, days_off: frozenset[date]) -> None:
        """The ``completed`` event of an inbox row (``task`` carries its ``ready_at`` and
        ``due_at``), with both times and the working minutes the step took: the monitoring
        then groups completions in SQL instead of pairing each with its ``ready`` event."""
        self.event(task, "completed", actor, data, acting_as=acting_as)
        event = self.events[-1]
        ready_at = task.get("ready_at")
        event["ready_at"], event["due_at"] = ready_at, task.get("due_at")
        event["work_minutes"] = (None if ready_at is None
                                 else working_minutes(ready_at, event["at"], days_off))

    def ready(self, task: dict[str, Any]) -> None:
        """``task`` may carry ``due_at`` (its batas waktu) and ``returned`` (sent back)."""
        self.active.append({"due_at": None, "returned": False, **task, "ready_at": utcnow(),
                            "assignee": None, "claimed_at": None})
        self.event(task, "ready", None)

    def activity(self, instance_id: int, node_id: str, node_type: str,
                 from_node_id: str | None) -> None:
        self.activities.append({"instance_id": instance_id, "node_id": node_id,
                                "node_type": node_type, "from_node_id": from_node_id,
                                "at": utcnow()})

    def flush(self) -> None:
        for table, rows in ((ActiveTask.__table__, self.active),
                            (TaskEvent.__table__, self.events),
                            (ActivityEvent.__table__, self.activities)):
            if rows:
                self.session.execute(insert(table), rows)
