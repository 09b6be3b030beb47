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
from .errors import Conflict, NotFound
from .models import ApiToken, ProcessDefinition, User, UserRole, as_utc
from .specs import lanes_of, spec_for

_HASHER = PasswordHasher()
DEMO_PASSWORD = "demo"
TOKEN_LIFETIME = timedelta(days=30)


def create_user(session: Session, username: str, password: str,
                roles: list[tuple[str, str]] = (), full_name: str = "",
                is_admin: bool = False, password_hash: str | None = None) -> User:
    """Create a user; ``roles`` are (role, instansi) pairs, instansi '*' meaning everywhere.

    ``password_hash`` lets a caller creating many users with one password hash it once.
    """
    if session.scalars(select(User).where(User.username == username)).first():
        raise Conflict(f"Pengguna '{username}' sudah ada.", f"User '{username}' exists.",
                       field="username")
    user = User(username=username, full_name=full_name or username, is_admin=is_admin,
                password_hash=password_hash or _HASHER.hash(password))
    user.roles = [UserRole(role=r, instansi=i) for r, i in dict.fromkeys(roles)]
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        _HASHER.hash(password)  # same cost whether or not the user exists
        return None
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def issue_token(session: Session, user: User, lifetime: timedelta = TOKEN_LIFETIME
                ) -> tuple[str, datetime]:
    """A new token for ``user`` and when it expires. Only its SHA-256 is stored."""
    token = secrets.token_urlsafe(32)
    issued_at = datetime.now(UTC)
    session.add(ApiToken(token_hash=_digest(token), user_id=user.id, created_at=issued_at))
    session.flush()
    return token, token_expiry(issued_at, lifetime)


def token_expiry(issued_at: datetime, lifetime: timedelta = TOKEN_LIFETIME) -> datetime:
    """When a token issued at ``issued_at`` stops being accepted (UTC)."""
    return as_utc(issued_at) + lifetime


def actor_for_token(session: Session, token: str, lifetime: timedelta = TOKEN_LIFETIME
                    ) -> tuple[Actor, datetime] | None:
    """The actor holding ``token`` and when the token expires, in one query (every API request
    asks this). An expired token is refused like an unknown one; it stays in the table until
    revoked, so its holder can still be told apart in the database."""
    tokens, users, roles = ApiToken.__table__, User.__table__, UserRole.__table__
    rows = session.execute(
        select(users.c.username, users.c.full_name, users.c.is_admin, roles.c.role,
               roles.c.instansi, tokens.c.created_at)
        .select_from(tokens.join(users, users.c.id == tokens.c.user_id)
                     .outerjoin(roles, roles.c.user_id == users.c.id))
        .where(tokens.c.token_hash == _digest(token))).all()
    if not rows:
        return None
    first = rows[0]
    expires = token_expiry(first.created_at, lifetime)
    if expires <= datetime.now(UTC):
        return None
    actor = Actor(username=first.username, full_name=first.full_name, is_admin=first.is_admin,
                  roles=frozenset((r.role, r.instansi) for r in rows if r.role is not None))
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


def actor_for(user: User) -> Actor:
    return Actor(username=user.username, full_name=user.full_name, is_admin=user.is_admin,
                 roles=frozenset((r.role, r.instansi) for r in user.roles))


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


def ensure_demo_users(session: Session, definitions: list[ProcessDefinition]
                      ) -> list[tuple[str, str, str]]:
    """A demo user per role of every deployed SOP: returns (username, role, instansi) created."""
    created = []
    shared_hash = _HASHER.hash(DEMO_PASSWORD)  # argon2 is slow on purpose: hash once
    for role, instansi in roles_of_definitions(definitions):
        username = f"{slug(role)}@{instansi or 'umum'}"
        if session.scalars(select(User).where(User.username == username)).first():
            continue
        create_user(session, username, DEMO_PASSWORD, [(role, instansi)], full_name=role,
                    password_hash=shared_hash)
        created.append((username, role, instansi))
    if not session.scalars(select(User).where(User.username == "admin")).first():
        create_user(session, "admin", DEMO_PASSWORD, [], full_name="Administrator", is_admin=True)
        created.append(("admin", "(admin)", "*"))
    return created
