"""Logging in and out: one flow for the API's Bearer tokens and the staff pages' sessions.

A staff page session is a row of ``api_tokens`` with kind 'session' (only the SHA-256 of its
random token is stored; the token itself is what the signed session cookie carries). So a
session ends for good when its row goes: at Keluar, when it expires, and when the password is
changed or reset (that deletes every ``api_tokens`` row of the user, both kinds). A disabled
user's sessions and tokens stop working at once (:func:`engine.users.actor_for_token`).

A login is three short steps, and the database is never held while a password is hashed:

1. one serialised write transaction counts the earlier failures and reserves this try
   (:mod:`engine.throttle`), or refuses it (429) and audits the refusal;
2. the password is checked under the machine-wide :class:`~engine.throttle.HashGate`;
3. one write transaction records the outcome, issues the token and audits it.

While an account or address is locked, a try is refused after one read-only transaction (no
write, no lock): a flood of refused tries costs what any small request costs. The first refused
try of each lock is audited (LOGIN_THROTTLED, with the seconds left), the later ones of the same
lock are not (at most one entry per lock and worker process): otherwise anyone could grow the
append-only audit log without bound by posting wrong passwords.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from . import audit, throttle
from .actors import Actor
from .db import transaction
from .models import ApiToken, User, utcnow
from .throttle import HashGate, Limits, ServerBusy, TooManyAttempts
from .users import actor_for, actor_for_token, issue_token, revoke_token, verify_hash

SESSION = "session"
API = "api"
_AUDITED_LOCKS: dict[tuple[str, str, datetime], None] = {}  # refusals already in the log


@dataclass(frozen=True)
class LoginSettings:
    """The throttle's limits, the hash gate and the clock (injectable for tests)."""

    limits: Limits = field(default_factory=Limits)
    gate: HashGate = field(default_factory=HashGate)
    clock: Callable[[], datetime] = utcnow


@dataclass(frozen=True)
class LoggedIn:
    token: str
    expires: datetime
    actor: Actor


def log_in(factory: sessionmaker[Session], username: str, password: str, address: str,
           kind: str, lifetime: timedelta, settings: LoginSettings) -> LoggedIn | None:
    """A new token of ``kind`` for the right password, None for a wrong one (or a disabled
    account, which answers the same). Raises :class:`TooManyAttempts` (429) when throttled and
    :class:`ServerBusy` (503) when no password could be checked in time; every outcome is
    audited in the transaction that records it."""
    now = settings.clock()
    with transaction(factory) as db:  # a refusal already audited costs no write
        lock = throttle.lock_of(db, username, address, settings.limits, now)
    if lock is not None and (username, address, lock.since) in _AUDITED_LOCKS:
        raise TooManyAttempts(lock.retry_after, lock)
    refused: TooManyAttempts | None = None
    with transaction(factory, write=True) as db:
        try:
            attempt = throttle.reserve(db, username, address, settings.limits, now)
        except TooManyAttempts as err:
            refused = err
            audit.record(db, audit.LOGIN_THROTTLED, None, target=username, address=address,
                         kind=kind, retry_after=err.retry_after)
        else:
            stored = db.scalar(select(User.password_hash).where(User.username == username))
    if refused is not None:
        if len(_AUDITED_LOCKS) > 10_000:
            _AUDITED_LOCKS.clear()
        _AUDITED_LOCKS[(username, address, refused.lock.since)] = None
        raise refused
    try:
        with settings.gate.admit():
            matches = verify_hash(stored, password)
    except ServerBusy:
        with transaction(factory, write=True) as db:
            throttle.release(db, attempt)
        raise
    with transaction(factory, write=True) as db:
        return _record_outcome(db, attempt, username, address, kind, lifetime,
                               matches, stored, now)


def _record_outcome(db: Session, attempt: int, username: str, address: str, kind: str,
                    lifetime: timedelta, matches: bool, stored: str | None, now: datetime
                    ) -> LoggedIn | None:
    user = db.scalars(select(User).where(User.username == username)).first()
    # a password changed while this one was being checked: the old one no longer opens it
    if not matches or user is None or user.password_hash != stored or user.disabled:
        reason = "disabled" if matches and user is not None and user.disabled else "password"
        audit.record(db, audit.LOGIN_FAILED, None, target=username, address=address,
                     kind=kind, username=username, reason=reason)
        return None
    throttle.succeeded(db, attempt)
    if kind == SESSION and attempt % throttle.PRUNE_EVERY == 0:
        _prune_expired_sessions(db, lifetime, now)
    token, expires = issue_token(db, user, lifetime, kind=kind)
    audit.record(db, audit.LOGIN, user.username, target=user.username, address=address,
                 kind=kind)
    return LoggedIn(token=token, expires=expires, actor=actor_for(user, db))


def _prune_expired_sessions(db: Session, lifetime: timedelta, now: datetime) -> None:
    db.execute(delete(ApiToken).where(ApiToken.kind == SESSION,
                                      ApiToken.created_at < now - lifetime))


def log_out(db: Session, token: str, username: str, address: str, kind: str) -> bool:
    """End one session or token (the row goes, so the token is refused from now on) and
    audit it; True when it existed."""
    existed = revoke_token(db, token)
    audit.record(db, audit.LOGOUT, username, target=username, address=address, kind=kind)
    return existed


def actor_for_session(db: Session, token: str, lifetime: timedelta) -> Actor | None:
    """The holder of a live staff page session (None: logged out, expired, password changed,
    disabled)."""
    found = actor_for_token(db, token, lifetime, kind=SESSION)
    return found[0] if found else None
