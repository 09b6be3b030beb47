"""Table -> BPMN: structure, forms, properties, links, layout geometry and the CLI."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from lxml import etree
from SpiffWorkflow.camunda.parser import CamundaParser

from engine.soptable.cli import table_commands
from engine.soptable.graph import build_graph
from engine.soptable.importer import build_index, table_to_bpmn, write_table
from engine.soptable.layout import Box, layout
from engine.soptable.links import SopIndex, normalise_name
from engine.soptable.model import load_table, table_from_dict

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures/tables"
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "di": "http://www.omg.org/spec/DD/20100524/DI",
      "camunda": "http://camunda.org/schema/1.0/bpmn",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_TYPE = f"{{{NS['xsi']}}}type"

SPJ = {
    "format": "sop-table/1", "id": "uji_penyusunan_spj",
    "instansi": {"kode": "uji-dinas", "pemerintah": "Pemerintah Kota Uji",
                 "nama": "Dinas Komunikasi dan Informatika",
                 "unit": "Sekretariat - Sub Bagian Keuangan"},
    "nomor": "12.01.32.2019", "nama": "Mekanisme Penyusunan SPJ",
    "tanggal_pembuatan": "08 April 2019", "tanggal_revisi": "-",
    "tanggal_efektif": "30 April 2019",
    "disahkan_oleh": {"jabatan": "Plt. Kepala Dinas", "nama": "W. Hari", "nip": "1977 1 002"},
    "dasar_hukum": ["PP Nomor 58 Tahun 2005"], "kualifikasi_pelaksana": ["Mampu komputer"],
    "keterkaitan": ["SOP Pengagendaan Surat Keluar"], "peralatan": ["ATK", "Komputer"],
    "peringatan": ["Harus sesuai DPA"], "pencatatan": ["Buku register SPJ"],
    "sumber": {"seed": "000_c3a27c79e5242198.txt", "baris": "200-378",
               "judul": "Mekanisme Penyusunan SPJ"},
    "catatan": ["Pelaksana disimpulkan dari urutan kolom."],
    "pelaksana": ["PPTK", "Bendahara Pengeluaran", "Kasubag Keuangan"],
    "langkah": [
        {"no": 1, "uraian": "Penyerahan SPJ", "pelaksana": "PPTK",
         "kelengkapan": ["Nota/kuitansi", "Dokumen pendukung"], "waktu": "1 jam",
         "output": "SPJ", "keterangan": "SOP Pengagendaan Surat Keluar"},
        {"no": 2, "uraian": "Penerimaan SPJ", "pelaksana": "Bendahara Pengeluaran",
         "kelengkapan": ["SPJ"], "waktu": "10 - 20 Menit", "output": "SPJ diterima"},
        {"no": 3, "uraian": "Verifikasi SPJ", "pelaksana": "Kasubag Keuangan",
         "kelengkapan": ["SPJ diterima"], "waktu": "2 hari", "output": "SPJ terverifikasi",
         "catatan": "Tanda T/Y menunjukkan panah Tidak ke langkah 2.",
         "keputusan": {"pertanyaan": "SPJ lengkap dan benar?", "ya": 4, "tidak": 2,
                       "label_ya": "Lengkap", "label_tidak": "Tidak Lengkap"}},
        {"no": 4, "uraian": "Input SPJ", "pelaksana": "Bendahara Pengeluaran"},
    ],
}


def spj_table(**changes):
    data = copy.deepcopy(SPJ)
    data.update(changes)
    return table_from_dict(data)


@pytest.fixture(scope="module")
def spj_xml():
    index = SopIndex()
    index.add("Pengagendaan Surat Keluar", "uji-dinas", "uji_pengagendaan_surat_keluar")
    return etree.fromstring(table_to_bpmn(spj_table(), index))


def one(root, path):
    found = root.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return found[0]


def props(el) -> dict[str, str]:
    return {p.get("name"): p.get("value") for p in
            el.xpath("bpmn:extensionElements/camunda:properties/camunda:property", namespaces=NS)}


def fixture_table(name: str):
    return load_table(FIXTURES / "uji-bentuk" / f"{name}.yaml")


# -- semantic structure ---------------------------------------------------------------------

def test_collaboration_pool_and_process(spj_xml):
    part = one(spj_xml, "bpmn:collaboration/bpmn:participant")
    assert part.get("name") == "Sekretariat - Sub Bagian Keuangan"
    assert part.get("processRef") == "uji_penyusunan_spj"
    proc = one(spj_xml, "bpmn:process")
    assert (proc.get("id"), proc.get("name"), proc.get("isExecutable")) == \
        ("uji_penyusunan_spj", "Mekanisme Penyusunan SPJ", "true")
    assert spj_xml.nsmap["camunda"] == NS["camunda"]


def test_lanes_in_pelaksana_order_with_their_nodes(spj_xml):
    lanes = spj_xml.xpath("//bpmn:lane", namespaces=NS)
    assert [(ln.get("id"), ln.get("name")) for ln in lanes] == [
        ("lane_01", "PPTK"), ("lane_02", "Bendahara Pengeluaran"),
        ("lane_03", "Kasubag Keuangan")]
    refs = [[r.text for r in ln.xpath("bpmn:flowNodeRef", namespaces=NS)] for ln in lanes]
    assert refs == [["mulai", "langkah_01"],
                    ["gabung_02", "langkah_02", "langkah_04", "selesai"],
                    ["langkah_03", "keputusan_03"]]


def test_nodes_and_flows(spj_xml):
    proc = one(spj_xml, "bpmn:process")
    assert one(proc, "bpmn:startEvent").get("name") == "Mulai"
    assert one(proc, "bpmn:endEvent").get("name") == "Selesai"
    tasks = proc.xpath("bpmn:userTask", namespaces=NS)
    assert [(t.get("id"), t.get("name")) for t in tasks] == [
        ("langkah_01", "Penyerahan SPJ"), ("langkah_02", "Penerimaan SPJ"),
        ("langkah_03", "Verifikasi SPJ"), ("langkah_04", "Input SPJ")]
    gw = one(proc, "bpmn:exclusiveGateway[@id='keputusan_03']")
    assert gw.get("name") == "SPJ lengkap dan benar?"
    flows = {f.get("id"): f for f in proc.xpath("bpmn:sequenceFlow", namespaces=NS)}
    ya, tidak = flows["alur_keputusan_03_ya"], flows["alur_keputusan_03_tidak"]
    assert (ya.get("name"), ya.get("targetRef")) == ("Lengkap", "langkah_04")
    assert (tidak.get("name"), tidak.get("targetRef")) == ("Tidak Lengkap", "gabung_02")
    for flow, value in ((ya, "Ya"), (tidak, "Tidak")):
        cond = one(flow, "bpmn:conditionExpression")
        assert cond.get(XSI_TYPE) == "bpmn:tFormalExpression"
        assert cond.text == f'keputusan == "{value}"'


def test_incoming_outgoing_on_every_node(spj_xml):
    proc = one(spj_xml, "bpmn:process")
    flows = proc.xpath("bpmn:sequenceFlow", namespaces=NS)
    for node in proc.xpath("bpmn:startEvent|bpmn:endEvent|bpmn:userTask|bpmn:exclusiveGateway",
                           namespaces=NS):
        nid = node.get("id")
        assert sorted(node.xpath("bpmn:incoming/text()", namespaces=NS)) == \
            sorted(f.get("id") for f in flows if f.get("targetRef") == nid)
        assert sorted(node.xpath("bpmn:outgoing/text()", namespaces=NS)) == \
            sorted(f.get("id") for f in flows if f.get("sourceRef") == nid)


@pytest.mark.parametrize("name", ["uji_tujuh_lane", "uji_dua_keputusan", "uji_ya_melompat",
                                  "uji_tidak_selesai"])
def test_only_gateways_join(name):
    """bpmnlint's fake-join: tasks and events have at most one incoming flow."""
    root = etree.fromstring(table_to_bpmn(fixture_table(name)))
    for node in root.xpath("//bpmn:userTask|//bpmn:startEvent|//bpmn:endEvent", namespaces=NS):
        assert len(node.xpath("bpmn:incoming", namespaces=NS)) <= 1, node.get("id")


