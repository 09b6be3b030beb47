"""Dates and durations as staff read them: Indonesian first, English second, in WIB."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.pages.timefmt import format_ago, format_duration, format_when, zone_label

NOON_UTC = datetime(2026, 11, 21, 7, 5, tzinfo=UTC)  # 14.05 WIB


def test_moment_in_indonesian_and_english_in_wib():
    assert format_when(NOON_UTC) == "21 November 2026 14.05"
    assert format_when(NOON_UTC, "en") == "21 November 2026 14:05"
    assert format_when(NOON_UTC, "id", ZoneInfo("Asia/Makassar")) == "21 November 2026 15.05"
    assert format_when(None) == ""


def test_naive_times_from_sqlite_are_utc():
    assert format_when(NOON_UTC.replace(tzinfo=None)) == "21 November 2026 14.05"


def test_indonesian_month_names():
    assert format_when(datetime(2026, 8, 17, 3, 0, tzinfo=UTC)) == "17 Agustus 2026 10.00"
    assert format_when(datetime(2026, 2, 1, 0, 0, tzinfo=UTC), "en") == "1 February 2026 07:00"


@pytest.mark.parametrize("ago, locale, expected", [
    (timedelta(hours=3), "id", "3 jam yang lalu"),
    (timedelta(hours=3), "en", "3 hours ago"),
    (timedelta(days=2), "id", "2 hari yang lalu"),
    (timedelta(minutes=45), "id", "45 menit yang lalu"),
])
def test_how_long_ago(ago, locale, expected):
    assert format_ago(NOON_UTC - ago, NOON_UTC, locale) == expected


@pytest.mark.parametrize("span, locale, expected", [
    (timedelta(days=3), "id", "3 hari"),
    (timedelta(days=3), "en", "3 days"),
    (timedelta(hours=2), "id", "2 jam"),
    (timedelta(minutes=45), "id", "45 menit"),
    (timedelta(hours=2, minutes=30), "id", "2 jam 30 menit"),
    (timedelta(hours=1, minutes=1), "en", "1 hour 1 minute"),
    (timedelta(days=1, hours=2, minutes=5), "id", "1 hari 2 jam"),
    (timedelta(days=1, minutes=5), "id", "1 hari"),
    (timedelta(seconds=20), "id", "kurang dari 1 menit"),
    (timedelta(seconds=20), "en", "less than a minute"),
])
def test_durations_in_words(span, locale, expected):
    assert format_duration(span, locale) == expected


def test_no_duration_is_empty():
    assert format_duration(None) == ""


def test_indonesian_zone_names():
    assert [zone_label(z) for z in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")] == [
        "WIB", "WITA", "WIT"]
    assert zone_label("UTC") == "UTC"
