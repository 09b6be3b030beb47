"""Drafts of a step's form (Simpan draf): what its holder typed, kept without completing the
step and restored when they come back; one per (task, user), dropped when the task completes.

A draft is not validated (it may be half filled: that is why it is a draft), but it holds only
the step's own form fields (other keys are dropped, readonly fields keep the model's value),
plain values as typed (text, ticks, numbers), at most :data:`MAX_BYTES` of JSON. Only someone
who may work the task saves one: a holder of its role or its assignee, while nobody else has
claimed it; a finished task takes none (Conflict). Each user's draft is theirs alone.

A draft goes with its task: ``task_drafts.task_id`` references the waiting task with ON DELETE
CASCADE, so the completion's delete of the task row drops every draft of it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from . import access
from .actors import Actor
from .errors import Conflict, Forbidden, InvalidData, NotFound, TooLarge
from .models import TaskDraft, utcnow
from .records import TaskRecord, read_task
from .specs import spec_for

MAX_BYTES = 64 * 1024  # of JSON: a form's worth of typing, not a place to keep documents
_PLAIN = (str, bool, int, float)


@dataclass(frozen=True)
class Draft:
    task_id: str
    username: str
    data: dict[str, Any]
    saved_at: datetime


def save(session: Session, task_id: str, actor: Actor, data: dict[str, Any]) -> Draft:
    """Keep ``data`` as the actor's draft of an open task (replacing their previous one).

    The task row is locked, so a draft cannot outlive a completion that runs at the same
    moment (the completion's delete of the task row cascades to its drafts)."""
    row = read_task(session, task_id, lock=True)
    if row is None:
        raise _gone(session, task_id, actor)
    _check_may_work(session, actor, row)
    clean = _clean(data, _field_ids(row))
    size = len(json.dumps(clean, ensure_ascii=False).encode())
    if size > MAX_BYTES:
        raise TooLarge(f"Draf terlalu besar ({size} bita; paling banyak {MAX_BYTES}).",
                       f"The draft is too large ({size} bytes; at most {MAX_BYTES}).",
                       field="variables")
    now = utcnow()
    found = session.get(TaskDraft, (task_id, actor.username))
    if found is None:
        session.add(TaskDraft(task_id=task_id, username=actor.username, data=clean,
                              saved_at=now))
    else:
        found.data, found.saved_at = clean, now
    session.flush()
    return Draft(task_id, actor.username, clean, now)


def load(session: Session, task_id: str, username: str) -> Draft | None:
    """The user's draft of the task, None when they have none."""
    found = session.get(TaskDraft, (task_id, username))
    if found is None:
        return None
    return Draft(found.task_id, found.username, dict(found.data or {}), found.saved_at)


def delete(session: Session, task_id: str, username: str) -> bool:
    """Drop the user's draft of the task; False when there was none."""
    result = session.execute(sql_delete(TaskDraft).where(TaskDraft.task_id == task_id,
                                                     TaskDraft.username == username))
    return bool(result.rowcount)


def _check_may_work(session: Session, actor: Actor, row: TaskRecord) -> None:
    """A holder of the task's role or its assignee, unless another user claimed it; someone
    who may not even see the case is told there is no such task."""
    mine = row.assignee == actor.username
    if not mine and not actor.holds(row.role, row.instansi):
        if access.visible_case(session, actor, row.instance_id) is None:
            raise _not_found(row.id)
        raise Forbidden(f"Langkah '{row.name}' hanya untuk jabatan {row.role}.",
                        f"Step '{row.name}' belongs to the role {row.role}.", field="role")
    if row.assignee is not None and not mine:
        raise Forbidden(f"Tugas diambil oleh {row.assignee}.",
                        f"Task is claimed by {row.assignee}.", field="assignee")


def _gone(session: Session, task_id: str, actor: Actor) -> Exception:
    """A task that is not open: Conflict when it finished in a case the actor may see."""
    instance = access.visible_case(session, actor, access.case_of_task(session, task_id))
    if instance is not None:
        return Conflict("Tugas sudah selesai; drafnya tidak disimpan.",
                        "The task is finished; its draft was not saved.",
                        processInstanceId=instance.id)
    return _not_found(task_id)


def _not_found(task_id: str) -> NotFound:
    return NotFound(f"Tugas {task_id} tidak ditemukan.", f"Task {task_id} not found.",
                    field="id")


def _field_ids(row: TaskRecord) -> set[str]:
    """The step's own form field ids, readonly ones left out (they keep the model's value)."""
    task_spec = spec_for(row.instance.definition).task_specs.get(row.step_id)
    form = getattr(task_spec, "form", None)
    return {f.id for f in (form.fields if form else ())
            if not any(v.name == "readonly" for v in (f.validation or []))}


def _clean(data: dict[str, Any], field_ids: set[str]) -> dict[str, Any]:
    """Only the form's fields, each a plain value as typed (None: left empty)."""
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if key not in field_ids:
            continue
        if (value is not None and not isinstance(value, _PLAIN)) or (
                isinstance(value, float) and not math.isfinite(value)):
            raise InvalidData(f"Isian {key} pada draf harus berupa teks, angka atau centang.",
                              f"Draft field {key} must be text, a number or a tick.", field=key)
        clean[key] = value
    return clean
