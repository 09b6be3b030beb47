"""Plt. / Plh.: acting officials. An admin records that a user acts in a jabatan of an instansi
from one date to another; during that time the user sees, claims and completes that jabatan's
tasks, and the record shows "Plh. Kasubag Keuangan (nama)". Outside it, nothing.

Plt. (Pelaksana Tugas) stands in for a vacant post, Plh. (Pelaksana Harian) for an official who
is away for a while; the engine treats both alike and only the label differs. Dates are office
days (engine.deadlines.office_today), both ends inclusive. Ending a substitution early keeps its
row (``ended_at``) so the record of who acted when stays readable. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from . import audit
from .deadlines import office_today
from .errors import Conflict, InvalidData, NotFound
from .jabatan import official_role
from .models import ProcessDefinition, Substitution, User, UserRole, utcnow
from .specs import DefinitionUnusable, lanes_of, spec_for

KINDS = ("Plt", "Plh")


@dataclass(frozen=True)
class SubstitutionView:
    """A substitution with its user's name and NIP, as lists and pages show it."""

    id: int
    username: str
    full_name: str
    nip: str
    role: str
    instansi: str
    kind: str
    starts_on: date
    ends_on: date
    ended_at: datetime | None
    created_by: str | None
    created_at: datetime
    active: bool  # in force today

    @property
    def label(self) -> str:
        """"Plh. Kasubag Keuangan"."""
        return f"{self.kind}. {self.role}"


def in_force(session: Session, user_id: int, today: date | None = None
             ) -> frozenset[tuple[str, str, str]]:
    """(role, instansi, kind) the user acts in on ``today`` (the office's date by default)."""
    today = today or office_today()
    rows = session.execute(select(Substitution.role, Substitution.instansi, Substitution.kind)
                           .where(Substitution.user_id == user_id, in_force_on(today)))
    return frozenset((r.role, r.instansi, r.kind) for r in rows)


def create(session: Session, username: str, role: str, instansi: str, starts_on: date,
           ends_on: date, kind: str, by: str | None, address: str = "") -> SubstitutionView:
    """Record that ``username`` acts as ``kind`` ``role`` of ``instansi`` from ``starts_on`` to
    ``ends_on``. Refused (422 naming the field) for a bad kind, dates in the wrong order or
    wholly past, a jabatan no SOP or user of that instansi has, a user who holds it already
    (their own, or another substitution overlapping those dates: 409)."""
    role, instansi = (role or "").strip(), (instansi or "").strip()
    user = _user(session, username)
    _check_fields(kind, role, instansi, starts_on, ends_on)
    role = official_role(session, role, instansi)
    if not role_exists(session, role, instansi):
        raise InvalidData(f"Jabatan '{role}' tidak ada di SOP atau pegawai instansi {instansi}.",
                          f"No SOP or user of {instansi} has the role '{role}'.", field="role")
    if any(r.role == role and r.instansi in (instansi, "*") for r in user.roles):
        raise Conflict(f"{username} sudah memegang {role} di {instansi}.",
                       f"{username} already holds {role} in {instansi}.", field="userId")
    overlapping = session.scalars(select(Substitution.id).where(
        Substitution.user_id == user.id, Substitution.role == role,
        Substitution.instansi == instansi, Substitution.ended_at.is_(None),
        Substitution.starts_on <= ends_on, Substitution.ends_on >= starts_on)).first()
    if overlapping is not None:
        raise Conflict(f"{username} sudah tercatat sebagai pengganti {role} pada tanggal itu.",
                       f"{username} already substitutes as {role} on those dates.",
                       field="from")
    row = Substitution(user_id=user.id, role=role, instansi=instansi, kind=kind,
                       starts_on=starts_on, ends_on=ends_on, created_by=by, created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, audit.SUBSTITUTION_ADDED, by, username, address, id=row.id,
                 kind=kind, role=role, instansi=instansi, starts_on=starts_on.isoformat(),
                 ends_on=ends_on.isoformat())
    return _view(row, user, office_today())


