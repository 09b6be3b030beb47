"""Loading and validating SOP tables: one test per kind of problem a transcriber can make."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from engine.soptable import check
from engine.soptable.model import (
    SELESAI,
    SopTable,
    TableError,
    load_table,
    normalise,
    read_yaml,
    table_to_dict,
)
from engine.soptable.validate import validate_data
from engine.soptable.yamlout import dump_table

SRC = "tables/x.yaml"
BASE = {
    "format": "sop-table/1",
    "id": "uji_spj",
    "instansi": {"kode": "uji-dinas", "nama": "Dinas Uji", "unit": "Sub Bagian Keuangan"},
    "nomor": "12.01.32.2019",
    "nama": "Mekanisme Penyusunan SPJ",
    "pelaksana": ["PPTK", "Bendahara Pengeluaran", "Kasubag Keuangan"],
    "langkah": [
        {"no": 1, "uraian": "Penyerahan SPJ", "pelaksana": "PPTK", "kelengkapan": ["SPJ"],
         "waktu": "1 jam", "output": "SPJ dikirim"},
        {"no": 2, "uraian": "Penerimaan SPJ", "pelaksana": "Bendahara Pengeluaran"},
        {"no": 3, "uraian": "Verifikasi SPJ", "pelaksana": "Kasubag Keuangan",
         "keputusan": {"pertanyaan": "SPJ lengkap?", "ya": 4, "tidak": 2}},
        {"no": 4, "uraian": "Input SPJ", "pelaksana": "Bendahara Pengeluaran"},
    ],
}


def problems_after(change) -> list[str]:
    data = copy.deepcopy(BASE)
    change(data)
    return validate_data(data, SRC)


def only(change) -> str:
    found = problems_after(change)
    assert len(found) == 1, found
    return found[0]


def test_base_is_valid():
    assert validate_data(copy.deepcopy(BASE), SRC) == []


def test_defaults_filled_in():
    from engine.soptable.model import table_from_dict

    t = table_from_dict(copy.deepcopy(BASE))
    assert t.waktu_hari == "kerja" and t.waktu_angka == "menit"
    assert t.step(2).kelengkapan == [] and t.step(2).waktu == ""
    assert t.step(3).keputusan.label_ya == "Ya" and t.step(3).keputusan.label_tidak == "Tidak"
    assert t.next_of(4) == SELESAI


def test_ya_defaults_to_next_step_or_selesai():
    from engine.soptable.model import table_from_dict

    data = copy.deepcopy(BASE)
    del data["langkah"][2]["keputusan"]["ya"]
    assert table_from_dict(data).step(3).keputusan.ya == 4
    data["langkah"].pop()
    data["langkah"][-1]["keputusan"]["tidak"] = 1
    assert validate_data(data, SRC) == []
    assert table_from_dict(data).step(3).keputusan.ya == SELESAI


# -- each problem kind ---------------------------------------------------------------------

def test_pelaksana_not_in_list():
    msg = only(lambda d: d["langkah"][1].update(pelaksana="Kasubag"))
    assert msg == "tables/x.yaml: langkah 2: pelaksana 'Kasubag' is not in pelaksana list"


@pytest.mark.parametrize("key", ["format", "id", "instansi", "nama", "pelaksana", "langkah"])
def test_required_top_level_key(key):
    found = problems_after(lambda d: d.pop(key))
    assert f"tables/x.yaml: {key}: required" in found


@pytest.mark.parametrize("key", ["no", "uraian", "pelaksana"])
def test_required_step_key(key):
    found = problems_after(lambda d: d["langkah"][3].pop(key))
    assert any(f": {key}: required" in p and "langkah" in p for p in found), found


def test_required_keputusan_keys():
    assert only(lambda d: d["langkah"][2]["keputusan"].pop("pertanyaan")) == \
        "tables/x.yaml: langkah 3: keputusan.pertanyaan: required"
    assert only(lambda d: d["langkah"][2]["keputusan"].pop("tidak")) == \
        "tables/x.yaml: langkah 3: keputusan.tidak: required"


def test_required_instansi_kode():
    assert only(lambda d: d["instansi"].pop("kode")) == "tables/x.yaml: instansi.kode: required"


def test_unknown_keys_everywhere():
    assert only(lambda d: d.update(judul="x")).startswith("tables/x.yaml: judul: unknown key")
    assert only(lambda d: d["langkah"][0].update(waktu_iso="PT1H")).startswith(
        "tables/x.yaml: langkah 1: waktu_iso: unknown key")
    assert only(lambda d: d["langkah"][2]["keputusan"].update(lainnya=1)).startswith(
        "tables/x.yaml: langkah 3: keputusan.lainnya: unknown key")
    assert only(lambda d: d["instansi"].update(alamat="x")).startswith(
        "tables/x.yaml: instansi.alamat: unknown key")


def test_step_numbering():
    msg = only(lambda d: d["langkah"][3].update(no=5))
    assert msg == ("tables/x.yaml: langkah 5: no: steps must be numbered 1..4 in order; "
                   "step at position 4 has no 5")


def test_step_numbering_duplicate():
    found = problems_after(lambda d: d["langkah"][1].update(no=1))
    assert any("langkah 1: no: steps must be numbered" in p for p in found)


def test_ya_may_go_back_and_tidak_forward():
    assert problems_after(lambda d: d["langkah"][2]["keputusan"].update(ya=2, tidak=4)) == []
    assert problems_after(lambda d: d["langkah"][2]["keputusan"].update(ya=3, tidak=4)) == []


def test_loop_without_way_out():
    found = problems_after(lambda d: d["langkah"][2]["keputusan"].update(ya=1, tidak=2))
    assert found == [
        "tables/x.yaml: langkah 4: unreachable: no flow from the start leads here (a decision "
        "skips it and no other flow comes to it); let a keputusan's ya or tidak go to 4, or "
        "remove the step",
        "tables/x.yaml: langkah 1, 2, 3: no way to 'selesai': every answer leads back into a "
        "loop; let one answer of a decision in it go forward (a later step) or to 'selesai'"]


def test_target_must_exist():
    assert only(lambda d: d["langkah"][2]["keputusan"].update(ya=9)) == \
        "tables/x.yaml: langkah 3: keputusan.ya: step 9 does not exist (steps are 1..4); " \
        "write a step number or 'selesai'"
    assert "keputusan.tidak: step 0 does not exist" in \
        only(lambda d: d["langkah"][2]["keputusan"].update(tidak=0))


def test_target_must_be_number_or_selesai():
    assert "must be a step number or 'selesai', got 'dua'" in \
        only(lambda d: d["langkah"][2]["keputusan"].update(tidak="dua"))


def test_selesai_targets_and_self_loop_are_valid():
    assert problems_after(lambda d: d["langkah"][2]["keputusan"].update(tidak=SELESAI)) == []
    assert problems_after(lambda d: d["langkah"][2]["keputusan"].update(tidak=3)) == []


def test_both_branches_same_target():
    def change(d):
        d["langkah"].pop()
        del d["langkah"][2]["keputusan"]["ya"]
        d["langkah"][2]["keputusan"].update(tidak=SELESAI)
    assert "ya and tidak both go to 'selesai'" in only(change)


def test_unreachable_step():
    def change(d):
        d["langkah"][2]["keputusan"]["ya"] = SELESAI
    assert only(change) == ("tables/x.yaml: langkah 4: unreachable: no flow from the start leads "
                            "here (a decision skips it and no other flow comes to it); let a "
                            "keputusan's ya or tidak go to 4, or remove the step")


@pytest.mark.parametrize("bad", ["Uji_SPJ", "1uji", "uji-spj", "uji spj", "uji__spj", "ují"])
def test_id_syntax(bad):
    assert "id: " in only(lambda d: d.update(id=bad))


def test_kode_syntax():
    assert "instansi.kode: 'Uji Dinas' must be lowercase" in \
        only(lambda d: d["instansi"].update(kode="Uji Dinas"))


def test_unquoted_number_is_rejected():
    assert only(lambda d: d.update(nomor=12.01)) == \
        "tables/x.yaml: nomor: must be a string, got float 12.01 (quote it)"
    assert "langkah 1: waktu: must be a string, got float 0.5" in \
        only(lambda d: d["langkah"][0].update(waktu=0.5))


def test_list_fields_must_be_lists_of_strings():
    assert "dasar_hukum: must be a list of strings" in \
        only(lambda d: d.update(dasar_hukum="PP 58"))
    assert "langkah 1: kelengkapan: item 2 must be a string" in \
        only(lambda d: d["langkah"][0].update(kelengkapan=["SPJ", 3]))


def test_empty_required_strings():
    assert only(lambda d: d["langkah"][0].update(uraian=" ")) == \
        "tables/x.yaml: langkah 1: uraian: must not be empty"
    assert "keputusan.label_tidak: must not be empty" in \
        only(lambda d: d["langkah"][2]["keputusan"].update(label_tidak=""))


def test_choices():
    assert "waktu_hari: 'libur' must be one of kerja, kalender" in \
        only(lambda d: d.update(waktu_hari="libur"))
    assert "waktu_angka: 'detik' must be one of menit, jam, hari" in \
        only(lambda d: d.update(waktu_angka="detik"))


def test_format_value():
    assert "format: must be 'sop-table/1'" in only(lambda d: d.update(format="sop-table/2"))


def test_pelaksana_list_problems():
    assert "pelaksana: 'PPTK' is listed more than once" in \
        only(lambda d: d["pelaksana"].append("PPTK"))


def test_not_a_mapping():
    assert validate_data(["x"], SRC) == [
        "tables/x.yaml: the file must hold one mapping (the table), not list"]
    assert "langkah #2 (position): must be a mapping" in \
        only(lambda d: d["langkah"].__setitem__(1, "Penerimaan"))


def test_null_optional_is_omitted():
    assert problems_after(lambda d: d.update(tanggal_revisi=None)) == []


def test_every_problem_is_reported_at_once():
    def change(d):
        d["nomor"] = 1
        d["langkah"][0]["pelaksana"] = "X"
        d["langkah"][2]["keputusan"]["tidak"] = 9
    assert len(problems_after(change)) == 3


# -- files -----------------------------------------------------------------------------------

def write(tmp_path: Path, data: dict | str, rel: str = "uji-dinas/uji_spj.yaml") -> Path:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True),
                    encoding="utf-8")
    return path


def test_load_table_reads_no_key_unquoted(tmp_path):
    """Plain YAML 1.1 reads ``no:`` as False; the loader must read it as the key 'no'."""
    text = dump_table(load_table(write(tmp_path, BASE))).replace('"no":', "no:")
    assert "\n  - no: 1" in text
    table = load_table(write(tmp_path, text))
    assert isinstance(table, SopTable) and [s.no for s in table.langkah] == [1, 2, 3, 4]


def test_duplicate_keys_are_refused(tmp_path):
    path = write(tmp_path, "format: sop-table/1\nid: a\nid: b\n")
    with pytest.raises(TableError, match="duplicate key 'id'"):
        load_table(path)


def test_yaml_syntax_error_names_file(tmp_path):
    path = write(tmp_path, "id: [unclosed\n")
    with pytest.raises(TableError) as exc:
        load_table(path)
    assert exc.value.problems[0].startswith(str(path)) or "uji_spj.yaml" in str(exc.value)
    assert "invalid YAML" in str(exc.value)


def test_dump_then_load_is_lossless(tmp_path):
    table = load_table(write(tmp_path, BASE))
    again = load_table(write(tmp_path, dump_table(table), "uji-dinas/uji_spj.yaml"))
    assert table_to_dict(again) == table_to_dict(table) == normalise(copy.deepcopy(BASE))
    assert yaml.safe_load(dump_table(table))["langkah"][0]["no"] == 1  # readable by plain YAML


# -- the checker -------------------------------------------------------------------------------

def test_check_main_ok(tmp_path, capsys):
    write(tmp_path, BASE)
    assert check.main([str(tmp_path)]) == 0
    assert "1 table(s) valid, 0 problem(s)" in capsys.readouterr().err


def test_check_main_reports_and_fails(tmp_path, capsys):
    bad = copy.deepcopy(BASE)
    bad["langkah"][1]["pelaksana"] = "Kasubag"
    write(tmp_path, bad)
    assert check.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "uji_spj.yaml: langkah 2: pelaksana 'Kasubag' is not in pelaksana list" in out


def test_check_placement_and_duplicates(tmp_path, capsys):
    write(tmp_path, BASE, "salah-folder/nama_lain.yaml")
    write(tmp_path, BASE, "uji-dinas/uji_spj.yaml")
    assert check.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "id: 'uji_spj' differs from the file name 'nama_lain'" in out
    assert "instansi.kode: 'uji-dinas' differs from the folder name 'salah-folder'" in out
    assert "id: 'uji_spj' is already used by" in out


def test_check_warnings_do_not_fail(tmp_path, capsys):
    data = copy.deepcopy(BASE)
    data["langkah"][0]["waktu"] = "Relatif"
    data["pelaksana"].append("Kepala Dinas")
    write(tmp_path, data)
    assert check.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "warning: " in out and "langkah 1: waktu 'Relatif'" in out
    assert "pelaksana: 'Kepala Dinas' has no step (an empty lane)" in out


def test_check_missing_path(tmp_path, capsys):
    assert check.main([str(tmp_path / "nope.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_check_module_runs_as_script(tmp_path):
    import subprocess
    import sys

    write(tmp_path, BASE)
    done = subprocess.run([sys.executable, "-m", "engine.soptable.check", str(tmp_path)],
                          capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stdout + done.stderr


def test_repo_tables_are_valid():
    root = Path(__file__).parent.parent
    tables, problems, _ = check.check_paths([root / "tables", root / "tests/fixtures/tables"])
    assert problems == []
    assert all(read_yaml(t.source) for t in tables)
