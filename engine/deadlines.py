"""Batas waktu: when a step must be done, from when it became ready and its Mutu Baku Waktu.

It lives in the engine because both the JSON API (a task's ``due``) and the pages show it.

The importer stores the standard as an ISO 8601 duration (``waktu_iso``: PT1H, P2D, P1.5D, P1W,
P1M) and, for days, the kind of day beside it (``waktu_hari``: kerja | kalender), because ISO 8601
cannot say "working day". Hours and minutes are clock time; days of kind ``kerja`` skip weekends,
national holidays and cuti bersama (the ``holidays`` package, country ID, categories public and
government) and the regional days off an operator recorded for the instansi (``sop holiday``,
passed in as ``days_off``). Days are counted in the office's time zone, not in UTC, so a step
ready on Friday afternoon in Serang with "1 hari kerja" is due Monday afternoon.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from .models import as_utc

DEFAULT_ZONE = ZoneInfo("Asia/Jakarta")  # the office's zone: days are counted there


_ISO = re.compile(
    r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")


@dataclass(frozen=True)
class Duration:
    """An ISO 8601 duration split into calendar parts (months), days and clock time."""

    months: int = 0
    days: float = 0.0
    clock: timedelta = timedelta()


@lru_cache(maxsize=256)
def parse_iso_duration(text: str | None) -> Duration | None:
    """Read ``PnYnMnWnDTnHnMnS`` (decimals allowed); None when empty or unreadable. Cached:
    a library has a few dozen distinct standards and every task shown asks for one."""
    match = _ISO.match((text or "").strip().upper())
    if not match or (text or "").strip().upper() in ("P", "PT"):
        return None
    part = {k: float(v) for k, v in match.groupdict().items() if v}
    if not part:
        return None
    clock = timedelta(hours=part.get("h", 0), minutes=part.get("m", 0), seconds=part.get("s", 0))
    return Duration(months=int(part.get("Y", 0) * 12 + part.get("M", 0)),
                    days=part.get("W", 0) * 7 + part.get("D", 0), clock=clock)


@lru_cache(maxsize=64)
def national_holidays(year: int) -> tuple[tuple[date, str], ...]:
    """Indonesia's national holidays and cuti bersama of ``year``, named in Bahasa Indonesia."""
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"),
                                      language="id")
    return tuple(sorted(found.items()))


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    return frozenset(day for day, _ in national_holidays(year))


NO_DAYS_OFF: frozenset[date] = frozenset()


def is_working_day(day: date, days_off: frozenset[date] = NO_DAYS_OFF) -> bool:
    """Monday to Friday, not a national holiday, cuti bersama or regional day off."""
    return day.weekday() < 5 and day not in _holidays_of(day.year) and day not in days_off


def add_working_days(start: datetime, days: int,
                     days_off: frozenset[date] = NO_DAYS_OFF) -> datetime:
    """``start`` moved forward by ``days`` working days, keeping its clock time.

    A step that becomes ready on a day off starts counting from the next working day, so
    Saturday 10.00 plus one working day is Monday 10.00.
    """
    moment = start
    while days > 0:
        moment += timedelta(days=1)
        if is_working_day(moment.date(), days_off):
            days -= 1
    return moment


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def deadline(ready_at: datetime | None, waktu_iso: str | None, day_kind: str | None = "kerja",
             zone: tzinfo = DEFAULT_ZONE, days_off: frozenset[date] = NO_DAYS_OFF
             ) -> datetime | None:
    """The batas waktu of a step (UTC), or None when the step has no readable standard.

    Whole days count as working days unless ``day_kind`` is ``kalender``; a fraction of a day
    is clock time (0.5 hari = 12 jam).
    """
    span = parse_iso_duration(waktu_iso)
    if ready_at is None or span is None:
        return None
    local = as_utc(ready_at).astimezone(zone)
    local = _add_months(local, span.months)
    whole = int(span.days)
    if (day_kind or "kerja") == "kalender":
        local += timedelta(days=whole)
    else:
        local = add_working_days(local, whole, days_off)
    local += timedelta(days=span.days - whole) + span.clock
    return local.astimezone(as_utc(ready_at).tzinfo)


def uses_working_days(waktu_iso: str | None, day_kind: str | None = "kerja") -> bool:
    """True when a deadline of this standard depends on the calendar of days off (whole days
    counted as hari kerja), so callers fetch an instansi's regional days only when needed."""
    span = parse_iso_duration(waktu_iso)
    return span is not None and span.days >= 1 and (day_kind or "kerja") != "kalender"


def is_late(due: datetime | None, done_at: datetime | None, now: datetime) -> bool:
    """Terlambat: finished (or still open) after the batas waktu."""
    if due is None:
        return False
    return as_utc(done_at or now) > as_utc(due)


def office_today(zone: ZoneInfo = DEFAULT_ZONE) -> date:
    """Today's date in the office's zone (substitutions and reports count office days)."""
    from .models import utcnow  # models imports nothing of ours; keep deadlines import-light

    return utcnow().astimezone(zone).date()
