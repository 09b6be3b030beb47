"""BPMN -> table. The BPMN is the single source of truth: designers edit it in Camunda Modeler,
so everything is read from the model itself, not from what the importer once wrote:

- step order from the flow (a topological order of the graph without its back flows, ties
  broken by the ``no`` property, then by diagram x) so added or moved tasks get their place; a
  decision's flow is back when it leads to its own task or an earlier one (by ``no``, else by
  x), so a Tidak that skips ahead orders steps like any forward flow;
- uraian from task names, pelaksana from lane membership, the pelaksana list from lane order
  (top to bottom in the diagram), kelengkapan from the ``kelengkapan_N`` form fields;
- decisions from the gateway after a task: its name is the question, the flows whose
  conditions test ``keputusan == "Ya"`` / ``"Tidak"`` give targets and labels;
- the rest (waktu, output, keterangan, catatan, identity) from ``camunda:properties``.

Anything a table cannot say (a plain flow that jumps, a gateway without Ya/Tidak conditions)
is an error naming the element, never a silent guess.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from lxml import etree

from . import isian
from .bpmnxml import json_list
from .model import (
    SELESAI,
    Instansi,
    Keputusan,
    Langkah,
    Pengesah,
    SopTable,
    Sumber,
    TableError,
    display_path,
    table_to_dict,
)
from .pemisahan import PROPERTY as PEMISAHAN
from .pemisahan import checked_by_rule
from .reader import BpmnModel, ModelError, branch_of, read_model
from .semantic import IDENTITY_LISTS, IDENTITY_SCALARS
from .validate import validate_data
from .yamlout import dump_table


def bpmn_to_table(path: str | Path, process_id: str | None = None) -> SopTable:
    """Read one process of a BPMN file back into a validated table (TableError if not)."""
    name = display_path(path)
    problems: list[str] = []
    try:
        model = read_model(path, process_id)
        table = model_to_table(model, problems)
    except ModelError as exc:
        raise TableError([f"{name}: {exc}"]) from exc
    if not problems:
        problems = validate_data(table_to_dict(table), name)
    if problems:
        raise TableError([p if p.startswith(name) else f"{name}: {p}" for p in problems])
    table.source = str(path)
    return table


def model_to_table(model: BpmnModel, problems: list[str]) -> SopTable:
    """The table of a read BPMN model, appending to ``problems`` what it cannot carry: what
    ``sop export`` writes, and what the SOP AP document (reports.sop_model) draws."""
    order = step_order(model)
    numbers = {tid: i for i, tid in enumerate(order, 1)}
    steps = [_step(model, tid, numbers, problems) for tid in order]
    for i, tid in enumerate(order, 1):
        _check_plain_flow(model, tid, i, numbers, problems)
    table = SopTable(id=model.process_id, instansi=Instansi(kode=""), nama=model.process_name,
                     pelaksana=[lane.name for lane in model.lanes], langkah=steps)
    _identity(table, model)
    _separation_opt_outs(table, model, order)
    return table


def step_order(model: BpmnModel) -> list[str]:
    """Tasks in document order: Kahn's algorithm over forward flows (back flows left out)."""
    edges = {tid: model.forward_targets(tid) for tid in model.tasks}
    indegree = {tid: 0 for tid in model.tasks}
    for targets in edges.values():
        for t in targets:
            if t in indegree:
                indegree[t] += 1
    ready = [t for t, d in indegree.items() if d == 0]
    order: list[str] = []
    while ready:
        ready.sort(key=model.order_key)
        tid = ready.pop(0)
        order.append(tid)
        for t in edges[tid]:
            if t in indegree:
                indegree[t] -= 1
                if indegree[t] == 0:
                    ready.append(t)
    if len(order) < len(model.tasks):
        stuck = sorted(set(model.tasks) - set(order))
        raise ModelError(f"{', '.join(stuck)}: a cycle without a flow going back; loops must "
                         "go back through a decision's Ya or Tidak to its own or an earlier "
                         "task")
    return order


