"""The vocabulary QA writes in (issue 12, item 5): role and step names in any case and through
the jabatan catalogue, any opening keyword, the seed's own duration words, and the sentences
for starting, seeing, claiming, form values, refused forms, Terlambat and linked SOPs.

Pure parts are tested directly; the sentences run as real features in a subprocess (as in
tests/test_features_negative.py) against SOPs of the library, and every scenario must pass.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_bdd.parser import FeatureParser

from engine import models
from features.durasi import dari_iso, dari_kalimat, ke_iso, rentang_kalimat
from features.jam import JamSkenario
from features.kata_kunci import allow_any_first_keyword
from features.library import library
from features.peran import Jabatan, Peran, katalog_dari

ROOT = Path(__file__).resolve().parent.parent
KATALOG = (Jabatan("Kepala Dinas", ("Kadin", "Kadis")), Jabatan("Petugas Loket", ()))


def test_role_names_match_lanes_ignoring_case_dots_and_spaces() -> None:
    peran = Peran(("Kepala Dinas", "Kabag. Org", "Petugas Loket"), KATALOG)
    assert peran.lane("KEPALA  DINAS") == "Kepala Dinas"
    assert peran.lane("kabag org") == "Kabag. Org"
    assert peran.lane("KADIN") == "Kepala Dinas"  # through the catalogue
    assert peran.lane("kadis") == "Kepala Dinas"
    assert peran.lane("Sekretaris") is None


def test_catalogue_also_maps_an_official_name_to_a_lane_spelt_short() -> None:
    assert Peran(("KADIN", "PEMOHON"), KATALOG).lane("Kepala Dinas") == "KADIN"


def test_unknown_role_gets_the_closest_lanes() -> None:
    peran = Peran(("PPTK", "Bendahara Pengeluaran", "Kasubag Keuangan"), ())
    assert peran.suggest("Kasubag") == ["Kasubag Keuangan"]
    assert peran.suggest("Bendahara Pengluaran") == ["Bendahara Pengeluaran"]
    assert Peran(("Kepala Dinas",), KATALOG).suggest("Kadiin") == ["Kepala Dinas"]


def test_catalogue_rows_in_the_api_shape() -> None:
    rows = [{"nama": "Kepala Dinas", "singkatan": ["Kadin"], "luar": False}, {"nama": ""}]
    assert katalog_dari(rows) == (Jabatan("Kepala Dinas", ("Kadin",)),)


def test_shortened_or_misspelt_step_names_get_suggestions() -> None:
    model = library()["serang_kominfo_penyusunan_spj"].model
    assert model.suggest_steps("Penerimaan")[0] == "Penerimaan SPJ"
    assert model.suggest_steps("penerimaan spjj")[0] == "Penerimaan SPJ"
    assert [s.name for s in model.steps_named("PENERIMAAN  spj")] == ["Penerimaan SPJ"]


@pytest.mark.parametrize(("words", "iso", "kind"), [
    ("3 hari", "P3D", "kerja"), ("½ hari", "P0.5D", "kerja"), ("setengah hari", "P0.5D", "kerja"),
    ("0.5 hari", "P0.5D", "kerja"), ("2 hari kalender", "P2D", "kalender")])
def test_bare_days_take_the_sops_day_policy(words: str, iso: str, kind: str) -> None:
    assert dari_kalimat(words, "kerja") == dari_iso(iso, kind)


def test_bare_days_under_a_calendar_policy_are_calendar_days() -> None:
    assert dari_kalimat("3 hari", "kalender") == dari_iso("P3D", "kalender")
    assert dari_kalimat("3 hari", "kalender") != dari_iso("P3D", "kerja")


def test_ranges_as_the_seed_writes_them() -> None:
    low, high = rentang_kalimat("10 - 20 Menit")
    assert (low, high) == (dari_iso("PT10M"), dari_iso("PT20M"))
    assert rentang_kalimat("1 s/d 2 hari", "kerja") == (dari_iso("P1D", "kerja"),
                                                         dari_iso("P2D", "kerja"))
    assert rentang_kalimat("20 menit") is None


def test_durations_back_to_iso() -> None:
    assert ke_iso(dari_kalimat("2 hari kerja")) == "P2D"
    assert ke_iso(dari_kalimat("1 jam 30 menit")) == "PT5400S"


def test_scenario_clock_moves_working_days_and_is_removed() -> None:
    before = models._CLOCK
    clock = JamSkenario()
    friday = datetime(2026, 11, 27, 3, tzinfo=UTC)  # Friday 10.00 in Jakarta
    clock.offset = friday - datetime.now(UTC)
    clock.maju(dari_kalimat("1 hari kerja"))
    assert models.utcnow() - friday >= timedelta(days=3)  # Monday, over the weekend
    assert models.utcnow() - friday < timedelta(days=3, minutes=1)
    clock.reset()
    assert models._CLOCK is before


def test_any_keyword_may_open_a_scenario(tmp_path: Path) -> None:
    allow_any_first_keyword()
    (tmp_path / "a.feature").write_text(
        "# language: id\nFitur: f\n  Skenario: s\n    Dan SOP selesai\n    Maka SOP selesai\n",
        encoding="utf-8")
    feature = FeatureParser(str(tmp_path), "a.feature").parse()
    steps = feature.scenarios["s"].steps
    assert [s.keyword for s in steps] == ["Dan", "Maka"]
    assert steps[0].type == "given"


def test_server_reads_the_instansi_catalogue(tmp_path: Path) -> None:
    from engine import jabatan
    from engine.db import transaction
    from features.server import SopServer

    server = SopServer(tmp_path / "k.sqlite")
    try:
        with transaction(server.factory, write=True) as db:
            jabatan.store(db, jabatan.Catalogue("x-dinas", [jabatan.Entry("Kepala Dinas",
                                                                          ["Kadin"])]))
        assert server.katalog("x-dinas") == (Jabatan("Kepala Dinas", ("Kadin",)),)
        assert server.katalog("tanpa-katalog") == ()
    finally:
        server.stop()


# -- the sentences, run as features -----------------------------------------------------------
SPJ = """# language: id
Fitur: kosakata pada SPJ
  Latar Belakang:
    Dan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: nama peran dan langkah tanpa peduli huruf, dibuka dengan Dan
    Dan "pptk" memulai SOP
    Maka "Kasubag  KEUANGAN" tidak dapat memulai SOP
    Ketika "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "penyerahan spj" dengan "Catatan" "nota 3 lembar"
    Maka tugas berikutnya adalah "PENERIMAAN SPJ" untuk "bendahara pengeluaran"
    Dan "PPTK" tidak melihat tugas "Penerimaan SPJ"
    Dan "PPTK" tidak dapat mengambil tugas "Penerimaan SPJ"
    Dan "BENDAHARA PENGELUARAN" melihat "Catatan" "nota 3 lembar" pada langkah "Penerimaan SPJ"

  Skenario: formulir ditolak dengan pesan
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Ketika "Bendahara Pengeluaran" mencoba menyelesaikan langkah "Penerimaan SPJ" dengan:
      | isian       | nilai |
      | SPJ dikirim | Tidak |
    Maka formulir langkah "Penerimaan SPJ" ditolak dengan pesan "SPJ dikirim wajib dicentang"
    Dan tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"

  Skenario: Terlambat setelah waktu berjalan
    Ketika "PPTK" memulai SOP
    Maka langkah "Penyerahan SPJ" belum Terlambat
    Ketika waktu berjalan 30 menit
    Maka langkah "Penyerahan SPJ" belum Terlambat
    Ketika waktu berjalan 1 jam
    Maka langkah "Penyerahan SPJ" Terlambat

  Skenario: jam kembali setelah skenario
    Ketika "PPTK" memulai SOP
    Maka langkah "Penyerahan SPJ" belum Terlambat