def test_tidak_selesai_goes_through_end_merge():
    root = etree.fromstring(table_to_bpmn(fixture_table("uji_tidak_selesai")))
    tidak = one(root, "//bpmn:sequenceFlow[@id='alur_keputusan_02_tidak']")
    assert tidak.get("targetRef") == "gabung_selesai"
    assert one(root, "//bpmn:sequenceFlow[@sourceRef='gabung_selesai']").get("targetRef") == \
        "selesai"


def test_self_loop_gets_merge_in_front_of_its_own_task():
    root = etree.fromstring(table_to_bpmn(fixture_table("uji_tujuh_lane")))
    assert one(root, "//bpmn:sequenceFlow[@id='alur_keputusan_05_tidak']").get("targetRef") \
        == "gabung_05"
    assert one(root, "//bpmn:sequenceFlow[@sourceRef='gabung_05']").get("targetRef") == \
        "langkah_05"


# -- forms and properties -------------------------------------------------------------------

def form_fields(root, task_id):
    return root.xpath(f"//bpmn:userTask[@id='{task_id}']/bpmn:extensionElements/"
                      "camunda:formData/camunda:formField", namespaces=NS)


def constraints(field):
    return [(c.get("name"), c.get("config")) for c in
            field.xpath("camunda:validation/camunda:constraint", namespaces=NS)]


