"""The server-side SVG diagram drawn from a BPMN's own DI."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from spj import SPJ_BPMN

from api.pages.diagram import Marks, flow_names, read_diagram, taken_pairs
from api.pages.svg import render_svg

S = "{http://www.w3.org/2000/svg}"
SHAPES = {  # element id: (x, y, width, height, label bounds or None)
    "pool": (100, 50, 700, 300, None), "l1": (130, 50, 670, 150, None),
    "l2": (130, 200, 670, 150, None), "mulai": (180, 107, 36, 36, (180, 147, 36, 14)),
    "t1": (260, 85, 100, 80, None), "g": (410, 100, 50, 50, None),
    "t2": (510, 235, 100, 80, None), "selesai": (680, 257, 36, 36, None),
}
EDGES = {  # flow id: (waypoints, label bounds or None)
    "f1": ([(216, 125), (260, 125)], None), "f2": ([(360, 125), (410, 125)], None),
    "f3": ([(460, 125), (485, 125), (485, 275), (510, 275)], (465, 105, 20, 14)),
    "f4": ([(435, 100), (435, 70), (310, 70), (310, 85)], None),
    "f5": ([(610, 275), (680, 275)], None),
}
MODEL = """
  <bpmn:collaboration id="c">
    <bpmn:participant id="pool" name="Sub Bagian Umum" processRef="p"/>
  </bpmn:collaboration>
  <bpmn:process id="p" isExecutable="true">
    <bpmn:laneSet id="ls">
      <bpmn:lane id="l1" name="Staf"/><bpmn:lane id="l2" name="Kepala &amp; Wakil &lt;Bidang&gt;"/>
    </bpmn:laneSet>
    <bpmn:startEvent id="mulai" name="Mulai"/>
    <bpmn:userTask id="t1" name="Periksa kelengkapan berkas permohonan &amp; &lt;lampiran&gt;"/>
    <bpmn:userTask id="t2" name="Setujui"/>
    <bpmn:exclusiveGateway id="g" name="Lengkap?"/>
    <bpmn:endEvent id="selesai" name="Selesai"/>
    <bpmn:sequenceFlow id="f1" sourceRef="mulai" targetRef="t1"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="g"/>
    <bpmn:sequenceFlow id="f3" name="Ya" sourceRef="g" targetRef="t2"/>
    <bpmn:sequenceFlow id="f4" name="Tidak" sourceRef="g" targetRef="t1"/>
    <bpmn:sequenceFlow id="f5" sourceRef="t2" targetRef="selesai"/>
  </bpmn:process>"""


def _bounds(x: float, y: float, w: float, h: float) -> str:
    return f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/>'


def _label(bounds: tuple | None) -> str:
    return f"<bpmndi:BPMNLabel>{_bounds(*bounds)}</bpmndi:BPMNLabel>" if bounds else ""


def bpmn(with_di: bool = True) -> str:
    """A two-lane BPMN with a decision loop, with (or without) its DI."""
    shapes = "".join(f'<bpmndi:BPMNShape id="{k}_di" bpmnElement="{k}">{_bounds(*v[:4])}'
                     f"{_label(v[4])}</bpmndi:BPMNShape>" for k, v in SHAPES.items())
    edges = "".join(f'<bpmndi:BPMNEdge id="{k}_di" bpmnElement="{k}">'
                    + "".join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
                    + f"{_label(label)}</bpmndi:BPMNEdge>" for k, (points, label) in EDGES.items())
    di = (f'<bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="c">{shapes}'
          f"{edges}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>") if with_di else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"'
            ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
            ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
            ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">'
            f"{MODEL}{di}</bpmn:definitions>")


TINY = bpmn()


def svg_of(xml: str = TINY, marks: Marks | None = None, **kw) -> ET.Element:
    diagram = read_diagram(xml)
    assert diagram is not None
    return ET.fromstring(str(render_svg(diagram, marks, "Diagram SOP uji", **kw)))


def groups(svg: ET.Element, css: str) -> list[ET.Element]:
    return [g for g in svg.iter(f"{S}g") if css in g.get("class", "").split()]


def text_of(group: ET.Element) -> str:
    return " ".join(span.text or "" for span in group.iter(f"{S}tspan"))


def test_an_accessible_svg_sized_to_the_diagram():
    svg = svg_of()
    assert svg.tag == f"{S}svg" and svg.get("role") == "img"
    assert svg.find(f"{S}title").text == "Diagram SOP uji"
    assert svg.get("aria-labelledby") == svg.find(f"{S}title").get("id")
    assert svg.get("viewBox") == "88 38 724 324"  # the pool plus a 12 px margin


def test_pool_and_lanes_with_their_names():
    svg = svg_of()
    assert [text_of(g) for g in groups(svg, "participant")] == ["Sub Bagian Umum"]
    assert [text_of(g) for g in groups(svg, "lane")] == ["Staf", "Kepala & Wakil <Bidang>"]
    label = groups(svg, "lane")[0].find(f"{S}text")
    assert label.get("transform").startswith("rotate(-90")


def test_tasks_are_rounded_rectangles_with_wrapped_names():
    svg = svg_of()
    tasks = {g.get("data-id"): g for g in groups(svg, "task")}
    assert set(tasks) == {"t1", "t2"}
    rect = tasks["t1"].find(f"{S}rect")
    assert rect.get("rx") == "10" and rect.get("width") == "100"
    spans = list(tasks["t1"].iter(f"{S}tspan"))
    assert len(spans) > 1, "a long name wraps"
    assert all(len(s.text) <= 15 for s in spans)
    assert text_of(tasks["t1"]).startswith("Periksa kelengkapan berkas")
    assert text_of(tasks["t2"]) == "Setujui"


def test_names_longer_than_the_box_are_cut_with_an_ellipsis():
    long = TINY.replace('name="Setujui"', 'name="' + "kata " * 60 + '"')
    spans = list(groups(svg_of(long), "task")[1].iter(f"{S}tspan"))
    assert len(spans) == 5 and spans[-1].text.endswith("…")


def test_gateways_are_diamonds_and_events_circles():
    svg = svg_of()
    (gateway,) = groups(svg, "gateway")
    points = gateway.find(f"{S}polygon").get("points").split()
    assert points == ["435,100", "460,125", "435,150", "410,125"]
    assert "×" in text_of(gateway) and "Lengkap?" in text_of(gateway)
    events = {g.get("data-id"): g for g in groups(svg, "event")}
    assert set(events) == {"mulai", "selesai"}
    assert events["mulai"].find(f"{S}circle").get("r") == "18"
    assert "endEvent" in events["selesai"].get("class")
    assert text_of(events["mulai"]) == "Mulai"


def test_flows_are_polylines_with_arrowheads_and_labels():
    svg = svg_of()
    flows = {g.get("data-id"): g for g in groups(svg, "flow")}
    assert set(flows) == {"f1", "f2", "f3", "f4", "f5"}
    line = flows["f3"].find(f"{S}polyline")
    assert line.get("points") == "460,125 485,125 485,275 510,275"
    assert line.get("marker-end") == "url(#arrow)"
    assert text_of(flows["f3"]) == "Ya" and text_of(flows["f4"]) == "Tidak"
    assert svg.find(f".//{S}marker[@id='arrow']") is not None


def test_completed_and_current_steps_are_marked_with_words_too():
    marks = Marks(done=frozenset({"mulai", "t1", "g"}), current=frozenset({"t2"}),
                  taken=taken_pairs([(None, "mulai"), ("mulai", "t1"), ("t1", "g")]))
    svg = svg_of(marks=marks, words={"done": "Completed", "current": "Current step"})
    by_id = {g.get("data-id"): g for g in svg.iter(f"{S}g")}
    assert "done" in by_id["t1"].get("class") and by_id["t1"].get("aria-label") == \
        "Completed: Periksa kelengkapan berkas permohonan & <lampiran>"
    assert "✓" in text_of(by_id["t1"])
    assert "current" in by_id["t2"].get("class")
    assert by_id["t2"].get("aria-label") == "Current step: Setujui"
    assert by_id["selesai"].get("aria-label") is None
    assert "done" in by_id["f1"].get("class") and "done" in by_id["f2"].get("class")
    assert by_id["f2"].find(f"{S}polyline").get("marker-end") == "url(#arrow-done)"
    assert "done" not in by_id["f3"].get("class")


def test_a_step_done_before_and_current_again_is_current():
    marks = Marks(done=frozenset({"t1"}), current=frozenset({"t1"}))
    (t1,) = [g for g in groups(svg_of(marks=marks), "task") if g.get("data-id") == "t1"]
    assert "current" in t1.get("class") and "done" not in t1.get("class")


def test_names_are_escaped_in_the_markup():
    markup = str(render_svg(read_diagram(TINY)))
    assert "&lt;Bidang&gt;" in markup and "<Bidang>" not in markup
    assert "Kepala &amp; Wakil" in markup and "&lt;lampiran&gt;" in markup


def test_a_file_without_di_has_no_diagram():
    assert read_diagram(bpmn(with_di=False)) is None


@pytest.mark.skipif(not SPJ_BPMN.exists(), reason="SPJ SOP not in the library yet")
def test_the_spj_sop_draws_its_lanes_steps_and_decision():
    svg = svg_of(SPJ_BPMN.read_text(encoding="utf-8"))
    assert [text_of(g) for g in groups(svg, "lane")] == [
        "PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"]
    assert {text_of(g) for g in groups(svg, "task")} == {
        "Penyerahan SPJ", "Penerimaan SPJ", "Verifikasi SPJ", "Input SPJ",
        "Penggandaan dan Pengarsipan"}
    assert len(groups(svg, "gateway")) == 2 and len(groups(svg, "event")) == 2
    assert {"Ya", "Tidak"} <= {text_of(g) for g in groups(svg, "flow")}


def test_flow_names_are_read_with_or_without_di():
    for xml in (TINY, bpmn(with_di=False)):
        assert flow_names(xml) == {("g", "t2"): "Ya", ("g", "t1"): "Tidak"}


def test_a_long_diagram_keeps_its_own_size_so_labels_stay_readable():
    """The page scales nothing by default (the CSS sets no width): the SVG's width and height
    are the diagram's own, 12 px text; app.js fits or zooms it only on request."""
    wide = TINY.replace('x="680" y="257" width="36"', 'x="4680" y="257" width="36"')
    svg = svg_of(wide)
    assert float(svg.get("width")) > 4000
    assert svg.get("viewBox").split()[2] == svg.get("width")
    css = (ROOT / "api" / "static" / "style.css").read_text()
    rule = css[css.index(".bpmn-diagram {"):].split("}", 1)[0]
    assert "width: 100%" not in rule and "max-width: none" in rule
