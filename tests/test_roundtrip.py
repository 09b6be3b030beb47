"""Import then export gives back the same table, for every table in the repository, and the
exporter reads a designer's edits from the model itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from engine.soptable.check import table_files
from engine.soptable.exporter import bpmn_to_table
from engine.soptable.importer import build_index, table_to_bpmn, write_table
from engine.soptable.model import TableError, load_table, normalise, read_yaml, table_to_dict
from engine.soptable.yamlout import dump_table

ROOT = Path(__file__).resolve().parent.parent
TABLES = table_files([ROOT / "tables", ROOT / "tests/fixtures/tables"])
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}


@pytest.mark.parametrize("path", TABLES, ids=[p.relative_to(ROOT).as_posix() for p in TABLES])
def test_import_export_round_trip(path, tmp_path):
    table = load_table(path)
    written = write_table(table, tmp_path, build_index([table]))
    back = bpmn_to_table(written)
    assert table_to_dict(back) == normalise(read_yaml(path))
    # and the exported table imports to the very same BPMN
    assert table_to_bpmn(back, build_index([back])) == written.read_bytes()


def test_there_are_tables_to_round_trip():
    assert len(TABLES) >= 4


# -- designer edits -----------------------------------------------------------------------

@pytest.fixture
def edited(tmp_path):
    """Import uji_tujuh_lane; yield (tree, save) where save() writes and exports it."""
    table = load_table(ROOT / "tests/fixtures/tables/uji-bentuk/uji_tujuh_lane.yaml")
    path = write_table(table, tmp_path)
    tree = etree.parse(str(path))

    def save():
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        return bpmn_to_table(path)

    return tree, save


def el(tree, xpath):
    found = tree.xpath(xpath, namespaces=NS)
    assert len(found) == 1, xpath
    return found[0]


def test_renamed_task_gives_uraian(edited):
    tree, save = edited
    el(tree, "//bpmn:userTask[@id='langkah_03']").set("name", "Disposisi Kabag")
    assert save().step(3).uraian == "Disposisi Kabag"


def test_task_moved_to_another_lane_changes_pelaksana(edited):
    tree, save = edited
    ref = el(tree, "//bpmn:lane[@name='Kabag. Organisasi']/bpmn:flowNodeRef[.='langkah_03']")
    ref.getparent().remove(ref)
    el(tree, "//bpmn:lane[@name='Sekda']").append(ref)
    assert save().step(3).pelaksana == "Sekda"


def test_renamed_lane_renames_pelaksana_everywhere(edited):
    tree, save = edited
    el(tree, "//bpmn:lane[@name='Kasubag']").set("name", "Kasubag Tatalaksana")
    table = save()
    assert table.pelaksana[4] == "Kasubag Tatalaksana"
    assert [s.no for s in table.langkah if s.pelaksana == "Kasubag Tatalaksana"] == [4, 5]


def test_lane_order_follows_the_diagram(edited):
    tree, save = edited
    top = el(tree, "//bpmndi:BPMNShape[@bpmnElement='lane_01']/dc:Bounds")
    bottom = el(tree, "//bpmndi:BPMNShape[@bpmnElement='lane_07']/dc:Bounds")
    y_top, y_bottom = top.get("y"), bottom.get("y")
    top.set("y", y_bottom)
    bottom.set("y", y_top)
    assert save().pelaksana == ["OPD", "Sekda", "Asda III", "Kabag. Organisasi", "Kasubag",
                                "Staf", "Bupati"]


def test_added_kelengkapan_field(edited):
    tree, save = edited
    form = el(tree, "//bpmn:userTask[@id='langkah_04']//camunda:formData")
    field = etree.Element(f"{{{NS['camunda']}}}formField", id="kelengkapan_2",
                          label="Notulen rapat", type="boolean")
    form.insert(1, field)
    assert save().step(4).kelengkapan == ["Disposisi", "Notulen rapat"]


def test_relabelled_and_retargeted_gateway_flows(edited):
    tree, save = edited
    tidak = el(tree, "//bpmn:sequenceFlow[@id='alur_keputusan_07_tidak']")
    tidak.set("name", "Kembalikan")
    tidak.set("targetRef", "langkah_03")
    kep = save().step(7).keputusan
    assert (kep.tidak, kep.label_tidak, kep.ya) == (3, "Kembalikan", 8)


def test_renamed_gateway_and_pool(edited):
    tree, save = edited
    el(tree, "//bpmn:exclusiveGateway[@id='keputusan_06']").set("name", "Setuju?")
    el(tree, "//bpmn:participant").set("name", "Bagian Organisasi Setda")
    table = save()
    assert table.step(6).keputusan.pertanyaan == "Setuju?"
    assert table.instansi.unit == "Bagian Organisasi Setda"


def test_edited_property_gives_waktu(edited):
    tree, save = edited
    el(tree, "//bpmn:userTask[@id='langkah_02']//camunda:property[@name='waktu']").set(
        "value", "2 jam")
    assert save().step(2).waktu == "2 jam"


def test_inserted_task_renumbers_steps(edited):
    """A task a designer adds (no properties at all) takes its place in the flow."""
    tree, save = edited
    proc = el(tree, "//bpmn:process")
    flow = el(tree, "//bpmn:sequenceFlow[@sourceRef='langkah_03']")
    old_target = flow.get("targetRef")
    flow.set("targetRef", "tugas_baru")
    task = etree.SubElement(proc, f"{{{NS['bpmn']}}}userTask", id="tugas_baru",
                            name="Konsultasi tenaga ahli")
    etree.SubElement(proc, f"{{{NS['bpmn']}}}sequenceFlow", id="alur_baru",
                     sourceRef="tugas_baru", targetRef=old_target)
    assert task is not None
    el(tree, "//bpmn:lane[@name='Kasubag']").append(
        etree.fromstring(f'<bpmn:flowNodeRef xmlns:bpmn="{NS["bpmn"]}">tugas_baru'
                         "</bpmn:flowNodeRef>"))
    table = save()
    assert [s.uraian for s in table.langkah][2:5] == [
        "Disposisi dan arahan penyusunan SP", "Konsultasi tenaga ahli",
        "Menyusun SP bersama tenaga ahli"]
    assert table.step(4).pelaksana == "Kasubag" and table.step(4).kelengkapan == []
    assert table.step(6).keputusan.tidak == 6          # the self-loop moved with its step
    assert table.step(7).keputusan.tidak == 5          # "back to Menyusun SP", renumbered
    assert table.step(8).keputusan.tidak == 2
    assert len(table.langkah) == 9


def test_exported_edit_is_stable(edited, tmp_path):
    tree, save = edited
    el(tree, "//bpmn:userTask[@id='langkah_01']").set("name", "Menyampaikan rancangan")
    first = save()
    again = bpmn_to_table(write_table(first, tmp_path / "again"))
    assert dump_table(again) == dump_table(first)


# -- what a table cannot say ----------------------------------------------------------------

def test_plain_jump_is_an_error(edited):
    tree, save = edited
    el(tree, "//bpmn:sequenceFlow[@sourceRef='langkah_01']").set("targetRef", "langkah_03")
    with pytest.raises(TableError, match="langkah_01: flows to langkah_03 but the next step"):
        save()


def test_service_task_is_an_error(edited):
    tree, save = edited
    el(tree, "//bpmn:userTask[@id='langkah_02']").tag = f"{{{NS['bpmn']}}}serviceTask"
    with pytest.raises(TableError, match="langkah_02: a serviceTask cannot be expressed"):
        save()


def test_gateway_flow_without_condition_is_an_error(edited):
    tree, save = edited
    cond = el(tree, "//bpmn:sequenceFlow[@id='alur_keputusan_06_ya']/bpmn:conditionExpression")
    cond.getparent().remove(cond)
    with pytest.raises(TableError, match='keputusan_06: flow alur_keputusan_06_ya needs the '
                                         'condition keputusan == "Ya"'):
        save()


def test_task_outside_lanes_is_an_error(edited):
    tree, save = edited
    ref = el(tree, "//bpmn:flowNodeRef[.='langkah_08']")
    ref.getparent().remove(ref)
    with pytest.raises(TableError, match="langkah_08: not in any lane"):
        save()


def test_error_names_the_file(edited, tmp_path):
    tree, save = edited
    el(tree, "//bpmn:startEvent").getparent().remove(el(tree, "//bpmn:startEvent"))
    with pytest.raises(TableError) as exc:
        save()
    assert "uji_tujuh_lane.bpmn: process uji_tujuh_lane: needs exactly one start event" in \
        str(exc.value)


def test_loop_without_tidak_is_an_error(edited):
    tree, save = edited
    el(tree, "//bpmn:sequenceFlow[@sourceRef='langkah_03']").set("targetRef", "gabung_02")
    with pytest.raises(TableError, match="a cycle without a flow going back"):
        save()
