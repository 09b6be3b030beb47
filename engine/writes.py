"""Rows a runtime call writes, buffered and sent as a few Core statements at the end.

The ORM's unit of work costs about a millisecond per object on this machine; a completion
writes half a dozen rows, so the hot path batches them as ``executemany`` inserts instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .models import ActiveTask, ActivityEvent, TaskEvent, utcnow


class WriteBuffer:
    def __init__(self, session: Session):
        self.session = session
        self.events: list[dict[str, Any]] = []
        self.active: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        # who completed each step that came back ready in this call (engine.notify tells them)
        self.last_doers: dict[str, str] = {}

    def event(self, task: dict[str, Any], kind: str, actor: str | None,
              data: dict[str, Any] | None = None, acting_as: str | None = None) -> None:
        """``task`` carries id, instance_id, step_id, name, role (an active task's fields);
        ``acting_as`` names the capacity of a substitute ("Plh. Kasubag Keuangan")."""
        self.events.append({
            "instance_id": task["instance_id"], "task_id": task["id"],
            "step_id": task["step_id"], "name": task["name"], "role": task["role"],
            "kind": kind, "actor": actor, "acting_as": acting_as, "at": utcnow(), "data": data})

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
