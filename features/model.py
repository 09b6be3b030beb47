"""What a feature may talk about, read from a SOP's BPMN: steps, roles, decisions, flows.

Engine-free on purpose (lxml only): the same model serves the step library (from the XML the
server runs), the draft generator and the coverage report (from the files under ``bpmn/``).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
NS = {"bpmn": BPMN, "camunda": CAMUNDA}
YA = "Ya"
# steps of the SOP: a call activity is the step that performs another SOP (its ``called``)
TASK_KINDS = frozenset({"userTask", "manualTask", "task", "callActivity"})
FLOW_NODE_KINDS = TASK_KINDS | frozenset({
    "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
    "boundaryEvent", "serviceTask", "scriptTask", "sendTask", "receiveTask",
    "businessRuleTask", "callActivity", "subProcess", "exclusiveGateway", "parallelGateway",
    "inclusiveGateway", "eventBasedGateway", "complexGateway"})
CONDITION = re.compile(r"""^\s*keputusan\s*==\s*["']([^"']+)["']\s*$""")


@dataclass(frozen=True)
class FormField:
    id: str
    type: str
    label: str
    required: bool
    dokumen: str = ""  # "wajib" / "opsional": the field stands for a file (engine.document_rules)


@dataclass(frozen=True)
class Flow:
    id: str
    source: str
    target: str
    name: str = ""
    value: str | None = None  # the keputusan value its condition tests, if any


@dataclass(frozen=True)
class Option:
    """One way out of a decision, in the SOP's words (``label``) and the engine's (``value``)."""

    label: str
    value: str
    flow: str
    target: str


@dataclass(frozen=True)
class Step:
    id: str
    no: int
    name: str
    role: str
    properties: Mapping[str, str] = field(default_factory=dict)
    fields: tuple[FormField, ...] = ()
    question: str = ""
    options: tuple[Option, ...] = ()
    called: str = ""  # a call activity's calledElement: the SOP performed at this step

    @property
    def is_decision(self) -> bool:
        return bool(self.options)

    @property
    def is_call(self) -> bool:
        """The step is done by running another SOP as a case of its own (no inbox task)."""
        return bool(self.called)

    @property
    def kelengkapan(self) -> list[str]:
        """The checklist staff tick: the form's kelengkapan checkboxes, else the property."""
        boxes = [f.label for f in self.fields if f.id.startswith("kelengkapan_")]
        if boxes:
            return boxes
        try:
            return [str(x) for x in json.loads(self.properties.get("kelengkapan", "[]"))]
        except ValueError:
            return []

    @property
    def documents(self) -> list[tuple[str, str]]:
        """(field id, document name) of each document the step requires (``dokumen=wajib``),
        in form order; the output's document is named by the output property."""
        return [(f.id, self.properties.get("output") or f.label.removeprefix("Output:").strip()
                 if f.id == "output" else f.label)
                for f in self.fields if f.dokumen == "wajib"]

    def option(self, said: str) -> Option | None:
        """The option a feature means: its label or its value, ignoring case."""
        wanted = said.strip().casefold()
        for opt in self.options:
            if wanted in (opt.label.casefold(), opt.value.casefold()):
                return opt
        return None


