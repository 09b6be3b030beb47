"""Batas waktu (the SOP's Mutu Baku Waktu) between ISO 8601 and the words a QA person writes.

``PT1H`` is "1 jam", ``P2D`` with ``waktu_hari=kerja`` is "2 hari kerja", ``PT30M`` is
"30 menit". Comparison is by length, so "60 menit" and "1 jam" are the same promise; days stay
days (a working day is not 24 hours) and keep their kind (kerja / kalender).
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


def dari_kalimat(text: str) -> Durasi:
    """Read "1 jam", "2 hari kerja", "1 jam 30 menit", "0,5 hari kerja"."""
    parts = _WORD.findall(text)
    rest = re.sub(r"[\s,]+|\bdan\b", "", _WORD.sub("", text))
    if not parts or rest:
        raise DurasiTidakDipahami(
            f'batas waktu "{text}" tidak dipahami; tulis misalnya "30 menit", "1 jam", '
            '"2 hari kerja", "3 hari kalender", "1 minggu"')
    detik = hari = minggu = bulan = 0.0
    jenis = ""
    for number, unit in parts:
        value, unit = _angka(number), unit.lower()
        if unit in _SECONDS:
            detik += value * _SECONDS[unit]
        elif unit.startswith("hari"):
            hari += value
            jenis = unit.removeprefix("hari").strip()
        elif unit == "minggu":
            minggu += value
        else:
            bulan += value * (12 if unit == "tahun" else 1)
    return Durasi(detik, hari, minggu, bulan, jenis)


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


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")
