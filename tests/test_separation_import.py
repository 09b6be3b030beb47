"""Pemisahan tugas in the table <-> BPMN tools (engine.soptable.pemisahan).

The importer declares ``pemisahan_tugas`` on every decision that checks another pelaksana's
work (the steps whose plain flow or Ya leads into it, never a Tidak coming back); a check of
the same pelaksana's work is not separated; ``keputusan: {pemisahan_tugas: false}`` opts out;
the exporter writes that opt-out back where the model lacks the property, so round trips hold.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from engine.soptable.exporter import bpmn_to_table
from engine.soptable.importer import table_to_bpmn
from engine.soptable.model import load_table, read_yaml, table_from_dict, table_to_dict
from engine.soptable.pemisahan import checked_by_rule, declared
from engine.soptable.validate import validate_data
from engine.soptable.yamlout import dump_table

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests/fixtures/pemisahan/uji-pemisahan/uji_pemisahan_spj.yaml"
DUA = ROOT / "tests/fixtures/tables/uji-bentuk/uji_dua_keputusan.yaml"
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}


def declarations(xml: bytes) -> dict[str, str]:
    """user task id -> its pemisahan_tugas value, for the tasks that declare one."""
    root = etree.fromstring(xml)
    found = {}
    for task in root.iterfind(".//bpmn:userTask", NS):
        for prop in task.iterfind(".//camunda:property[@name='pemisahan_tugas']", NS):
            found[task.get("id")] = prop.get("value")
    return found


def test_a_check_of_another_pelaksanas_work_is_separated():
    table = load_table(TABLE)
    assert declarations(table_to_bpmn(table)) == {"langkah_02": "langkah_01"}
    # Pemeriksaan arsip (Kasubag) checks the Kasubag's own Verifikasi: the book gives both
    # to one jabatan; its own Tidak (back to itself) is no work it checks
    assert checked_by_rule(table, table.step(3)) == []


def test_the_ya_of_a_decision_leads_into_the_next_check():
    # uji_dua_keputusan: 3 (Kepala Seksi) checks 2 (Petugas Loket); 4 (Kepala Seksi) checks 3
    # through 3's Ya, same pelaksana; 1 comes back into 1 by a Tidak from 4: not counted
    assert declarations(table_to_bpmn(load_table(DUA))) == {"langkah_03": "langkah_02"}


def test_several_steps_leading_in_are_listed():
    data = read_yaml(TABLE)
    data["langkah"][0]["keputusan"] = {"pertanyaan": "Lanjut?", "ya": 2, "tidak": 1}
    data["pelaksana"].append("PPTK")
    data["langkah"].insert(1, {"no": 2, "uraian": "Tambahan", "pelaksana": "PPTK"})
    for no, step in enumerate(data["langkah"], 1):
        step["no"] = no
    data["langkah"][0]["keputusan"]["ya"] = 3  # 1 -Ya-> 3 skips 2; 2 flows into 3 too
    data["langkah"][2]["keputusan"]["tidak"] = 2
    data["langkah"][3]["keputusan"]["tidak"] = 4
    assert validate_data(data, "t") == []
    table = table_from_dict(data)
    assert declared(table, table.step(3)) == "langkah_01 langkah_02"


def test_a_table_may_opt_out_per_decision_and_the_round_trip_holds(tmp_path):
    data = read_yaml(TABLE)
    data["langkah"][1]["keputusan"]["pemisahan_tugas"] = False
    assert validate_data(data, "t") == []
    table = table_from_dict(data)
    xml = table_to_bpmn(table)
    assert declarations(xml) == {}
    path = tmp_path / "uji.bpmn"
    path.write_bytes(xml)
    back = bpmn_to_table(path)
    assert back.step(2).keputusan.pemisahan_tugas is False
    assert table_to_dict(back)["langkah"] == table_to_dict(table)["langkah"]
    assert "      pemisahan_tugas: false" in dump_table(back)


def test_the_default_round_trips_without_writing_the_key(tmp_path):
    table = load_table(TABLE)
    path = tmp_path / "uji.bpmn"
    path.write_bytes(table_to_bpmn(table))
    back = bpmn_to_table(path)
    assert back.step(2).keputusan.pemisahan_tugas is True
    assert table_to_dict(back)["langkah"] == table_to_dict(table)["langkah"]
    assert "pemisahan_tugas" not in dump_table(back)


def test_a_designer_who_removed_the_property_keeps_it_removed(tmp_path):
    path = tmp_path / "uji.bpmn"
    xml = table_to_bpmn(load_table(TABLE)).decode()
    path.write_text(xml.replace('<camunda:property name="pemisahan_tugas" '
                                'value="langkah_01"/>', ""), encoding="utf-8")
    back = bpmn_to_table(path)
    assert back.step(2).keputusan.pemisahan_tugas is False
    assert declarations(table_to_bpmn(back)) == {}


@pytest.mark.parametrize("value", ["false", "tidak", 0, None])
def test_the_opt_out_must_be_true_or_false(value):
    data = copy.deepcopy(read_yaml(TABLE))
    data["langkah"][1]["keputusan"]["pemisahan_tugas"] = value
    problems = validate_data(data, "t.yaml")
    if value is None:  # a key with no value counts as omitted
        assert problems == []
    else:
        assert problems == [f"t.yaml: langkah 2: keputusan.pemisahan_tugas: must be true or "
                            f"false, got {type(value).__name__} {value!r}"]
