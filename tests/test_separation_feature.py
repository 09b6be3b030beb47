"""The Gherkin sentence of pemisahan tugas (features/steps/pemisahan.py), run for real.

As tests/test_features_negative.py does: features are written to a temporary folder and run by
pytest-bdd in a subprocess with the real step library, against the fixture SOP of
tests/test_separation.py (imported with the library's importer into that folder's own bpmn/,
which its conftest makes the feature library). A correct scenario passes; a user who may check
and a user without the jabatan fail with a sentence a QA person understands.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_separation import fixture_bpmn

ROOT = Path(__file__).resolve().parent.parent
FEATURE = """# language: id
Fitur: Pemisahan tugas
  Latar Belakang:
    Dengan SOP "uji_pemisahan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP
    Dan pengguna "budi" sebagai "Bendahara Pengeluaran"
    Dan pengguna "budi" sebagai "Kasubag Keuangan"
    Dan pengguna "andi" sebagai "Bendahara Pengeluaran"

  Skenario: yang menyusun tidak memeriksa
    Ketika "budi" memulai SOP
    Dan "budi" menyelesaikan langkah "Penyusunan SPJ"
    Maka "budi" tidak dapat memeriksa langkah "Verifikasi SPJ" karena pemisahan tugas
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"
    Maka tugas berikutnya adalah "Pemeriksaan arsip" untuk "Kasubag Keuangan"

  Skenario: pemeriksa lain boleh
    Ketika "Bendahara Pengeluaran" memulai SOP
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penyusunan SPJ"
    Maka "budi" tidak dapat memeriksa langkah "Verifikasi SPJ" karena pemisahan tugas

  Skenario: tanpa jabatan pemeriksa
    Ketika "budi" memulai SOP
    Dan "budi" menyelesaikan langkah "Penyusunan SPJ"
    Maka "andi" tidak dapat memeriksa langkah "Verifikasi SPJ" karena pemisahan tugas
"""
CONFTEST = """from pathlib import Path

import pytest

from features.library import library

pytest_plugins = ["features.plugin"]


@pytest.fixture(scope="session")
def sop_library():
    return library(Path(__file__).parent / "bpmn")
"""
BINDER = """from pathlib import Path

from features.binding import bind_features

bind_features(globals(), Path(__file__).parent / "fitur")
"""


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Run the feature once; scenario test name -> failure text ("" when it passed)."""
    folder = tmp_path_factory.mktemp("fitur_pemisahan")
    fixture_bpmn(folder / "bpmn")
    (folder / "conftest.py").write_text(CONFTEST)
    (folder / "fitur").mkdir()
    (folder / "fitur" / "pemisahan.feature").write_text(FEATURE, encoding="utf-8")
    (folder / "test_fitur.py").write_text(BINDER)
    junit = folder / "hasil.xml"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
         str(folder), f"--junitxml={junit}", str(folder)],
        cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    found = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        bad = case.find("failure")
        bad = case.find("error") if bad is None else bad
        found[case.get("name") or ""] = "" if bad is None else (
            (bad.get("message") or "") + "\n" + (bad.text or ""))
    return found


def _text(outcome: dict[str, str], scenario: str) -> str:
    hits = [t for name, t in outcome.items() if name.endswith("__" + scenario.replace(" ", "_"))]
    assert len(hits) == 1, sorted(outcome)
    return hits[0]


def test_the_worker_cannot_check_and_another_holder_can(outcome):
    assert _text(outcome, "yang menyusun tidak memeriksa") == ""


def test_a_user_who_may_check_fails_the_sentence_readably(outcome):
    text = _text(outcome, "pemeriksa lain boleh")
    assert ('"budi" seharusnya ditolak (403) karena pemisahan tugas saat memeriksa langkah '
            '"Verifikasi SPJ", tetapi server menjawab') in text, text
    assert "Traceback" not in text


def test_a_user_without_the_jabatan_is_told_to_add_it(outcome):
    text = _text(outcome, "tanpa jabatan pemeriksa")
    assert ('"andi" tidak memegang jabatan "Kasubag Keuangan" langkah "Verifikasi SPJ"; '
            'pemisahan tugas hanya berarti bagi pemegang jabatan itu') in text, text
