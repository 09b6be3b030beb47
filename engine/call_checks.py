"""Deployment checks of call activities: what would fail when a case reaches one is refused
before anything is stored, naming the element and its line in both languages.

Refused: a call activity without ``calledElement``; one whose called SOP is neither deployed
nor in the same deployment; a binding other than ``latest`` / ``version``; a pinned version that
is not a number or does not exist; a ``camunda:in`` / ``camunda:out`` with an expression
(``sourceExpression``: not run by this engine); and a cycle of calls (A calls B calls A, through
the files deployed now and the latest deployed versions of the SOPs they call).
"""

from __future__ import annotations

from lxml import etree
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .call_spec import CAMUNDA_NS, LATEST, VERSION
from .model_problem import ModelProblem
from .models import ProcessDefinition
from .xmlsafe import parse_bpmn

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"


def model_problems(session: Session, checked: list) -> list[tuple[str, ModelProblem]]:
    """(resource, problem) for every call activity of the checked processes
    (engine.deployment.CheckedProcess) that cannot run."""
    calls = {proc.key: _calls_of(proc.xml, proc.key) for proc in checked}
    if not any(calls.values()):
        return []
    resources = {proc.key: proc.resource for proc in checked}
    versions = _deployed_versions(session, {el.get("calledElement", "").strip()
                                            for found in calls.values() for el in found})
    problems: list[tuple[str, ModelProblem]] = []
    for key, found in calls.items():
        for el in found:
            problem = _problem(el, versions, set(calls))
            if problem is not None:
                problems.append((resources[key], problem))
    if not problems:
        problems.extend(_cycles(session, calls, resources))
    return problems


def _calls_of(xml: str, key: str) -> list[etree._Element]:
    root = parse_bpmn(xml.encode("utf-8")).getroot()
    proc = root.find(f"{{{BPMN_NS}}}process[@id='{key}']")
    return [] if proc is None else list(proc.iter(f"{{{BPMN_NS}}}callActivity"))


def _deployed_versions(session: Session, keys: set[str]) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    if keys:
        for key, version in session.execute(select(
                ProcessDefinition.key, ProcessDefinition.version)
                .where(ProcessDefinition.key.in_(sorted(keys)))):
            found.setdefault(key, set()).add(version)
    return found


def _element(el: etree._Element) -> str:
    return f"bpmn:callActivity '{el.get('id')}'"


def element_problems(proc: etree._Element) -> list[ModelProblem]:
    """What is wrong with the call activities of one process as written (no database): run
    with the other per-file checks, so a missing calledElement is named before the conditions
    that read its outcome."""
    return [p for el in proc.iter(f"{{{BPMN_NS}}}callActivity")
            if (p := _written_problem(el)) is not None]


def _written_problem(el: etree._Element) -> ModelProblem | None:
    called = (el.get("calledElement") or "").strip()
    line, element = el.sourceline, _element(el)
    if not called:
        return ModelProblem(
            line, element, "a call activity must name the SOP it calls: set calledElement "
            "(Called element in Camunda Modeler) to the process id of a deployed SOP",
            "call activity harus menyebut SOP yang dipanggil: isi calledElement (Called "
            "element di Camunda Modeler) dengan id proses SOP yang sudah diterapkan")
    binding = el.get(f"{{{CAMUNDA_NS}}}calledElementBinding") or LATEST
    if binding not in (LATEST, VERSION):
        return ModelProblem(
            line, element, f"binding '{binding}' is not supported: use 'latest' or 'version'",
            f"binding '{binding}' tidak didukung: gunakan 'latest' atau 'version'")
    raw = (el.get(f"{{{CAMUNDA_NS}}}calledElementVersion") or "").strip()
    if binding == VERSION and not raw.isdigit():
        return ModelProblem(
            line, element, f"binding 'version' needs calledElementVersion as a number, not "
            f"'{raw}'", f"binding 'version' memerlukan calledElementVersion berupa angka, "
            f"bukan '{raw}'")
    for io in el.iter(f"{{{CAMUNDA_NS}}}in", f"{{{CAMUNDA_NS}}}out"):
        if io.get("sourceExpression"):
            return ModelProblem(
                io.sourceline, element, "camunda:in / camunda:out sourceExpression is not "
                "run by this engine: map a variable with source and target",
                "sourceExpression pada camunda:in / camunda:out tidak dijalankan mesin ini: "
                "petakan variabel dengan source dan target")
    return None