"""
MUTU = """# language: id
Fitur: waktu seperti seed menulisnya
  Skenario: hari tanpa jenis, setengah hari dan rentang
    Dengan SOP "tangerang_setda_penyusunan_standar_pelayanan_maklumat" diterapkan
    Maka batas waktu langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah 1 hari
    Dan batas waktu langkah "Menerima dan mencatat pada agenda soft copy..." adalah 0.5 hari
    Dan batas waktu langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah ½ hari
    Dan batas waktu langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah "0.5 hari"
    Dan batas waktu langkah "Pendistribusian" adalah 5 hari kerja
    Dengan SOP "simalungun_kominfo_perawatan_jaringan" diterapkan
    Maka batas waktu langkah "Tindakan perbaikan/penggantian" adalah 10 - 20 Menit
    Dan batas waktu langkah "Tindakan perbaikan/penggantian" adalah 20 menit

  Skenario: langkah bernama sama, dibedakan pelaksananya
    Dengan SOP "simalungun_kominfo_penyebarluasan_informasi_baliho" diterapkan
    Maka batas waktu langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah 20 menit
    Dan batas waktu langkah "Pemeriksaan berkas" milik "KEPALA DINAS" adalah 15 menit
    Dan batas waktu langkah "Mempersiapkan Dokumen Administrasi Baliho..." adalah 4 hari

  Skenario: hari kerja berjalan
    Dengan SOP "tangerang_setda_penyusunan_standar_pelayanan_maklumat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP
    Ketika "opd" memulai SOP
    Maka langkah "Penyampaian rancangan SP dan maklumat pelayanan" belum Terlambat
    Ketika waktu berjalan 2 hari
    Maka langkah "Penyampaian rancangan SP dan maklumat pelayanan" Terlambat
