"""Drafts of a step's form (Simpan draf): what its holder typed, kept without completing the
step and restored when they come back; one per (task, user), dropped when the task completes.

Filled in by the drafts work of issue 11; :func:`discard` is what the runtime calls.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from .models import TaskDraft


def discard(session: Session, task_id: str) -> None:
    """Drop every draft of a task; called in the transaction that completes it."""
    session.execute(delete(TaskDraft).where(TaskDraft.task_id == task_id))
