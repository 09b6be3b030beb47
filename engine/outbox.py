"""The mail outbox: mails written in the transaction that causes them (a notification) and
sent later by the background sender, which retries, exactly once per mail however many
workers or machines run it (``FOR UPDATE SKIP LOCKED`` on PostgreSQL).

Sending claims a batch of due mails in a short transaction (rows locked with SKIP LOCKED on
PostgreSQL, the writer lock on SQLite) by moving their ``next_attempt_at`` a lease ahead, so
no other sender picks them; it then talks to the SMTP server with no transaction open (a slow
or hung server never holds a lock a request waits for) and records each mail's outcome in its
own short transaction right after the server answers. A sender that dies between the
server's answer and that record leaves the mail to be sent again when the lease ends (the
same Message-ID lets mail clients drop the copy): the only way a mail can go twice.
"""

from __future__ import annotations

import logging
import smtplib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from . import mailer, mailtext
from .db import transaction
from .deadlines import DEFAULT_ZONE
from .mailer import MailSettings
from .models import Notification, OutboxMail, User, utcnow

log = logging.getLogger(__name__)

# waits after the 1st, 2nd, ... failed attempt; the attempt after the last wait is the last
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30),
           timedelta(hours=2), timedelta(hours=6))
MAX_ATTEMPTS = len(BACKOFF) + 1
LEASE = timedelta(minutes=10)  # a claimed batch is nobody else's for this long...
SEND_BUDGET = 300.0  # ...and its sender starts no new mail after this many seconds of it
DIGEST_MAX_AGE = timedelta(days=7)  # older unmailed notifications are left to the app
IMMEDIATE, DIGEST, OFF = "segera", "harian", "mati"

_settings: MailSettings | None = None


def configure(settings: MailSettings) -> None:
    """The settings mails are composed with (PUBLIC_URL for links); the app sets them."""
    global _settings
    _settings = settings


def configured() -> MailSettings:
    """The settings given to :func:`configure`, else read from the environment."""
    return _settings if _settings is not None else MailSettings.from_env()


def _mailable(user: User | None) -> bool:
    return user is not None and bool(user.email.strip()) and not user.disabled


def enqueue_immediate(session: Session, notifications: Sequence[Any],
                      settings: MailSettings | None = None) -> None:
    """For each just-inserted notification (with its id) whose user has an e-mail address, is
    not disabled and chose 'segera', one outbox row (``dedupe_key`` "n:<id>"), and the
    notification's ``mailed_at`` set; users on 'harian' get theirs in the daily digest.
    Notifications of users who get no mail ('mati', no address, disabled) are marked too:
    they are done with as far as mail goes (the bell still shows them)."""
    if not notifications:
        return
    settings = settings or configured()
    names = {note.username for note in notifications}
    users = {user.username: user for user in
             session.scalars(select(User).where(User.username.in_(names)))}
    now = utcnow()
    for note in notifications:
        user = users.get(note.username)
        if _mailable(user) and user.notify_mode == DIGEST:
            continue
        note.mailed_at = now
        if _mailable(user) and user.notify_mode == IMMEDIATE:
            subject, body = mailtext.immediate(note, settings)
            session.add(OutboxMail(dedupe_key=f"n:{note.id}", username=user.username,
                                   recipient=user.email.strip(), subject=subject, body=body,
                                   created_at=now, next_attempt_at=now, attempts=0))


# -- sending ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Claimed:
    id: int
    dedupe_key: str
    recipient: str
    subject: str
    body: str
    attempts: int


def send_due(factory: sessionmaker[Session], settings: MailSettings, now: datetime,
             batch: int = 20) -> int:
    """Send up to ``batch`` mails due at ``now``; returns how many the server accepted.
    Failures are counted and retried after :data:`BACKOFF`, given up after
    :data:`MAX_ATTEMPTS` (``failed_at``) or at once when the server refuses the recipient."""
    claimed = _claim(factory, now, batch)
    return _deliver(factory, settings, now, claimed) if claimed else 0


def _claim(factory: sessionmaker[Session], now: datetime, batch: int) -> list[_Claimed]:
    due = (select(OutboxMail)
           .where(OutboxMail.sent_at.is_(None), OutboxMail.failed_at.is_(None),
                  OutboxMail.next_attempt_at <= now)
           .order_by(OutboxMail.next_attempt_at, OutboxMail.id).limit(batch)
           .with_for_update(skip_locked=True))
    with transaction(factory, write=True) as db:
        rows = db.scalars(due).all()
        for row in rows:
            row.next_attempt_at = now + LEASE
        return [_Claimed(row.id, row.dedupe_key, row.recipient, row.subject, row.body,
                         row.attempts) for row in rows]