"""
TERKAIT = """# language: id
Fitur: SOP terkait
  Skenario: memulai SOP yang disebut keterkaitan
    Dengan SOP "serang_kominfo_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP
    Ketika "KEPALA OPD" memulai SOP terkait "SOP Penyusunan RENSTRA"
    Maka SOP terkait "serang_kominfo_penyusunan_renstra" berjalan
    Dan tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENSTRA..." untuk "kepala opd"
"""
BINDER = """from pathlib import Path

from features.binding import bind_features

bind_features(globals(), Path(__file__).parent / "fitur")
"""


def run_features(folder: Path, features: dict[str, str]) -> subprocess.CompletedProcess:
    """Run feature files with the real step library in a subprocess (own server, own clock)."""
    (folder / "fitur").mkdir()
    (folder / "conftest.py").write_text('pytest_plugins = ["features.plugin"]\n')
    (folder / "test_fitur.py").write_text(BINDER)
    for name, text in features.items():
        (folder / "fitur" / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--rootdir", str(folder), str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=600)


def test_every_new_sentence_runs_against_the_library(tmp_path: Path) -> None:
    proc = run_features(tmp_path, {"spj.feature": SPJ, "mutu.feature": MUTU,
                                   "terkait.feature": TERKAIT})
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "8 passed" in proc.stdout, proc.stdout[-3000:]


def test_a_step_name_two_pelaksana_share_asks_whose_it_is() -> None:
    """Two reviewers with one uraian (Simalungun RKA steps 6-7): a check must say whose step it
    means, instead of silently taking the first."""
    from features.errors import FiturGagal
    from features.world import Skenario

    model = library()["simalungun_kominfo_penyusunan_rka"].model
    dunia = Skenario(server=None, library={})
    dunia._sop = model
    name = "Menilai dan mengoreksi draft RKA..."
    with pytest.raises(FiturGagal) as err:
        dunia.step(name)
    assert 'sebut pelaksananya: langkah "Menilai dan mengoreksi draft RKA..." milik ' \
           '"<pelaksana>"' in str(err.value)
    assert "Kepala Dinas" in str(err.value) and "Sekretaris" in str(err.value)


def test_a_named_user_may_hold_a_jabatan_the_sop_does_not_use(tmp_path: Path) -> None:
    """Ijin keluar has one pelaksana (Staf); QA still checks that a Kasubag Umum, a jabatan of
    the catalogue with no step in it, cannot complete its steps."""
    first = library()["lumajang_dukcapil_ijin_keluar"].model.steps[0].name
    feature = f"""# language: id
Fitur: Ijin keluar
  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_ijin_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP
    Dan pengguna "budi" sebagai "Kasubag Umum"

  Skenario: Jabatan lain tidak dapat menyelesaikan langkah pertama
    Ketika "Staf" memulai SOP
    Maka "budi" tidak dapat menyelesaikan langkah "{first}"
"""
    result = run_features(tmp_path, {"ijin.feature": feature})
    assert result.returncode == 0, result.stdout[-3000:]
