"""``eskalasi: true`` on a step: a non-interrupting "Terlambat" boundary timer due at the step's
batas waktu (working time), whose firing tells the pengawas (engine.timers, engine.notify).

The importer adds, after the diagram is laid out (the layout leaves room below such a step):
a boundary event ``terlambat_NN`` on the step's bottom edge with the camunda property
``batas_waktu = langkah`` and an empty timer (Camunda Modeler opens it as a timer), a flow
``f_eskalasi_NN`` straight down to the end event ``eskalasi_NN``, in the step's lane. The
exporter's reader takes these three back out and writes ``eskalasi: true``.
"""

from __future__ import annotations

from lxml import etree

from .bpmnxml import NS, sub
from .graph import task_id
from .layout import LINE_H, Box, text_width
from .model import SopTable

PROPERTY, VALUE = "batas_waktu", "langkah"
NAME, END_NAME = "Terlambat", "Eskalasi"


def add_escalations(defs: etree._Element, table: SopTable, width: int) -> None:
    """Write the escalation of every step with ``eskalasi: true`` (semantic and DI)."""
    proc = defs.find("bpmn:process", NS)
    plane = defs.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane", NS)
    for step in table.langkah:
        if step.eskalasi:
            _add(proc, plane, task_id(step.no, width))


def _add(proc: etree._Element, plane: etree._Element, tid: str) -> None:
    suffix = tid.rsplit("_", 1)[1]
    event, end, flow = f"terlambat_{suffix}", f"eskalasi_{suffix}", f"f_eskalasi_{suffix}"
    boundary = sub(proc, "bpmn:boundaryEvent", {"id": event, "name": NAME,
                                                "attachedToRef": tid,
                                                "cancelActivity": "false"})
    ext = sub(boundary, "bpmn:extensionElements")
    sub(sub(ext, "camunda:properties"), "camunda:property", {"name": PROPERTY, "value": VALUE})
    sub(boundary, "bpmn:outgoing", text=flow)
    sub(boundary, "bpmn:timerEventDefinition", {"id": f"timer_{suffix}"})
    finish = sub(proc, "bpmn:endEvent", {"id": end, "name": END_NAME})
    sub(finish, "bpmn:incoming", text=flow)
    sub(proc, "bpmn:sequenceFlow", {"id": flow, "sourceRef": event, "targetRef": end})
    for lane in proc.iterfind("bpmn:laneSet/bpmn:lane", NS):
        if any((r.text or "").strip() == tid for r in lane.iterfind("bpmn:flowNodeRef", NS)):
            sub(lane, "bpmn:flowNodeRef", text=event)
            sub(lane, "bpmn:flowNodeRef", text=end)
    _draw(plane, tid, event, end, flow)


def _draw(plane: etree._Element, tid: str, event: str, end: str, flow: str) -> None:
    bounds = plane.find(f"bpmndi:BPMNShape[@bpmnElement='{tid}']/dc:Bounds", NS)
    x, bottom = int(bounds.get("x")), int(bounds.get("y")) + int(bounds.get("height"))
    cx = x + 20
    _shape(plane, event, Box(cx - 18, bottom - 18, 36, 36),
           Box(cx + 22, bottom + 4, text_width(NAME), LINE_H))
    _shape(plane, end, Box(cx - 18, bottom + 50, 36, 36),
           Box(cx - text_width(END_NAME) // 2, bottom + 90, text_width(END_NAME), LINE_H))
    edge = sub(plane, "bpmndi:BPMNEdge", {"id": f"{flow}_di", "bpmnElement": flow})
    sub(edge, "di:waypoint", {"x": cx, "y": bottom + 18})
    sub(edge, "di:waypoint", {"x": cx, "y": bottom + 50})


def _shape(plane: etree._Element, element: str, box: Box, label: Box) -> None:
    shape = sub(plane, "bpmndi:BPMNShape", {"id": f"{element}_di", "bpmnElement": element})
    _bounds(shape, box)
    _bounds(sub(shape, "bpmndi:BPMNLabel"), label)


def _bounds(parent: etree._Element, box: Box) -> None:
    sub(parent, "dc:Bounds", {"x": box.x, "y": box.y, "width": box.w, "height": box.h})


# -- the exporter's side -----------------------------------------------------------------------
def take_escalations(nodes: dict[str, etree._Element], flows: dict[str, etree._Element]
                     ) -> set[str]:
    """Remove the escalations (a batas boundary timer, its flow, the end event only it
    reaches) from a reader's nodes and flows; returns the ids of the steps that had one."""
    steps = set()
    for nid, el in list(nodes.items()):
        if etree.QName(el).localname != "boundaryEvent" or not _is_batas(el):
            continue
        steps.add(el.get("attachedToRef"))
        del nodes[nid]
        for fid, flow in list(flows.items()):
            if flow.get("sourceRef") != nid:
                continue
            del flows[fid]
            target = flow.get("targetRef")
            if target in nodes and etree.QName(nodes[target]).localname == "endEvent" and not \
                    any(f.get("targetRef") == target for f in flows.values()):
                del nodes[target]
    return steps


def _is_batas(el: etree._Element) -> bool:
    return any(p.get("name") == PROPERTY and p.get("value") == VALUE for p in
               el.iterfind("bpmn:extensionElements/camunda:properties/camunda:property", NS))
