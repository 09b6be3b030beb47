"""Move running cases to another version of their SOP, after a check that says which can.

A case can move when it waits on exactly one step and that step's id is a user task of the
target version: the step is transplanted onto the target's model (engine.transplant) and keeps
its inbox row (same task id, assignee and batas waktu; name and jabatan from the target). The
instance then names the target definition, so every later step runs on the target's model.
Admins only; each move is one transaction, audited and shown in the case's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from . import audit
from .actors import Actor
from .case_admin import MIGRATED, record, require_admin, running_case, single_token
from .db import transaction
from .errors import Conflict, EngineError
from .models import ProcessDefinition, ProcessInstance
from .records import ACTIVE, INSTANCES
from .specs import spec_for
from .transplant import is_user_task, place

if TYPE_CHECKING:
    from .runtime import Runtime


@dataclass(frozen=True)
class Check:
    """Whether one case can move to ``to_version``, and if not why (Indonesian, English)."""

    instance_id: int
    business_key: str | None
    from_version: int
    to_version: int
    reason: str | None = None
    reason_en: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None

    def as_dict(self) -> dict[str, Any]:
        return {"processInstanceId": self.instance_id, "businessKey": self.business_key,
                "fromVersion": self.from_version, "toVersion": self.to_version,
                "canMigrate": self.ok, "reason": self.reason, "reasonEn": self.reason_en}


def check(runtime: Runtime, session: Session, instance: ProcessInstance,
          target: ProcessDefinition) -> Check:
    """Why ``instance`` cannot move to ``target`` (``Check.reason``), or that it can."""
    made = Check(instance.id, instance.business_key, instance.definition.version,
                 target.version)
    try:
        _refusal(runtime, instance, target)
    except EngineError as err:
        return Check(made.instance_id, made.business_key, made.from_version, made.to_version,
                     err.message, err.message_en)
    return made


def _refusal(runtime: Runtime, instance: ProcessInstance, target: ProcessDefinition) -> Any:
    """Raise the reason the case cannot move; return its waiting task when it can."""
    if instance.status != "active":
        raise Conflict(f"Berkas sudah berakhir ({instance.outcome or 'selesai'}).",
                       f"The case has already ended ({instance.outcome or 'selesai'}).")
    if instance.definition_id == target.id:
        raise Conflict(f"Berkas sudah berjalan pada versi {target.version}.",
                       f"The case already runs on version {target.version}.")
    waiting = single_token(runtime._load(instance), instance.id)
    step = waiting.task_spec.name
    name = waiting.task_spec.bpmn_name or step
    found = spec_for(target).task_specs.get(step)
    if found is None or not is_user_task(found):
        raise Conflict(
            f"Langkah yang menunggu, '{name}' ({step}), tidak ada sebagai langkah di versi "
            f"{target.version}.",
            f"The waiting step '{name}' ({step}) does not exist as a user task in version "
            f"{target.version}.")
    return waiting


def check_one(runtime: Runtime, instance_id: int, version: int, actor: Actor) -> Check:
    """The check of one case against version ``version`` of its SOP (admins only)."""
    require_admin(actor)
    with transaction(runtime.factory) as session:
        instance = runtime._get_instance(session, instance_id)  # an ended one: the reason says
        target = runtime.definition(session, instance.process_key, version)
        return check(runtime, session, instance, target)


def check_all(runtime: Runtime, key: str, from_version: int, to_version: int,
              actor: Actor) -> list[Check]:
    """The check of every running case of ``key`` on ``from_version`` (admins only)."""
    require_admin(actor)
    with transaction(runtime.factory) as session:
        source = runtime.definition(session, key, from_version)
        target = runtime.definition(session, key, to_version)
        return [check(runtime, session, case, target)
                for case in _running_on(session, source.id)]


def _running_on(session: Session, definition_id: int) -> list[ProcessInstance]:
    return list(session.scalars(select(ProcessInstance).where(
        ProcessInstance.definition_id == definition_id, ProcessInstance.status == "active")
        .order_by(ProcessInstance.id)))


def migrate(runtime: Runtime, instance_id: int, actor: Actor, version: int,
            address: str = "") -> None:
    """Move one case to ``version`` (409 with the reason when the check refuses)."""
    require_admin(actor)
    with transaction(runtime.factory, write=True) as session:
        instance = running_case(session, instance_id)
        target = runtime.definition(session, instance.process_key, version)
        _move(runtime, session, instance, target, actor.username, address)


def _move(runtime: Runtime, session: Session, instance: ProcessInstance,
          target: ProcessDefinition, actor: str, address: str) -> None:
    waiting = _refusal(runtime, instance, target)
    from_version, step = instance.definition.version, waiting.task_spec.name
    new_spec = spec_for(target)
    runtime.advance(session, instance,
                    lambda wf: place(wf, step, new_spec, keep_id=waiting.id), actor)
    session.execute(update(INSTANCES).where(INSTANCES.c.id == instance.id)
                    .values(definition_id=target.id))
    moved = new_spec.task_specs[step]
    session.execute(update(ACTIVE).where(ACTIVE.c.id == str(waiting.id)).values(
        name=moved.bpmn_name or step, role=moved.lane or ""))
    session.expire(instance)
    record(session, instance.id, MIGRATED, actor, audit.CASE_MIGRATED, address,
           fromVersion=from_version, toVersion=target.version, step=step)


def migrate_all(runtime: Runtime, key: str, from_version: int, to_version: int, actor: Actor,
                address: str = "") -> dict[str, list]:
    """Move every running case of ``key`` from one version to another, each in its own
    transaction: ``migrated`` lists the ids moved, ``failed`` each case left with its reason."""
    checks = check_all(runtime, key, from_version, to_version, actor)
    moved: list[int] = []
    failed: list[dict[str, Any]] = [c.as_dict() for c in checks if not c.ok]
    for found in (c for c in checks if c.ok):
        try:
            migrate(runtime, found.instance_id, actor, to_version, address)
            moved.append(found.instance_id)
        except EngineError as err:  # changed since the check (a step completed, a race)
            failed.append({**found.as_dict(), "canMigrate": False, "reason": err.message,
                           "reasonEn": err.message_en})
    return {"migrated": moved, "failed": failed}