def _step(model: BpmnModel, tid: str, numbers: dict[str, int],
          problems: list[str]) -> Langkah:
    el, props = model.tasks[tid], model.task_props(tid)
    step = Langkah(no=numbers[tid], uraian=el.get("name", "").strip(),
                   pelaksana=model.lane_of(tid, problems), kelengkapan=model.kelengkapan(tid),
                   waktu=props.get("waktu", ""), output=model.output(tid),
                   keterangan=props.get("keterangan", ""), catatan=props.get("catatan", ""),
                   panggil=model.called(tid), eskalasi=tid in model.escalations)
    step.isian, lost = isian.read(el, tid)
    for message in lost:  # named, never dropped silently (sop table export prints them)
        warnings.warn(message, isian.IsianWarning, stacklevel=2)
    gateway = model.decision_after(tid)
    if gateway is not None:
        step.keputusan = _keputusan(model, gateway, props, numbers, problems)
    return step


def _keputusan(model: BpmnModel, gateway: etree._Element, props: dict,
               numbers: dict[str, int], problems: list[str]) -> Keputusan | None:
    gid = gateway.get("id")
    branches: dict[str, etree._Element] = {}
    for flow in model.outgoing(gid):
        branch = branch_of(flow)
        if branch is None or branch in branches:
            problems.append(f"{gid}: flow {flow.get('id')} needs the condition "
                            'keputusan == "Ya" or keputusan == "Tidak" (one of each)')
            return None
        branches[branch] = flow
    if set(branches) != {"Ya", "Tidak"}:
        problems.append(f"{gid}: a decision needs exactly one Ya and one Tidak flow")
        return None
    ya, tidak = branches["Ya"], branches["Tidak"]
    question = (gateway.get("name") or props.get("keputusan_pertanyaan", "")).strip()
    return Keputusan(pertanyaan=question,
                     ya=_number(model.resolve(ya), numbers),
                     tidak=_number(model.resolve(tidak), numbers),
                     label_ya=(ya.get("name") or "Ya").strip(),
                     label_tidak=(tidak.get("name") or "Tidak").strip())


def _number(target: str, numbers: dict[str, int]) -> int | str:
    return SELESAI if target == SELESAI else numbers[target]


def _check_plain_flow(model: BpmnModel, tid: str, no: int, numbers: dict[str, int],
                      problems: list[str]) -> None:
    """Without a decision a step flows to the next step (or the end after the last)."""
    if model.decision_after(tid) is not None:
        return
    target = model.plain_target(tid)
    expected = no + 1 if no < len(numbers) else SELESAI
    got = _number(target, numbers)
    if got != expected:
        problems.append(f"{tid}: flows to {target} but the next step in order is "
                        f"{expected}; a jump needs a decision (gateway with Ya/Tidak)")


def _separation_opt_outs(table: SopTable, model: BpmnModel, order: list[str]) -> None:
    """``pemisahan_tugas: false`` on a decision the rule would separate (soptable.pemisahan)
    whose task lacks the property: the designer removed it, and importing again must not add
    it back."""
    for step, tid in zip(table.langkah, order, strict=True):
        if (step.keputusan is not None and checked_by_rule(table, step)
                and not model.task_props(tid).get(PEMISAHAN, "").strip()):
            step.keputusan.pemisahan_tugas = False


def _identity(table: SopTable, model: BpmnModel) -> None:
    """Identity fields from the process properties; the pool name is the unit."""
    props = model.process_props
    table.disahkan_oleh, table.sumber = Pengesah(), Sumber()
    for dotted in IDENTITY_SCALARS:
        owner, _, attr = dotted.rpartition(".")
        target = getattr(table, owner) if owner else table
        setattr(target, attr, props.get(dotted, getattr(target, attr)))
    for name in IDENTITY_LISTS:
        setattr(table, name, json_list(props.get(name)))
    pool = model.pool_name
    fallback = table.instansi.nama or table.instansi.kode
    if pool and not (pool == fallback and not table.instansi.unit):
        table.instansi.unit = pool


def export_file(path: str | Path, out: str | Path | None = None) -> str:
    """Export a BPMN file to YAML text; also written to ``out`` when given."""
    text = dump_table(bpmn_to_table(path))
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
    return text

