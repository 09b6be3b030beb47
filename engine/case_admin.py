"""Admin operations on running cases: suspend / activate, cancel, reset to an earlier step.

Each operation is for admins only (403 otherwise), is one transaction, bumps the case's
revision with the same ``UPDATE ... WHERE revision = :seen`` check as ``Runtime._save`` (two
admins at once: one wins, the other gets 409), and is written twice: in the audit log
(engine.audit) and as a ``case_actions`` row that the case page's timeline shows. Migration to
another version lives in engine.case_migration, retiring a version in engine.retirement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from . import audit, notify
from .actors import Actor
from .db import transaction
from .errors import Conflict, Forbidden, InvalidData, NotFound
from .models import CaseAction, ProcessInstance, Timer, utcnow
from .outcomes import DIBATALKAN
from .records import ACTIVE, INSTANCES
from .specs import spec_for
from .transplant import is_user_task, live_tasks, place
from .writes import WriteBuffer

if TYPE_CHECKING:
    from .runtime import Runtime

SUSPENDED, ACTIVATED, CANCELLED, RESET, MIGRATED = (
    "suspended", "activated", "cancelled", "reset", "migrated")
MAX_REASON = 1000


@dataclass(frozen=True)
class ActionView:
    """One admin action on a case, for the timeline and the API."""

    kind: str
    actor: str | None
    at: datetime
    detail: dict[str, Any]


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat mengubah jalannya berkas.",
                        "Only admins may change how a case runs.")


def refuse_if_suspended(instance: Any) -> None:
    """A step of a suspended case cannot be claimed or completed (409). ``instance``: the
    task's case as read with the task (engine.records), so this costs no query; a suspend
    racing the completion bumps the case's revision, so one of the two gets a Conflict."""
    instance_id = instance.id
    if instance.suspended:
        raise Conflict(f"Berkas #{instance_id} sedang ditangguhkan oleh admin; langkahnya tidak "
                       "dapat diambil atau diselesaikan sampai diaktifkan kembali.",
                       f"Case #{instance_id} is suspended by an admin; its steps cannot be "
                       "claimed or completed until it is activated again.",
                       field="suspended", processInstanceId=instance_id)


def actions(session: Session, instance_id: int) -> list[ActionView]:
    """The admin actions on a case, oldest first."""
    found = session.scalars(select(CaseAction).where(CaseAction.instance_id == instance_id)
                            .where(CaseAction.kind != "called")  # engine.calls' own rows
                            .order_by(CaseAction.id))
    return [ActionView(a.kind, a.actor, a.at, dict(a.detail or {})) for a in found]


def record(session: Session, instance_id: int, kind: str, actor: str, action: str,
           address: str = "", **detail: Any) -> None:
    """The two traces of an admin action: the case's timeline row and the audit entry."""
    session.add(CaseAction(instance_id=instance_id, kind=kind, actor=actor, at=utcnow(),
                           detail=detail or None))
    audit.record(session, action, actor, f"case:{instance_id}", address, **detail)


def bump(session: Session, instance: ProcessInstance, **values: Any) -> None:
    """Write ``values`` with the revision check of ``Runtime._save`` (409 when raced)."""
    seen = instance.revision
    result = session.execute(update(INSTANCES).where(
        INSTANCES.c.id == instance.id, INSTANCES.c.revision == seen)
        .values(revision=seen + 1, **values))
    if result.rowcount != 1:
        raise Conflict("Berkas ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.",
                       "This case was just changed by someone else; reload and retry.")
    session.refresh(instance)


def running_case(session: Session, instance_id: int, lock: bool = False) -> ProcessInstance:
    instance = session.get(ProcessInstance, instance_id)
    if instance is None:
        raise NotFound(f"Berkas {instance_id} tidak ditemukan.", f"Case {instance_id} not found.",
                       field="id")
    if instance.status != "active":
        raise Conflict(f"Berkas #{instance_id} sudah berakhir ({instance.outcome or 'selesai'}).",
                       f"Case #{instance_id} has already ended ({instance.outcome or 'selesai'}).",
                       field="id")
    return instance


# -- suspend / activate ------------------------------------------------------------------------
def set_suspended(runtime: Runtime, instance_id: int, actor: Actor, suspended: bool,
                  address: str = "") -> None:
    """Suspend (steps cannot be claimed or completed, timers wait) or activate a case; setting
    what is already so changes nothing and writes nothing."""
    require_admin(actor)
    with transaction(runtime.factory, write=True) as session:
        instance = running_case(session, instance_id)
        if bool(instance.suspended) == suspended:
            return
        bump(session, instance, suspended=suspended)
        record(session, instance_id, SUSPENDED if suspended else ACTIVATED, actor.username,
               audit.CASE_SUSPENDED if suspended else audit.CASE_ACTIVATED, address)


# -- cancel ------------------------------------------------------------------------------------
def cancel(runtime: Runtime, instance_id: int, actor: Actor, reason: str = "",
           address: str = "") -> list[int]:
    """End a running case as ``dibatalkan``: its steps leave every inbox (``cancelled``
    events), its timers go, the cases its call activities started are cancelled too, and its
    starter is told. Returns the ids of every case cancelled (this one first)."""
    require_admin(actor)
    reason = (reason or "").strip()[:MAX_REASON]
    with transaction(runtime.factory, write=True) as session:
        instance = running_case(session, instance_id)
        return _cancel_tree(runtime, session, instance, actor.username, reason, address)