def _deliver(factory: sessionmaker[Session], settings: MailSettings, now: datetime,
             pending: list[_Claimed]) -> int:
    """Send the claimed mails through one SMTP session; a failure of the session itself
    (down, timeout, refused login) counts against every mail not yet sent."""
    sent, started = 0, time.monotonic()
    try:
        with mailer.connection(settings) as smtp:
            while pending:
                if time.monotonic() - started > SEND_BUDGET:
                    _release(factory, now, pending)
                    return sent
                mail = pending[0]
                try:
                    smtp.send_message(_message(settings, mail))
                except smtplib.SMTPServerDisconnected:
                    raise  # the session broke (so did a socket error): below, for the rest
                except (smtplib.SMTPException, ValueError) as err:
                    # this mail's own trouble (recipient refused, an address the server
                    # cannot take, a header that cannot be written): the others still go
                    _failed(factory, now, [pending.pop(0)], err)
                    continue
                _sent(factory, now, pending.pop(0))
                sent += 1
    except (smtplib.SMTPException, OSError) as err:
        if pending:
            _failed(factory, now, pending, err)
    return sent


def _message(settings: MailSettings, mail: _Claimed):
    return mailer.compose(settings, mail.recipient, mail.subject, mail.body,
                          mailer.outbox_message_id(settings, mail.id, mail.dedupe_key))


def _sent(factory: sessionmaker[Session], now: datetime, mail: _Claimed) -> None:
    with transaction(factory, write=True) as db:
        if db.get_bind().dialect.name == "postgresql":
            # no wait for the disk: a record lost to a database crash costs what a sender
            # crash costs (the mail again, same Message-ID, after the lease), and a commit
            # per mail no longer waits for the WAL flush
            db.execute(text("SET LOCAL synchronous_commit TO OFF"))
        db.execute(update(OutboxMail).where(OutboxMail.id == mail.id)
                   .values(sent_at=now, attempts=mail.attempts + 1, last_error=None))


def _failed(factory: sessionmaker[Session], now: datetime, mails: list[_Claimed],
            err: BaseException) -> None:
    error = f"{type(err).__name__}: {err}"[:1000]
    permanent = mailer.is_permanent(err)
    with transaction(factory, write=True) as db:
        for mail in mails:
            attempts = mail.attempts + 1
            values: dict[str, Any] = {"attempts": attempts, "last_error": error}
            if permanent or attempts >= MAX_ATTEMPTS:
                values["failed_at"] = now
            else:
                values["next_attempt_at"] = now + BACKOFF[attempts - 1]
            db.execute(update(OutboxMail).where(OutboxMail.id == mail.id).values(**values))
    log.warning("mail: %d mail(s) not sent (%s)", len(mails), error)


def _release(factory: sessionmaker[Session], now: datetime, mails: list[_Claimed]) -> None:
    """Give back claimed mails this sender has no time left for (no attempt counted)."""
    with transaction(factory, write=True) as db:
        db.execute(update(OutboxMail).where(OutboxMail.id.in_([m.id for m in mails]))
                   .values(next_attempt_at=now))


# -- the daily digest -------------------------------------------------------------------------
def digest(factory: sessionmaker[Session], settings: MailSettings, now: datetime) -> int:
    """At or after ``settings.digest_hour`` (office time), one mail per user on 'harian' with
    an address listing their notifications not yet mailed, which are then marked; returns the
    number of digests queued. Also marks, whatever the hour, the unmailed notifications that
    will never be mailed (users on 'mati', without an address, disabled, or notifications
    older than :data:`DIGEST_MAX_AGE`), so unmailed work does not pile up."""
    with transaction(factory) as db:
        if db.scalar(select(Notification.id).where(Notification.mailed_at.is_(None))
                     .limit(1)) is None:
            return 0
    local = now.astimezone(DEFAULT_ZONE)
    with transaction(factory, write=True) as db:
        if not _digest_turn(db):
            return 0
        _sweep(db, now)
        if local.hour < settings.digest_hour:
            return 0
        day = local.date()
        done = 0
        for user in _digest_users(db, day):
            done += _digest_one(db, settings, user, day, now)
        return done


_DIGEST_LOCK = 0x534F5044  # "SOPD": one PostgreSQL advisory lock for the digest round