def test_plain_task_form(spj_xml):
    task = one(spj_xml, "//bpmn:userTask[@id='langkah_01']")
    assert task.get(f"{{{NS['camunda']}}}formKey") == "langkah_01"
    fields = form_fields(spj_xml, "langkah_01")
    assert [(f.get("id"), f.get("type"), f.get("label")) for f in fields] == [
        ("kelengkapan_1", "boolean", "Nota/kuitansi"),
        ("kelengkapan_2", "boolean", "Dokumen pendukung"),
        ("output", "string", "Output: SPJ"), ("catatan", "string", "Catatan")]
    assert [constraints(f) for f in fields] == [
        [("required", None)], [("required", None)], [("maxlength", "500")],
        [("maxlength", "1000")]]


def test_decision_task_form(spj_xml):
    fields = {f.get("id"): f for f in form_fields(spj_xml, "langkah_03")}
    assert list(fields) == ["kelengkapan_1", "output", "catatan", "keputusan", "alasan"]
    kep = fields["keputusan"]
    assert kep.get("type") == "enum"
    assert [(v.get("id"), v.get("name")) for v in kep.xpath("camunda:value", namespaces=NS)] \
        == [("Ya", "Lengkap"), ("Tidak", "Tidak Lengkap")]
    assert constraints(kep) == [("required", None)]
    assert (fields["alasan"].get("type"), fields["alasan"].get("label")) == ("string", "Alasan")
    assert constraints(fields["alasan"]) == [("required_if", "keputusan=Tidak"),
                                             ("maxlength", "1000")]


def test_task_without_kelengkapan_or_output(spj_xml):
    fields = form_fields(spj_xml, "langkah_04")
    assert [(f.get("id"), f.get("label")) for f in fields] == [
        ("output", "Output"), ("catatan", "Catatan")]


def test_step_properties(spj_xml):
    p1 = props(one(spj_xml, "//bpmn:userTask[@id='langkah_01']"))
    assert p1 == {"no": "1", "pelaksana": "PPTK",
                  "kelengkapan": '["Nota/kuitansi", "Dokumen pendukung"]', "waktu": "1 jam",
                  "waktu_iso": "PT1H", "output": "SPJ",
                  "keterangan": "SOP Pengagendaan Surat Keluar",
                  "tautan_sop": "uji_pengagendaan_surat_keluar"}
    p2 = props(one(spj_xml, "//bpmn:userTask[@id='langkah_02']"))
    assert (p2["waktu_iso"], p2["waktu_min_iso"]) == ("PT20M", "PT10M")
    p3 = props(one(spj_xml, "//bpmn:userTask[@id='langkah_03']"))
    assert (p3["waktu_iso"], p3["waktu_hari"]) == ("P2D", "kerja")
    assert p3["keputusan_pertanyaan"] == "SPJ lengkap dan benar?"
    assert p3["catatan"] == "Tanda T/Y menunjukkan panah Tidak ke langkah 2."


