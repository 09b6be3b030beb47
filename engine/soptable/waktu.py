"""Parse the Mutu Baku "Waktu" column into ISO 8601 durations.

Seeds write times as "1 jam", "3jam", "2 Hari", "10 - 20 Menit", "1 hari kerja", "0.5" (a bare
number in the SOP's ``waktu_angka`` unit). ISO 8601 cannot say "working day", so the day kind
(kerja / kalender) is kept beside the duration. Stated policy: bare "hari" means hari kerja
unless the SOP's ``waktu_hari`` says kalender. A range keeps both ends; the upper bound is the
standard (it is what the SOP promises). Unparseable text never raises: it yields None and a
warning, because a time standard is information, not control flow.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

MINUTES = {"menit": 1, "jam": 60, "hari": 1440, "minggu": 10080, "bulan": 43200}
MAX_MINUTES = 5 * 365 * 1440  # beyond five years a "time standard" is an OCR accident
EMPTY = {"", "-", "--", "—", "–"}
UNITS = {
    "menit": "menit", "mnt": "menit", "mins": "menit", "min": "menit",
    "jam": "jam", "jm": "jam",
    "hari kerja": "hari kerja", "hk": "hari kerja", "hari kalender": "hari kalender",
    "hari": "hari",
    "minggu": "minggu", "pekan": "minggu",
    "bulan": "bulan", "bln": "bulan",
}
ISO_UNIT = {"menit": "M", "jam": "H", "hari": "D", "minggu": "W", "bulan": "M"}
NUM = r"\d+(?:[.,]\d+)?"
UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
PREFIX = r"(?:±|\+/-|\+-|kurang lebih|kurang-lebih|maks\.?|maksimal|paling lama|max\.?)?"
TERM = rf"(?P<{{n}}>{NUM})\s*(?:x\s*(?P<{{n}}x>{NUM})\s*)?(?P<{{n}}u>{UNIT})?"
RANGE_SEP = r"\s*(?:-|–|—|s/d|s\.d\.?|sd|sampai(?: dengan)?|hingga)\s*"
PATTERN = re.compile(
    rf"^{PREFIX}\s*{TERM.format(n='a')}(?:{RANGE_SEP}{TERM.format(n='b')})?\s*$",
    re.IGNORECASE,
)


class WaktuWarning(UserWarning):
    """A Waktu text the parser could not read (kept as text, no ISO duration)."""


@dataclass(frozen=True)
class Waktu:
    """A parsed time standard; ``iso`` is the standard (a range's upper bound)."""

    text: str
    amount: float
    unit: str          # menit | jam | hari | minggu | bulan
    iso: str
    min_amount: float | None = None
    min_iso: str = ""  # lower bound of a range, else ""
    hari: str = ""     # kerja | kalender when the unit is days, else ""


def parse_waktu(text: str, waktu_hari: str = "kerja", waktu_angka: str = "menit",
                warn: Callable[[str], None] | None = None) -> Waktu | None:
    """Parse one Waktu text; None for empty text and (with a warning) for unreadable text."""
    clean = " ".join((text or "").split())
    if clean in EMPTY:
        return None
    m = PATTERN.match(clean)
    terms = _terms(m, waktu_hari, waktu_angka) if m else []
    if not terms or not _sensible(terms):
        (warn or _default_warn)(f"waktu {text!r} is not a duration this parser reads")
        return None
    (amount, unit, kind), low = terms[-1], (terms[0] if len(terms) == 2 else None)
    return Waktu(text=text, amount=amount, unit=unit, iso=iso_duration(amount, unit),
                 min_amount=low[0] if low else None,
                 min_iso=iso_duration(low[0], low[1]) if low else "", hari=kind)


def _terms(m: re.Match, waktu_hari: str, waktu_angka: str) -> list[tuple[float, str, str]]:
    """(amount, unit, day kind) of the single term or of both ends of a range; a range's
    first end without a unit takes the second's ("10 - 20 Menit")."""
    if not m.group("b"):
        return [(_amount(m, "a"), *_unit(m.group("au"), waktu_hari, waktu_angka))]
    high = (_amount(m, "b"), *_unit(m.group("bu"), waktu_hari, waktu_angka))
    low_unit = m.group("au") or m.group("bu")
    return [(_amount(m, "a"), *_unit(low_unit, waktu_hari, waktu_angka)), high]


def _sensible(terms: list[tuple[float, str, str]]) -> bool:
    """Finite, not absurdly long, and a range that does not run backwards."""
    minutes = [amount * MINUTES[unit] for amount, unit, _ in terms]
    return all(0 <= v <= MAX_MINUTES for v in minutes) and minutes == sorted(minutes)


def _default_warn(message: str) -> None:
    warnings.warn(message, WaktuWarning, stacklevel=3)


def _amount(m: re.Match, n: str) -> float:
    """The term's number; ``1 x 24 jam`` is read as 24 jam times 1."""
    value = float(m.group(n).replace(",", "."))
    if m.group(n + "x"):
        value *= float(m.group(n + "x").replace(",", "."))
    return value


def _unit(word: str | None, waktu_hari: str, waktu_angka: str) -> tuple[str, str]:
    """Normalised unit and day kind; a bare number takes the SOP's waktu_angka unit."""
    name = UNITS[word.lower()] if word else waktu_angka
    if name == "hari kerja":
        return "hari", "kerja"
    if name == "hari kalender":
        return "hari", "kalender"
    if name == "hari":
        return "hari", waktu_hari
    return name, ""


def iso_duration(amount: float, unit: str) -> str:
    """ISO 8601 duration for an amount of one unit, e.g. (1.5, "jam") -> "PT1.5H"."""
    number = format(Decimal(repr(float(amount))).normalize(), "f")
    time_part = "T" if unit in ("menit", "jam") else ""
    return f"P{time_part}{number}{ISO_UNIT[unit]}"


def waktu_problem(text: str, waktu_hari: str = "kerja", waktu_angka: str = "menit") -> str:
    """The warning parse_waktu would give for ``text``, or "" (used by the checker)."""
    found: list[str] = []
    parse_waktu(text, waktu_hari, waktu_angka, warn=found.append)
    return found[0] if found else ""
