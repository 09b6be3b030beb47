"""The tools behind the features: durations, path planning, the draft generator and its CLI,
and that every SOP of the library has a feature."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from features.cli import features
from features.draft import draft, short_name
from features.durasi import dari_iso, dari_kalimat, kalimat
from features.library import BPMN_DIR, keys_with_features, library
from features.paths import coverage_of, plan_paths

SPJ = BPMN_DIR / "serang-diskominfo" / "serang_kominfo_penyusunan_spj.bpmn"


@pytest.mark.parametrize(("words", "iso", "hari"), [
    ("1 jam", "PT1H", ""), ("60 menit", "PT1H", ""), ("30 menit", "PT30M", ""),
    ("2 hari kerja", "P2D", "kerja"), ("3 hari kalender", "P3D", "kalender"),
    ("0,5 hari kerja", "P0.5D", "kerja"), ("1 jam 30 menit", "PT90M", ""),
    ("1 minggu", "P1W", ""), ("6 bulan", "P6M", "")])
def test_durations_read_as_the_sop_means_them(words: str, iso: str, hari: str) -> None:
    assert dari_kalimat(words) == dari_iso(iso, hari)


def test_a_working_day_is_not_a_calendar_day() -> None:
    assert dari_kalimat("2 hari") != dari_iso("P2D", "kerja")
    assert kalimat("2 Hari", "P2D", "kerja") == "2 hari kerja"
    assert kalimat("120 Menit", "PT120M") == "120 menit"


def test_planned_paths_reach_every_element_of_every_sop() -> None:
    """So the drafted features can reach 100% coverage of the whole library."""
    for entry in library().values():
        assert coverage_of(entry.model, plan_paths(entry.model)) == (set(), set()), entry.key


def test_every_library_sop_has_a_feature() -> None:
    missing = sorted(set(library()) - set(keys_with_features()))
    assert not missing, ("SOP tanpa fitur (buat dengan: python -m features.cli draft bpmn/ "
                         f"--out-dir features): {missing}")


def test_draft_of_spj_uses_the_sops_words() -> None:
    model = library()["serang_kominfo_penyusunan_spj"].model
    text = draft(model, "bpmn/serang-diskominfo/serang_kominfo_penyusunan_spj.bpmn")
    assert text.startswith("# language: id\n")
    for line in ['Fitur: Mekanisme Penyusunan SPJ (SOP nomor 12.01.32.2019)',
                 'Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan',
                 'Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"',
                 'Dan "PPTK" tidak dapat menyelesaikan langkah "Penerimaan SPJ"',
                 'Dan batas waktu langkah "Verifikasi SPJ" adalah 1 jam',
                 'Ketika "Kepala Sub Bagian Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"',
                 'Skenario: Langkah 3 "SPJ lengkap dan benar?" dijawab "Tidak", kembali ke '
                 "langkah 2"]:
        assert line in text


def test_long_uraian_are_shortened_to_a_unique_start() -> None:
    for entry in library().values():
        for step in entry.model.steps:
            short = short_name(entry.model, step)
            assert {s.name for s in entry.model.steps_named(short)} == {step.name}


def test_cli_drafts_missing_features_and_keeps_edited_ones(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "fitur"
    first = runner.invoke(features, ["draft", str(SPJ), "--out-dir", str(out)])
    written = out / "serang-diskominfo" / "serang_kominfo_penyusunan_spj.feature"
    assert first.exit_code == 0 and written.exists()
    written.write_text("# disunting QA\n")
    again = runner.invoke(features, ["draft", str(SPJ), "--out-dir", str(out)])
    assert again.exit_code == 0 and written.read_text() == "# disunting QA\n"
    single = runner.invoke(features, ["draft", str(SPJ), "-o", str(tmp_path / "spj.feature")])
    assert single.exit_code == 0
    assert "Skenario: Alur utama sampai selesai" in (tmp_path / "spj.feature").read_text()

