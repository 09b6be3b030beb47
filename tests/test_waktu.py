"""Waktu (Mutu Baku time standard) parsing: every form the seeds and tables use."""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import pytest

from engine.soptable.check import table_files
from engine.soptable.model import load_table
from engine.soptable.waktu import Waktu, WaktuWarning, iso_duration, parse_waktu, waktu_problem

ROOT = Path(__file__).resolve().parent.parent
# The seed documents sit in shared/ beside the checkout (as on CI); SOP_SEEDS overrides.
SEEDS = Path(os.environ.get("SOP_SEEDS", ROOT.parent / "shared" / "seeds"))
if not SEEDS.is_dir() and os.environ.get("CI"):
    raise RuntimeError(f"seed documents not found at {SEEDS} (set SOP_SEEDS)")
# Number + unit as the seeds write them (the seeds are extracted text: tables are tab separated).
SEED_WAKTU = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?\s*(?:-\s*\d+(?:[.,]\d+)?\s*)?"
    r"(?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan))\b",
    re.IGNORECASE,
)

# Every distinct form found in the seeds and tables, with what it must mean.
CASES = [
    # text, waktu_angka, waktu_hari, iso, min_iso, hari
    ("1 jam", "menit", "kerja", "PT1H", "", ""),
    ("1 Jam", "menit", "kerja", "PT1H", "", ""),
    ("1jam", "menit", "kerja", "PT1H", "", ""),
    ("1Jam", "menit", "kerja", "PT1H", "", ""),
    ("3jam", "menit", "kerja", "PT3H", "", ""),
    ("5jam", "menit", "kerja", "PT5H", "", ""),
    ("2 Jam", "menit", "kerja", "PT2H", "", ""),
    ("5 menit", "menit", "kerja", "PT5M", "", ""),
    ("5 Menit", "menit", "kerja", "PT5M", "", ""),
    ("5Menit", "menit", "kerja", "PT5M", "", ""),
    ("120 Menit", "menit", "kerja", "PT120M", "", ""),
    ("10 - 20 Menit", "menit", "kerja", "PT20M", "PT10M", ""),
    ("1 hari", "menit", "kerja", "P1D", "", "kerja"),
    ("1 Hari", "menit", "kerja", "P1D", "", "kerja"),
    ("2hari", "menit", "kerja", "P2D", "", "kerja"),
    ("14 Hari", "menit", "kerja", "P14D", "", "kerja"),
    ("1 hari", "menit", "kalender", "P1D", "", "kalender"),
    ("2 hari kerja", "menit", "kalender", "P2D", "", "kerja"),
    ("1 hari kerja", "menit", "kerja", "P1D", "", "kerja"),
    ("3 hari kalender", "menit", "kerja", "P3D", "", "kalender"),
    ("1 minggu", "menit", "kerja", "P1W", "", ""),
    ("6 bulan", "menit", "kerja", "P6M", "", ""),
    ("0.5", "hari", "kerja", "P0.5D", "", "kerja"),
    ("1", "hari", "kerja", "P1D", "", "kerja"),
    ("30", "hari", "kalender", "P30D", "", "kalender"),
    ("15", "menit", "kerja", "PT15M", "", ""),
    ("2", "jam", "kerja", "PT2H", "", ""),
    ("0,5 jam", "menit", "kerja", "PT0.5H", "", ""),
    ("30 menit - 1 jam", "menit", "kerja", "PT1H", "PT30M", ""),
    ("1 s/d 2 hari", "menit", "kerja", "P2D", "P1D", "kerja"),
    ("1 x 24 jam", "menit", "kerja", "PT24H", "", ""),
    ("± 10 menit", "menit", "kerja", "PT10M", "", ""),
    ("  10   MENIT ", "menit", "kerja", "PT10M", "", ""),
]


