"""Drive a BPMN process with SpiffWorkflow along planned paths (reusable by engine/API tests).

``plan_paths(bpmn_path)`` reads the diagram and returns one plan for the all-Ya path plus one
per decision (Tidak the first time that decision is reached, Ya afterwards), each with where
its Tidak must lead. ``walk(workflow, choices)`` completes READY user tasks with data that
satisfies their form (every kelengkapan checked, keputusan chosen, reasons given) until the
workflow ends, and returns the ids of the tasks it completed, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState

from engine.call_spec import CallActivityTask
from engine.parsing import new_parser

NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
CONDITION = re.compile(r"""keputusan\s*==\s*["']([^"']+)["']""")
YA, TIDAK = "Ya", "Tidak"
END = "<end>"


@dataclass(frozen=True)
class PathPlan:
    """One path through a process: ``choices`` maps a decision task id to the value chosen
    the first time it is completed (later completions choose Ya)."""

    name: str
    process_id: str
    choices: dict[str, str] = field(default_factory=dict)
    decision_task: str = ""   # the task whose first answer is Tidak ("" for all-Ya)
    tidak_leads_to: str = ""  # task id the Tidak flow reaches, or END


def plan_paths(bpmn_path: str | Path) -> list[PathPlan]:
    """All-Ya plus one Tidak plan per decision, for every executable process in the file."""
    root = etree.parse(str(bpmn_path)).getroot()
    plans = []
    for proc in root.iterfind("bpmn:process", NS):
        if proc.get("isExecutable") != "true":
            continue
        pid = proc.get("id")
        plans.append(PathPlan("all-ya", pid))
        for task_id, target in _decisions(proc):
            plans.append(PathPlan(f"tidak@{task_id}", pid, {task_id: TIDAK}, task_id, target))
    return plans


def _decisions(proc: etree._Element) -> list[tuple[str, str]]:
    """(decision task id, where its Tidak leads) in document order."""
    flows = proc.findall("bpmn:sequenceFlow", NS)
    nodes = {el.get("id"): el for el in proc if isinstance(el.tag, str) and el.get("id")}
    out = []
    for gw in proc.iterfind("bpmn:exclusiveGateway", NS):
        outgoing = [f for f in flows if f.get("sourceRef") == gw.get("id")]
        tidak = [f for f in outgoing if _condition_value(f) == TIDAK]
        if len(outgoing) < 2 or not tidak:
            continue
        for inc in (f for f in flows if f.get("targetRef") == gw.get("id")):
            out.append((inc.get("sourceRef"), _resolve(tidak[0], flows, nodes)))
    return out


def _condition_value(flow: etree._Element) -> str | None:
    m = CONDITION.search(flow.findtext("bpmn:conditionExpression", default="", namespaces=NS))
    return m.group(1) if m else None


def _resolve(flow: etree._Element, flows: list, nodes: dict) -> str:
    """Follow a flow through gateways with one way out to the task (or end) it reaches."""
    for _ in range(len(nodes) + 1):
        target = nodes[flow.get("targetRef")]
        kind = etree.QName(target).localname
        if kind == "endEvent":
            return END
        if kind != "exclusiveGateway":
            return target.get("id")
        flow = next(f for f in flows if f.get("sourceRef") == target.get("id"))
    raise ValueError("gateway cycle")


def load_workflow(bpmn_path: str | Path, process_id: str) -> BpmnWorkflow:
    """A fresh workflow of one process, parsed the way the engine parses it."""
    parser = new_parser()  # the engine's parser: its own call activity (engine.call_spec)
    parser.add_bpmn_file(str(bpmn_path))
    return BpmnWorkflow(parser.get_spec(process_id))


def walk(workflow: BpmnWorkflow, choices: dict[str, str] | None = None,
         max_tasks: int = 1000) -> list[str]:
    """Complete READY user tasks until the end; returns completed task ids in order."""
    pending = dict(choices or {})
    trace: list[str] = []
    workflow.do_engine_steps()
    while not workflow.is_completed():
        ready = workflow.get_tasks(state=TaskState.READY, manual=True)
        if not ready and _end_called(workflow, trace):
            continue
        if not ready:
            raise AssertionError(f"stuck after {trace}: no READY user task, not completed")
        task = ready[0]
        name = task.task_spec.bpmn_id or task.task_spec.name
        task.data.update(form_data(task.task_spec, pending.pop(name, YA)))
        task.run()
        trace.append(name)
        workflow.do_engine_steps()
        if len(trace) > max_tasks:
            raise AssertionError(f"more than {max_tasks} tasks: a loop that never ends?")
    return trace


def _end_called(workflow: BpmnWorkflow, trace: list[str]) -> bool:
    """Complete a waiting call activity as the engine does when the called SOP's case ends
    (engine.calls); False when none waits."""
    waiting = [t for t in workflow.get_tasks(state=TaskState.STARTED)
               if isinstance(t.task_spec, CallActivityTask)]
    if not waiting:
        return False
    waiting[0].complete()
    trace.append(waiting[0].task_spec.bpmn_id)
    workflow.do_engine_steps()
    return True


def form_data(spec, choice: str) -> dict:
    """Data that satisfies the task's form: checkboxes True, texts filled, keputusan set."""
    data: dict = {"keputusan": choice}
    form = getattr(spec, "form", None)
    for f in getattr(form, "fields", []) or []:
        if f.type == "boolean":
            data[f.id] = True
        elif f.type == "enum" and f.id != "keputusan":
            data[f.id] = f.options[0].id if f.options else ""
        elif f.type in ("long", "integer"):
            data[f.id] = 1
        elif f.id not in data:
            data[f.id] = f"uji {f.id}"
    if choice != YA:
        data["alasan"] = "Dikembalikan untuk perbaikan (uji)"
    return data