def listing(session: Session, username: str | None = None, instansi: str | None = None,
            active: bool | None = None, limit: int = 200, offset: int = 0
            ) -> list[SubstitutionView]:
    """Substitutions newest first; ``active`` True: in force today, False: every other."""
    today = office_today()
    query = select(Substitution, User).join(User, User.id == Substitution.user_id)
    if username is not None:
        query = query.where(User.username == username)
    if instansi is not None:
        query = query.where(Substitution.instansi == instansi)
    if active is True:
        query = query.where(in_force_on(today))
    elif active is False:
        query = query.where(~in_force_on(today))
    query = query.order_by(Substitution.id.desc()).limit(limit).offset(offset)
    return [_view(sub, user, today) for sub, user in session.execute(query)]


def end(session: Session, substitution_id: int, by: str | None, address: str = ""
        ) -> SubstitutionView:
    """End a substitution now (the row stays, with ``ended_at``); 409 when already ended."""
    row = session.get(Substitution, substitution_id)
    if row is None:
        raise NotFound(f"Penggantian {substitution_id} tidak ditemukan.",
                       f"Substitution {substitution_id} not found.", field="id")
    if row.ended_at is not None:
        raise Conflict(f"Penggantian {substitution_id} sudah diakhiri.",
                       f"Substitution {substitution_id} has already ended.", field="id")
    row.ended_at = utcnow()
    session.flush()
    user = session.get(User, row.user_id)
    audit.record(session, audit.SUBSTITUTION_ENDED, by, user.username, address, id=row.id,
                 kind=row.kind, role=row.role, instansi=row.instansi)
    return _view(row, user, office_today())


def role_exists(session: Session, role: str, instansi: str) -> bool:
    """True when a user holds ``role`` in ``instansi`` or a deployed SOP of it has that lane."""
    if session.scalars(select(UserRole.id).where(
            UserRole.role == role, or_(UserRole.instansi == instansi,
                                       UserRole.instansi == "*"))).first() is not None:
        return True
    return role in roles_of_instansi(session, instansi)


def roles_of_instansi(session: Session, instansi: str) -> list[str]:
    """Every lane of the SOPs deployed for ``instansi`` (any version), sorted."""
    found: set[str] = set()
    for definition in session.scalars(select(ProcessDefinition).where(
            ProcessDefinition.instansi == instansi)):
        try:
            found.update(lanes_of(spec_for(definition)))
        except DefinitionUnusable:
            continue
    return sorted(found)


def _check_fields(kind: str, role: str, instansi: str, starts_on: date, ends_on: date) -> None:
    if kind not in KINDS:
        raise InvalidData("Jenis harus Plt atau Plh.", "kind must be Plt or Plh.", field="kind")
    if not role or len(role) > 200:
        raise InvalidData("Jabatan wajib diisi (maksimal 200 karakter).",
                          "The role is required (at most 200 characters).", field="role")
    if not instansi or instansi == "*" or len(instansi) > 100:
        raise InvalidData("Instansi wajib diisi: satu instansi, bukan '*'.",
                          "The instansi is required: one instansi, not '*'.", field="instansi")
    if ends_on < starts_on:
        raise InvalidData("Tanggal selesai tidak boleh sebelum tanggal mulai.",
                          "'to' must not be before 'from'.", field="to")
    if ends_on < office_today():
        raise InvalidData("Tanggal selesai sudah lewat.", "'to' is in the past.", field="to")


def in_force_on(today: date):
    return ((Substitution.ended_at.is_(None)) & (Substitution.starts_on <= today)
            & (Substitution.ends_on >= today))


def _user(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise InvalidData(f"Pengguna '{username}' tidak ada.", f"No user '{username}'.",
                          field="userId")
    if user.disabled:
        raise InvalidData(f"Akun {username} dinonaktifkan.", f"Account {username} is disabled.",
                          field="userId")
    return user


def _view(row: Substitution, user: User, today: date) -> SubstitutionView:
    active = row.ended_at is None and row.starts_on <= today <= row.ends_on
    return SubstitutionView(
        id=row.id, username=user.username, full_name=user.full_name, nip=user.nip or "",
        role=row.role, instansi=row.instansi, kind=row.kind, starts_on=row.starts_on,
        ends_on=row.ends_on, ended_at=row.ended_at, created_by=row.created_by,
        created_at=row.created_at, active=active)
