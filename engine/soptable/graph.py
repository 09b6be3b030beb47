"""The flow graph of a table, before any XML: nodes in column order, and the flows.

Kept apart from XML writing so the layout and the importer share one notion of which nodes
exist (including the merging gateways that keep bpmnlint's fake-join rule clean) and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import SELESAI, Langkah, SopTable

START_ID, END_ID = "mulai", "selesai"
END_MERGE_ID = "gabung_selesai"
CONDITION = 'keputusan == "{}"'
YA, TIDAK = "Ya", "Tidak"


@dataclass
class Node:
    """One flow node; ``lane`` indexes the table's pelaksana list."""

    id: str
    kind: str  # start | task | decision | merge | end
    lane: int
    name: str = ""
    step: Langkah | None = None


@dataclass
class Flow:
    """A sequence flow; ``role`` is plain, ya or tidak (ya / tidak leave a decision)."""

    id: str
    source: str
    target: str
    role: str = "plain"
    name: str = ""
    condition: str = ""


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def column(self, node_id: str) -> int:
        return next(i for i, n in enumerate(self.nodes) if n.id == node_id)

    def incoming(self, node_id: str) -> list[Flow]:
        return [f for f in self.flows if f.target == node_id]

    def outgoing(self, node_id: str) -> list[Flow]:
        return [f for f in self.flows if f.source == node_id]


def step_width(table: SopTable) -> int:
    return max(2, len(str(len(table.langkah))))


def task_id(no: int, width: int = 2) -> str:
    return f"langkah_{no:0{width}d}"


def decision_id(no: int, width: int = 2) -> str:
    return f"keputusan_{no:0{width}d}"


def merge_id(no: int, width: int = 2) -> str:
    return f"gabung_{no:0{width}d}"


def lane_id(index: int) -> str:
    return f"lane_{index + 1:02d}"


def arrivals(table: SopTable) -> dict[int | str, int]:
    """How many flows arrive at each step (and at ``selesai``); 2+ needs a merge gateway."""
    count: dict[int | str, int] = {}

    def add(target: int | str) -> None:
        count[target] = count.get(target, 0) + 1

    add(1)
    for step in table.langkah:
        if step.keputusan is None:
            add(table.next_of(step.no))
        else:
            add(step.keputusan.ya)
            add(step.keputusan.tidak)
    return count


def build_graph(table: SopTable) -> Graph:
    """Nodes in column order (start, [merge], task, [decision] per step, [merge], end)."""
    width = step_width(table)
    lane_of = {p: i for i, p in enumerate(table.pelaksana)}
    counts = arrivals(table)
    g = Graph()
    g.nodes.append(Node(START_ID, "start", lane_of[table.langkah[0].pelaksana], "Mulai"))
    for step in table.langkah:
        lane = lane_of[step.pelaksana]
        if counts.get(step.no, 0) > 1:
            g.nodes.append(Node(merge_id(step.no, width), "merge", lane))
        g.nodes.append(Node(task_id(step.no, width), "task", lane, step.uraian, step))
        if step.keputusan is not None:
            kep = step.keputusan
            g.nodes.append(Node(decision_id(step.no, width), "decision", lane, kep.pertanyaan,
                                step))
    end_lane = lane_of[table.langkah[-1].pelaksana]
    if counts.get(SELESAI, 0) > 1:
        g.nodes.append(Node(END_MERGE_ID, "merge", end_lane))
    g.nodes.append(Node(END_ID, "end", end_lane, "Selesai"))
    _add_flows(g, table, counts)
    return g


def _entry(target: int | str, counts: dict, width: int) -> str:
    """The node a flow to ``target`` enters: its merge gateway when there is one."""
    if target == SELESAI:
        return END_MERGE_ID if counts.get(SELESAI, 0) > 1 else END_ID
    return merge_id(target, width) if counts.get(target, 0) > 1 else task_id(target, width)


def _add_flows(g: Graph, table: SopTable, counts: dict) -> None:
    width = step_width(table)

    def plain(source: str, target: str) -> None:
        g.flows.append(Flow(f"alur_{source}_{target}", source, target))

    plain(START_ID, _entry(1, counts, width))
    for step in table.langkah:
        tid = task_id(step.no, width)
        if counts.get(step.no, 0) > 1:
            plain(merge_id(step.no, width), tid)
        if step.keputusan is None:
            plain(tid, _entry(table.next_of(step.no), counts, width))
            continue
        did, kep = decision_id(step.no, width), step.keputusan
        plain(tid, did)
        for role, target, label, value in (("ya", kep.ya, kep.label_ya, YA),
                                           ("tidak", kep.tidak, kep.label_tidak, TIDAK)):
            g.flows.append(Flow(f"alur_{did}_{role}", did, _entry(target, counts, width), role,
                                label, CONDITION.format(value)))
    if counts.get(SELESAI, 0) > 1:
        plain(END_MERGE_ID, END_ID)
