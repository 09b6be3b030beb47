"""What changed between two versions of an SOP (design.version_diff), on a library SOP.

Each edit a designer makes (in the modeler: the XML; in the table editor: export, edit, import)
is found exactly once, with nothing else reported; moving shapes on the canvas is no change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from design.version_diff import compare
from engine.errors import InvalidData
from engine.soptable.exporter import model_to_table
from engine.soptable.importer import table_to_bpmn
from engine.soptable.model import table_from_dict, table_to_dict
from engine.soptable.reader import read_model
from engine.soptable.validate import validate_data

ROOT = Path(__file__).resolve().parent.parent
KEY = "serang_kominfo_pengajuan_spp_spm"
PATH = ROOT / "bpmn" / "serang-diskominfo" / f"{KEY}.bpmn"
V1 = PATH.read_text()


def kinds(diff) -> list[tuple[str, str]]:
    return sorted((c.kind, c.element_id) for c in diff.changes)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def task_block(xml: str, task_id: str) -> tuple[int, int]:
    start = xml.index(f'<bpmn:userTask id="{task_id}"')
    return start, xml.index("</bpmn:userTask>", start)


def edit_task(xml: str, task_id: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` inside one task's element only."""
    start, end = task_block(xml, task_id)
    assert old in xml[start:end], (task_id, old)
    return xml[:start] + xml[start:end].replace(old, new) + xml[end:]


def test_the_same_model_and_a_pure_layout_move_are_no_change():
    assert compare(V1, V1, KEY).changes == []
    moved = re.sub(r'(<dc:Bounds x=")(\d+(?:\.\d+)?)',
                   lambda m: m.group(1) + str(float(m.group(2)) + 40), V1)
    moved = re.sub(r'(<di:waypoint x=")(\d+(?:\.\d+)?)',
                   lambda m: m.group(1) + str(float(m.group(2)) + 40), moved)
    assert moved != V1
    assert compare(V1, moved, KEY).changes == []


def test_modeler_edits_are_each_found_once_and_nothing_else():
    v2 = replace_once(V1, 'name="Usulan Pencairan Anggaran"', 'name="Usulan Pencairan Dana"')
    # langkah_05 moves from the lane Pelaksana to Bendahara Pengeluaran
    v2 = v2.replace("<bpmn:flowNodeRef>langkah_05</bpmn:flowNodeRef>\n", "", 1)
    v2 = replace_once(v2, "<bpmn:flowNodeRef>langkah_02</bpmn:flowNodeRef>",
                      "<bpmn:flowNodeRef>langkah_02</bpmn:flowNodeRef>"
                      "<bpmn:flowNodeRef>langkah_05</bpmn:flowNodeRef>")
    v2 = edit_task(v2, "langkah_04", 'value="1 jam"', 'value="2 jam"')
    v2 = edit_task(v2, "langkah_04", 'value="PT1H"', 'value="PT2H"')
    diff = compare(V1, v2, KEY)
    assert kinds(diff) == [("moved_lane", "langkah_05"), ("renamed", "langkah_01"),
                           ("waktu", "langkah_04")]
    by_kind = {c.kind: c for c in diff.changes}
    assert by_kind["moved_lane"].message == ("Langkah 'Penyusunan SPP/SPM Lengkap' dipindah "
                                             "dari Pelaksana ke Bendahara Pengeluaran.")
    assert by_kind["moved_lane"].message_en == ("Step 'Penyusunan SPP/SPM Lengkap' moved from "
                                                "Pelaksana to Bendahara Pengeluaran.")
    assert (by_kind["renamed"].old, by_kind["renamed"].new) == (
        "Usulan Pencairan Anggaran", "Usulan Pencairan Dana")
    assert (by_kind["waktu"].old, by_kind["waktu"].new) == ("1 jam", "2 jam")
    assert "dari 1 jam menjadi 2 jam" in by_kind["waktu"].message
    assert {c.matched_by for c in diff.changes} == {"id"}
    assert diff.counts() == {"renamed": 1, "moved_lane": 1, "waktu": 1}
    assert diff.marks("old") == diff.marks("new") == {
        "langkah_01": "changed", "langkah_04": "changed", "langkah_05": "changed"}