def test_spiffworkflow_reads_forms_lanes_and_properties(tmp_path):
    path = write_table(spj_table(), tmp_path)
    parser = CamundaParser()
    parser.add_bpmn_file(str(path))
    spec = parser.get_spec("uji_penyusunan_spj")
    task = spec.task_specs["langkah_03"]
    assert task.lane == "Kasubag Keuangan"
    assert task.extensions["waktu_iso"] == "P2D"
    assert json.loads(task.extensions["kelengkapan"]) == ["SPJ diterima"]
    assert [f.id for f in task.form.fields] == ["kelengkapan_1", "output", "catatan",
                                                "keputusan", "alasan"]
    assert [o.id for o in task.form.fields[3].options] == ["Ya", "Tidak"]


def test_identity_properties_are_complete(spj_xml):
    p = props(one(spj_xml, "bpmn:process"))
    assert p["nomor"] == "12.01.32.2019" and p["instansi.kode"] == "uji-dinas"
    assert p["disahkan_oleh.nip"] == "1977 1 002" and p["sumber.baris"] == "200-378"
    assert json.loads(p["peralatan"]) == ["ATK", "Komputer"]
    assert json.loads(p["catatan"]) == ["Pelaksana disimpulkan dari urutan kolom."]
    assert p["waktu_hari"] == "kerja" and p["jenis_layanan"] == ""
    assert json.loads(p["tautan_sop"]) == ["uji_pengagendaan_surat_keluar"]
    doc = one(spj_xml, "bpmn:process/bpmn:documentation").text
    assert "Nomor SOP: 12.01.32.2019" in doc and "- ATK" in doc
    assert "SOP Pengagendaan Surat Keluar (proses uji_pengagendaan_surat_keluar)" in doc


def test_pool_falls_back_to_instansi_name():
    root = etree.fromstring(table_to_bpmn(fixture_table("uji_dua_keputusan")))
    assert one(root, "//bpmn:participant").get("name") == "Dinas Uji"


# -- output properties ------------------------------------------------------------------------

def test_deterministic_and_pretty():
    first = table_to_bpmn(spj_table(), SopIndex())
    assert first == table_to_bpmn(spj_table(), SopIndex())
    text = first.decode("utf-8")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<bpmn:definitions")
    assert "\n  <bpmn:collaboration" in text and "\n    <bpmn:laneSet" in text


def test_newlines_and_quotes_survive(tmp_path):
    table = spj_table()
    table.langkah[0].uraian = 'Penyerahan "SPJ"\nbaris kedua & <lampiran>'
    root = etree.fromstring(table_to_bpmn(table))
    assert one(root, "//bpmn:userTask[@id='langkah_01']").get("name") == table.langkah[0].uraian


# -- links ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("SOP Pengagendaan Surat Keluar", "pengagendaan surat keluar"),
    ("Prosedur pengagendaan surat keluar.", "pengagendaan surat keluar"),
    ("Mekanisme Penyusunan SPJ", "penyusunan spj"),
    ("SOP Mekanisme Penyusunan SPJ", "penyusunan spj"),
    ("SOP", "sop"),
])
def test_normalise_name(text, expected):
    assert normalise_name(text) == expected


def test_index_prefers_same_instansi_and_finds_inside_text():
    index = SopIndex()
    index.add("Rapat Internal", "b-dinas", "b_rapat_internal")
    index.add("SOP Rapat Internal", "a-dinas", "a_rapat_internal")
    assert index.find("SOP Rapat Internal", "b-dinas") == "b_rapat_internal"
    assert index.find("Lihat SOP Rapat Internal", "a-dinas") == "a_rapat_internal"
    assert index.find("SOP rapat internal", "c-dinas") == "a_rapat_internal"
    assert index.find("Pelaksanaan bisa berulang", "a-dinas") == ""
    assert index.find("SOP Rapat Internal", "a-dinas", exclude="a_rapat_internal") == \
        "b_rapat_internal"


