"""A user's notifications (the bell and /notifikasi, GET /api/notification): list, count the
unread, mark read. Written by engine.notify; read here, each user only their own: another
user's notification is answered exactly like a missing one (NotFound).

Every query walks ``ix_notifications_user`` (username, read_at, id), so the unread count the
header shows on every page is one index range scan, not a table scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from .db import transaction
from .deadlines import DEFAULT_ZONE
from .errors import NotFound
from .models import ActiveTask, Notification, utcnow
from .notify_text import describe, link_of


@dataclass(frozen=True)
class NotificationView:
    """A notification with its words in both languages (``text(lang)`` picks one)."""

    id: int
    kind: str
    instance_id: int | None
    task_id: str | None
    created: datetime
    read_at: datetime | None
    data: dict[str, Any]
    words: dict[str, str]

    @property
    def read(self) -> bool:
        return self.read_at is not None

    @property
    def link(self) -> str:
        return self.words["link"]

    def title(self, lang: str = "id") -> str:
        return self.words["title_en" if lang == "en" else "title"]

    def body(self, lang: str = "id") -> str:
        return self.words["body_en" if lang == "en" else "body"]


class Notifications:
    """The notifications of one user at a time, for the API and the pages."""

    def __init__(self, factory: sessionmaker[Session], zone: tzinfo = DEFAULT_ZONE):
        self.factory = factory
        self.zone = zone

    def list(self, username: str, unread_only: bool = False, first: int = 0, max: int = 20
             ) -> list[NotificationView]:
        """Newest first; ``unread_only``: those not yet read."""
        query = select(Notification).where(Notification.username == username)
        if unread_only:
            query = query.where(Notification.read_at.is_(None))
        query = (query.order_by(Notification.id.desc())
                 .offset(_non_negative(first)).limit(_non_negative(max)))
        with transaction(self.factory) as session:
            return [self._view(n) for n in session.scalars(query)]

    def count(self, username: str, unread_only: bool = False) -> int:
        """How many (for paging the list)."""
        query = select(func.count()).select_from(Notification).where(
            Notification.username == username)
        if unread_only:
            query = query.where(Notification.read_at.is_(None))
        with transaction(self.factory) as session:
            return session.scalar(query) or 0

    def count_unread(self, username: str) -> int:
        """The bell's number: one count on the index."""
        return self.count(username, unread_only=True)

    def get(self, notification_id: int, username: str) -> NotificationView:
        with transaction(self.factory) as session:
            return self._view(self._own(session, notification_id, username))

    def mark_read(self, notification_id: int, username: str) -> NotificationView:
        """Mark one read (again is harmless: the first reading time stays)."""
        with transaction(self.factory, write=True) as session:
            row = self._own(session, notification_id, username)
            if row.read_at is None:
                row.read_at = utcnow()
            return self._view(row)

    def open(self, notification_id: int, username: str) -> str:
        """Mark one read and give the page to go to: its task while that still waits, else
        the case (a task done since has no page of its own to work on)."""
        with transaction(self.factory, write=True) as session:
            row = self._own(session, notification_id, username)
            if row.read_at is None:
                row.read_at = utcnow()
            waiting = row.task_id is not None and row.kind != "case_ended" and session.scalar(
                select(ActiveTask.id).where(ActiveTask.id == row.task_id)) is not None
            return link_of(row.instance_id, row.task_id if waiting else None, row.kind)

    def mark_all_read(self, username: str) -> int:
        """Mark every unread one read; returns how many were."""
        with transaction(self.factory, write=True) as session:
            done = session.execute(
                update(Notification)
                .where(Notification.username == username, Notification.read_at.is_(None))
                .values(read_at=utcnow()))
            return done.rowcount or 0

    @staticmethod
    def _own(session: Session, notification_id: int, username: str) -> Notification:
        row = session.get(Notification, notification_id)
        if row is None or row.username != username:
            raise NotFound(f"Notifikasi {notification_id} tidak ditemukan.",
                           f"Notification {notification_id} not found.", field="id")
        return row

    def _view(self, row: Notification) -> NotificationView:
        words = describe(row.kind, row.data or {}, row.instance_id, row.task_id, self.zone)
        return NotificationView(row.id, row.kind, row.instance_id, row.task_id, row.created_at,
                                row.read_at, dict(row.data or {}), words)


def _non_negative(value: int) -> int:
    """Negative offsets and limits mean nothing; treat them as zero."""
    return value if value > 0 else 0
