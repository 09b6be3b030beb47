"""Login throttling: too many wrong passwords for one account or from one address are refused
before any password is hashed, until the window has passed.

Each try is *reserved* (a failure row in ``login_attempts``) in the same serialised
transaction that counted the earlier failures, before the password is checked; a success turns
its row into a success afterwards. So however many workers and threads check at once, no more
than the limit of passwords are ever tried per account or address and window: the count and
the reservation are one transaction, serialised by SQLite's writer lock and on PostgreSQL by a
transaction-level advisory lock. Tries refused by the throttle are not counted (see
engine.sessions for how they are audited), so an attacker cannot extend a lock forever; the
lock ends ``window`` after the failure that reached the limit.

A success resets the account's count: failures before the last success no longer count. The
address count is not reset by a success (one address may try many accounts).
"""

from __future__ import annotations

import fcntl
import math
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from . import audit
from .errors import EngineError, NotFound
from .models import LoginAttempt, User, as_utc, utcnow

PRUNE_EVERY = 200  # every 200th reservation deletes the attempts older than the window
_PG_LOCK_KEY = 0x534F504C  # "SOPL": the advisory lock serialising the throttle's count


@dataclass(frozen=True)
class Limits:
    """Failures allowed within ``window`` per account and per client address."""

    per_user: int = 5
    per_address: int = 20
    window: timedelta = timedelta(minutes=15)


@dataclass(frozen=True)
class Lock:
    """Tries are refused for ``retry_after`` more seconds; ``since`` is the failure that
    reached the limit (it names this lock: the same lock has the same ``since``)."""

    retry_after: int
    since: datetime


class TooManyAttempts(EngineError):
    """Refused without checking the password; ``retry_after`` seconds until a try is heard."""

    status = 429

    def __init__(self, retry_after: int, lock: Lock | None = None):
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            f"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.",
            f"Too many failed login attempts. Try again in {minutes} minute(s).",
            field="password", retryAfter=retry_after)
        self.retry_after = retry_after
        self.minutes = minutes
        self.lock = lock


class ServerBusy(EngineError):
    """Too many passwords are being checked right now; the try was not counted."""

    status = 503

    def __init__(self, retry_after: int = 2):
        super().__init__("Server sedang sibuk. Coba lagi sebentar lagi.",
                         "The server is busy. Try again in a moment.", field=None,
                         retryAfter=retry_after)
        self.retry_after = retry_after


