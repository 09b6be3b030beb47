"""Monitoring periods: the regulation asks for a monitoring at least every semester, so a
period defaults to the current semester (January-June: Semester I, July-December: Semester II),
and any other span of dates may be asked for. Dates are the office's (Asia/Jakarta), inclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from engine.deadlines import DEFAULT_ZONE
from engine.errors import EngineError

MAX_DAYS = 3 * 366 + 1  # a report spans at most three years


class PeriodError(EngineError):
    """A period a caller asked for that cannot be read: 400 naming ``from`` or ``to``."""

    status = 400


@dataclass(frozen=True)
class Period:
    """Inclusive office dates; ``label`` e.g. "Semester II 2026" or "2026-03-01 s.d. 2026-03-31"."""

    start: date
    end: date

    @property
    def label(self) -> str:
        semester = _semester_label(self)
        return semester or f"{self.start.isoformat()} s.d. {self.end.isoformat()}"

    def bounds(self) -> tuple[datetime, datetime]:
        """The period in UTC: from the start's midnight (office time) to the midnight after its
        last day (exclusive), as stored times are compared."""
        return _midnight(self.start), _midnight(self.end + timedelta(days=1))

    def months(self) -> list[tuple[str, datetime, datetime]]:
        """Each month the period touches: ("2026-07", from, to) in UTC, clipped to the period."""
        found = []
        first = self.start.replace(day=1)
        while first <= self.end:
            following = (first + timedelta(days=32)).replace(day=1)
            lo, hi = max(first, self.start), min(following - timedelta(days=1), self.end)
            found.append((first.strftime("%Y-%m"), _midnight(lo), _midnight(hi + timedelta(1))))
            first = following
        return found


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=DEFAULT_ZONE).astimezone(UTC)


def _semester_label(period: Period) -> str | None:
    year = period.start.year
    if period.end.year != year or period.start.day != 1:
        return None
    if (period.start.month, period.end.month, period.end.day) == (1, 6, 30):
        return f"Semester I {year}"
    if (period.start.month, period.end.month, period.end.day) == (7, 12, 31):
        return f"Semester II {year}"
    return None


def semester_of(day: date) -> Period:
    """The semester ``day`` falls in."""
    if day.month <= 6:
        return Period(date(day.year, 1, 1), date(day.year, 6, 30))
    return Period(date(day.year, 7, 1), date(day.year, 12, 31))


def current_semester(today: date) -> Period:
    """The semester of ``today`` (the default period of every report)."""
    return semester_of(today)


def parse_period(start: str | None, end: str | None, today: date) -> Period:
    """A period from ISO dates (``from``, ``to``); neither: the current semester; only one:
    the rest of that date's semester. Unreadable dates, ``to`` before ``from`` and spans
    over three years are refused (400) naming the parameter."""
    first, last = _date(start, "from"), _date(end, "to")
    if first is None and last is None:
        return current_semester(today)
    first = first or semester_of(last).start
    last = last or semester_of(first).end
    if last < first:
        raise PeriodError(f"Tanggal 'to' ({last}) sebelum 'from' ({first}).",
                          f"'to' ({last}) is before 'from' ({first}).", field="to")
    if (last - first).days > MAX_DAYS:
        raise PeriodError("Periode laporan paling panjang tiga tahun.",
                          "A report period spans at most three years.", field="to")
    return Period(first, last)


def _date(text: str | None, name: str) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(f"Tanggal '{name}' tidak valid ('{text[:40]}'); tulis YYYY-MM-DD.",
                          f"'{name}' is not a date ('{text[:40]}'); write YYYY-MM-DD.",
                          field=name) from None


__all__ = ["Period", "PeriodError", "current_semester", "parse_period", "semester_of"]
