"""Users, their roles (jabatan per instansi), passwords (argon2) and API tokens."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .actors import Actor
from .demo_people import demo_identity
from .designers import DESIGNER_ROLE
from .errors import Conflict, NotFound
from .jabatan import official_role
from .models import ApiToken, ProcessDefinition, Supervisor, User, UserRole, as_utc
from .specs import lanes_of, spec_for
from .substitutions import in_force

_HASHER = PasswordHasher()
DEMO_PASSWORD = "demo"
_ABSENT_HASH: str | None = None  # what an unknown user's password is checked against
TOKEN_LIFETIME = timedelta(days=30)


def create_user(session: Session, username: str, password: str,
                roles: list[tuple[str, str]] = (), full_name: str = "",
                is_admin: bool = False, password_hash: str | None = None,
                nip: str = "", email: str = "", demo: bool = False) -> User:
    """Create a user; ``roles`` are (role, instansi) pairs, instansi '*' meaning everywhere.

    The password must pass the policy (:func:`engine.accounts.check_password`) unless an
    explicit ``password_hash`` is given: that is how a caller creating many users with one
    password hashes it once (the demo office, tests). ``demo`` marks the shared demo password.
    """
    if session.scalars(select(User).where(User.username == username)).first():
        raise Conflict(f"Pengguna '{username}' sudah ada.", f"User '{username}' exists.",
                       field="username")
    if password_hash is None:
        from .accounts import check_password  # accounts builds on this module
        check_password(password, username)
    user = User(username=username, full_name=full_name or username, is_admin=is_admin,
                password_hash=password_hash or _HASHER.hash(password), nip=nip, email=email,
                demo_password=demo, password_changed_at=datetime.now(UTC))
    roles = [(official_role(session, r, i), i) for r, i in roles]
    user.roles = [UserRole(role=r, instansi=i) for r, i in dict.fromkeys(roles)]
    session.add(user)
    session.flush()
    return user


def hash_password(password: str) -> str:
    """The stored (argon2) form of a password."""
    return _HASHER.hash(password)


def password_matches(user: User, password: str) -> bool:
    """True when ``password`` is the user's (argon2 verify: slow on purpose)."""
    try:
        return _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_hash(stored_hash: str | None, password: str) -> bool:
    """``password`` against a stored hash; None (no such user) costs the same and fails."""
    global _ABSENT_HASH
    if stored_hash is None and _ABSENT_HASH is None:
        _ABSENT_HASH = _HASHER.hash(secrets.token_urlsafe(16))
    try:
        return _HASHER.verify(stored_hash or _ABSENT_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        _HASHER.hash(password)  # same cost whether or not the user exists
        return None
    if not password_matches(user, password) or user.disabled:
        return None  # a disabled account answers like a wrong password, at the same cost
    return user


def issue_token(session: Session, user: User, lifetime: timedelta = TOKEN_LIFETIME,
                kind: str = "api") -> tuple[str, datetime]:
    """A new token for ``user`` and when it expires. Only its SHA-256 is stored. ``kind``
    'session' is a staff page login session (engine.sessions), 'api' a Bearer token."""
    token = secrets.token_urlsafe(32)
    issued_at = datetime.now(UTC)
    session.add(ApiToken(token_hash=_digest(token), user_id=user.id, created_at=issued_at,
                         kind=kind))
    session.flush()
    return token, token_expiry(issued_at, lifetime)


def token_expiry(issued_at: datetime, lifetime: timedelta = TOKEN_LIFETIME) -> datetime:
    """When a token issued at ``issued_at`` stops being accepted (UTC)."""
    return as_utc(issued_at) + lifetime


def actor_for_token(session: Session, token: str, lifetime: timedelta = TOKEN_LIFETIME,
                    kind: str = "api") -> tuple[Actor, datetime] | None:
    """The actor holding ``token`` and when the token expires, in one query (every API request
    asks this). An expired token is refused like an unknown one; it stays in the table until
    revoked, so its holder can still be told apart in the database."""
    tokens, users, roles = ApiToken.__table__, User.__table__, UserRole.__table__
    rows = session.execute(
        select(users.c.id, users.c.username, users.c.full_name, users.c.is_admin, users.c.nip,
               roles.c.role, roles.c.instansi, tokens.c.created_at,
               users.c.must_change_password, users.c.disabled)
        .select_from(tokens.join(users, users.c.id == tokens.c.user_id)
                     .outerjoin(roles, roles.c.user_id == users.c.id))
        .where(tokens.c.token_hash == _digest(token), tokens.c.kind == kind)).all()
    if not rows:
        return None
    first = rows[0]
    expires = token_expiry(first.created_at, lifetime)
    if expires <= datetime.now(UTC) or first.disabled:
        return None
    actor = Actor(username=first.username, full_name=first.full_name, is_admin=first.is_admin,
                  roles=frozenset((r.role, r.instansi) for r in rows if r.role is not None),
                  must_change_password=first.must_change_password, nip=first.nip or "",
                  **_standing(session, first.id))
    return actor, expires


def revoke_token(session: Session, token: str) -> bool:
    """Forget one token (the API's log-out). True when it existed."""
    result = session.execute(delete(ApiToken).where(ApiToken.token_hash == _digest(token)))
    return bool(result.rowcount)


def revoke_tokens_of(session: Session, username: str) -> int:
    """Forget every token of a user (an operator locking an account out); how many there were."""
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.", f"No user '{username}'.",
                       field="username")
    result = session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    return int(result.rowcount or 0)