def _serialise(session: Session) -> None:
    """PostgreSQL: one counter at a time (SQLite write transactions are serialised already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def lock_of(session: Session, username: str, address: str, limits: Limits,
            now: datetime | None = None) -> Lock | None:
    """The lock refusing tries for ``username`` from ``address`` (the longer of the account's
    and the address's), None when a try is heard now."""
    now = now or utcnow()
    username, address = username[:100], (address or "")[:64]
    since = now - limits.window
    last_success = session.scalar(
        select(func.max(LoginAttempt.id))
        .where(LoginAttempt.username == username, LoginAttempt.success.is_(True),
               LoginAttempt.at > since)) or 0
    locks = [_lock(session, (LoginAttempt.username == username)
                   & (LoginAttempt.id > last_success), since, limits.per_user,
                   limits.window, now),
             _lock(session, LoginAttempt.address == address, since, limits.per_address,
                   limits.window, now)]
    locks = [lock for lock in locks if lock is not None]
    return max(locks, key=lambda lock: lock.retry_after) if locks else None


def _lock(session: Session, which, since: datetime, limit: int, window: timedelta,
          now: datetime) -> Lock | None:
    """With ``limit`` or more failures since ``since``: locked until the ``limit``-th newest
    leaves the window (then fewer than ``limit`` remain); else None."""
    times = session.scalars(
        select(LoginAttempt.at).where(which, LoginAttempt.success.is_(False),
                                      LoginAttempt.at > since)
        .order_by(LoginAttempt.at.desc()).limit(limit)).all()
    if len(times) < limit:
        return None
    reached = as_utc(times[-1])
    return Lock(max(1, math.ceil((reached + window - now).total_seconds())), reached)


def reserve(session: Session, username: str, address: str, limits: Limits,
            now: datetime | None = None) -> int:
    """Count and reserve a try in one serialised step: raises :class:`TooManyAttempts` when
    over a limit (the caller audits it), else records a failure row and returns its id (turn it into
    a success with :func:`succeeded`, or drop it with :func:`release`)."""
    now = now or utcnow()
    username, address = username[:100], (address or "")[:64]
    _serialise(session)
    lock = lock_of(session, username, address, limits, now)
    if lock is not None:
        raise TooManyAttempts(lock.retry_after, lock)
    attempt = LoginAttempt(at=now, username=username, address=address, success=False)
    session.add(attempt)
    session.flush()
    if attempt.id % PRUNE_EVERY == 0:
        prune(session, limits, now)
    return attempt.id


def succeeded(session: Session, attempt_id: int) -> None:
    """The reserved try found the right password: it resets the account's count."""
    session.execute(update(LoginAttempt).where(LoginAttempt.id == attempt_id)
                    .values(success=True))


def release(session: Session, attempt_id: int) -> None:
    """Forget a reserved try whose password was never checked (the server was busy)."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt_id))


def prune(session: Session, limits: Limits, now: datetime | None = None) -> int:
    """Delete attempts older than the window (they no longer count); how many."""
    cutoff = (now or utcnow()) - limits.window
    return int(session.execute(delete(LoginAttempt).where(LoginAttempt.at < cutoff)).rowcount
               or 0)


def unlock(session: Session, username: str, actor: str | None = None, address: str = "") -> int:
    """Let ``username`` try again at once (an admin's decision, audited): forget the account's
    failures. Returns how many failures were forgotten."""
    if session.scalars(select(User.id).where(User.username == username)).first() is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.", f"No user '{username}'.",
                       field="username")
    cleared = int(session.execute(
        delete(LoginAttempt).where(LoginAttempt.username == username,
                                   LoginAttempt.success.is_(False))).rowcount or 0)
    audit.record(session, audit.ACCOUNT_UNLOCKED, actor, target=username, address=address,
                 failures_cleared=cleared)
    return cleared


def unlock_address(session: Session, client_address: str, actor: str | None = None,
                   address: str = "") -> int:
    """Forget the failures from one client address (e.g. an office behind one NAT address)."""
    cleared = int(session.execute(
        delete(LoginAttempt).where(LoginAttempt.address == client_address,
                                   LoginAttempt.success.is_(False))).rowcount or 0)
    audit.record(session, audit.ACCOUNT_UNLOCKED, actor, target=f"address:{client_address}",
                 address=address, failures_cleared=cleared)
    return cleared


class HashGate:
    """Admits ``slots`` password hashes at a time on this machine (every worker process and
    thread), waiting at most ``wait`` seconds, so a flood of logins cannot take every CPU from
    the logged-in users. One lock file per slot; ``flock`` with LOCK_NB is tried every few
    milliseconds (flock has no timeout), which costs nothing next to an ~90 ms hash."""

    POLL_SECONDS = 0.005

    def __init__(self, path: str | None = None, slots: int = 1, wait: float = 2.0):
        self.path = path or os.path.join(tempfile.gettempdir(), f"sop-hash-gate-{os.getuid()}")
        self.slots = max(1, int(slots))
        self.wait = float(wait)

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold a slot for the body; :class:`ServerBusy` when none freed up in time."""
        deadline = time.monotonic() + self.wait
        while True:
            for slot in range(self.slots):
                handle = open(f"{self.path}.{slot}", "a+b")  # noqa: SIM115 (closed below)
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.close()
                    continue
                try:
                    yield
                    return
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
                    handle.close()
            if time.monotonic() >= deadline:
                raise ServerBusy(max(1, math.ceil(self.wait)))
            time.sleep(self.POLL_SECONDS)
