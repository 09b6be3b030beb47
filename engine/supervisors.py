"""Pengawas: users an admin marks as supervising an instansi. They see every case of that
instansi's SOPs (engine.access) and may hand its tasks over to another holder of the role."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from . import audit
from .actors import Actor
from .errors import InvalidData, NotFound
from .models import Supervisor, User


def supervised_instansi(session: Session, username: str) -> frozenset[str]:
    """The instansi ``username`` supervises."""
    rows = session.scalars(select(Supervisor.instansi).join(User, User.id == Supervisor.user_id)
                           .where(User.username == username))
    return frozenset(rows)


def supervises(actor: Actor, instansi: str) -> bool:
    """Admins supervise everything; others the instansi they were marked for ('*' = all)."""
    return actor.is_admin or instansi in actor.supervises or "*" in actor.supervises


def mark(session: Session, username: str, instansi: str) -> bool:
    """Make ``username`` a pengawas of ``instansi``; False when they already were."""
    user = _user(session, username)
    if session.scalars(select(Supervisor).where(Supervisor.user_id == user.id,
                                                Supervisor.instansi == instansi)).first():
        return False
    session.add(Supervisor(user_id=user.id, instansi=instansi))
    session.flush()
    return True


def unmark(session: Session, username: str, instansi: str) -> bool:
    """No longer a pengawas of ``instansi``; False when they were not."""
    user = _user(session, username)
    result = session.execute(delete(Supervisor).where(Supervisor.user_id == user.id,
                                                      Supervisor.instansi == instansi))
    return bool(result.rowcount)


def _user(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.", f"No user '{username}'.",
                       field="username")
    return user


def appoint(session: Session, username: str, instansi: str, by: str | None,
            address: str = "") -> bool:
    """:func:`mark`, audited (``pengawas_added``) when it changed anything."""
    instansi = _instansi(instansi)
    changed = mark(session, username, instansi)
    if changed:
        audit.record(session, audit.PENGAWAS_ADDED, by, username, address, instansi=instansi)
    return changed


def dismiss(session: Session, username: str, instansi: str, by: str | None,
            address: str = "") -> bool:
    """:func:`unmark`, audited (``pengawas_removed``) when it changed anything."""
    instansi = _instansi(instansi)
    changed = unmark(session, username, instansi)
    if changed:
        audit.record(session, audit.PENGAWAS_REMOVED, by, username, address, instansi=instansi)
    return changed


def _instansi(instansi: str) -> str:
    instansi = (instansi or "").strip()
    if not instansi or len(instansi) > 100:
        raise InvalidData("Instansi pengawas kosong atau lebih dari 100 karakter.",
                          "The supervised instansi is empty or longer than 100 characters.",
                          field="instansi")
    return instansi
