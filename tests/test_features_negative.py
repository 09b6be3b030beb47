"""Deliberately wrong features fail with a message a QA person understands.

The wrong features are written to a temporary folder and run by pytest-bdd in a subprocess with
the real step library (``features.plugin``) against the real SPJ SOP; the JUnit XML of that
run gives each scenario's failure text, which must name the step and role in Indonesian and
carry no Python traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADER = """# language: id
Fitur: SPJ yang salah tulis
  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP
"""
SCENARIOS = {
    "langkah berganti nama": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJJ"
""",
    "peran salah": """
    Ketika "Kasubag" memulai SOP
""",
    "langkah oleh peran lain": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "PPTK" menyelesaikan langkah "Penerimaan SPJ"
""",
    "cabang salah": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Dan "Kasubag Keuangan" memutuskan "Tidak" pada "Verifikasi SPJ" dengan alasan "nota kurang"
    Maka tugas berikutnya adalah "Input SPJ" untuk "Bendahara Pengeluaran"
""",
    "bukan keputusan": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" memutuskan "Ya" pada "Penyerahan SPJ"
""",
    "pilihan keputusan salah": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Dan "Kasubag Keuangan" memutuskan "Mungkin" pada "Verifikasi SPJ"
""",
    "batas waktu salah": """
    Maka batas waktu langkah "Verifikasi SPJ" adalah 2 hari kerja
""",
    "kelengkapan salah": """
    Maka kelengkapan langkah "Penerimaan SPJ" adalah:
      | kelengkapan |
      | Kuitansi    |
""",
    "selesai terlalu cepat": """
    Ketika "PPTK" memulai SOP
    Maka SOP selesai
""",
    "kalimat tidak dikenal": """
    Ketika "PPTK" memulai prosedur
""",
    "langkah disingkat tanpa titik": """
    Maka batas waktu langkah "Penerimaan" adalah 1 jam
""",
    "boleh memulai": """
    Maka "pptk" tidak dapat memulai SOP
""",
    "belum terlambat": """
    Ketika "PPTK" memulai SOP
    Maka langkah "Penyerahan SPJ" Terlambat
""",
    "pesan penolakan lain": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" mencoba menyelesaikan langkah "Penerimaan SPJ" dengan:
      | SPJ dikirim | Tidak |
    Maka formulir langkah "Penerimaan SPJ" ditolak dengan pesan "nota kurang"
""",
    "formulir diterima": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" mencoba menyelesaikan langkah "Penyerahan SPJ" dengan "Catatan" "lengkap"
    Maka formulir langkah "Penyerahan SPJ" ditolak dengan pesan "wajib"
""",
    "nilai lain terlihat": """
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ" dengan "Catatan" "nota 3 lembar"
    Maka "Bendahara Pengeluaran" melihat "Catatan" "nota 4 lembar" pada langkah "Penerimaan SPJ"
""",
    "pelaksana sendiri tidak melihat": """
    Ketika "PPTK" memulai SOP
    Maka "PPTK" tidak melihat tugas "Penyerahan SPJ"
""",
    "bukan sop terkait": """
    Ketika "PPTK" memulai SOP terkait "SOP Penyusunan RENSTRA"
""",
    "hari tanpa jenis salah": """
    Maka batas waktu langkah "Verifikasi SPJ" adalah 1 hari
""",
    "alur benar": """
    Dengan pengguna "budi" sebagai "PPTK"
    Ketika "budi" memulai SOP
    Maka tugas berikutnya adalah "Penyerahan SPJ" untuk "budi"
    Dan batas waktu langkah "Penyerahan SPJ" adalah 60 menit
    Dan kelengkapan langkah "Penyerahan SPJ" adalah:
      ```
      - SPJ
      ```
    Dan output langkah "Penyerahan SPJ" adalah "SPJ dikirim"
    Ketika "budi" melampirkan dokumen "SPJ"
    Dan "budi" menyelesaikan langkah "Penyerahan SPJ"
    Maka "budi" tidak dapat menyelesaikan langkah "Penerimaan SPJ"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Dan "Kasubag Keuangan" memutuskan "Tidak" pada "Verifikasi SPJ" dengan alasan "nota kurang"
    Maka alasan "nota kurang" terlihat oleh "budi"
""",
}
EXPECTED = {
    "langkah berganti nama": [
        'Langkah "Penerimaan SPJJ" tidak ada di SOP "serang_kominfo_penyusunan_spj"; langkah '
        'yang ada: "Penyerahan SPJ", "Penerimaan SPJ", "Verifikasi SPJ"',
        'mungkin maksudnya "Penerimaan SPJ"'],
    "peran salah": [
        'Peran "Kasubag" bukan pelaksana SOP "serang_kominfo_penyusunan_spj"; pelaksana: '
        '"PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"',
        # the lane drawn "Kasubag Keuangan" is its jabatan in bpmn/serang-diskominfo/jabatan.yaml
        'mungkin maksudnya "Kepala Sub Bagian Keuangan"'],
    "langkah oleh peran lain": [
        'Langkah "Penerimaan SPJ" dilaksanakan oleh "Bendahara Pengeluaran", bukan "PPTK"'],
    "cabang salah": [
        'Tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran", bukan '
        '"Input SPJ"'],
    "bukan keputusan": [
        'Langkah "Penyerahan SPJ" bukan keputusan; keputusan di SOP ini: "Verifikasi SPJ"'],
    "pilihan keputusan salah": [
        'Keputusan "Mungkin" tidak ada pada langkah "Verifikasi SPJ"; pilihan: "Ya", "Tidak"'],
    "batas waktu salah": [
        'Batas waktu langkah "Verifikasi SPJ" adalah 1 jam (waktu di SOP: "1 jam"), '
        "bukan 2 hari kerja"],
    "kelengkapan salah": [
        'Kelengkapan langkah "Penerimaan SPJ" adalah: "SPJ dikirim"; tidak disebut di fitur: '
        '"SPJ dikirim"; tidak ada di SOP: "Kuitansi"'],
    "selesai terlalu cepat": [
        'SOP belum selesai; tugas berikutnya adalah "Penyerahan SPJ" untuk "PPTK"'],
    "langkah disingkat tanpa titik": [
        'Langkah "Penerimaan" tidak ada di SOP "serang_kominfo_penyusunan_spj"',
        'mungkin maksudnya "Penerimaan SPJ"'],
    "boleh memulai": [
        '"pptk" (pelaksana "PPTK") seharusnya ditolak (403) saat memulai SOP '
        '"serang_kominfo_penyusunan_spj", tetapi server menjawab HTTP 200'],
    "belum terlambat": ['Langkah "Penyerahan SPJ" belum Terlambat (batas waktu '],
    "pesan penolakan lain": [
        'Formulir langkah "Penerimaan SPJ" ditolak dengan HTTP 422: ',
        'SPJ dikirim wajib dicentang', 'bukan dengan pesan "nota kurang"'],
    "formulir diterima": [
        'Formulir langkah "Penyerahan SPJ" diterima, padahal seharusnya ditolak dengan pesan '
        '"wajib"'],
    "nilai lain terlihat": [
        '"Bendahara Pengeluaran" melihat "Catatan" "nota 3 lembar" pada langkah '
        '"Penerimaan SPJ", bukan "nota 4 lembar"'],
    "pelaksana sendiri tidak melihat": [
        '"PPTK" adalah pelaksana langkah "Penyerahan SPJ"; pilih peran lain'],
    "bukan sop terkait": [
        '"SOP Penyusunan RENSTRA" bukan SOP terkait SOP "serang_kominfo_penyusunan_spj"; SOP '
        "terkait di pustaka: tidak ada"],
    "hari tanpa jenis salah": [
        'Batas waktu langkah "Verifikasi SPJ" adalah 1 jam (waktu di SOP: "1 jam"), '
        "bukan 1 hari"],
    "kalimat tidak dikenal": [
        "kalimat ini tidak dikenal",
        'Ketika "<pelaksana>" memulai SOP'],
}
LATAR_MISTAKE = """# language: id
Fitur: Latar tanpa Belakang
  Latar:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan

  Skenario: tidak pernah berjalan
    Ketika "PPTK" memulai SOP
"""
BINDER = """from pathlib import Path

from features.binding import bind_features

bind_features(globals(), Path(__file__).parent / "{folder}")
"""