def test_kelengkapan_output_and_a_decisions_target_are_found():
    v2 = edit_task(V1, "langkah_02", 'label="Draft Usulan Pencairan Anggaran"',
                   'label="Usulan Pencairan Anggaran"')
    v2 = edit_task(v2, "langkah_02", 'name="output" value="Draft SPP/SPM"',
                   'name="output" value="Draf SPP/SPM"')
    # Tidak now goes back to the first step instead of the second
    v2 = replace_once(v2, 'name="Tidak" sourceRef="keputusan_03" targetRef="gabung_02"',
                      'name="Tidak" sourceRef="keputusan_03" targetRef="langkah_01"')
    diff = compare(V1, v2, KEY)
    assert kinds(diff) == [("decision", "langkah_03"), ("kelengkapan", "langkah_02"),
                           ("output", "langkah_02")]
    by_kind = {c.kind: c for c in diff.changes}
    assert by_kind["kelengkapan"].new == ["Usulan Pencairan Anggaran"]
    assert "ditambah 'Usulan Pencairan Anggaran'; dihapus 'Draft Usulan" in \
        by_kind["kelengkapan"].message
    decision = by_kind["decision"]
    assert "Tidak ke 'Usulan Pencairan Anggaran'" in decision.message
    assert "Tidak ke 'Pembuatan Draf SPP/SPM UP'" in decision.message
    assert "Tidak to 'Usulan Pencairan Anggaran'" in decision.message_en
    # the decision's gateway is highlighted with its step
    assert diff.marks("new")["keputusan_03"] == "changed"


def test_a_renamed_lane_is_a_lane_removed_a_lane_added_and_its_step_moved():
    v2 = replace_once(V1, 'name="Kepala Dinas"', 'name="Sekretaris Dinas"')
    diff = compare(V1, v2, KEY)
    assert kinds(diff) == [("lane_added", "lane_04"), ("lane_removed", "lane_04"),
                           ("moved_lane", "langkah_04")]
    assert diff.marks("old")["lane_04"] == "removed"
    assert diff.marks("new")["lane_04"] == "added"


def test_a_redrawn_task_is_matched_by_name_and_says_so():
    v2 = V1.replace("langkah_06", "Activity_0redraw")
    assert compare(V1, v2, KEY).changes == []
    v3 = edit_task(v2, "Activity_0redraw", 'value="1 jam"', 'value="3 hari"')
    [change] = compare(V1, v3, KEY).changes
    assert (change.kind, change.old_id, change.new_id, change.matched_by) == (
        "waktu", "langkah_06", "Activity_0redraw", "name")
    assert "dicocokkan menurut nama" in change.message and "matched by name" in \
        change.message_en


def test_table_edits_add_and_remove_steps():
    """Through the SOP table (what the table editor does): remove step 5, add a last step."""
    problems: list[str] = []
    data = table_to_dict(model_to_table(read_model(PATH), problems))
    assert problems == []
    steps = data["langkah"]
    del steps[4]  # Penyusunan SPP/SPM Lengkap
    steps.append({"no": 0, "uraian": "Pengarsipan SPP/SPM", "pelaksana": "Pelaksana",
                  "kelengkapan": ["SPP/SPM terkirim"], "waktu": "30 menit",
                  "output": "SPP/SPM diarsipkan"})
    for no, step in enumerate(steps, start=1):
        step["no"] = no
    assert validate_data(data, KEY) == []
    v2 = table_to_bpmn(table_from_dict(data))
    diff = compare(V1, v2, KEY)
    # the steps after the removed one are renumbered (langkah_06 -> langkah_05): matched by
    # name, so they are no change
    assert kinds(diff) == [("added", "langkah_06"), ("removed", "langkah_05")]
    by_kind = {c.kind: c for c in diff.changes}
    assert by_kind["added"].message == "Langkah 'Pengarsipan SPP/SPM' ditambahkan di Pelaksana."
    assert by_kind["removed"].message == ("Langkah 'Penyusunan SPP/SPM Lengkap' dihapus "
                                          "(dari Pelaksana).")
    assert diff.marks("new") == {"langkah_06": "added"}
    assert diff.marks("old") == {"langkah_05": "removed"}


def test_an_unreadable_model_names_the_side():
    with pytest.raises(InvalidData) as err:
        compare(V1, "<bpmn:definitions", KEY)
    assert "baru" in str(err.value)
    with pytest.raises(InvalidData) as err:
        compare("<x/>", V1, KEY)
    assert "lama" in str(err.value) and KEY in str(err.value)
