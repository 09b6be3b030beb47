"""Working time: how long a step took in the same rules as its batas waktu (engine.deadlines).

A batas waktu counts whole days as working days (weekends, national holidays, cuti bersama and
the instansi's regional days off are skipped) and hours and minutes as clock time; it knows no
office hours. A duration measured against it therefore counts the minutes of working days only:
a step ready Friday 15.00 and done Monday 09.00 (WIB) took 9 + 9 hours = 1080 working minutes,
not the 66 hours on the wall clock, and a step done exactly at its "1 hari kerja" batas waktu
took 1440 working minutes, its standard. Days are the office's days (Asia/Jakarta), as there.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from .deadlines import DEFAULT_ZONE, NO_DAYS_OFF, is_working_day, parse_iso_duration
from .models import as_utc

DAY_MINUTES = 1440.0
# a month of a standard (P1M, rare: "6 bulan"), in working days: 261 working days a year / 12
MONTH_WORKING_DAYS = 21.75


def working_minutes(start: datetime, end: datetime, days_off: frozenset[date] = NO_DAYS_OFF,
                    zone: tzinfo = DEFAULT_ZONE) -> float:
    """Minutes from ``start`` to ``end`` that fall on working days of the office's calendar
    (0 when ``end`` is not after ``start``)."""
    start, end = as_utc(start).astimezone(zone), as_utc(end).astimezone(zone)
    if end <= start:
        return 0.0
    day = start.date()
    if day == end.date():  # the usual case: a step done the day it became ready
        return (end - start).total_seconds() / 60 if is_working_day(day, days_off) else 0.0
    total = 0.0
    moment = start
    while moment < end:
        midnight = datetime.combine(moment.date() + timedelta(days=1), datetime.min.time(),
                                    tzinfo=moment.tzinfo)
        upto = min(midnight, end)
        if is_working_day(moment.date(), days_off):
            total += (upto - moment).total_seconds() / 60
        moment = upto
    return total


def standard_minutes(waktu_iso: str | None, day_kind: str | None = "kerja") -> float | None:
    """A mutu baku waktu in the working minutes :func:`working_minutes` measures: a day (hari
    kerja or hari kalender) is 1440, an hour 60, a month 21.75 working days; None when the step
    has no readable standard."""
    span = parse_iso_duration(waktu_iso)
    if span is None:
        return None
    days = span.days + span.months * MONTH_WORKING_DAYS
    return days * DAY_MINUTES + span.clock.total_seconds() / 60


__all__ = ["DAY_MINUTES", "standard_minutes", "working_minutes"]