def _digest_turn(db: Session) -> bool:
    """One worker at a time does the round (PostgreSQL: a transaction-scoped advisory lock,
    not waited for: whoever holds it does the work; SQLite: the writer lock already
    serialises). The unique digest key stays the guarantee; this only saves the others
    the work and keeps two sweeps from meeting on the same rows."""
    if db.get_bind().dialect.name != "postgresql":
        return True
    return bool(db.scalar(select(func.pg_try_advisory_xact_lock(_DIGEST_LOCK))))


def _digest_receivers():
    return and_(User.notify_mode == DIGEST, func.trim(User.email) != "",
                User.disabled.is_(False))


def _sweep(db: Session, now: datetime) -> None:
    receivers = select(User.username).where(_digest_receivers())
    db.execute(update(Notification)
               .where(Notification.mailed_at.is_(None),
                      or_(Notification.username.not_in(receivers),
                          Notification.created_at < now - DIGEST_MAX_AGE))
               .values(mailed_at=now).execution_options(synchronize_session=False))


def _digest_key(username: str, day) -> str:
    return f"digest:{username}:{day.isoformat()}"


def _digest_users(db: Session, day) -> list[User]:
    waiting = exists().where(Notification.username == User.username,
                             Notification.mailed_at.is_(None))
    users = db.scalars(select(User).where(_digest_receivers(), waiting)
                       .order_by(User.username)).all()
    keys = [_digest_key(user.username, day) for user in users]
    done = set(db.scalars(select(OutboxMail.dedupe_key).where(OutboxMail.dedupe_key.in_(keys))))
    return [user for user in users if _digest_key(user.username, day) not in done]


def _digest_one(db: Session, settings: MailSettings, user: User, day, now: datetime) -> int:
    notes = db.scalars(select(Notification)
                       .where(Notification.username == user.username,
                              Notification.mailed_at.is_(None))
                       .order_by(Notification.id)).all()
    if not notes:
        return 0
    subject, body = mailtext.digest(notes, day, settings)
    row = {"dedupe_key": _digest_key(user.username, day), "username": user.username,
           "recipient": user.email.strip(), "subject": subject, "body": body,
           "created_at": now, "next_attempt_at": now, "attempts": 0}
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    made = db.execute(insert(OutboxMail).values(**row)
                      .on_conflict_do_nothing(index_elements=["dedupe_key"])
                      .returning(OutboxMail.id)).first()
    if made is None:  # another worker queued this digest first
        return 0
    db.execute(update(Notification).where(Notification.id.in_([n.id for n in notes]))
               .values(mailed_at=now).execution_options(synchronize_session=False))
    return 1


# -- for admins (sop outbox) ------------------------------------------------------------------
def summary(session: Session, now: datetime, last: int = 10) -> dict[str, Any]:
    """Counts (pending, due now, retrying, sent, failed) and the ``last`` mails with an
    error (pending or given up), newest attempt first."""
    open_ = and_(OutboxMail.sent_at.is_(None), OutboxMail.failed_at.is_(None))

    def count(*where) -> int:
        return session.scalar(select(func.count()).select_from(OutboxMail).where(*where)) or 0

    errors = session.scalars(
        select(OutboxMail).where(OutboxMail.sent_at.is_(None),
                                 OutboxMail.last_error.is_not(None))
        .order_by(OutboxMail.failed_at.is_(None), OutboxMail.id.desc()).limit(last)).all()
    return {
        "pending": count(open_), "due": count(open_, OutboxMail.next_attempt_at <= now),
        "retrying": count(open_, OutboxMail.attempts > 0),
        "sent": count(OutboxMail.sent_at.is_not(None)),
        "failed": count(OutboxMail.failed_at.is_not(None)),
        "errors": [{"id": m.id, "recipient": m.recipient, "subject": m.subject,
                    "attempts": m.attempts, "failed_at": m.failed_at,
                    "next_attempt_at": m.next_attempt_at, "last_error": m.last_error}
                   for m in errors],
    }


def retry_failed(session: Session, now: datetime) -> int:
    """Give every mail that was given up on a fresh set of attempts (after the admin fixed
    the cause); returns how many."""
    result = session.execute(update(OutboxMail).where(OutboxMail.failed_at.is_not(None),
                                                      OutboxMail.sent_at.is_(None))
                             .values(failed_at=None, attempts=0, next_attempt_at=now))
    return result.rowcount or 0
