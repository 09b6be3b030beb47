"""Library checks over every BPMN file in bpmn/ and over the fixture tables' BPMN: XSD,
SpiffWorkflow parsing, lanes, decisions, reachability, DI, modeler tooling (bpmnlint and
bpmn-moddle) and a run of every process along each planned path."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import deque
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from SpiffWorkflow.camunda.parser import CamundaParser
from walker import END, load_workflow, plan_paths, walk

from engine.soptable.exporter import bpmn_to_table
from engine.soptable.importer import import_paths
from engine.soptable.model import table_to_dict
from engine.soptable.verify import verify_bpmn, xsd_problems

ROOT = Path(__file__).resolve().parent.parent
REPO_FILES = sorted(ROOT.glob("bpmn/**/*.bpmn"))
FIXTURE_NAMES = sorted(p.stem for p in (ROOT / "tests/fixtures/tables").rglob("*.yaml"))
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "di": "http://www.omg.org/spec/DD/20100524/DI"}
NODES = ("startEvent", "endEvent", "userTask", "task", "manualTask", "serviceTask",
         "scriptTask", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
         "intermediateCatchEvent", "intermediateThrowEvent", "callActivity", "subProcess")
OURS = "sop-engine soptable"
PARAMS = [("repo", p.relative_to(ROOT).as_posix()) for p in REPO_FILES] + \
         [("fixture", n) for n in FIXTURE_NAMES]


@pytest.fixture(scope="session")
def fixture_library(tmp_path_factory) -> Path:
    """The fixture tables imported with the library's own importer."""
    out = tmp_path_factory.mktemp("fixture_bpmn")
    result = import_paths([ROOT / "tests/fixtures/tables"], out)
    assert result.problems == []
    return out


@pytest.fixture(scope="session")
def all_files(fixture_library) -> list[Path]:
    return REPO_FILES + sorted(fixture_library.rglob("*.bpmn"))


@pytest.fixture(params=PARAMS, ids=[f"{k}:{v}" for k, v in PARAMS])
def bpmn(request, fixture_library) -> Path:
    kind, name = request.param
    if kind == "repo":
        return ROOT / name
    return next(fixture_library.rglob(f"{name}.bpmn"))


