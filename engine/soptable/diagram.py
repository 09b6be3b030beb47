"""The BPMN DI half: shapes and edges from a :class:`~.layout.Layout`.

Camunda Modeler and bpmn-js show nothing without DI, so every participant, lane, node and
flow gets a shape or an edge, and every labelled node and gateway flow a label with bounds.
"""

from __future__ import annotations

from lxml import etree

from .bpmnxml import sub
from .graph import Graph, lane_id
from .layout import Box, Layout


def write_diagram(defs: etree._Element, process_id: str, graph: Graph, geo: Layout) -> None:
    diagram = sub(defs, "bpmndi:BPMNDiagram", {"id": f"diagram_{process_id}"})
    plane = sub(diagram, "bpmndi:BPMNPlane",
                {"id": f"plane_{process_id}", "bpmnElement": f"kolaborasi_{process_id}"})
    _shape(plane, f"pool_{process_id}", geo.pool, {"isHorizontal": "true"})
    for i, box in enumerate(geo.lanes):
        _shape(plane, lane_id(i), box, {"isHorizontal": "true"})
    for node in graph.nodes:
        extra = {"isMarkerVisible": "true"} if node.kind in ("decision", "merge") else {}
        _shape(plane, node.id, geo.nodes[node.id], extra, geo.node_labels.get(node.id))
    for flow in graph.flows:
        edge = geo.edges[flow.id]
        el = sub(plane, "bpmndi:BPMNEdge", {"id": f"{flow.id}_di", "bpmnElement": flow.id})
        for x, y in edge.points:
            sub(el, "di:waypoint", {"x": x, "y": y})
        if edge.label is not None:
            _bounds(sub(el, "bpmndi:BPMNLabel"), edge.label)


def _shape(plane: etree._Element, element: str, box: Box, extra: dict,
           label: Box | None = None) -> None:
    el = sub(plane, "bpmndi:BPMNShape", {"id": f"{element}_di", "bpmnElement": element, **extra})
    _bounds(el, box)
    if label is not None:
        _bounds(sub(el, "bpmndi:BPMNLabel"), label)


def _bounds(parent: etree._Element, box: Box) -> None:
    sub(parent, "dc:Bounds", {"x": box.x, "y": box.y, "width": box.w, "height": box.h})
