"""Plan the paths a feature should walk: all-Ya, then each non-Ya answer of each decision once.

An answer may lead back (redo), to the end, or skip ahead over steps; a Ya that leads back
would make "always Ya" a loop, so a decision reached again while the walk answers by default
turns to its next answer (Ya, then the others): every loop that has a way out is left.

A graph walk over :class:`~features.model.SopModel` (no engine): the draft generator writes a
scenario per path, and the same walk tells which flow nodes and sequence flows those scenarios
will reach, so a model whose paths cannot cover it is reported before any test runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import TASK_KINDS, YA, Flow, Option, SopModel, Step

MAX_NODES = 2000


class UnsupportedModel(ValueError):
    """The model has something this planner cannot walk (e.g. a parallel gateway)."""


@dataclass(frozen=True)
class Visit:
    """One user task done on the path; ``option`` is the answer when it is a decision."""

    step: Step
    option: Option | None = None


@dataclass(frozen=True)
class Path:
    visits: tuple[Visit, ...]
    nodes: frozenset[str]
    flows: frozenset[str]
    rejected: Visit | None = None  # the decision answer this path was planned to take

    @property
    def is_main(self) -> bool:
        return self.rejected is None


def plan_paths(model: SopModel) -> list[Path]:
    """The all-Ya path, then per decision and per non-Ya option the path taking it once."""
    paths = [walk(model, {})]
    for step in model.decisions:
        for option in step.options:
            if option.value != YA:
                paths.append(walk(model, {step.id: option}))
    return paths


def walk(model: SopModel, first: dict[str, Option]) -> Path:
    """Follow the model from its start event to an end event.

    ``first`` maps a decision step id to the option taken the first time it is reached; every
    other decision answers Ya.
    """
    pending = dict(first)
    turns: dict[str, int] = {}  # decision id -> how often its default answer moved on
    defaulted: set[str] = set()  # decisions answered by default since the last planned answer
    visits: list[Visit] = []
    nodes, flows = [model.start], []
    rejected: Visit | None = None
    answer: str | None = None
    node = model.start
    while model.nodes.get(node) != "endEvent":
        if len(nodes) > MAX_NODES:
            raise UnsupportedModel(f"{model.key}: jalur tidak berakhir setelah {MAX_NODES} simpul")
        if model.nodes.get(node) in TASK_KINDS:
            visit, planned = _visit(model, node, pending, turns, defaulted)
            visits.append(visit)
            if visit.option is not None:
                answer = visit.option.value
                if planned and rejected is None:
                    rejected = visit
        flow = _next_flow(model, node, answer)
        flows.append(flow.id)
        node = flow.target
        nodes.append(node)
    return Path(tuple(visits), frozenset(nodes), frozenset(flows), rejected)


def _visit(model: SopModel, node: str, pending: dict[str, Option], turns: dict[str, int],
           defaulted: set[str]) -> tuple[Visit, bool]:
    """The visit of a task and whether its answer was the planned one (not a default)."""
    step = model.step(node)
    if step is None:
        raise UnsupportedModel(f"{model.key}: tugas {node} tidak dikenal")
    if not step.is_decision:
        return Visit(step), False
    planned = pending.pop(step.id, None)
    if planned is not None:
        defaulted.clear()
        return Visit(step, planned), True
    ya = step.option(YA)
    if ya is None:
        raise UnsupportedModel(f"{model.key}: keputusan {step.name!r} tidak punya jalur Ya")
    if step.id in defaulted:  # back here on default answers only: a loop, so turn
        turns[step.id] = turns.get(step.id, 0) + 1
    defaulted.add(step.id)
    answers = [ya, *(o for o in step.options if o is not ya)]
    return Visit(step, answers[turns.get(step.id, 0) % len(answers)]), False


def _next_flow(model: SopModel, node: str, answer: str | None) -> Flow:
    out = model.outgoing(node)
    kind = model.nodes.get(node)
    if not out:
        raise UnsupportedModel(f"{model.key}: {node} tidak punya alur keluar")
    if len(out) == 1:
        return out[0]
    if kind != "exclusiveGateway":
        raise UnsupportedModel(f"{model.key}: {node} ({kind}) bercabang; hanya gerbang "
                               "eksklusif yang didukung")
    chosen = [f for f in out if f.value is not None and f.value == answer]
    if len(chosen) != 1:
        raise UnsupportedModel(f"{model.key}: gerbang {node} tidak dapat memilih alur untuk "
                               f"keputusan {answer!r}")
    return chosen[0]


def coverage_of(model: SopModel, paths: list[Path]) -> tuple[set[str], set[str]]:
    """(flow nodes, sequence flows) of the model that none of the paths reaches."""
    nodes = set(model.nodes) - set().union(*(p.nodes for p in paths))
    flows = {f.id for f in model.flows} - set().union(*(p.flows for p in paths))
    return nodes, flows