@dataclass(frozen=True)
class SopModel:
    key: str
    name: str
    properties: Mapping[str, str]
    lanes: tuple[str, ...]
    steps: tuple[Step, ...]
    nodes: Mapping[str, str]  # flow node id -> BPMN element kind
    flows: tuple[Flow, ...]
    start: str
    names: Mapping[str, str] = field(default_factory=dict)  # flow node id -> its name
    source: str = ""  # file or URL it was read from

    @property
    def nomor(self) -> str:
        return self.properties.get("nomor", "").strip()

    @property
    def instansi(self) -> str:
        return self.properties.get("instansi.kode", "")

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def steps_named(self, name: str) -> list[Step]:
        """Steps called ``name``; a name ending in "..." means every step starting with it
        (the SOP's long uraian, shortened the way people quote them)."""
        text = name.strip()
        for dots in ("...", "…"):
            if text.endswith(dots):
                prefix = _norm(text.removesuffix(dots))
                return [s for s in self.steps if _norm(s.name).startswith(prefix)]
        return [s for s in self.steps if _norm(s.name) == _norm(text)]

    def with_lanes(self, official: Mapping[str, str]) -> SopModel:
        """The model with lanes renamed as the engine names them (engine.deployment maps a
        lane drawn "KADIN" to its jabatan "Kepala Dinas"); steps keep their ids."""
        if not official:
            return self
        lanes = tuple(dict.fromkeys(official.get(x, x) for x in self.lanes))
        steps = tuple(replace(s, role=official.get(s.role, s.role)) for s in self.steps)
        return replace(self, lanes=lanes, steps=steps)

    def suggest_steps(self, name: str, n: int = 3) -> list[str]:
        """Step names close to one that matches none ("mungkin maksudnya"): by spelling
        (casefolded), and those whose words start with the name's words."""
        names = list(dict.fromkeys(s.name for s in self.steps))
        by_norm = {_norm(x): x for x in names}
        wanted = _norm(name.strip().removesuffix("...").removesuffix("…"))
        close = difflib.get_close_matches(wanted, list(by_norm), n=n, cutoff=0.6)
        words = wanted.split()
        prefixed = [k for k in by_norm if words and k.split()[: len(words)] == words]
        return list(dict.fromkeys(by_norm[k] for k in (*close, *prefixed)))[:n]

    @property
    def waktu_hari(self) -> str:
        """The SOP's day policy: what a bare "hari" means (kerja unless it says kalender,
        as engine.soptable.waktu and engine.deadlines read it)."""
        return "kalender" if self.properties.get("waktu_hari") == "kalender" else "kerja"

    @property
    def linked_keys(self) -> list[str]:
        """Ids of the SOPs this one names (``tautan_sop`` of the process: its keterkaitan
        found in the library; and of its steps: their keterangan)."""
        found = _keys(self.properties.get("tautan_sop", ""))
        for step in self.steps:
            found += _keys(step.properties.get("tautan_sop", ""))
        return list(dict.fromkeys(found + self.called_keys))

    @property
    def called_keys(self) -> list[str]:
        """Ids of the SOPs its call activities perform, in step order."""
        return list(dict.fromkeys(s.called for s in self.steps if s.called))

    def outgoing(self, node: str) -> list[Flow]:
        return [f for f in self.flows if f.source == node]

    def flows_between(self, source: str, target: str) -> list[Flow]:
        return [f for f in self.flows if f.source == source and f.target == target]

    @property
    def decisions(self) -> list[Step]:
        return [s for s in self.steps if s.is_decision]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _keys(value: str) -> list[str]:
    """``tautan_sop`` holds one process id or a JSON list of them (api.pages.steps)."""
    text = (value or "").strip()
    if not text.startswith("["):
        return [text] if text else []
    try:
        return [str(x) for x in json.loads(text) if x]
    except ValueError:
        return []


def load_models(path: str | Path) -> list[SopModel]:
    """Every executable process of a BPMN file."""
    root = etree.parse(str(path)).getroot()
    return [_process(p, root, str(path)) for p in _executable(root)]


def model_from_xml(xml: str | bytes, key: str, source: str = "") -> SopModel:
    """The process ``key`` of a BPMN document (as served by the API)."""
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    root = etree.fromstring(data)
    for proc in _executable(root):
        if proc.get("id") == key:
            return _process(proc, root, source)
    raise ValueError(f"proses {key!r} tidak ada di {source or 'BPMN'}")


def _executable(root: etree._Element) -> list[etree._Element]:
    return [p for p in root.iterfind("bpmn:process", NS) if p.get("isExecutable") == "true"]