def test_links_between_fixture_tables(tmp_path):
    tables = [fixture_table(n) for n in ("uji_dua_keputusan", "uji_ya_melompat",
                                         "uji_tidak_selesai")]
    index = build_index(tables)
    root = etree.fromstring(table_to_bpmn(tables[2], index))
    assert props(one(root, "//bpmn:userTask[@id='langkah_02']"))["tautan_sop"] == \
        "uji_dua_keputusan"
    assert json.loads(props(one(root, "bpmn:process"))["tautan_sop"]) == \
        ["uji_dua_keputusan", "uji_ya_melompat"]


def test_index_reads_existing_bpmn(tmp_path):
    write_table(fixture_table("uji_dua_keputusan"), tmp_path)
    index = build_index([], tmp_path)
    assert index.find("SOP Verifikasi Berlapis", "uji-bentuk") == "uji_dua_keputusan"


# -- layout geometry --------------------------------------------------------------------------

ALL_FIXTURES = ["uji_tujuh_lane", "uji_dua_keputusan", "uji_ya_melompat", "uji_tidak_selesai",
                "uji_tidak_melompat"]


def inside(box: Box, x: float, y: float) -> bool:
    return box.x < x < box.x + box.w and box.y < y < box.y + box.h


def segment_hits(box: Box, a, b) -> bool:
    """Does an axis-parallel segment pass through the box's interior?"""
    (x1, y1), (x2, y2) = a, b
    if x1 == x2:
        lo, hi = sorted((y1, y2))
        return box.x < x1 < box.x + box.w and lo < box.y + box.h and hi > box.y
    lo, hi = sorted((x1, x2))
    return box.y < y1 < box.y + box.h and lo < box.x + box.w and hi > box.x


@pytest.fixture(params=ALL_FIXTURES)
def geo(request):
    table = fixture_table(request.param)
    graph = build_graph(table)
    return table, graph, layout(graph, table.pelaksana)


def test_columns_left_to_right_and_nodes_in_their_lane(geo):
    _, graph, lay = geo
    xs = [lay.nodes[n.id].x for n in graph.nodes]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    for node in graph.nodes:
        lane, box = lay.lanes[node.lane], lay.nodes[node.id]
        assert lane.y < box.y and box.y + box.h < lane.y + lane.h, node.id
        assert lane.x < box.x and box.x + box.w < lane.x + lane.w


def test_lanes_stacked_in_pelaksana_order_inside_pool(geo):
    table, _, lay = geo
    assert len(lay.lanes) == len(table.pelaksana)
    for upper, lower in zip(lay.lanes, lay.lanes[1:], strict=False):
        assert upper.y + upper.h == lower.y
    assert lay.lanes[0].y == lay.pool.y
    assert lay.lanes[-1].y + lay.lanes[-1].h == lay.pool.y + lay.pool.h
    assert all(ln.x == lay.pool.x + 30 for ln in lay.lanes)


def test_edges_are_orthogonal_and_cross_no_shape(geo):
    _, graph, lay = geo
    for flow in graph.flows:
        pts = lay.edges[flow.id].points
        assert len(pts) >= 2
        for a, b in zip(pts, pts[1:], strict=False):
            assert a[0] == b[0] or a[1] == b[1], (flow.id, a, b)
            for node in graph.nodes:
                if node.id not in (flow.source, flow.target):
                    assert not segment_hits(lay.nodes[node.id], a, b), (flow.id, node.id)
        src, tgt = lay.nodes[flow.source], lay.nodes[flow.target]
        assert not inside(src, *pts[0]) and not inside(tgt, *pts[-1])
        for a, b in zip(pts[1:-2], pts[2:-1], strict=False):  # middle segments avoid ends too
            assert not segment_hits(src, a, b) and not segment_hits(tgt, a, b), flow.id


def test_every_gateway_flow_has_a_label_clear_of_shapes(geo):
    _, graph, lay = geo
    for flow in graph.flows:
        label = lay.edges[flow.id].label
        if flow.role == "plain":
            assert label is None
            continue
        assert label is not None and label.w > 0 and label.h > 0
        for node in graph.nodes:
            box = lay.nodes[node.id]
            overlap = (label.x < box.x + box.w and box.x < label.x + label.w and
                       label.y < box.y + box.h and box.y < label.y + label.h)
            assert not overlap, (flow.id, node.id)


