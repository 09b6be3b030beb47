"""Batas waktu from Mutu Baku Waktu: clock hours, calendar days, working days (ID holidays)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.deadlines import (
    Duration,
    add_working_days,
    deadline,
    is_late,
    is_working_day,
    parse_iso_duration,
)

WIB = ZoneInfo("Asia/Jakarta")


def wib(*args: int) -> datetime:
    return datetime(*args, tzinfo=WIB)


@pytest.mark.parametrize("text, expected", [
    ("PT1H", Duration(clock=timedelta(hours=1))),
    ("PT1.5H", Duration(clock=timedelta(minutes=90))),
    ("PT30M", Duration(clock=timedelta(minutes=30))),
    ("P2D", Duration(days=2)),
    ("P0.5D", Duration(days=0.5)),
    ("P1W", Duration(days=7)),
    ("P1M", Duration(months=1)),
    ("P1DT2H", Duration(days=1, clock=timedelta(hours=2))),
])
def test_iso_durations_the_importer_writes(text, expected):
    assert parse_iso_duration(text) == expected


@pytest.mark.parametrize("text", ["", None, "P", "PT", "1 jam", "P1X", "PT-1H"])
def test_unreadable_durations_give_no_deadline(text):
    assert parse_iso_duration(text) is None
    assert deadline(wib(2026, 11, 20, 10, 0), text) is None


def test_working_days_skip_weekends_holidays_and_cuti_bersama():
    assert is_working_day(date(2026, 11, 20))          # Friday
    assert not is_working_day(date(2026, 11, 21))      # Saturday
    assert not is_working_day(date(2026, 8, 17))       # Hari Kemerdekaan (Monday)
    assert not is_working_day(date(2026, 12, 24))      # cuti bersama Natal (government)
    assert not is_working_day(date(2026, 3, 20))       # cuti bersama Idul Fitri


def test_hours_are_clock_time():
    assert deadline(wib(2026, 11, 20, 15, 30), "PT1H") == wib(2026, 11, 20, 16, 30)
    assert deadline(wib(2026, 11, 21, 10, 0), "PT2H") == wib(2026, 11, 21, 12, 0)


def test_friday_plus_one_working_day_is_monday():
    assert deadline(wib(2026, 11, 20, 14, 0), "P1D", "kerja") == wib(2026, 11, 23, 14, 0)


def test_a_holiday_monday_does_not_count():
    # Friday 14 August 2026 + 1 hari kerja: Monday 17 August is Hari Kemerdekaan
    assert deadline(wib(2026, 8, 14, 9, 0), "P1D") == wib(2026, 8, 18, 9, 0)


def test_christmas_and_its_cuti_bersama_do_not_count():
    # Wednesday 23 December 2026 + 2 hari kerja: 24 (cuti bersama), 25 (Natal), weekend
    assert deadline(wib(2026, 12, 23, 10, 0), "P2D") == wib(2026, 12, 29, 10, 0)


def test_calendar_days_count_every_day():
    assert deadline(wib(2026, 11, 20, 14, 0), "P1D", "kalender") == wib(2026, 11, 21, 14, 0)
    assert deadline(wib(2026, 12, 23, 10, 0), "P2D", "kalender") == wib(2026, 12, 25, 10, 0)


def test_ready_on_a_day_off_counts_from_the_next_working_day():
    assert add_working_days(wib(2026, 11, 21, 10, 0), 1) == wib(2026, 11, 23, 10, 0)


def test_days_are_counted_in_the_office_time_zone_not_utc():
    # Saturday 20.00 UTC is already Sunday 03.00 in Serang: one working day is Monday 03.00 WIB
    ready = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)
    assert deadline(ready, "P1D") == wib(2026, 11, 23, 3, 0)
    assert deadline(ready, "P1D").tzinfo == UTC


def test_half_a_day_is_twelve_hours_and_months_keep_the_day():
    assert deadline(wib(2026, 11, 20, 8, 0), "P0.5D") == wib(2026, 11, 20, 20, 0)
    assert deadline(wib(2026, 1, 31, 8, 0), "P1M") == wib(2026, 2, 28, 8, 0)


def test_naive_sqlite_times_are_utc():
    assert deadline(datetime(2026, 11, 20, 1, 0), "PT1H") == datetime(2026, 11, 20, 2, 0,
                                                                        tzinfo=UTC)


def test_late_when_done_or_still_open_after_the_deadline():
    due = wib(2026, 11, 20, 16, 0)
    assert is_late(due, wib(2026, 11, 20, 16, 1), now=wib(2026, 11, 19))
    assert not is_late(due, wib(2026, 11, 20, 15, 59), now=wib(2026, 11, 30))
    assert is_late(due, None, now=wib(2026, 11, 20, 17, 0))
    assert not is_late(None, None, now=wib(2030, 1, 1))