def _process(proc: etree._Element, root: etree._Element, source: str) -> SopModel:
    elements = [el for el in proc if isinstance(el.tag, str)
                and etree.QName(el).localname in FLOW_NODE_KINDS]
    nodes = {el.get("id"): etree.QName(el).localname for el in elements}
    names = {el.get("id"): " ".join((el.get("name") or "").split()) for el in elements}
    flows = tuple(_flow(f) for f in proc.iterfind("bpmn:sequenceFlow", NS))
    lanes, lane_of = _lanes(proc)
    tasks = [el for el in proc if isinstance(el.tag, str)
             and etree.QName(el).localname in TASK_KINDS]
    steps = tuple(_step(t, n, lane_of, names, nodes, flows)
                  for n, t in enumerate(tasks, start=1))
    starts = [i for i, kind in nodes.items() if kind == "startEvent"]
    return SopModel(
        key=proc.get("id"), name=proc.get("name") or proc.get("id"),
        properties=_properties(proc), lanes=lanes, steps=steps, nodes=nodes, flows=flows,
        start=starts[0] if starts else "", names=names, source=source)


def _flow(el: etree._Element) -> Flow:
    cond = el.findtext("bpmn:conditionExpression", default="", namespaces=NS)
    match = CONDITION.match(cond)
    return Flow(el.get("id"), el.get("sourceRef"), el.get("targetRef"), el.get("name") or "",
                match.group(1) if match else None)


def _lanes(proc: etree._Element) -> tuple[tuple[str, ...], dict[str, str]]:
    names: list[str] = []
    lane_of: dict[str, str] = {}
    for lane in proc.iterfind(".//bpmn:lane", NS):
        name = (lane.get("name") or lane.get("id")).strip()
        names.append(name)
        for ref in lane.iterfind("bpmn:flowNodeRef", NS):
            lane_of[(ref.text or "").strip()] = name
    return tuple(dict.fromkeys(names)), lane_of


def _properties(el: etree._Element) -> dict[str, str]:
    """``camunda:properties`` directly under the element's extensionElements."""
    return {p.get("name"): p.get("value", "") for p in
            el.iterfind("bpmn:extensionElements/camunda:properties/camunda:property", NS)}


def _step(task: etree._Element, order: int, lane_of: dict[str, str], names: dict[str, str],
          nodes: dict[str, str], flows: tuple[Flow, ...]) -> Step:
    props = _properties(task)
    no = int(props["no"]) if props.get("no", "").isdigit() else order
    gateway, options = _decision(task.get("id"), nodes, flows)
    return Step(
        id=task.get("id"), no=no, name=" ".join((task.get("name") or task.get("id")).split()),
        role=lane_of.get(task.get("id"), props.get("pelaksana", "")), properties=props,
        fields=tuple(_field(f) for f in task.iterfind(
            "bpmn:extensionElements/camunda:formData/camunda:formField", NS)),
        question=props.get("keputusan_pertanyaan") or names.get(gateway, ""), options=options,
        called=(task.get("calledElement") or "").strip()
        if etree.QName(task).localname == "callActivity" else "")


def _field(el: etree._Element) -> FormField:
    required = any(c.get("name") == "required" for c in
                   el.iterfind("camunda:validation/camunda:constraint", NS))
    dokumen = next((p.get("value", "") for p in
                    el.iterfind("camunda:properties/camunda:property", NS)
                    if p.get("id") == "dokumen"), "")
    return FormField(el.get("id"), el.get("type", "string"), el.get("label") or el.get("id"),
                     required, dokumen)


def _decision(task_id: str, nodes: dict[str, str], flows: tuple[Flow, ...]
              ) -> tuple[str, tuple[Option, ...]]:
    """(gateway id, options): a decision is a task whose only way out is a gateway choosing
    on ``keputusan``; other tasks get ("", ())."""
    out = [f for f in flows if f.source == task_id]
    if len(out) != 1 or nodes.get(out[0].target) != "exclusiveGateway":
        return "", ()
    choices = [f for f in flows if f.source == out[0].target and f.value is not None]
    if len(choices) < 2:
        return "", ()
    return out[0].target, tuple(Option(f.name or f.value, f.value, f.id, f.target)
                                for f in choices)