def test_loops_in_one_lane_use_distinct_channels():
    table = fixture_table("uji_dua_keputusan")
    graph = build_graph(table)
    lay = layout(graph, table.pelaksana)
    channel = {f: lay.edges[f].points[1][1] for f in
               ("alur_keputusan_03_tidak", "alur_keputusan_04_tidak")}
    assert len(set(channel.values())) == 2
    lane = lay.lanes[2]
    nodes_bottom = max(b.y + b.h for n, b in lay.nodes.items()
                       if graph.node(n).lane == 2)
    assert all(nodes_bottom < y < lane.y + lane.h for y in channel.values())
    # the shorter loop runs nearer the nodes, so the two do not cross
    assert channel["alur_keputusan_03_tidak"] < channel["alur_keputusan_04_tidak"]


def test_forward_skip_runs_through_the_top_band():
    table = fixture_table("uji_ya_melompat")
    graph = build_graph(table)
    lay = layout(graph, table.pelaksana)
    pts = lay.edges["alur_keputusan_02_ya"].points
    gw_lane = lay.lanes[graph.node("keputusan_02").lane]
    lane_nodes_top = min(b.y for n, b in lay.nodes.items()
                         if graph.node(n).lane == graph.node("keputusan_02").lane)
    assert gw_lane.y < pts[1][1] < lane_nodes_top
    assert pts[-1] == (lay.nodes["gabung_04"].cx, lay.nodes["gabung_04"].y + 50)


# -- CLI --------------------------------------------------------------------------------------

def test_cli_import_writes_library_layout(tmp_path):
    result = CliRunner().invoke(table_commands, ["import", str(FIXTURES), "--out",
                                                 str(tmp_path / "bpmn")])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.bpmn"))
    assert written == [f"bpmn/uji-bentuk/{n}.bpmn" for n in sorted(ALL_FIXTURES)]
    assert "5 BPMN file(s) written" in result.output


def test_cli_import_reports_bad_table_and_fails(tmp_path):
    data = copy.deepcopy(SPJ)
    data["langkah"][1]["pelaksana"] = "Kasubag"
    bad = tmp_path / "tables/uji-dinas/uji_penyusunan_spj.yaml"
    bad.parent.mkdir(parents=True)
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = CliRunner().invoke(table_commands, ["import", str(bad), "--out",
                                                 str(tmp_path / "bpmn")])
    assert result.exit_code == 1
    assert "uji_penyusunan_spj.yaml: langkah 2: pelaksana 'Kasubag' is not in pelaksana list" \
        in result.output
    assert not (tmp_path / "bpmn").exists()


def test_cli_export_and_check(tmp_path):
    out = tmp_path / "bpmn"
    CliRunner().invoke(table_commands, ["import", str(FIXTURES), "--out", str(out)])
    target = tmp_path / "back/uji-bentuk/uji_tujuh_lane.yaml"
    result = CliRunner().invoke(table_commands, ["export", str(out / "uji-bentuk/uji_tujuh_lane"
                                                               ".bpmn"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert load_table(target).langkah[4].keputusan.tidak == 5
    stdout = CliRunner().invoke(table_commands, ["export", str(out / "uji-bentuk/uji_tujuh_lane"
                                                               ".bpmn")])
    assert stdout.output == target.read_text(encoding="utf-8")
    checked = CliRunner().invoke(table_commands, ["check", str(tmp_path / "back")])
    assert checked.exit_code == 0, checked.output


def test_cli_manifest(tmp_path):
    out = tmp_path / "bpmn"
    CliRunner().invoke(table_commands, ["import", str(FIXTURES), "--out", str(out)])
    result = CliRunner().invoke(table_commands, ["manifest", "--bpmn", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "MANIFEST.md").read_text(encoding="utf-8")
    assert "5 processes from 2 seed file(s)" in text
    assert "## fixture (1)" in text and "## (no seed recorded) (4)" in text
    row = next(line for line in text.splitlines() if "`uji_tujuh_lane`" in line)
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[:3] == ["fixture", "Uji tujuh lane", "01.001.2024"]
    assert cells[4] == "[uji-bentuk/uji_tujuh_lane.bpmn](uji-bentuk/uji_tujuh_lane.bpmn)"
    assert cells[5:7] == ["8", "3"]
    assert cells[7] == "1 langkah dengan catatan (5)"
