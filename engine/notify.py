"""Notifications (the bell, and mail through engine.outbox): who is told what, when.

The runtime calls :func:`tasks_ready` and :func:`case_ended` in the transaction of the change,
so a notification exists exactly when the change does; the background loop calls the overdue
scan. Implemented by the notifications work of issue 11.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def tasks_ready(session: Session, instance: Any, rows: list[dict[str, Any]], actor: str | None,
                mail: bool = False) -> None:
    """Tell the holders of each new task's jabatan (or, for a returned step, whoever did it
    before) that it waits for them; ``rows`` are the active-task rows just written (id, step_id,
    name, role, instansi, due_at, returned); ``actor`` (who caused it) is not told; ``mail``:
    SMTP is configured, so immediate-mode users with an address get a mail in the outbox."""


def case_ended(session: Session, instance: Any, actor: str | None, mail: bool = False) -> None:
    """Tell whoever started the case that it ended (instance.outcome: selesai / ditolak)."""