def _problem(el: etree._Element, versions: dict[str, set[int]], here: set[str]
             ) -> ModelProblem | None:
    """What the database decides: the called SOP and the pinned version exist."""
    written = _written_problem(el)
    if written is not None:
        return written
    called = el.get("calledElement").strip()
    if called not in versions and called not in here:
        return ModelProblem(
            el.sourceline, _element(el), f"calls SOP '{called}', which is neither deployed "
            "nor in this deployment; deploy it first or together with this file",
            f"memanggil SOP '{called}' yang belum diterapkan dan tidak ada dalam penerapan "
            "ini; terapkan SOP itu lebih dulu atau bersama berkas ini")
    if (el.get(f"{{{CAMUNDA_NS}}}calledElementBinding") or LATEST) == VERSION:
        return _version_problem(el, called, versions.get(called, set()), called in here)
    return None


def _version_problem(el: etree._Element, called: str, deployed: set[int],
                     deployed_now: bool) -> ModelProblem | None:
    raw = (el.get(f"{{{CAMUNDA_NS}}}calledElementVersion") or "").strip()
    line, element = el.sourceline, _element(el)
    reachable = deployed | ({max(deployed, default=0) + 1} if deployed_now else set())
    if int(raw) not in reachable:
        have = ", ".join(str(v) for v in sorted(deployed)) or "-"
        return ModelProblem(
            line, element, f"calls version {raw} of SOP '{called}', which does not exist "
            f"(deployed versions: {have})", f"memanggil versi {raw} SOP '{called}' yang "
            f"tidak ada (versi yang diterapkan: {have})")
    return None


def _cycles(session: Session, calls: dict[str, list[etree._Element]],
            resources: dict[str, str]) -> list[tuple[str, ModelProblem]]:
    """A call activity through which its own SOP calls itself again, once per cycle."""
    graph = {key: [(el.get("calledElement", "").strip(), el) for el in found]
             for key, found in calls.items()}
    problems, reported = [], set()
    for start in calls:
        path = _cycle_from(session, graph, start, [start])
        if path is None or frozenset(path) in reported:
            continue
        reported.add(frozenset(path))
        first = next(el for called, el in graph[start] if called == path[1])
        chain = " -> ".join(path + [start])
        problems.append((resources[start], ModelProblem(
            first.sourceline, _element(first), f"calls form a cycle ({chain}): a case would "
            "start itself again without end", f"panggilan SOP membentuk lingkaran ({chain}): "
            "berkas akan memulai dirinya sendiri tanpa akhir")))
    return problems


def _cycle_from(session: Session, graph: dict, start: str, path: list[str]
                ) -> list[str] | None:
    for called, _el in _edges(session, graph, path[-1]):
        if called == start:
            return path
        if called in path or len(path) > 50:
            continue
        found = _cycle_from(session, graph, start, path + [called])
        if found is not None:
            return found
    return None


def _edges(session: Session, graph: dict, key: str) -> list:
    """The calls of ``key``: from this deployment, else from its latest deployed version."""
    if key not in graph:
        latest = session.scalars(select(ProcessDefinition).where(
            ProcessDefinition.key == key, ProcessDefinition.version == select(
                func.max(ProcessDefinition.version)).where(ProcessDefinition.key == key)
            .scalar_subquery())).first()
        found = _calls_of(latest.bpmn_xml, key) if latest is not None else []
        graph[key] = [(el.get("calledElement", "").strip(), el) for el in found]
    return graph[key]