def _cancel_tree(runtime: Runtime, session: Session, instance: ProcessInstance, actor: str,
                 reason: str, address: str, parent: int | None = None) -> list[int]:
    done = [instance.id]
    for child in _running_children(session, instance.id):
        done += _cancel_tree(runtime, session, child, actor, reason, address, instance.id)
    _drop_steps(session, instance.id, actor)
    session.execute(delete(Timer).where(Timer.instance_id == instance.id))
    bump(session, instance, status="completed", outcome=DIBATALKAN, ended_at=utcnow(),
         suspended=False)
    detail: dict[str, Any] = {"reason": reason}
    if parent is not None:
        detail["parent"] = parent
    record(session, instance.id, CANCELLED, actor, audit.CASE_CANCELLED, address, **detail)
    notify.case_ended(session, instance, actor, runtime.mail_enabled)
    return done


def _running_children(session: Session, instance_id: int) -> list[ProcessInstance]:
    """Cases started by this case's call activities that still run (engine.calls when it
    offers them, else the parent link itself)."""
    from . import calls

    children = getattr(calls, "children", None)
    found = (children(session, instance_id) if children is not None else session.scalars(
        select(ProcessInstance).where(ProcessInstance.parent_id == instance_id)))
    return [c for c in found if c.status == "active"]


def _drop_steps(session: Session, instance_id: int, actor: str) -> None:
    writes = WriteBuffer(session)
    rows = list(session.execute(select(ACTIVE).where(ACTIVE.c.instance_id == instance_id))
                .mappings())
    for row in rows:
        writes.event(dict(row), "cancelled", actor)
    writes.flush()
    session.execute(delete(ACTIVE).where(ACTIVE.c.instance_id == instance_id))


# -- reset -------------------------------------------------------------------------------------
def reset(runtime: Runtime, instance_id: int, actor: Actor, step_id: str,
          cancel_ids: list[str] | None = None, address: str = "") -> None:
    """Move the case's single waiting token back to the user task ``step_id`` (Camunda's
    process instance modification: cancel the waiting activity, start before the target).
    The waiting step leaves the inbox with a ``cancelled`` event; the target comes back as a
    new occurrence with the data recorded so far; the history keeps everything."""
    require_admin(actor)
    with transaction(runtime.factory, write=True) as session:
        instance = running_case(session, instance_id)
        spec = spec_for(instance.definition)
        target = spec.task_specs.get(step_id)
        if target is None or not is_user_task(target):
            raise InvalidData(
                f"'{step_id}' bukan langkah (user task) SOP '{instance.definition.name}'.",
                f"'{step_id}' is not a user task of '{instance.definition.name}'.",
                field="activityId")
        workflow = runtime._load(instance)
        waiting = single_token(workflow, instance_id)
        for name in cancel_ids or []:
            if name != waiting.task_spec.name:
                raise InvalidData(
                    f"'{name}' tidak sedang menunggu di berkas #{instance_id}; yang menunggu: "
                    f"'{waiting.task_spec.name}'.",
                    f"'{name}' is not waiting in case #{instance_id}; waiting: "
                    f"'{waiting.task_spec.name}'.", field="activityId")
        runtime.advance(session, instance, lambda wf: place(wf, step_id), actor.username)
        record(session, instance_id, RESET, actor.username, audit.CASE_RESET, address,
               **{"from": waiting.task_spec.name,
                  "fromName": waiting.task_spec.bpmn_name or waiting.task_spec.name,
                  "to": step_id, "toName": target.bpmn_name or step_id})


def single_token(workflow: Any, instance_id: int) -> Any:
    """The one step the case waits on; parallel branches or a wait that is not a step (a
    timer, a called case) are refused: moving one token of several would leave the others
    waiting at a join that can no longer be reached."""
    live = live_tasks(workflow)
    if len(live) != 1:
        names = ", ".join(sorted(t.task_spec.bpmn_name or t.task_spec.name for t in live))
        raise Conflict(
            f"Berkas #{instance_id} menunggu di {len(live)} tempat sekaligus ({names}, cabang "
            "paralel); hanya berkas dengan satu langkah menunggu yang dapat dipindahkan.",
            f"Case #{instance_id} waits in {len(live)} places at once ({names}, parallel "
            "branches); only a case waiting on one step can be moved.", field="id")
    if not is_user_task(live[0].task_spec) or live[0].workflow is not workflow:
        name = live[0].task_spec.bpmn_name or live[0].task_spec.name
        raise Conflict(
            f"Berkas #{instance_id} menunggu di '{name}', yang bukan langkah pengguna SOP ini "
            "(timer, berkas panggilan atau sub-proses); tunggu sampai tiba di sebuah langkah.",
            f"Case #{instance_id} waits at '{name}', which is not a user step of this SOP (a "
            "timer, a called case or a sub-process); wait until it reaches a step.", field="id")
    return live[0]
