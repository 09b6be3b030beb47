"""Hand-over: a pengawas of a task's instansi (engine.supervisors) or an admin gives a waiting
task to another holder of its role, their own jabatan or as Plt. / Plh. today.

A claim held by someone on leave would otherwise be stuck: only the claimant may release it
(``Runtime.unclaim``). The hand-over itself is ``Runtime.assign``; this module holds the rules
it applies and the list of people a task may go to (the task page's "Serahkan ke...").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .actors import Actor
from .deadlines import office_today
from .errors import Forbidden, InvalidData
from .models import Substitution, User, UserRole
from .substitutions import in_force_on
from .supervisors import supervises
from .users import actor_for


@dataclass(frozen=True)
class Holder:
    """Someone who may receive a task: ``acting_as`` is "Plh. Kasubag Keuangan" for a
    substitute, empty for the jabatan's own holder."""

    username: str
    full_name: str
    nip: str
    acting_as: str = ""


def may_assign(actor: Actor, instansi: str) -> bool:
    """Pengawas of the instansi and admins hand tasks over; nobody else."""
    return supervises(actor, instansi)


def check_assigner(actor: Actor, instansi: str, step: str) -> None:
    if not may_assign(actor, instansi):
        raise Forbidden(f"Hanya pengawas {instansi} atau admin yang dapat menyerahkan langkah "
                        f"'{step}' kepada pegawai lain.",
                        f"Only a supervisor of {instansi} or an admin may hand '{step}' over.",
                        field="userId")


def holders(session: Session, role: str, instansi: str) -> list[Holder]:
    """Enabled users holding ``role`` in ``instansi`` today, own jabatan first, by name."""
    own = session.scalars(
        select(User).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == role, or_(UserRole.instansi == instansi,
                                          UserRole.instansi == "*"),
               User.disabled.is_(False))).unique().all()
    found = {u.username: Holder(u.username, u.full_name, u.nip or "") for u in own}
    acting = session.execute(
        select(User, Substitution.kind).join(Substitution, Substitution.user_id == User.id)
        .where(Substitution.role == role, Substitution.instansi == instansi,
               in_force_on(office_today()), User.disabled.is_(False))).all()
    for user, kind in acting:
        found.setdefault(user.username, Holder(user.username, user.full_name, user.nip or "",
                                               f"{kind}. {role}"))
    return sorted(found.values(), key=lambda h: (bool(h.acting_as), h.full_name.lower(),
                                                 h.username))


def new_holder(session: Session, username: str, role: str, instansi: str) -> Actor:
    """The user a task goes to; 422 naming ``userId`` when they do not hold the role today."""
    user = session.scalars(select(User).where(User.username == username)).first()
    target = actor_for(user, session) if user is not None and not user.disabled else None
    if target is None or not target.holds(role, instansi):
        raise InvalidData(f"'{username}' tidak memegang jabatan {role} di {instansi} hari ini.",
                          f"'{username}' does not hold the role {role} in {instansi} today.",
                          field="userId")
    return target


def record_in(entry: dict, event) -> None:
    """Fold an ``assigned`` task event into a history entry (``Runtime.history``): the new
    holder becomes the claimant, and the hand-over is listed under ``handovers``."""
    data = event.data or {}
    entry["claimed_by"] = data.get("to")
    entry["claimed_at"] = event.at if data.get("to") else None
    entry["acting_as"] = None
    entry.setdefault("handovers", []).append(
        {"from": data.get("from"), "to": data.get("to"), "by": event.actor, "at": event.at})
