"""The mail outbox: mails written in the transaction that causes them (a notification) and
sent later by the background sender, which retries, exactly once per mail however many
workers or machines run it (``FOR UPDATE SKIP LOCKED`` on PostgreSQL).

INTERFACE laid for issue 11 (the mail work fills it in; engine.notify calls
:func:`enqueue_immediate`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def enqueue_immediate(session: Session, notifications: Sequence[Any]) -> None:
    """For each just-inserted notification (with its id) whose user has an e-mail address, is
    not disabled and chose 'segera', one outbox row (``dedupe_key`` "n:<id>"), and the
    notification's ``mailed_at`` set; users on 'harian' get theirs in the daily digest."""