def _failing_line(scenario: str) -> str:
    """'Baris N: <the scenario's last step>': the line each wrong scenario fails on."""
    text = HEADER + "".join(f"\n  Skenario: {name}{steps}" for name, steps in SCENARIOS.items())
    last = [ln for ln in SCENARIOS[scenario].splitlines() if ln.strip()
            and not ln.strip().startswith("|")][-1]
    start = text.index(f"Skenario: {scenario}\n")
    number = text[: text.index(last.strip(), start)].count("\n") + 1
    return f"Baris {number}: {last.strip()}"


def _write(folder: Path) -> None:
    (folder / "conftest.py").write_text('pytest_plugins = ["features.plugin"]\n')
    for name in ("salah", "keliru"):
        (folder / name).mkdir()
        (folder / f"test_{name}.py").write_text(BINDER.format(folder=name))
    body = "".join(f"\n  Skenario: {name}{steps}" for name, steps in SCENARIOS.items())
    (folder / "salah" / "spj_salah.feature").write_text(HEADER + body, encoding="utf-8")
    (folder / "keliru" / "latar.feature").write_text(LATAR_MISTAKE, encoding="utf-8")


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Run the wrong features once; test name -> failure text ("" when it passed)."""
    folder = tmp_path_factory.mktemp("fitur_salah")
    _write(folder)
    junit = folder / "hasil.xml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
         str(folder), f"--junitxml={junit}", str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    return _results(junit)


def _results(junit: Path) -> dict[str, str]:
    found = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        bad = case.find("failure")
        if bad is None:
            bad = case.find("error")
        found[case.get("name") or case.get("classname")] = (
            "" if bad is None else (bad.get("message") or "") + "\n" + (bad.text or ""))
    return found


def _text(outcome: dict[str, str], scenario: str) -> str:
    words = scenario.replace(" ", "_")
    hits = [text for name, text in outcome.items() if name.endswith(f"__{words}")]
    assert len(hits) == 1, f"{scenario}: {sorted(outcome)}"
    return hits[0]


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_wrong_feature_fails_with_readable_message(outcome: dict[str, str],
                                                   scenario: str) -> None:
    text = _text(outcome, scenario)
    for expected in [_failing_line(scenario), *EXPECTED[scenario]]:
        assert expected in text, text
    assert "Traceback" not in text and "def " not in text, text
    assert f"Skenario: {scenario}" in text


def test_correct_scenario_in_the_same_run_passes(outcome: dict[str, str]) -> None:
    assert _text(outcome, "alur benar") == ""


def test_background_written_latar_is_refused(outcome: dict[str, str]) -> None:
    """'Latar:' is no Gherkin keyword: the parser would drop the Latar's steps silently."""
    text = _text(outcome, "berkas fitur")
    assert "latar.feature:3:" in text
    assert "'Latar:' bukan kata kunci Gherkin bahasa Indonesia; tulis 'Latar Belakang:'" in text
