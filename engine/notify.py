"""Notifications (the bell, and mail through engine.outbox): who is told what, when.

The runtime calls :func:`tasks_ready` and :func:`case_ended` in the transaction of the change,
so a notification exists exactly when the change does; the background loop calls
:func:`overdue_scan`. These run on the engine's hot path (every start and completion), so each
call reads the recipients in one indexed query (``ix_user_roles_role``,
``ix_substitutions_role``) and writes its rows in one bulk insert.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import CompoundSelect, Date, bindparam, insert, select, union_all, update
from sqlalchemy.orm import Session

from . import outbox, tasklist
from .deadlines import office_today
from .models import (
    ActiveTask,
    Notification,
    ProcessDefinition,
    ProcessInstance,
    Substitution,
    Supervisor,
    User,
    UserRole,
    as_utc,
    utcnow,
)
from .notify_text import describe, format_due, link_of

__all__ = ["KINDS", "case_ended", "describe", "escalated", "format_due", "holders_of",
           "link_of", "overdue_scan", "tasks_ready"]

KINDS = ("task_ready", "task_returned", "task_overdue", "case_ended", "task_escalated")
OVERDUE_BATCH = 500  # tasks per scan; the loop comes back a few seconds later for the rest

Lane = tuple[str, str]  # (role, instansi)


def tasks_ready(session: Session, instance: Any, rows: list[dict[str, Any]], actor: str | None,
                mail: bool = False, previous: dict[str, str] | None = None) -> None:
    """Tell the holders of each new task's jabatan (or, for a returned step, whoever did it
    before) that it waits for them; ``rows`` are the active-task rows just written (id, step_id,
    name, role, instansi, due_at, returned); ``actor`` (who caused it) is not told; ``mail``:
    SMTP is configured, so immediate-mode users with an address get a mail in the outbox;
    ``previous``: who completed each step last, when the caller has read it already (the
    runtime has), else read here."""
    if not rows:
        return
    lanes = holders_of(session, {(r["role"], r["instansi"]) for r in rows})
    if previous is None:
        previous = tasklist.last_doers(session, instance.id,
                                       [r["step_id"] for r in rows if r.get("returned")])
    facts = _case_facts(instance, actor)
    out: list[dict[str, Any]] = []
    for row in rows:
        holders = lanes.get((row["role"], row["instansi"]), set())
        before = previous.get(row["step_id"]) if row.get("returned") else None
        if before is not None and before in holders:
            kind, told = "task_returned", {before}
        else:
            kind, told = "task_ready", holders
        data = {**facts, **_task_facts(row)}
        out += [_row(user, kind, instance.id, row["id"], data) for user in sorted(told)
                if user != actor]
    _insert(session, out, mail)


def case_ended(session: Session, instance: Any, actor: str | None, mail: bool = False) -> None:
    """Tell whoever started the case that it ended (instance.outcome: selesai / ditolak)."""
    starter = instance.started_by
    if not starter or starter == actor:
        return
    enabled = session.scalar(select(User.id).where(User.username == starter,
                                                   User.disabled.is_(False)))
    if enabled is None:
        return
    data = {**_case_facts(instance, actor), "outcome": instance.outcome or "selesai"}
    _insert(session, [_row(starter, "case_ended", instance.id, None, data)], mail)


def overdue_scan(session: Session, now: datetime, mail: bool = False) -> int:
    """Tell of each waiting task past its batas waktu, once: its assignee, or its jabatan's
    holders while nobody claimed it; marks the tasks ``overdue_notified`` in the same
    transaction. On PostgreSQL the tasks are locked ``FOR UPDATE SKIP LOCKED``, so workers
    scanning at once take disjoint tasks and nobody is told twice. Returns how many
    notifications were written (at most :data:`OVERDUE_BATCH` tasks per call)."""
    found = session.execute(
        select(ActiveTask.id, ActiveTask.instance_id, ActiveTask.step_id, ActiveTask.name,
               ActiveTask.role, ActiveTask.instansi, ActiveTask.due_at, ActiveTask.assignee,
               ProcessInstance.business_key, ProcessInstance.title,
               ProcessDefinition.name.label("sop"))
        .join(ProcessInstance, ProcessInstance.id == ActiveTask.instance_id)
        .join(ProcessDefinition, ProcessDefinition.id == ProcessInstance.definition_id)
        .where(ActiveTask.due_at < now, ActiveTask.overdue_notified.is_(False))
        .order_by(ActiveTask.due_at).limit(OVERDUE_BATCH)
        .with_for_update(skip_locked=True, of=ActiveTask)).all()
    if not found:
        return 0
    lanes = holders_of(session, {(t.role, t.instansi) for t in found if t.assignee is None})
    out: list[dict[str, Any]] = []
    for task in found:
        told = {task.assignee} if task.assignee else lanes.get((task.role, task.instansi), set())
        data = {"nomor": task.business_key or "", "perihal": task.title or "", "sop": task.sop,
                "by": None, **_task_facts(task._asdict())}
        out += [_row(user, "task_overdue", task.instance_id, task.id, data)
                for user in sorted(told)]
    session.execute(update(ActiveTask).where(ActiveTask.id.in_([t.id for t in found]))
                    .values(overdue_notified=True))
    _insert(session, out, mail)
    return len(out)


def escalated(session: Session, instance: Any, row: dict[str, Any] | None,
              mail: bool = False) -> int:
    """A ``batas`` timer fired (engine.timers): tell the pengawas of the case's instansi (and
    of every instansi, '*') that the step is past its batas waktu, in the firing transaction.
    ``row``: the step's inbox row (None when the timer interrupted it). Returns how many."""
    instansi = (row or {}).get("instansi") or instance.instansi
    told = session.scalars(
        select(User.username).join(Supervisor, Supervisor.user_id == User.id)
        .where(Supervisor.instansi.in_([instansi, "*"]), User.disabled.is_(False))
        .distinct()).all()
    facts = {**_case_facts(instance, None), **_task_facts(row or {"instansi": instansi})}
    task_id = row.get("id") if row else None
    out = [_row(user, "task_escalated", instance.id, task_id, facts)
           for user in sorted(told)]
    _insert(session, out, mail)
    return len(out)


