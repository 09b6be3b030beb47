"""The audit log: who did what to accounts, deployments and cases, and every login.

Entries are written in the same transaction as the change they describe, so a change that
rolls back leaves no entry and an entry never describes a change that did not happen. The table
is append-only (database triggers refuse UPDATE and DELETE, see migration 0004).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import AuditEntry, utcnow

# The actions written, so that readers can filter on a known word.
LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOGIN_THROTTLED = "login_throttled"
LOGOUT = "logout"
USER_CREATED = "user_created"
USER_DISABLED = "user_disabled"
USER_ENABLED = "user_enabled"
USER_UPDATED = "user_updated"
PASSWORD_CHANGED = "password_changed"
PASSWORD_RESET = "password_reset"
ROLE_ADDED = "role_added"
ROLE_REMOVED = "role_removed"
ACCOUNT_UNLOCKED = "account_unlocked"
TOKENS_REVOKED = "tokens_revoked"
DEPLOYED = "deployed"
DAY_OFF_ADDED = "day_off_added"
DAY_OFF_REMOVED = "day_off_removed"
INCIDENT_RESOLVED = "incident_resolved"
TASK_ASSIGNED = "task_assigned"  # a hand-over by a pengawas or an admin (engine.handover)
SUBSTITUTION_ADDED = "substitution_added"  # Plt. / Plh. (engine.substitutions)
SUBSTITUTION_ENDED = "substitution_ended"
PENGAWAS_ADDED = "pengawas_added"  # a supervisor of an instansi (engine.supervisors)
PENGAWAS_REMOVED = "pengawas_removed"
DOCUMENT_UPLOADED = "document_uploaded"  # a file attached to a task (engine.documents)
DOCUMENT_DELETED = "document_deleted"
JABATAN_CHANGED = "jabatan_changed"  # an instansi's jabatan catalogue replaced (engine.jabatan)
CASE_SUSPENDED = "case_suspended"  # admin operations on cases (engine.case_admin)
CASE_ACTIVATED = "case_activated"
CASE_CANCELLED = "case_cancelled"
CASE_RESET = "case_reset"
CASE_MIGRATED = "case_migrated"  # moved to another version (engine.case_migration)
VERSION_RETIRED = "version_retired"  # no new case starts on it (engine.retirement)
VERSION_REINSTATED = "version_reinstated"
MONITORING_REVIEW_SAVED = "monitoring_review_saved"  # a Penilaian (reports.review)
MONITORING_REVIEW_SIGNED = "monitoring_review_signed"  # the paraf: the period is frozen
SOP_DRAFT_CREATED = "sop_draft_created"  # a new SOP started in the designer (design.workbench)
MONITORING_SETTINGS_CHANGED = "monitoring_settings_changed"  # an instansi's rule, penilai


def record(session: Session, action: str, actor: str | None, target: str = "",
           address: str = "", **detail: Any) -> AuditEntry:
    """Append one entry; ``detail`` holds what a reader needs to understand it (never a
    password or a token)."""
    entry = AuditEntry(at=utcnow(), actor=actor, action=action, target=target[:300],
                       address=(address or "")[:64], detail=detail or None)
    session.add(entry)
    session.flush()
    return entry


def entries(session: Session, actor: str | None = None, action: str | None = None,
            target: str | None = None, after: datetime | None = None,
            before: datetime | None = None, limit: int = 100, offset: int = 0
            ) -> list[AuditEntry]:
    """Entries newest first, filtered as asked."""
    query = _filtered(select(AuditEntry), actor, action, target, after, before)
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)
                                .offset(offset)))


def count(session: Session, actor: str | None = None, action: str | None = None,
          target: str | None = None, after: datetime | None = None,
          before: datetime | None = None) -> int:
    query = _filtered(select(func.count(AuditEntry.id)), actor, action, target, after, before)
    return int(session.scalar(query) or 0)


def _filtered(query, actor, action, target, after, before):
    for column, value in ((AuditEntry.actor, actor), (AuditEntry.action, action),
                          (AuditEntry.target, target)):
        if value is not None:
            query = query.where(column == value)
    if after is not None:
        query = query.where(AuditEntry.at >= after)
    if before is not None:
        query = query.where(AuditEntry.at < before)
    return query
