"""Embedded sub-processes (``bpmn:subProcess``): their specs travel with the top spec.

SpiffWorkflow runs an embedded sub-process as a sub-workflow of the case, built from its own
spec, which it asks for by name when the sub-process starts. The spec cache keeps one object per
definition, so the sub-process specs hang on it (``spec.subprocess_specs``) and every
``BpmnWorkflow`` of the definition gets them from there.

Two product rules are applied here once, at parse time:
- a step inside a sub-process belongs to the lane of the sub-process unless a lane lists the
  step itself (SpiffWorkflow gives every inner node the sub-process's lane);
- ``spec.task_specs.get(step_id)`` finds inner steps too, so the many readers of a step's form,
  properties and lane (pages, documents, separation of duties) need no second lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree
from SpiffWorkflow.bpmn.specs.defaults import SubWorkflowTask
from SpiffWorkflow.util.task import TaskState

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"


class StepSpecs(dict):
    """The top spec's task specs, falling back to the steps of its sub-processes on a miss
    (BPMN ids are unique in a file; the internal names Start/End resolve to the top's)."""

    def __init__(self, own: dict, inner: list[dict]):
        super().__init__(own)
        self.inner = inner

    def __missing__(self, name: str) -> Any:
        for specs in self.inner:
            if name in specs:
                return specs[name]
        raise KeyError(name)

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default


def is_embedded(task_spec: Any) -> bool:
    """An embedded sub-process (not a call activity, which engine.calls runs as a case)."""
    return type(task_spec) is SubWorkflowTask


def embedded_specs(parser: Any, spec: Any) -> dict[str, Any]:
    """The specs of every embedded sub-process of ``spec``, nested ones included, by name."""
    found: dict[str, Any] = {}
    todo = [spec]
    while todo:
        current = todo.pop()
        for task_spec in current.task_specs.values():
            if is_embedded(task_spec) and task_spec.spec not in found:
                found[task_spec.spec] = parser.get_spec(task_spec.spec)
                todo.append(found[task_spec.spec])
    return found


def own_lanes(root: etree._Element, key: str) -> dict[str, str]:
    """{node id: lane} for every node inside a sub-process of process ``key``: the lane that
    lists the node itself, else the lane of the nearest enclosing sub-process that has one."""
    process = root.find(f"{{{BPMN_NS}}}process[@id='{key}']")
    if process is None:
        return {}
    listed = {ref.text.strip(): ref.getparent().get("name")
              for ref in process.iter(f"{{{BPMN_NS}}}flowNodeRef") if ref.text}
    lanes: dict[str, str] = {}
    for sub in process.iter(f"{{{BPMN_NS}}}subProcess"):
        for node in sub.iter():
            if node is sub or not isinstance(node.tag, str) or not node.get("id"):
                continue
            lane = _nearest_lane(node, process, listed)
            if lane:
                lanes[node.get("id")] = lane
    return lanes


def _nearest_lane(node: etree._Element, process: etree._Element,
                  listed: dict[str, str]) -> str | None:
    while node is not None and node is not process:
        lane = listed.get(node.get("id") or "")
        if lane:
            return lane
        node = node.getparent()
    return None


def attach(spec: Any, subprocess_specs: dict[str, Any], lanes: dict[str, str]) -> None:
    """Hang the sub-process specs on ``spec``, give inner steps their own lanes, and let
    ``spec.task_specs`` find inner steps."""
    for sub in subprocess_specs.values():
        for task_spec in sub.task_specs.values():
            lane = lanes.get(getattr(task_spec, "bpmn_id", None) or "")
            if lane:
                task_spec.lane = lane
    for owner in [spec, *subprocess_specs.values()]:
        for task_spec in owner.task_specs.values():
            if is_embedded(task_spec):  # engine.starting walks into it and out again
                task_spec.embedded_spec = subprocess_specs.get(task_spec.spec)
                if task_spec.embedded_spec is not None:
                    task_spec.embedded_spec.owner_spec = task_spec
    spec.subprocess_specs = subprocess_specs
    if subprocess_specs:
        spec.task_specs = StepSpecs(spec.task_specs,
                                    [s.task_specs for s in subprocess_specs.values()])


def specs_of(spec: Any) -> dict[str, Any]:
    """The sub-process specs a ``BpmnWorkflow`` of ``spec`` needs (empty for a plain SOP)."""
    return getattr(spec, "subprocess_specs", None) or {}


def all_task_specs(spec: Any) -> Iterator[Any]:
    """Every task spec of the process, those inside its sub-processes included."""
    yield from dict.values(spec.task_specs)
    for sub in specs_of(spec).values():
        yield from sub.task_specs.values()


def inner_spec(spec: Any, task_spec: Any) -> Any:
    """The spec run by embedded sub-process ``task_spec`` of ``spec`` (None otherwise)."""
    if not is_embedded(task_spec):
        return None
    return specs_of(spec).get(task_spec.spec)



def completed_tasks(workflow: Any) -> list[Any]:
    """Every completed task of the case, those of its sub-processes included (finished ones
    too: SpiffWorkflow's ``get_tasks`` does not look inside a finished sub-process), in the
    order they ran: each sub-process's nodes come right before the sub-process itself."""
    return _in_order(workflow, workflow)


def _in_order(current: Any, top: Any) -> list[Any]:
    ordered = sorted((t for t in current.tasks.values() if t.state == TaskState.COMPLETED),
                     key=lambda t: t.depth)  # the completed nodes of one call form a chain
    for owner_id, sub in top.subprocesses.items():
        if owner_id not in current.tasks:
            continue
        ids = [t.id for t in ordered]
        at = ids.index(owner_id) if owner_id in ids else len(ordered)
        ordered[at:at] = _in_order(sub, top)
    return ordered


def flow_source(task: Any) -> Any:
    """The nearest BPMN node before ``task``: up its tree, else the sub-process that runs it
    (the first node inside a sub-process comes from the sub-process)."""
    source = task.parent
    while source is not None and not getattr(source.task_spec, "bpmn_id", None):
        source = source.parent
    if source is not None:
        return source
    owner_id = getattr(task.workflow, "parent_task_id", None)
    return None if owner_id is None else task.workflow.top_workflow.get_task_from_id(owner_id)


def after_subprocess(task_spec: Any) -> list[Any]:
    """What follows the sub-process whose last node ``task_spec`` is (nothing at the top)."""
    owner = getattr(getattr(task_spec, "_wf_spec", None), "owner_spec", None)
    return list(owner.outputs) if owner is not None else []
