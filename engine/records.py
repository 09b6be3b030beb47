"""Light records read with one Core query on the hot path (no ORM object hydration).

A completion reads its task, the task's instance and the instance's definition together; as
ORM objects with eager loading that costs several times more than the engine step itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from .models import ActiveTask, ProcessDefinition, ProcessInstance

ACTIVE = ActiveTask.__table__
INSTANCES = ProcessInstance.__table__
DEFINITIONS = ProcessDefinition.__table__


@dataclass
class DefinitionRecord:
    id: int
    key: str
    version: int
    name: str
    instansi: str
    content_hash: str
    load_xml: Callable[[], str] = field(repr=False)

    @property
    def bpmn_xml(self) -> str:
        """Read only when the parsed spec is not cached yet."""
        return self.load_xml()


@dataclass
class InstanceRecord:
    id: int
    status: str
    state: bytes
    revision: int
    business_key: str | None
    started_by: str | None
    started_at: datetime
    ended_at: datetime | None
    definition: DefinitionRecord
    title: str = ""
    outcome: str | None = None
    parent_id: int | None = None  # a case started by a call activity (engine.calls)
    parent_task_id: str | None = None
    suspended: bool = False  # by an admin (engine.case_admin): no claim, no completion


@dataclass
class TaskRecord:
    id: str
    instance_id: int
    instansi: str
    step_id: str
    name: str
    role: str
    assignee: str | None
    ready_at: datetime
    claimed_at: datetime | None
    instance: InstanceRecord
    due_at: datetime | None = None
    returned: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "instance_id", "instansi", "step_id", "name",
                                               "role", "assignee", "ready_at", "claimed_at",
                                               "due_at", "returned")}


_TASK_QUERY = (
    select(ACTIVE.c.id, ACTIVE.c.instance_id, ACTIVE.c.instansi, ACTIVE.c.step_id,
           ACTIVE.c.name, ACTIVE.c.role, ACTIVE.c.assignee, ACTIVE.c.ready_at,
           ACTIVE.c.claimed_at, ACTIVE.c.due_at, ACTIVE.c.returned, INSTANCES.c.title,
           INSTANCES.c.outcome, INSTANCES.c.status, INSTANCES.c.state, INSTANCES.c.revision,
           INSTANCES.c.business_key, INSTANCES.c.started_by, INSTANCES.c.started_at,
           INSTANCES.c.ended_at, INSTANCES.c.parent_id, INSTANCES.c.parent_task_id,
           INSTANCES.c.suspended,
           DEFINITIONS.c.id.label("def_id"), DEFINITIONS.c.key,
           DEFINITIONS.c.version, DEFINITIONS.c.name.label("def_name"),
           DEFINITIONS.c.instansi.label("def_instansi"), DEFINITIONS.c.content_hash)
    .join(INSTANCES, INSTANCES.c.id == ACTIVE.c.instance_id)
    .join(DEFINITIONS, DEFINITIONS.c.id == INSTANCES.c.definition_id)
)


def read_task(session: Session, task_id: str, lock: bool = False) -> TaskRecord | None:
    """The active task with its instance and definition, optionally locked for update."""
    query = _TASK_QUERY.where(ACTIVE.c.id == task_id)
    if lock:
        query = query.with_for_update(of=ACTIVE)
    row = session.execute(query).first()
    return _task_record(session, row) if row is not None else None


def _task_record(session: Session, row: Row) -> TaskRecord:
    def_id = row.def_id

    def load_xml() -> str:
        return session.execute(select(DEFINITIONS.c.bpmn_xml)
                               .where(DEFINITIONS.c.id == def_id)).scalar_one()

    definition = DefinitionRecord(def_id, row.key, row.version, row.def_name, row.def_instansi,
                                  row.content_hash, load_xml)
    instance = InstanceRecord(row.instance_id, row.status, row.state, row.revision,
                              row.business_key, row.started_by, row.started_at, row.ended_at,
                              definition, row.title, row.outcome, row.parent_id,
                              row.parent_task_id, bool(row.suspended))
    return TaskRecord(row.id, row.instance_id, row.instansi, row.step_id, row.name, row.role,
                      row.assignee, row.ready_at, row.claimed_at, instance, row.due_at,
                      row.returned)
