"""Forward branches in sop-table/1: a decision's Ya or Tidak may skip ahead, go back or end.

Validation, layout, export and the feature path planner each meet a Tidak that skips ahead
(fixture ``uji_tidak_melompat`` and the library's Prosedur Penerimaan Telepon) and a Ya that
goes back (a table built here), and a case of the telepon SOP runs the skip in the engine.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree
from walker import load_workflow, walk

from engine.soptable.exporter import bpmn_to_table
from engine.soptable.graph import build_graph
from engine.soptable.importer import write_table
from engine.soptable.layout import Box, layout
from engine.soptable.model import TableError, load_table, table_from_dict, table_to_dict
from engine.soptable.validate import validate_data
from features.draft import draft
from features.model import load_models
from features.paths import coverage_of, plan_paths

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/tables/uji-bentuk/uji_tidak_melompat.yaml"
TELEPON = ROOT / "bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerimaan_telepon.bpmn"
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}

# Ya of langkah 4 goes back to langkah 2 (another file to check), Tidak goes on to langkah 5.
YA_BACK = {
    "format": "sop-table/1", "id": "uji_ya_kembali",
    "instansi": {"kode": "uji-bentuk", "nama": "Dinas Uji"},
    "nama": "Pemeriksaan Berkas Berulang",
    "pelaksana": ["Petugas", "Kepala Seksi"],
    "langkah": [
        {"no": 1, "uraian": "Menerima kiriman berkas", "pelaksana": "Petugas"},
        {"no": 2, "uraian": "Memeriksa satu berkas", "pelaksana": "Kepala Seksi"},
        {"no": 3, "uraian": "Mencatat hasil pemeriksaan", "pelaksana": "Petugas"},
        {"no": 4, "uraian": "Menghitung sisa berkas", "pelaksana": "Petugas",
         "keputusan": {"pertanyaan": "Masih ada berkas yang belum diperiksa?", "ya": 2,
                       "tidak": 5, "label_ya": "Masih ada", "label_tidak": "Sudah habis"}},
        {"no": 5, "uraian": "Menyusun laporan susulan", "pelaksana": "Kepala Seksi"},
        {"no": 6, "uraian": "Mengarsipkan berkas", "pelaksana": "Petugas"},
    ],
}


def ya_back_data() -> dict:
    return copy.deepcopy(YA_BACK)


def overlaps(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def hits(box: Box, a, b) -> bool:
    (x1, y1), (x2, y2) = a, b
    if x1 == x2:
        return box.x < x1 < box.x + box.w and min(y1, y2) < box.y + box.h and max(y1, y2) > box.y
    return box.y < y1 < box.y + box.h and min(x1, x2) < box.x + box.w and max(x1, x2) > box.x


# -- validation ------------------------------------------------------------------------------

def test_fixture_and_ya_back_tables_are_valid():
    assert load_table(FIXTURE).step(2).keputusan.tidak == 5
    assert validate_data(ya_back_data(), "x.yaml") == []


def test_trap_names_the_steps_and_what_to_write():
    data = ya_back_data()
    data["langkah"][3]["keputusan"]["tidak"] = 3  # both answers of langkah 4 now go back
    problems = validate_data(data, "x.yaml")
    assert any("langkah 1, 2, 3, 4: no way to 'selesai'" in p and "go forward" in p
               for p in problems), problems


def test_both_answers_to_one_later_step_stay_refused():
    data = ya_back_data()
    data["langkah"][3]["keputusan"].update(ya=6, tidak=6)
    assert "x.yaml: langkah 4: keputusan: ya and tidak both go to 6; a decision needs two " \
        "different ways on" in validate_data(data, "x.yaml")


# -- layout ------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", [load_table(FIXTURE), table_from_dict(ya_back_data())],
                         ids=["tidak-melompat", "ya-kembali"])
def test_skips_cross_no_shape_and_labels_stay_clear(table):
    graph = build_graph(table)
    lay = layout(graph, table.pelaksana)
    labels = list(lay.node_labels.values()) + [e.label for e in lay.edges.values() if e.label]
    for flow in graph.flows:
        pts = lay.edges[flow.id].points
        src, tgt = lay.nodes[flow.source], lay.nodes[flow.target]
        assert pts[0][0] in (src.x + src.w, src.cx) and pts[-1][0] in (tgt.x, tgt.cx)
        for a, b in zip(pts, pts[1:], strict=False):
            assert a[0] == b[0] or a[1] == b[1], flow.id
            for node in graph.nodes:
                if node.id not in (flow.source, flow.target):
                    assert not hits(lay.nodes[node.id], a, b), (flow.id, node.id)
    for i, label in enumerate(labels):
        assert not any(overlaps(label, box) for box in lay.nodes.values()), label
        assert not any(overlaps(label, other) for other in labels[i + 1:]), label


def test_forward_tidak_runs_under_the_steps_it_skips():
    table = load_table(FIXTURE)
    graph = build_graph(table)
    lay = layout(graph, table.pelaksana)
    pts = lay.edges["alur_keputusan_02_tidak"].points
    gateway, target = lay.nodes["keputusan_02"], lay.nodes["gabung_05"]
    skipped = [lay.nodes[n] for n in ("gabung_03", "langkah_03")]
    assert pts[0] == (gateway.cx, gateway.y + gateway.h)  # leaves the diamond's bottom corner
    assert pts[-1] == (target.cx, target.y + target.h)    # enters the merge from below
    assert all(pts[1][1] > box.y + box.h for box in skipped)
    assert lay.edges["alur_keputusan_02_tidak"].label.y > gateway.y + gateway.h


def test_ya_back_leaves_upwards_with_the_question_on_the_other_side():
    table = table_from_dict(ya_back_data())
    graph = build_graph(table)
    lay = layout(graph, table.pelaksana)
    gateway = lay.nodes["keputusan_04"]
    pts = lay.edges["alur_keputusan_04_ya"].points
    assert pts[0] == (gateway.cx, gateway.y) and pts[2][0] < gateway.x
    assert lay.node_labels["keputusan_04"].x > gateway.cx          # question right
    assert lay.edges["alur_keputusan_04_ya"].label.x < gateway.cx  # Ya label left


# -- export ------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", [load_table(FIXTURE), table_from_dict(ya_back_data())],
                         ids=["tidak-melompat", "ya-kembali"])
def test_round_trip_reads_forward_and_back_targets(table, tmp_path):
    back = bpmn_to_table(write_table(table, tmp_path))
    assert table_to_dict(back) == table_to_dict(table)


def test_order_without_no_properties_follows_the_diagram(tmp_path):
    """A designer's file that lost the ``no`` properties: back flows are told by x."""
    path = write_table(load_table(FIXTURE), tmp_path)
    tree = etree.parse(str(path))
    for prop in tree.xpath("//bpmn:userTask//camunda:property[@name='no']", namespaces=NS):
        prop.getparent().remove(prop)
    tree.write(str(path))
    back = bpmn_to_table(path)
    assert [s.uraian for s in back.langkah] == [s.uraian for s in load_table(FIXTURE).langkah]
    assert (back.step(2).keputusan.tidak, back.step(4).keputusan.tidak) == (5, 3)