def holders_of(session: Session, lanes: Iterable[Lane]) -> dict[Lane, set[str]]:
    """The enabled users holding each (role, instansi) today: as their own jabatan there or in
    every instansi ('*'), or as Plt. / Plh. in force today. One query for all the lanes."""
    lanes = set(lanes)
    if not lanes:
        return {}
    found: dict[Lane, set[str]] = {lane: set() for lane in lanes}
    rows = session.execute(_HOLDERS, {"roles": sorted({role for role, _ in lanes}),
                                      "places": sorted({place for _, place in lanes} | {"*"}),
                                      "today": office_today()})
    for role, instansi, username in rows:
        for lane in lanes:
            if lane[0] == role and instansi in (lane[1], "*"):
                found[lane].add(username)
    return found


def _holders_statement() -> CompoundSelect:
    """Built once (the hot path then only binds values): own jabatan, then Plt. / Plh."""
    roles, places = bindparam("roles", expanding=True), bindparam("places", expanding=True)
    today = bindparam("today", type_=Date)
    own = (select(UserRole.role, UserRole.instansi, User.username)
           .join(User, User.id == UserRole.user_id)
           .where(UserRole.role.in_(roles), UserRole.instansi.in_(places),
                  User.disabled.is_(False)))
    acting = (select(Substitution.role, Substitution.instansi, User.username)
              .join(User, User.id == Substitution.user_id)
              .where(Substitution.role.in_(roles), Substitution.instansi.in_(places),
                     Substitution.ended_at.is_(None), Substitution.starts_on <= today,
                     Substitution.ends_on >= today, User.disabled.is_(False)))
    return union_all(own, acting)


_HOLDERS = _holders_statement()


def _case_facts(instance: Any, actor: str | None) -> dict[str, Any]:
    definition = getattr(instance, "definition", None)
    return {"nomor": instance.business_key or "", "perihal": instance.title or "",
            "sop": getattr(definition, "name", "") or instance.process_key, "by": actor}


def _task_facts(row: dict[str, Any]) -> dict[str, Any]:
    due = row.get("due_at")
    return {"step": row.get("name") or row.get("step_id") or "", "role": row.get("role") or "",
            "instansi": row.get("instansi") or "",
            "due": as_utc(due).isoformat() if due is not None else None}


def _row(username: str, kind: str, instance_id: int, task_id: str | None,
         data: dict[str, Any]) -> dict[str, Any]:
    return {"username": username, "kind": kind, "instance_id": instance_id, "task_id": task_id,
            "data": data, "created_at": utcnow()}


def _insert(session: Session, rows: list[dict[str, Any]], mail: bool) -> None:
    """One bulk insert; with mail on, the rows come back (ids known) for the outbox."""
    if not rows:
        return
    if not mail:  # Core executemany: no ORM objects to build on the hot path
        session.execute(insert(Notification.__table__), rows)
        return
    inserted = session.scalars(insert(Notification).returning(Notification), rows).all()
    outbox.enqueue_immediate(session, inserted)

