"""Plt. / Plh.: acting officials. An admin records that a user acts in a jabatan of an instansi
from one date to another; during that time the user sees, claims and completes that jabatan's
tasks, and the record shows "Plh. Kasubag Keuangan (nama)". Outside it, nothing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .deadlines import office_today
from .models import Substitution

KINDS = ("Plt", "Plh")


def in_force(session: Session, user_id: int, today: date | None = None
             ) -> frozenset[tuple[str, str, str]]:
    """(role, instansi, kind) the user acts in on ``today`` (the office's date by default)."""
    today = today or office_today()
    rows = session.execute(select(Substitution.role, Substitution.instansi, Substitution.kind)
                           .where(Substitution.user_id == user_id,
                                  Substitution.ended_at.is_(None),
                                  Substitution.starts_on <= today,
                                  Substitution.ends_on >= today))
    return frozenset((r.role, r.instansi, r.kind) for r in rows)