def test_plain_flow_back_is_still_an_error(tmp_path):
    path = write_table(load_table(FIXTURE), tmp_path)
    tree = etree.parse(str(path))
    flow = tree.xpath("//bpmn:sequenceFlow[@sourceRef='langkah_06']", namespaces=NS)[0]
    flow.set("targetRef", "gabung_05")
    tree.write(str(path))
    with pytest.raises(TableError, match="a cycle without a flow going back"):
        bpmn_to_table(path)


# -- feature drafts and the engine -------------------------------------------------------------

def test_planner_covers_a_ya_back_loop(tmp_path):
    model = load_models(write_table(table_from_dict(ya_back_data()), tmp_path))[0]
    paths = plan_paths(model)
    assert coverage_of(model, paths) == (set(), set())
    # all-Ya loops once, then the revisited decision turns to its other answer
    assert [v.step.no for v in paths[0].visits] == [1, 2, 3, 4, 2, 3, 4, 5, 6]
    assert paths[0].rejected is None
    assert [v.step.no for v in paths[1].visits] == [1, 2, 3, 4, 5, 6]


def test_draft_says_where_a_skip_goes():
    text = draft(load_models(TELEPON)[0])
    assert 'dijawab "Tidak, dijawab petugas", lanjut ke langkah 5' in text


def test_engine_runs_the_skip_of_the_telepon_sop():
    workflow = load_workflow(TELEPON, "lumajang_dukcapil_penerimaan_telepon")
    trace = walk(workflow, {"langkah_03": "Tidak"})
    assert trace == ["langkah_01", "langkah_02", "langkah_03", "langkah_05"]
    workflow = load_workflow(TELEPON, "lumajang_dukcapil_penerimaan_telepon")
    assert walk(workflow) == [f"langkah_0{n}" for n in range(1, 6)]