def actor_for(user: User, session: Session | None = None) -> Actor:
    """The engine's actor for ``user``; with a session, also what they supervise and the
    jabatan they act in today as Plt. / Plh."""
    standing = _standing(session, user.id) if session is not None else {}
    return Actor(username=user.username, full_name=user.full_name, is_admin=user.is_admin,
                 roles=frozenset((r.role, r.instansi) for r in user.roles),
                 must_change_password=user.must_change_password, nip=user.nip or "",
                 **standing)


def _standing(session: Session, user_id: int | None) -> dict:
    """Supervised instansi and today's substitutions: two small indexed queries."""
    if user_id is None:
        return {}
    supervises = frozenset(session.scalars(select(Supervisor.instansi)
                                           .where(Supervisor.user_id == user_id)))
    return {"supervises": supervises, "acting": in_force(session, user_id)}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "peran"


def roles_of_definitions(definitions: list[ProcessDefinition]) -> list[tuple[str, str]]:
    """Every (lane, instansi) of the given definitions, in first-seen order."""
    pairs: dict[tuple[str, str], None] = {}
    for definition in definitions:
        for lane in lanes_of(spec_for(definition)):
            pairs[(lane, definition.instansi)] = None
    return list(pairs)


DESIGNER_USER = "perancang"  # the demo office's SOP designer (Bagian Organisasi)


def ensure_demo_users(session: Session, definitions: list[ProcessDefinition]
                      ) -> list[tuple[str, str, str]]:
    """A demo user per role of every deployed SOP: returns (username, role, instansi) created.
    Each gets a real-sounding name and NIP (engine.demo_people); usernames stay slug@instansi."""
    created = []
    shared_hash = _HASHER.hash(DEMO_PASSWORD)  # argon2 is slow on purpose: hash once
    taken = set(session.scalars(select(User.full_name)))
    for role, instansi in roles_of_definitions(definitions):
        username = f"{slug(role)}@{instansi or 'umum'}"
        existing = session.scalars(select(User).where(User.username == username)).first()
        if existing is not None:
            # lanes spelt differently ("Staf" / "STAF") share a demo user: give it each spelling
            if existing.demo_password and all((r.role, r.instansi) != (role, instansi)
                                              for r in existing.roles):
                existing.roles.append(UserRole(role=role, instansi=instansi))
            continue
        full_name, nip = demo_identity(username, role, instansi, taken)
        taken.add(full_name)
        create_user(session, username, DEMO_PASSWORD, [(role, instansi)], full_name=full_name,
                    password_hash=shared_hash, demo=True, nip=nip)
        created.append((username, role, instansi))
    if not session.scalars(select(User).where(User.username == "admin")).first():
        create_user(session, "admin", DEMO_PASSWORD, [], full_name="Administrator", is_admin=True,
                    password_hash=shared_hash, demo=True)
        created.append(("admin", "(admin)", "*"))
    if not session.scalars(select(User).where(User.username == DESIGNER_USER)).first():
        create_user(session, DESIGNER_USER, DEMO_PASSWORD, [(DESIGNER_ROLE, "*")],
                    full_name="Perancang SOP (Bagian Organisasi)", password_hash=shared_hash,
                    demo=True)
        created.append((DESIGNER_USER, DESIGNER_ROLE, "*"))
    return created
