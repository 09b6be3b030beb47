"""Retired versions: a version no new case starts on, while its running cases go on.

Camunda 7 calls this suspending a process definition (``PUT /process-definition/{id}/suspended``);
here it is ``process_definitions.retired_at``. A start naming a retired version is refused (409
naming it); a start by key alone takes the newest version that is not retired, and the Mulai SOP
page offers only those.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit
from .actors import Actor
from .errors import Conflict, Forbidden, NotFound
from .models import ProcessDefinition, ProcessInstance, utcnow


def startable(session: Session, key: str, version: int | None = None) -> ProcessDefinition:
    """The definition a start of ``key`` (``version``) runs on; a retired one is refused."""
    query = select(ProcessDefinition).where(ProcessDefinition.key == key)
    if version is not None:
        query = query.where(ProcessDefinition.version == version)
    found = list(session.scalars(query.order_by(ProcessDefinition.version.desc())))
    if not found:
        what = f"'{key}'" + (f" versi {version}" if version is not None else "")
        what_en = f"'{key}'" + (f" version {version}" if version is not None else "")
        raise NotFound(f"SOP {what} belum diterapkan.", f"Process {what_en} is not deployed.",
                       field="key")
    for definition in found:
        if definition.retired_at is None:
            return definition
    newest = found[0]
    if version is not None:
        raise Conflict(f"SOP '{newest.name}' versi {version} sudah dipensiunkan; berkas baru "
                       "tidak dapat dimulai pada versi ini.",
                       f"Process '{newest.name}' version {version} is retired; no new case "
                       "can start on it.", field="version")
    raise Conflict(f"Semua versi SOP '{newest.name}' sudah dipensiunkan.",
                   f"Every version of process '{newest.name}' is retired.", field="key")


def startable_versions(session: Session) -> list[ProcessDefinition]:
    """The newest non-retired version of every deployed SOP, ordered by key."""
    newest = (select(ProcessDefinition.key, func.max(ProcessDefinition.version).label("v"))
              .where(ProcessDefinition.retired_at.is_(None))
              .group_by(ProcessDefinition.key).subquery())
    return list(session.scalars(select(ProcessDefinition).join(
        newest, (ProcessDefinition.key == newest.c.key)
        & (ProcessDefinition.version == newest.c.v)).order_by(ProcessDefinition.key)))


def set_retired(session: Session, definition_id: int, actor: Actor, retired: bool,
                address: str = "") -> ProcessDefinition:
    """Retire (or reinstate) one version, audited; the same value again changes nothing."""
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat mempensiunkan versi SOP.",
                        "Only admins may retire a process version.")
    definition = session.get(ProcessDefinition, definition_id)
    if definition is None:
        raise NotFound(f"Definisi SOP {definition_id} tidak ditemukan.",
                       f"Process definition {definition_id} not found.", field="id")
    if (definition.retired_at is not None) == retired:
        return definition
    definition.retired_at = utcnow() if retired else None
    audit.record(session, audit.VERSION_RETIRED if retired else audit.VERSION_REINSTATED,
                 actor.username, f"definition:{definition.key}:{definition.version}", address,
                 key=definition.key, version=definition.version)
    session.flush()
    return definition


def versions(session: Session, key: str) -> list[tuple[ProcessDefinition, int]]:
    """Every version of ``key``, newest first, with how many of its cases still run."""
    running = (select(ProcessInstance.definition_id, func.count().label("n"))
               .where(ProcessInstance.status == "active")
               .group_by(ProcessInstance.definition_id).subquery())
    rows = session.execute(
        select(ProcessDefinition, func.coalesce(running.c.n, 0))
        .outerjoin(running, running.c.definition_id == ProcessDefinition.id)
        .where(ProcessDefinition.key == key).order_by(ProcessDefinition.version.desc())).all()
    return [(definition, int(count)) for definition, count in rows]
