"""Comments (catatan) on a task or on a case as a whole (Camunda's task comments).

Whoever may see the case (engine.access) may read and write its comments, on any of its tasks,
open or finished; for everyone else a case, a task and a comment that exist are answered
exactly like missing ones (NotFound). A task id resolves through ``task_events`` (every task
has its ``ready`` event), so a finished task still has its comments.

Each comment keeps the capacity its author wrote in (``jabatan``), fixed at writing time, as a
letter's signature block is: on a task, the task's role ("Plh. <role>" when held as a
substitute); on the case, or on a task whose role the author does not hold, the author's
jabatan in the case's instansi (a lane of the SOP first), else "Pengawas" or "Admin".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from . import access
from .actors import Actor
from .db import transaction
from .errors import InvalidData, NotFound
from .models import Comment, ProcessInstance, TaskEvent, User, utcnow
from .specs import DefinitionUnusable, lanes_of, spec_for

MAX_CHARS = 5000  # a note, not a document: longer text belongs in an attachment


@dataclass(frozen=True)
class CommentView:
    id: str
    instance_id: int
    task_id: str | None  # None: a comment on the case as a whole
    author: str
    full_name: str
    nip: str
    jabatan: str
    message: str
    at: datetime


@dataclass(frozen=True)
class _Task:
    """A task as its first event knows it (open or finished)."""

    id: str
    instance_id: int
    role: str


class Comments:
    """Write and read comments, with the case's visibility rule (engine.access)."""

    def __init__(self, factory: sessionmaker[Session]):
        self.factory = factory

    def add_to_task(self, task_id: str, actor: Actor, message: str) -> CommentView:
        """A comment on a task (open or finished) of a case the actor may see."""
        text = clean_message(message)
        with transaction(self.factory, write=True) as session:
            task = _task(session, task_id, actor)
            instance = session.get(ProcessInstance, task.instance_id)
            return _add(session, instance, task.id, actor,
                        _task_jabatan(session, actor, instance, task.role), text)

    def add_to_case(self, instance_id: int, actor: Actor, message: str) -> CommentView:
        """A comment on the case as a whole."""
        text = clean_message(message)
        with transaction(self.factory, write=True) as session:
            instance = _instance(session, instance_id, actor)
            return _add(session, instance, None, actor,
                        case_jabatan(session, actor, instance), text)

    def of_task(self, task_id: str, actor: Actor) -> list[CommentView]:
        """The comments of one task, oldest first."""
        with transaction(self.factory) as session:
            task = _task(session, task_id, actor)
            return _views(session, Comment.task_id == task.id)

    def get(self, task_id: str, comment_id: str, actor: Actor) -> CommentView:
        """One comment of that task; NotFound when it is not one of the task's."""
        with transaction(self.factory) as session:
            task = _task(session, task_id, actor)
            found = _views(session, Comment.task_id == task.id, Comment.id == comment_id)
            if not found:
                raise NotFound(f"Catatan {comment_id} tidak ditemukan.",
                               f"Comment {comment_id} not found.", field="commentId")
            return found[0]

    def of_case(self, instance_id: int, actor: Actor) -> list[CommentView]:
        """Every comment of a case, those on its tasks included, oldest first."""
        with transaction(self.factory) as session:
            instance = _instance(session, instance_id, actor)
            return _views(session, Comment.instance_id == instance.id)


def clean_message(message: object) -> str:
    """The message stripped; InvalidData naming ``message`` when empty, too long or holding
    a NUL (PostgreSQL cannot store one in text)."""
    text = message.strip() if isinstance(message, str) else ""
    if not text:
        raise InvalidData("Catatan tidak boleh kosong.", "The comment must not be empty.",
                          field="message")
    if len(text) > MAX_CHARS:
        raise InvalidData(f"Catatan paling banyak {MAX_CHARS} karakter.",
                          f"A comment has at most {MAX_CHARS} characters.", field="message")
    if "\x00" in text:
        raise InvalidData("Catatan memuat karakter yang tidak diizinkan.",
                          "The comment holds a character that is not allowed.", field="message")
    return text


def case_jabatan(session: Session, actor: Actor, instance: ProcessInstance) -> str:
    """The capacity ``actor`` speaks in on this case: a lane of its SOP they hold (own, then
    as Plt. / Plh.), else another jabatan of theirs in its instansi, else Pengawas / Admin,
    else the role they last acted in on this case (they may have lost it since)."""
    instansi = instance.instansi or instance.definition.instansi
    for role in _lanes(instance):
        if actor.holds(role, instansi):
            return actor.acting_as(role, instansi) or role
    own = sorted(role for role, where in actor.roles if where in (instansi, "*"))
    if own:
        return own[0]
    acting = sorted(f"{kind}. {role}" for role, where, kind in actor.acting
                    if where in (instansi, "*"))
    if acting:
        return acting[0]
    if "*" in actor.supervises or instansi in actor.supervises:
        return "Pengawas"
    if actor.is_admin:
        return "Admin"
    return session.scalar(select(TaskEvent.role).where(
        TaskEvent.instance_id == instance.id, TaskEvent.actor == actor.username)
        .order_by(TaskEvent.id.desc()).limit(1)) or ""


def _task_jabatan(session: Session, actor: Actor, instance: ProcessInstance, role: str) -> str:
    instansi = instance.instansi or instance.definition.instansi
    if role and actor.holds(role, instansi):
        return actor.acting_as(role, instansi) or role
    return case_jabatan(session, actor, instance)


def _lanes(instance: ProcessInstance) -> list[str]:
    try:
        return lanes_of(spec_for(instance.definition))
    except DefinitionUnusable:
        return []


def _task(session: Session, task_id: str, actor: Actor) -> _Task:
    """The task (open or finished) of a case the actor may see; else NotFound, alike."""
    first = session.execute(
        select(TaskEvent.task_id, TaskEvent.instance_id, TaskEvent.role)
        .where(TaskEvent.task_id == task_id).order_by(TaskEvent.id).limit(1)).first()
    if first is not None and access.visible_case(session, actor, first.instance_id):
        return _Task(first.task_id, first.instance_id, first.role)
    raise NotFound(f"Tugas {task_id} tidak ditemukan.", f"Task {task_id} not found.",
                   field="id")


def _instance(session: Session, instance_id: int, actor: Actor) -> ProcessInstance:
    instance = access.visible_case(session, actor, instance_id)
    if instance is None:
        raise NotFound(f"Berkas {instance_id} tidak ditemukan.",
                       f"Case {instance_id} not found.", field="id")
    return instance


def _add(session: Session, instance: ProcessInstance, task_id: str | None, actor: Actor,
         jabatan: str, text: str) -> CommentView:
    row = Comment(id=str(uuid.uuid4()), instance_id=instance.id, task_id=task_id,
                  author=actor.username, jabatan=jabatan[:200], message=text, at=utcnow())
    session.add(row)
    session.flush()
    return CommentView(row.id, row.instance_id, row.task_id, row.author, actor.full_name,
                       actor.nip, row.jabatan, row.message, row.at)


def _views(session: Session, *where) -> list[CommentView]:
    """Comments matching ``where`` with their authors' names, oldest first (one query)."""
    rows = session.execute(
        select(Comment, User.full_name, User.nip)
        .outerjoin(User, User.username == Comment.author)
        .where(*where).order_by(Comment.at, Comment.id))
    return [CommentView(c.id, c.instance_id, c.task_id, c.author, full_name or "", nip or "",
                        c.jabatan, c.message, c.at) for c, full_name, nip in rows]