@cache
def _tree(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


def processes(path: Path) -> list[etree._Element]:
    return [p for p in _tree(path).getroot().iterfind("bpmn:process", NS)
            if p.get("isExecutable") == "true"]


def flow_nodes(proc) -> dict[str, etree._Element]:
    return {el.get("id"): el for el in proc
            if isinstance(el.tag, str) and etree.QName(el).localname in NODES}


def seq_flows(proc) -> list[etree._Element]:
    return proc.findall("bpmn:sequenceFlow", NS)


# -- model -------------------------------------------------------------------------------------

def test_xsd_valid(bpmn):
    assert xsd_problems(bpmn) == []


def test_parsed_by_camunda_parser_and_tasks_in_lanes(bpmn):
    parser = CamundaParser()
    parser.add_bpmn_file(str(bpmn))
    for proc in processes(bpmn):
        spec = parser.get_spec(proc.get("id"))
        lane_of = {ref.text: lane.get("name")
                   for lane in proc.iterfind("bpmn:laneSet/bpmn:lane", NS)
                   for ref in lane.iterfind("bpmn:flowNodeRef", NS)}
        user_tasks = proc.findall("bpmn:userTask", NS)
        assert user_tasks, "a process without user tasks"
        for task in user_tasks:
            lane = spec.task_specs[task.get("id")].lane
            assert lane, f"{task.get('id')} is in no lane"
            assert lane == lane_of[task.get("id")]


def test_diverging_gateways_have_named_conditioned_flows(bpmn):
    for proc in processes(bpmn):
        for gw in proc.iterfind("bpmn:exclusiveGateway", NS):
            out = [f for f in seq_flows(proc) if f.get("sourceRef") == gw.get("id")]
            if len(out) < 2:
                continue
            assert (gw.get("name") or "").strip(), f"{gw.get('id')} has no question"
            for f in out:
                assert (f.get("name") or "").strip(), f"{f.get('id')} has no label"
                cond = f.findtext("bpmn:conditionExpression", default="", namespaces=NS)
                assert cond.strip(), f"{f.get('id')} has no condition"


def _reach(starts, edges) -> set[str]:
    seen, todo = set(starts), deque(starts)
    while todo:
        for nxt in edges.get(todo.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_every_node_reachable_from_start_and_reaching_an_end(bpmn):
    for proc in processes(bpmn):
        nodes = flow_nodes(proc)
        fwd: dict[str, list[str]] = {}
        back: dict[str, list[str]] = {}
        for f in seq_flows(proc):
            fwd.setdefault(f.get("sourceRef"), []).append(f.get("targetRef"))
            back.setdefault(f.get("targetRef"), []).append(f.get("sourceRef"))
        kinds = {nid: etree.QName(el).localname for nid, el in nodes.items()}
        starts = [n for n, k in kinds.items() if k == "startEvent"]
        ends = [n for n, k in kinds.items() if k == "endEvent"]
        assert len(starts) == 1 and ends
        assert set(nodes) - _reach(starts, fwd) == set(), "unreachable from the start"
        assert set(nodes) - _reach(ends, back) == set(), "cannot reach an end"


# -- diagram interchange -------------------------------------------------------------------------

def _di(path: Path):
    root = _tree(path).getroot()
    shapes = {s.get("bpmnElement"): s for s in root.iter(f"{{{NS['bpmndi']}}}BPMNShape")}
    edges = {e.get("bpmnElement"): e for e in root.iter(f"{{{NS['bpmndi']}}}BPMNEdge")}
    return root, shapes, edges


def _bounds(el) -> tuple[float, float, float, float]:
    b = el.find("dc:Bounds", NS)
    assert b is not None
    return tuple(float(b.get(k)) for k in ("x", "y", "width", "height"))


def test_di_for_every_participant_lane_node_and_flow(bpmn):
    root, shapes, edges = _di(bpmn)
    plane = root.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane", NS)
    collab = root.find("bpmn:collaboration", NS)
    assert plane is not None and collab is not None
    assert plane.get("bpmnElement") == collab.get("id")
    for part in collab.iterfind("bpmn:participant", NS):
        assert shapes[part.get("id")].get("isHorizontal") == "true"
        _bounds(shapes[part.get("id")])
    for proc in processes(bpmn):
        for lane in proc.iterfind("bpmn:laneSet/bpmn:lane", NS):
            _bounds(shapes[lane.get("id")])
        for nid in flow_nodes(proc):
            assert nid in shapes, f"no shape for {nid}"
            assert _bounds(shapes[nid])[2] > 0
        gateways = {g.get("id") for g in proc.iterfind("bpmn:exclusiveGateway", NS)}
        for f in seq_flows(proc):
            edge = edges.get(f.get("id"))
            assert edge is not None, f"no edge for {f.get('id')}"
            assert len(edge.findall("di:waypoint", NS)) >= 2
            if f.get("sourceRef") in gateways and f.get("name"):
                label = edge.find("bpmndi:BPMNLabel", NS)
                assert label is not None, f"no label for {f.get('id')}"
                _bounds(label)


def _hits(box, a, b) -> bool:
    x, y, w, h = box
    (x1, y1), (x2, y2) = a, b
    if x1 == x2:
        return x < x1 < x + w and min(y1, y2) < y + h and max(y1, y2) > y
    if y1 == y2:
        return y < y1 < y + h and min(x1, x2) < x + w and max(x1, x2) > x
    return False


def test_generated_edges_cross_no_shape(bpmn):
    """Our layout's promise; files a designer re-saved in a modeler are exempt."""
    root, shapes, edges = _di(bpmn)
    if root.get("exporter") != OURS:
        pytest.skip("edited in a modeler: the layout is the designer's")
    for proc in processes(bpmn):
        boxes = {nid: _bounds(shapes[nid]) for nid in flow_nodes(proc)}
        for f in seq_flows(proc):
            pts = [(float(p.get("x")), float(p.get("y")))
                   for p in edges[f.get("id")].findall("di:waypoint", NS)]
            for a, b in zip(pts, pts[1:], strict=False):
                assert a[0] == b[0] or a[1] == b[1], f"{f.get('id')} is not orthogonal"
                for nid, box in boxes.items():
                    if nid not in (f.get("sourceRef"), f.get("targetRef")):
                        assert not _hits(box, a, b), f"{f.get('id')} crosses {nid}"


# -- running the processes -------------------------------------------------------------------------

def test_walk_every_path(bpmn):
    plans = plan_paths(bpmn)
    assert plans
    for plan in plans:
        workflow = load_workflow(bpmn, plan.process_id)
        trace = walk(workflow, plan.choices)
        assert workflow.is_completed(), plan.name
        assert trace, plan.name
        if not plan.decision_task:
            assert len(trace) == len(set(trace)), f"all-Ya path repeats a task: {trace}"
            continue
        first = trace.index(plan.decision_task)
        if plan.tidak_leads_to == END:
            assert first == len(trace) - 1, f"{plan.name}: Tidak should end: {trace}"
        else:
            assert trace[first + 1] == plan.tidak_leads_to, f"{plan.name}: {trace}"
            order = _task_order(bpmn, plan.process_id)  # a redo, or a skip ahead?
            back = order.index(plan.tidak_leads_to) <= order.index(plan.decision_task)
            assert trace.count(plan.decision_task) == (2 if back else 1) or \
                plan.tidak_leads_to == plan.decision_task, f"{plan.name}: {trace}"


def _task_order(bpmn: Path, process_id: str) -> list[str]:
    """Task ids in document order (the importer writes them in step order)."""
    proc = next(p for p in processes(bpmn) if p.get("id") == process_id)
    return [nid for nid, el in flow_nodes(proc).items()
            if etree.QName(el).localname in ("userTask", "task", "manualTask", "callActivity")]


# -- modeler tooling ------------------------------------------------------------------------------

def _node_tool(name: str) -> Path:
    tool = ROOT / "node_modules" / ".bin" / name
    if tool.exists() and shutil.which("node"):
        return tool
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{tool} missing on CI: run `npm ci` in {ROOT}")
    pytest.skip(f"node_modules absent (run `npm ci`): {name} checks skipped outside CI")


def _by_file(output: str) -> dict[str, list[str]]:
    """bpmnlint's report: a file name line, then indented problems."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in output.splitlines():
        if line.strip() and not line.startswith(" ") and line.strip().endswith(".bpmn"):
            current = line.strip()
        elif re.search(r"\b(error|warning)\b", line) and line.startswith(" "):
            out.setdefault(current, []).append(line.strip())
    return out


def test_bpmnlint_clean(all_files):
    tool = _node_tool("bpmnlint")
    done = subprocess.run([str(tool), "-c", str(ROOT / ".bpmnlintrc"),
                           *map(str, all_files)], capture_output=True, text=True, cwd=ROOT)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    ours = {str(p) for p in all_files if _tree(p).getroot().get("exporter") == OURS}
    warned = {f: w for f, w in _by_file(report).items() if f in ours}
    assert warned == {}, report


def test_moddle_import_clean(all_files):
    _node_tool("bpmnlint")
    done = subprocess.run(["node", str(ROOT / "scripts/moddle_check.mjs"),
                           *map(str, all_files)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(all_files)} file(s) checked, 0 moddle warning(s)" in done.stderr


def test_modeler_resave_keeps_table_and_engine_view(all_files, tmp_path):
    """Saved back by bpmn-moddle + camunda (what Camunda Modeler writes), every file still
    validates, parses with its forms, and exports to the very same table."""
    _node_tool("bpmnlint")
    out = tmp_path / "resaved"
    done = subprocess.run(["node", str(ROOT / "scripts/moddle_check.mjs"), "--resave", str(out),
                           *map(str, all_files)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    for original in all_files:
        resaved = out / original.name
        assert verify_bpmn(resaved) == []
        assert table_to_dict(bpmn_to_table(resaved)) == table_to_dict(bpmn_to_table(original))
        for proc in processes(original):
            fields = [f.id for f in load_workflow(resaved, proc.get("id")).spec
                      .task_specs["langkah_01"].form.fields]
            assert "output" in fields
