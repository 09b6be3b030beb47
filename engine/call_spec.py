"""The task spec of a call activity: a step that waits while another SOP runs as a case of its own.

SpiffWorkflow would run a called process as a sub-workflow inside the calling case's task tree,
in the calling case's lanes and instansi, with one state blob for both. An SOP called from
another is a case of its own in its own instansi (its staff, its nomor berkas, its inbox), so
the product's call activity does not create a sub-workflow: the engine runs it into STARTED and
it waits there until the host completes it (engine.calls starts the called case after the
change is stored, and completes this task with the mapped ``out`` data when that case ends).

Read as Camunda Modeler writes it: ``calledElement`` (a process id),
``camunda:calledElementBinding`` (``latest``, the default, or ``version`` with
``camunda:calledElementVersion``) and ``camunda:in`` / ``camunda:out`` mappings
(``variables="all"`` or ``source`` / ``target``); with no mapping at all every variable goes in
and every variable comes out.
"""

from __future__ import annotations

import re
from typing import Any

from SpiffWorkflow.bpmn.parser.TaskParser import TaskParser
from SpiffWorkflow.bpmn.serializer.default.task_spec import BpmnTaskSpecConverter
from SpiffWorkflow.bpmn.specs.mixins.bpmn_spec_mixin import BpmnSpecMixin

CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
LATEST, VERSION = "latest", "version"
ALL = "*"  # a mapping entry that carries every variable


class CallActivityTask(BpmnSpecMixin):
    """Waits (STARTED) until the host completes it; never an inbox row (not a user task)."""

    def __init__(self, wf_spec, bpmn_id, called_element: str = "", binding: str = LATEST,
                 version: int | None = None, map_in: list | None = None,
                 map_out: list | None = None, **kwargs):
        super().__init__(wf_spec, bpmn_id, **kwargs)
        self.manual = False
        self.called_element = called_element
        self.binding = binding
        self.version = version
        # [(source, target)], (ALL, ALL) for variables="all"; None: no mapping was written
        self.map_in = map_in
        self.map_out = map_out

    def _run_hook(self, my_task) -> None:
        return None  # STARTED: the called case runs outside this workflow


def outcome_variable(called_element: str) -> str:
    """``hasil_<calledElement>`` as a name a gateway condition can read (other characters
    become ``_``): ``SOP-Rapat.v2`` -> ``hasil_SOP_Rapat_v2``."""
    return "hasil_" + re.sub(r"\W", "_", called_element)


def mapped(mapping: list | None, data: dict[str, Any]) -> dict[str, Any]:
    """The variables a mapping carries from ``data`` (all of them when no mapping was written,
    as the issue asks; Camunda itself carries none then)."""
    if mapping is None:
        return dict(data)
    result: dict[str, Any] = {}
    for source, target in mapping:
        if source == ALL:
            result.update(data)
        elif source in data:
            result[target or source] = data[source]
    return result


class CallActivityParser(TaskParser):
    """Reads calledElement, the binding and the camunda:in / camunda:out mappings. Deployment
    (engine.call_checks) refuses what is missing or wrong, naming the element and line; this
    parser stays lenient so that the refusal is written once, in both languages."""

    def create_task(self) -> CallActivityTask:
        node = self.node
        raw_version = node.get(f"{{{CAMUNDA_NS}}}calledElementVersion")
        version = int(raw_version) if raw_version and raw_version.strip().isdigit() else None
        return CallActivityTask(
            self.spec, self.bpmn_id, called_element=(node.get("calledElement") or "").strip(),
            binding=node.get(f"{{{CAMUNDA_NS}}}calledElementBinding") or LATEST,
            version=version, map_in=mappings(node, "in"), map_out=mappings(node, "out"),
            **self.bpmn_attributes)


def mappings(node, kind: str) -> list | None:
    """[(source, target)] of a call activity's camunda:in or camunda:out (None when the element
    has neither kind: everything is carried). A businessKey entry carries no variable."""
    found = node.findall(f"{{*}}extensionElements/{{{CAMUNDA_NS}}}in") + node.findall(
        f"{{*}}extensionElements/{{{CAMUNDA_NS}}}out")
    if not found:
        return None
    result = []
    for el in node.findall(f"{{*}}extensionElements/{{{CAMUNDA_NS}}}{kind}"):
        if el.get("variables") == "all":
            result.append((ALL, ALL))
        elif el.get("source"):
            result.append((el.get("source"), el.get("target") or el.get("source")))
    return result


class CallActivityTaskConverter(BpmnTaskSpecConverter):
    """Serialises the spec (the state store never stores specs, but a registry that meets one
    must know it)."""

    def to_dict(self, spec: CallActivityTask) -> dict[str, Any]:
        dct = self.get_default_attributes(spec)
        dct.update(called_element=spec.called_element, binding=spec.binding,
                   version=spec.version, map_in=spec.map_in, map_out=spec.map_out)
        return dct

    def from_dict(self, dct: dict[str, Any]) -> CallActivityTask:
        return self.task_spec_from_dict(dct)
