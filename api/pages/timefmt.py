"""Dates and durations the way Indonesian staff read them, in their own time zone.

Stored times are UTC (SQLite hands them back naive); staff in Serang live in WIB, so every
moment is shown in the configured zone: "21 November 2026 14.05", "3 jam yang lalu", "2 jam
30 menit". English gets the same shapes ("21 November 2026 14:05", "3 hours ago", "3 days").
Pure functions of (value, locale, zone) so they are tested without an app.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from babel.dates import format_datetime, format_timedelta
from babel.units import format_unit

from engine.deadlines import DEFAULT_ZONE
from engine.models import as_utc

_PATTERNS = {"id": "d MMMM yyyy HH.mm", "en": "d MMMM yyyy HH:mm"}
_UNITS = (("duration-day", 86400), ("duration-hour", 3600), ("duration-minute", 60))
_UNDER_A_MINUTE = {"id": "kurang dari 1 menit", "en": "less than a minute"}
_INDONESIAN_ZONES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                     "Asia/Jayapura": "WIT"}


def _lang(locale: str) -> str:
    return "en" if str(locale).startswith("en") else "id"


def format_when(moment: datetime | None, locale: str = "id", zone: tzinfo = DEFAULT_ZONE) -> str:
    """A moment as "21 November 2026 14.05" (Indonesian) or "21 November 2026 14:05"."""
    if moment is None:
        return ""
    lang = _lang(locale)
    return format_datetime(as_utc(moment), _PATTERNS[lang], tzinfo=zone, locale=lang)


def format_ago(moment: datetime | None, now: datetime, locale: str = "id") -> str:
    """How long ago, in words: "3 jam yang lalu" / "3 hours ago" (rounded to one unit)."""
    if moment is None:
        return ""
    delta = as_utc(moment) - as_utc(now)
    return format_timedelta(delta, add_direction=True, locale=_lang(locale))


def format_duration(span: timedelta | None, locale: str = "id") -> str:
    """A duration in words, its two largest units: "3 hari", "2 jam 30 menit", "45 menit".

    Two units keep "1 hari 2 jam" honest where a single rounded unit would say "1 hari"; the
    minute is the smallest unit an SOP time standard uses.
    """
    if span is None:
        return ""
    lang = _lang(locale)
    seconds = int(span.total_seconds())
    if seconds < 60:
        return _UNDER_A_MINUTE[lang]
    parts = []
    for unit, size in _UNITS:
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append(format_unit(amount, unit, length="long", locale=lang))
        if len(parts) == 2 or (parts and not amount):
            break
    return " ".join(parts)


def zone_label(zone_key: str) -> str:
    """WIB / WITA / WIT, as Indonesian offices name their time; else the zone's own key."""
    return _INDONESIAN_ZONES.get(zone_key, zone_key)


def now_utc() -> datetime:
    return datetime.now(UTC)
