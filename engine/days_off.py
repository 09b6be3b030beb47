"""Regional days off (libur daerah), kept in the database beside the national calendar.

The ``holidays`` package knows Indonesia's national holidays and cuti bersama; a kabupaten's
anniversary or a local cuti is only known to the people running the office, so operators
record them here (``sop holiday add``) and every batas waktu of that instansi skips them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .errors import Conflict, InvalidData, NotFound
from .models import DayOff

EVERY_INSTANSI = "*"


def add_day_off(session: Session, day: date, name: str,
                instansi: str = EVERY_INSTANSI) -> DayOff:
    """Record a day off; the same day twice for one instansi is refused (409)."""
    name = name.strip()
    if not name:
        raise InvalidData("Nama hari libur wajib diisi.", "A day off needs a name.", field="name",
                          errors=[{"field": "name", "code": "required",
                                   "message": "Nama hari libur wajib diisi.",
                                   "message_en": "A day off needs a name."}])
    found = DayOff(day=day, name=name, instansi=instansi)
    try:
        with session.begin_nested():  # the unique constraint decides, even between two admins
            session.add(found)
    except IntegrityError:
        raise Conflict(f"{day.isoformat()} sudah tercatat sebagai hari libur {instansi}.",
                       f"{day.isoformat()} is already a day off for {instansi}.",
                       field="day") from None
    _move_waiting_deadlines(session, instansi)
    return found


def remove_day_off(session: Session, day: date, instansi: str = EVERY_INSTANSI) -> None:
    """Forget a day off; one that was never recorded is a 404 naming the day."""
    result = session.execute(delete(DayOff).where(DayOff.day == day,
                                                  DayOff.instansi == instansi))
    if not result.rowcount:
        raise NotFound(f"{day.isoformat()} bukan hari libur tercatat untuk {instansi}.",
                       f"{day.isoformat()} is not a recorded day off for {instansi}.",
                       field="day")
    _move_waiting_deadlines(session, instansi)


def _move_waiting_deadlines(session: Session, instansi: str) -> None:
    """The batas waktu of waiting tasks is stored when they become ready (the inbox sorts and
    filters on it), so a day off added or removed moves it for the tasks already waiting."""
    from .tasklist import recompute_due  # tasklist reads days off from here

    session.flush()
    recompute_due(session, None if instansi == EVERY_INSTANSI else instansi)


def list_days_off(session: Session, instansi: str | None = None,
                  year: int | None = None) -> list[DayOff]:
    """Recorded days off, oldest first; for one instansi, its own and the ones for all."""
    query = select(DayOff).order_by(DayOff.day, DayOff.instansi)
    if instansi is not None:
        query = query.where(or_(DayOff.instansi == instansi,
                                DayOff.instansi == EVERY_INSTANSI))
    if year is not None:
        query = query.where(DayOff.day >= date(year, 1, 1), DayOff.day <= date(year, 12, 31))
    return list(session.scalars(query))


def days_off_of(session: Session, instansi: str) -> frozenset[date]:
    """The dates a batas waktu of ``instansi`` must skip besides the national calendar."""
    return frozenset(d.day for d in list_days_off(session, instansi))