@pytest.mark.parametrize("text,angka,hari,iso,min_iso,kind", CASES)
def test_forms(text, angka, hari, iso, min_iso, kind):
    w = parse_waktu(text, hari, angka)
    assert w is not None
    assert (w.iso, w.min_iso, w.hari) == (iso, min_iso, kind)
    assert w.text == text


def test_range_keeps_both_ends_and_upper_is_standard():
    w = parse_waktu("10 - 20 Menit")
    assert w == Waktu(text="10 - 20 Menit", amount=20.0, unit="menit", iso="PT20M",
                      min_amount=10.0, min_iso="PT10M", hari="")


@pytest.mark.parametrize("text", ["", "-", "   ", "–"])
def test_empty_means_no_standard_without_warning(text):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_waktu(text) is None
    assert waktu_problem(text) == ""


@pytest.mark.parametrize("text", ["Relatif", "Tentative", "Sesuai jadwal", "S menit", "jam",
                                  "20 - 10 menit", "1 tahun", "3 hari 2 jam", "10 -",
                                  "1..2 jam", "99999 bulan"])
def test_unreadable_text_warns_and_returns_none(text):
    with pytest.warns(WaktuWarning, match="is not a"):
        assert parse_waktu(text) is None
    assert text in waktu_problem(text) or repr(text) in waktu_problem(text)


def test_warn_callback_collects_instead_of_warning():
    seen: list[str] = []
    assert parse_waktu("Relatif", warn=seen.append) is None
    assert seen == ["waktu 'Relatif' is not a duration this parser reads"]


@pytest.mark.parametrize("value", [None, "\x00", "9" * 400, "1" + " " * 50 + "jam", "½ jam"])
def test_never_crashes(value):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = parse_waktu(value)
    assert result is None or result.iso.startswith("P")


def test_iso_duration_formats_numbers():
    assert iso_duration(1.0, "jam") == "PT1H"
    assert iso_duration(0.25, "hari") == "P0.25D"
    assert iso_duration(3, "minggu") == "P3W"
    assert iso_duration(2, "bulan") == "P2M"
    assert iso_duration(90, "menit") == "PT90M"


def _seed_waktu() -> list[str]:
    if not SEEDS.is_dir():
        return []
    found = set()
    for path in sorted(SEEDS.glob("*.txt")):
        for m in SEED_WAKTU.finditer(path.read_text(encoding="utf-8", errors="replace")):
            found.add(" ".join(m.group(1).split()))
    return sorted(found)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not on this machine")
@pytest.mark.parametrize("text", _seed_waktu() or ["(none)"])
def test_every_seed_waktu_parses(text):
    w = parse_waktu(text)
    assert w is not None, text
    number = float(re.match(r"[\d.,]+", text).group().replace(",", "."))
    assert (w.min_amount if w.min_amount is not None else w.amount) == number


def _table_waktu() -> list[tuple[str, str, str, str]]:
    out = set()
    for path in table_files([ROOT / "tables", ROOT / "tests/fixtures/tables"]):
        try:
            table = load_table(path)
        except Exception:  # noqa: BLE001 - invalid tables are test_soptable_model's business
            continue
        for step in table.langkah:
            out.add((step.waktu, table.waktu_hari, table.waktu_angka, path.name))
    return sorted(out)


@pytest.mark.parametrize("text,hari,angka,source", _table_waktu() or [("", "kerja", "menit", "-")])
def test_every_table_waktu(text, hari, angka, source):
    """Each waktu in tables/ either parses to ISO or is free text (warned, kept)."""
    problems: list[str] = []
    w = parse_waktu(text, hari, angka, warn=problems.append)
    if re.search(r"\d", text):
        assert w is not None, f"{source}: {text!r}: {problems}"
        assert re.fullmatch(r"PT?\d+(\.\d+)?[MHDW]", w.iso)
        if w.unit == "hari":
            assert w.hari in ("kerja", "kalender")
    else:
        assert w is None
        assert bool(problems) == bool(text.strip(" -"))
