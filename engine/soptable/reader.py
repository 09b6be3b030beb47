"""A read-only view of one process in a BPMN file, as the exporter needs it.

Structural surprises (two start events, a service task, a flow into nowhere) raise
:class:`ModelError` naming the element, because a table cannot express them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..xmlsafe import UnsafeXml, parse_bpmn
from ..xmlsafe import parser as xml_parser
from .bpmnxml import BPMN, NS, json_list, process_properties
from .eskalasi import take_escalations
from .model import SELESAI

STEP_TAGS = {"userTask", "task", "manualTask", "callActivity"}
KELENGKAPAN_RE = re.compile(r"^kelengkapan_\d+$")
DECISION_RE = re.compile(r"""keputusan\s*==\s*["'](Ya|Tidak)["']""")


def branch_of(flow: etree._Element) -> str | None:
    """"Ya" / "Tidak" for a flow whose condition tests keputusan, else None."""
    expr = flow.findtext("bpmn:conditionExpression", default="", namespaces=NS)
    m = DECISION_RE.search(expr)
    return m.group(1) if m else None


class ModelError(Exception):
    """The BPMN holds something the SOP table cannot say."""


@dataclass
class Lane:
    id: str
    name: str
    nodes: list[str] = field(default_factory=list)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


class BpmnModel:
    """Nodes, flows, lanes and properties of one process, indexed for the exporter."""

    def __init__(self, root: etree._Element, process: etree._Element):
        self.process_id = process.get("id", "")
        self.process_name = (process.get("name") or "").strip()
        self.process_props = process_properties(process)
        self.pool_name = _pool_name(root, self.process_id)
        self.positions = positions = _positions(root)
        self.nodes: dict[str, etree._Element] = {}
        self.flows: dict[str, etree._Element] = {}
        for el in process:
            if not isinstance(el.tag, str) or etree.QName(el).namespace != BPMN:
                continue
            kind = _local(el)
            if kind == "sequenceFlow":
                self.flows[el.get("id")] = el
            elif kind not in ("laneSet", "documentation", "extensionElements"):
                self.nodes[el.get("id")] = el
        # a step's Terlambat escalation (soptable.eskalasi) is the step's option, no node
        self.escalations = take_escalations(self.nodes, self.flows)
        self.tasks = {i: el for i, el in self.nodes.items() if _local(el) in STEP_TAGS}
        self.lanes = _lanes(process, positions)
        self._check_node_kinds()
        self.start_target = self._start_target()

    def _check_node_kinds(self) -> None:
        allowed = STEP_TAGS | {"startEvent", "endEvent", "exclusiveGateway"}
        for nid, el in self.nodes.items():
            if _local(el) not in allowed:
                raise ModelError(f"{nid}: a {_local(el)} cannot be expressed in an SOP table "
                                 "(use user tasks, call activities, exclusive gateways, start "
                                 "and end events)")
            if _local(el) == "callActivity" and not (el.get("calledElement") or "").strip():
                raise ModelError(f"{nid}: a call activity needs calledElement (the process id "
                                 "of the SOP performed at this step)")

    def _start_target(self) -> str:
        starts = [i for i, el in self.nodes.items() if _local(el) == "startEvent"]
        if len(starts) != 1:
            raise ModelError(f"process {self.process_id}: needs exactly one start event, "
                             f"found {len(starts)}")
        flows = self.outgoing(starts[0])
        if len(flows) != 1:
            raise ModelError(f"{starts[0]}: the start event needs exactly one outgoing flow")
        target = self.resolve(flows[0])
        if target == SELESAI:
            raise ModelError(f"{starts[0]}: the start event leads straight to the end")
        return target

    def outgoing(self, node_id: str) -> list[etree._Element]:
        return [f for f in self.flows.values() if f.get("sourceRef") == node_id]

    def resolve(self, flow: etree._Element) -> str:
        """The task a flow leads to through merging gateways, or ``selesai``."""
        seen: set[str] = set()
        while True:
            target = flow.get("targetRef")
            el = self.nodes.get(target)
            if el is None:
                raise ModelError(f"{flow.get('id')}: targetRef {target!r} is no flow node")
            kind = _local(el)
            if kind in STEP_TAGS:
                return target
            if kind == "endEvent":
                return SELESAI
            out = self.outgoing(target)
            if kind != "exclusiveGateway" or len(out) != 1 or target in seen:
                raise ModelError(f"{flow.get('id')}: leads to {target}, which is neither a "
                                 "task, an end event nor a merging gateway")
            seen.add(target)
            flow = out[0]

    def _task_flow(self, tid: str) -> etree._Element:
        flows = self.outgoing(tid)
        if len(flows) != 1:
            raise ModelError(f"{tid}: a task needs exactly one outgoing flow, has {len(flows)}")
        return flows[0]

    def decision_after(self, tid: str) -> etree._Element | None:
        """The diverging exclusive gateway straight after the task, if any."""
        el = self.nodes.get(self._task_flow(tid).get("targetRef"))
        if el is not None and _local(el) == "exclusiveGateway" and \
                len(self.outgoing(el.get("id"))) > 1:
            return el
        return None

    def plain_target(self, tid: str) -> str:
        """Where a task without a decision leads (a task id or ``selesai``)."""
        return self.resolve(self._task_flow(tid))

    def forward_targets(self, tid: str) -> list[str]:
        """Where the task leads other than through a back flow: its order-defining edges."""
        gateway = self.decision_after(tid)
        if gateway is None:
            targets = [self.resolve(self._task_flow(tid))]
        else:
            targets = [t for f in self.outgoing(gateway.get("id"))
                       if not self._goes_back(tid, t := self.resolve(f), branch_of(f))]
        return [t for t in targets if t != SELESAI]

    def _goes_back(self, tid: str, target: str, branch: str | None) -> bool:
        """Whether a decision's flow goes back (to the task itself or an earlier one): by the
        ``no`` properties when both tasks have one, else by diagram x; without either, a
        Tidak counts as back and a Ya as forward (the common SOP shape)."""
        if target == SELESAI:
            return False
        numbers = [self.task_props(t).get("no", "") for t in (tid, target)]
        if all(n.isdigit() for n in numbers):
            return int(numbers[1]) <= int(numbers[0])
        if tid in self.positions and target in self.positions:
            return self.positions[target][0] <= self.positions[tid][0]
        return branch == "Tidak"

    def order_key(self, tid: str) -> tuple:
        """Start's successor first, then the ``no`` property, then diagram x, then id."""
        no = self.task_props(tid).get("no", "")
        x = self.positions.get(tid, (10**9, 0))[0]
        return (tid != self.start_target, int(no) if no.isdigit() else 10**9, x, tid)

    def called(self, tid: str) -> str:
        """The process a call activity performs (``calledElement``), "" for other steps."""
        el = self.tasks[tid]
        return (el.get("calledElement") or "").strip() if _local(el) == "callActivity" else ""

    def task_props(self, tid: str) -> dict[str, str]:
        return process_properties(self.tasks[tid])

    def lane_of(self, tid: str, problems: list[str]) -> str:
        for lane in self.lanes:
            if tid in lane.nodes:
                return lane.name
        problems.append(f"{tid}: not in any lane (every step needs a pelaksana lane)")
        return ""

    def kelengkapan(self, tid: str) -> list[str]:
        return task_kelengkapan(self.tasks[tid])

    def output(self, tid: str) -> str:
        return task_output(self.tasks[tid])


def task_kelengkapan(task: etree._Element) -> list[str]:
    """Labels of a task's ``kelengkapan_N`` form fields in form order (the property when the
    task has no form at all): what staff tick, so what the step really asks for."""
    form = task.find("bpmn:extensionElements/camunda:formData", NS)
    if form is None:
        return json_list(process_properties(task).get("kelengkapan"))
    return [(f.get("label") or "").strip()
            for f in form.iterfind("camunda:formField", NS)
            if KELENGKAPAN_RE.match(f.get("id") or "")]


def task_output(task: etree._Element) -> str:
    """A task's ``output`` property; failing that, its output field's label."""
    props = process_properties(task)
    if "output" in props:
        return props["output"]
    field = task.find(
        "bpmn:extensionElements/camunda:formData/camunda:formField[@id='output']", NS)
    label = (field.get("label") or "").strip() if field is not None else ""
    return "" if label == "Output" else label.removeprefix("Output:").strip()


def _pool_name(root: etree._Element, process_id: str) -> str:
    for part in root.iterfind("bpmn:collaboration/bpmn:participant", NS):
        if part.get("processRef") == process_id:
            return (part.get("name") or "").strip()
    return ""


def _positions(root: etree._Element) -> dict[str, tuple[float, float]]:
    """Top-left corner of every DI shape, by element id."""
    out = {}
    for shape in root.iterfind(".//bpmndi:BPMNShape", NS):
        bounds = shape.find("dc:Bounds", NS)
        if bounds is not None and shape.get("bpmnElement"):
            out[shape.get("bpmnElement")] = (float(bounds.get("x", 0)),
                                             float(bounds.get("y", 0)))
    return out


def _lanes(process: etree._Element, positions: dict) -> list[Lane]:
    """Lanes top to bottom as drawn (XML order when the file has no DI for them)."""
    lanes = []
    for i, el in enumerate(process.iterfind("bpmn:laneSet/bpmn:lane", NS)):
        if el.find("bpmn:childLaneSet", NS) is not None:
            raise ModelError(f"{el.get('id')}: nested lanes cannot be expressed in a table")
        refs = [r.text.strip() for r in el.iterfind("bpmn:flowNodeRef", NS) if r.text]
        lanes.append((positions.get(el.get("id"), (0, i))[1], i,
                      Lane(el.get("id"), (el.get("name") or "").strip(), refs)))
    return [lane for _, _, lane in sorted(lanes, key=lambda t: (t[0], t[1]))]


def read_model(path: str | Path, process_id: str | None = None) -> BpmnModel:
    """Parse a BPMN file and index its (only, or named) executable process."""
    try:
        root = etree.parse(str(path), xml_parser()).getroot()
    except (etree.XMLSyntaxError, OSError) as exc:
        raise ModelError(f"not readable as XML: {exc}") from exc
    processes = list(root.iterfind("bpmn:process", NS))
    if process_id is not None:
        processes = [p for p in processes if p.get("id") == process_id]
    if len(processes) != 1:
        raise ModelError(f"expected one process{' ' + process_id if process_id else ''}, "
                         f"found {len(processes)}")
    return BpmnModel(root, processes[0])


def model_from_xml(xml: str | bytes, process_id: str) -> BpmnModel:
    """Process ``process_id`` of a BPMN text (a stored definition, an editor's draft);
    ModelError when the text is no readable BPMN or does not hold that process."""
    try:
        root = parse_bpmn(xml.encode() if isinstance(xml, str) else xml).getroot()
    except (UnsafeXml, etree.XMLSyntaxError, ValueError) as exc:
        raise ModelError(f"not readable as XML: {exc}") from exc
    found = [p for p in root.iterfind("bpmn:process", NS) if p.get("id") == process_id]
    if not found:
        raise ModelError(f"process {process_id} is not in this BPMN")
    return BpmnModel(root, found[0])
