"""Batas waktu (the SOP's Mutu Baku Waktu) between ISO 8601 and the words a QA person writes.

``PT1H`` is "1 jam", ``P2D`` with ``waktu_hari=kerja`` is "2 hari kerja", ``PT30M`` is
"30 menit". Comparison is by length, so "60 menit" and "1 jam" are the same promise; days stay
days (a working day is not 24 hours) and keep their kind (kerja / kalender). A bare "hari", as
the seeds write it, takes the SOP's day policy (``hari``), as the importer reads the seed;
"½ hari" and "setengah hari" are 0,5 hari. A range "10 - 20 menit" is read by
:func:`rentang_kalimat`: the importer keeps its upper end as the standard (``waktu_iso``) and
its lower end beside it (``waktu_min_iso``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ISO = re.compile(
    r"^P(?:(?P<Y>[\d.,]+)Y)?(?:(?P<MO>[\d.,]+)M)?(?:(?P<W>[\d.,]+)W)?(?:(?P<D>[\d.,]+)D)?"
    r"(?:T(?:(?P<H>[\d.,]+)H)?(?:(?P<MI>[\d.,]+)M)?(?:(?P<S>[\d.,]+)S)?)?$")
_WORD = re.compile(r"(\d+(?:[.,]\d+)?)\s*(detik|menit|jam|hari kerja|hari kalender|hari|minggu|"
                   r"bulan|tahun)\b", re.IGNORECASE)
_SECONDS = {"detik": 1, "menit": 60, "jam": 3600}
_HALF = re.compile(r"½|\bsetengah\b", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(?P<a>\d+(?:[.,]\d+)?)\s*(?P<au>[a-z ]*?)\s*(?:-|–|—|s/d|s\.d\.?|sampai"
                    r"(?: dengan)?|hingga)\s*(?P<b>\d+(?:[.,]\d+)?\s*[a-z ]+?)\s*$",
                    re.IGNORECASE)


class DurasiTidakDipahami(ValueError):
    """A duration written in a way this module does not read."""


@dataclass(frozen=True)
class Durasi:
    detik: float = 0.0
    hari: float = 0.0
    minggu: float = 0.0
    bulan: float = 0.0
    jenis_hari: str = ""  # "kerja", "kalender" or "" (bare "hari")

    def __str__(self) -> str:
        return teks(self)


def dari_iso(iso: str, jenis_hari: str = "") -> Durasi:
    """Read ``waktu_iso`` (with the step's ``waktu_hari``) into a duration."""
    match = _ISO.match(iso.strip())
    if not match or not any(match.groupdict().values()):
        raise DurasiTidakDipahami(f"durasi ISO {iso!r} tidak dipahami")
    g = {k: _angka(v) for k, v in match.groupdict().items()}
    hari = g["D"]
    return Durasi(detik=g["H"] * 3600 + g["MI"] * 60 + g["S"], hari=hari, minggu=g["W"],
                  bulan=g["MO"] + g["Y"] * 12, jenis_hari=jenis_hari if hari else "")


def dari_kalimat(text: str, hari: str = "") -> Durasi:
    """Read "1 jam", "2 hari kerja", "1 jam 30 menit", "0,5 hari kerja", "½ hari"; a bare
    "hari" is of kind ``hari`` (the SOP's day policy; "" leaves it unsaid)."""
    text = _HALF.sub("0,5", text)
    parts = _WORD.findall(text)
    rest = re.sub(r"[\s,]+|\bdan\b", "", _WORD.sub("", text))
    if not parts or rest:
        raise DurasiTidakDipahami(
            f'batas waktu "{text}" tidak dipahami; tulis misalnya "30 menit", "1 jam", '
            '"2 hari kerja", "3 hari kalender", "1 minggu"')
    detik = total = minggu = bulan = 0.0
    jenis = ""
    for number, unit in parts:
        value, unit = _angka(number), unit.lower()
        if unit in _SECONDS:
            detik += value * _SECONDS[unit]
        elif unit.startswith("hari"):
            total += value
            jenis = unit.removeprefix("hari").strip() or hari
        elif unit == "minggu":
            minggu += value
        else:
            bulan += value * (12 if unit == "tahun" else 1)
    return Durasi(detik, total, minggu, bulan, jenis)


def rentang_kalimat(text: str, hari: str = "") -> tuple[Durasi, Durasi] | None:
    """(lower, upper) of a range as the seeds write it ("10 - 20 Menit", "1 s/d 2 hari"), the
    lower end taking the upper's unit when it has none; None when ``text`` is no range."""
    match = _RANGE.match(_HALF.sub("0,5", text))
    if not match:
        return None
    upper = dari_kalimat(match.group("b"), hari)
    unit = match.group("au").strip() or _WORD.match(match.group("b")).group(2)
    return dari_kalimat(f"{match.group('a')} {unit}", hari), upper


def ke_iso(d: Durasi) -> str:
    """ISO 8601 for a duration (its day kind is not part of ISO; see ``jenis_hari``)."""
    date = "".join(f"{_num(v)}{u}" for v, u in ((d.bulan, "M"), (d.minggu, "W"), (d.hari, "D"))
                   if v)
    return f"P{date}" + (f"T{_num(d.detik)}S" if d.detik else "") if date or d.detik else "PT0S"


def teks(d: Durasi) -> str:
    """The words for a duration: largest units first, "1 jam 30 menit"."""
    words = []
    for value, unit in ((d.bulan, "bulan"), (d.minggu, "minggu"),
                        (d.hari, f"hari {d.jenis_hari}".strip())):
        if value:
            words.append(f"{_fmt(value)} {unit}")
    for value, unit in _waktu_jam(d.detik):
        words.append(f"{_fmt(value)} {unit}")
    return " ".join(words) or "0 menit"


def kalimat(waktu: str, iso: str, jenis_hari: str = "") -> str:
    """How a draft states a step's batas waktu: the SOP's own words ("120 menit") when they
    say exactly what ``waktu_iso`` says, else the words for ``waktu_iso``."""
    target = dari_iso(iso, jenis_hari)
    try:
        if dari_kalimat(waktu) == target:
            return " ".join(f"{n} {u.lower()}" for n, u in _WORD.findall(waktu))
    except DurasiTidakDipahami:
        pass
    return teks(target)


def _waktu_jam(seconds: float) -> list[tuple[float, str]]:
    """Whole hours stay hours ("2 jam"); anything else is said in minutes ("90 menit")."""
    if not seconds:
        return []
    if seconds % 3600 == 0:
        return [(seconds / 3600, "jam")]
    if seconds % 60 == 0:
        return [(seconds / 60, "menit")]
    return [(seconds, "detik")]


def _angka(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")
