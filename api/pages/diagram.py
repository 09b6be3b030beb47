"""An SOP's diagram as the BPMN file lays it out (its DI): shapes, flows, what to highlight.

Only what the pages draw is read: pools, lanes, flow nodes with their bounds and label bounds,
and sequence flows with their waypoints. :mod:`.svg` turns it into inline SVG.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from engine.xmlsafe import parser as xml_parser

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
NS = {"bpmn": MODEL, "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC", "di": "http://www.omg.org/spec/DD/20100524/DI"}


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass
class Shape:
    id: str
    kind: str
    name: str
    box: Box
    label: Box | None = None


@dataclass
class Flow:
    id: str
    name: str
    source: str
    target: str
    points: list[tuple[float, float]]
    label: Box | None = None


@dataclass
class Diagram:
    shapes: list[Shape] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)

    def bounds(self) -> Box:
        xs = [v for s in self.shapes for v in (s.box.x, s.box.x + s.box.w)]
        ys = [v for s in self.shapes for v in (s.box.y, s.box.y + s.box.h)]
        xs += [x for f in self.flows for x, _ in f.points]
        ys += [y for f in self.flows for _, y in f.points]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True)
class Marks:
    """What to highlight: nodes completed, nodes current, (source, target) pairs taken."""

    done: frozenset[str] = frozenset()
    current: frozenset[str] = frozenset()
    taken: frozenset[tuple[str, str]] = frozenset()


def read_diagram(xml: str | bytes) -> Diagram | None:
    """The first diagram of a BPMN file; None when the file has no DI (nothing to draw)."""
    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    root = etree.fromstring(raw, xml_parser())  # the one hardened configuration
    elements = {el.get("id"): el for el in root.iter() if el.get("id")}
    plane = root.find(".//bpmndi:BPMNPlane", NS)
    if plane is None:
        return None
    diagram = Diagram()
    for di in plane:
        element = elements.get(di.get("bpmnElement"))
        if element is None or not isinstance(element.tag, str):
            continue
        if di.tag == f"{{{NS['bpmndi']}}}BPMNShape":
            diagram.shapes.append(_shape(di, element))
        elif di.tag == f"{{{NS['bpmndi']}}}BPMNEdge" and _local(element) == "sequenceFlow":
            diagram.flows.append(_flow(di, element))
    return diagram if diagram.shapes else None


def flow_names(xml: str | bytes) -> dict[tuple[str, str], str]:
    """(source, target) -> name of every named sequence flow, DI or not: the model's own words
    for a decision's answers ("Ada" / "Tidak ada"), which SpiffWorkflow's spec does not keep."""
    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    root = etree.fromstring(raw, xml_parser())
    return {(flow.get("sourceRef") or "", flow.get("targetRef") or ""): flow.get("name").strip()
            for flow in root.iterfind(".//bpmn:sequenceFlow", NS)
            if (flow.get("name") or "").strip()}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _bounds(el: etree._Element | None) -> Box | None:
    bounds = el.find("dc:Bounds", NS) if el is not None else None
    if bounds is None:
        return None
    return Box(*(float(bounds.get(k, 0)) for k in ("x", "y", "width", "height")))


def _shape(di: etree._Element, element: etree._Element) -> Shape:
    return Shape(id=element.get("id"), kind=_local(element), name=element.get("name") or "",
                 box=_bounds(di) or Box(0, 0, 0, 0),
                 label=_bounds(di.find("bpmndi:BPMNLabel", NS)))


def _flow(di: etree._Element, element: etree._Element) -> Flow:
    points = [(float(p.get("x")), float(p.get("y"))) for p in di.findall("di:waypoint", NS)]
    return Flow(id=element.get("id"), name=element.get("name") or "",
                source=element.get("sourceRef") or "", target=element.get("targetRef") or "",
                points=points, label=_bounds(di.find("bpmndi:BPMNLabel", NS)))


def taken_pairs(activities: Iterable[tuple[str | None, str]]) -> frozenset[tuple[str, str]]:
    """(from_node_id, node_id) pairs of the activity log: the sequence flows an instance took."""
    return frozenset((source, target) for source, target in activities if source)
