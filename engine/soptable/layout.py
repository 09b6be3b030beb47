"""A deterministic swimlane layout (BPMN DI geometry) for an SOP graph.

SOP flows are near-linear with loop-backs, so a fixed scheme reads better than a general
layouter (bpmn-auto-layout drops pools and lanes): one column per node, left to right; each node
in its lane's row; lanes top to bottom in pelaksana order. Because a column holds exactly one
node, a vertical segment at a node's own x can only touch that node, which is what lets every
route below avoid crossing shapes:

- a flow into the next column (plain, or a decision's Ya or Tidak): right, vertical in the
  gap between the columns, right;
- a Ya over other columns (skipping ahead, or back): up into a track of the gateway lane's
  top band, along it, then vertical at the target's column into it;
- a Tidak over other columns (back, to the end, or skipping ahead): down into a track of the
  gateway lane's bottom band, along it, then vertical at the target's column into it.

A Ya and a Tidak of one decision thus never share a band, and a skip never runs through the
tasks it jumps over.

Several routes in one band get distinct tracks, shorter spans nearer the nodes so nested loops
do not cross.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .graph import Flow, Graph, Node

X0, Y0 = 160, 80
POOL_BAND = LANE_BAND = 30
MARGIN = 40           # free space between a lane's label band and its first / last column
GAP = 50              # minimum horizontal gap between columns
ROW = 120             # minimum height of a lane's node row (20 above and below a task)
TASK_WIDTHS = (100, 140, 180)  # 100 x 80 is the modeler's standard; long uraian get more
BAND = 15             # empty height of a lane's top and bottom bands
TRACK = 12            # distance between routing tracks in a band
CHAR_W, LINE_H = 6.5, 14
SIZE = {"task": (100, 80), "decision": (50, 50), "merge": (50, 50), "start": (36, 36),
        "end": (36, 36)}


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def cx(self) -> int:
        return self.x + self.w // 2

    @property
    def cy(self) -> int:
        return self.y + self.h // 2


Point = tuple[int, int]


@dataclass
class Edge:
    points: list[Point]
    label: Box | None = None


@dataclass
class Layout:
    pool: Box
    lanes: list[Box]
    nodes: dict[str, Box] = field(default_factory=dict)
    node_labels: dict[str, Box] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)


@dataclass
class _Lane:
    top: int
    height: int
    row_top: int
    row: int
    top_tracks: list[str]
    bottom_tracks: list[str]


def node_size(node: Node) -> tuple[int, int]:
    """Standard sizes, except that a task grows until its uraian fits (SOP steps are often
    a whole sentence, which would spill far out of a 100 x 80 box)."""
    if node.kind != "task":
        return SIZE[node.kind]
    for width in TASK_WIDTHS:
        height = _text_height(node.name, width)
        if height <= 80:
            return width, 80
    return TASK_WIDTHS[-1], min(height, 400)


def _text_height(text: str, width: int) -> int:
    """Height of wrapped text in a task box (word wrap wastes about a fifth of a line)."""
    lines = math.ceil(text_width(text) * 1.2 / (width - 12))
    return int(math.ceil((lines * LINE_H + 16) / 10.0)) * 10


def text_width(text: str) -> int:
    """Rough rendered width of a label at the modeler's default font size."""
    return max(20, math.ceil(len(text) * CHAR_W) + 6)


def layout(graph: Graph, lane_names: list[str]) -> Layout:
    """Geometry for every participant, lane, node, label and flow of ``graph``."""
    routes = {f.id: _route_kind(graph, f) for f in graph.flows}
    lanes = _lanes(graph, lane_names, routes)
    xs, right = _columns(graph, routes)
    width = right + MARGIN - X0
    bottom = lanes[-1].top + lanes[-1].height
    out = Layout(pool=Box(X0, Y0, width, bottom - Y0),
                 lanes=[Box(X0 + POOL_BAND, ln.top, width - POOL_BAND, ln.height)
                        for ln in lanes])
    for node, x in zip(graph.nodes, xs, strict=True):
        out.nodes[node.id] = _node_box(node, x, lanes[node.lane])
        label = _node_label(node, out.nodes[node.id], _skip_side(graph, routes, node))
        if label is not None:
            out.node_labels[node.id] = label
    for flow in graph.flows:
        out.edges[flow.id] = _edge(graph, flow, routes[flow.id], out, lanes)
    return out


def _route_kind(graph: Graph, flow: Flow) -> str:
    """forward (adjacent columns), skip (a Ya over other columns, top band) or loop (a Tidak
    over other columns, bottom band): the names say what each band carried first."""
    if graph.column(flow.target) == graph.column(flow.source) + 1:
        return "forward"
    if flow.role == "ya":
        return "skip"
    if flow.role == "tidak":
        return "loop"
    raise ValueError(f"plain flow {flow.id} does not join adjacent columns")


def _lanes(graph: Graph, names: list[str], routes: dict[str, str]) -> list[_Lane]:
    """Lane bands sized for their routing tracks and their (vertical) label."""
    lanes, y = [], Y0
    for index, name in enumerate(names):
        top = _tracks(graph, routes, index, "skip")
        bottom = _tracks(graph, routes, index, "loop")
        top_h, bottom_h = BAND + TRACK * len(top), BAND + TRACK * len(bottom)
        row = max([ROW] + [node_size(n)[1] + 40 + _escalation_room(n) for n in graph.nodes
                           if n.lane == index])
        need = top_h + row + bottom_h
        height = max(need, _label_height(name))
        row_top = y + top_h + (height - need) // 2
        lanes.append(_Lane(y, height, row_top, row, top, bottom))
        y += height
    return lanes


def _escalation_room(node: Node) -> int:
    """A step with ``eskalasi: true`` (soptable.eskalasi) has its Terlambat timer, flow and
    end event drawn below it: its row is 100 taller on each side (nodes are centred)."""
    return 200 if node.kind == "task" and node.step is not None and node.step.eskalasi else 0


def _label_height(name: str) -> int:
    """A lane label is drawn vertically in two lines at most: the lane must be that tall."""
    return math.ceil(text_width(name) / 2) + 30


def _tracks(graph: Graph, routes: dict[str, str], lane: int, kind: str) -> list[str]:
    """Flow ids routed in one band of ``lane``, innermost (shortest span) first."""
    flows = [f for f in graph.flows
             if routes[f.id] == kind and graph.node(f.source).lane == lane]

    def span(f: Flow) -> tuple[int, int]:
        a, b = graph.column(f.source), graph.column(f.target)
        return abs(a - b), a

    return [f.id for f in sorted(flows, key=span)]


def _skip_side(graph: Graph, routes: dict[str, str], node: Node) -> int:
    """Where the node's top-band flow runs: 1 ahead, -1 back, 0 when it has none. The
    question label goes on the other side of the gateway, clear of that flow."""
    for f in graph.outgoing(node.id):
        if routes[f.id] == "skip":
            return 1 if graph.column(f.target) > graph.column(node.id) else -1
    return 0


def _columns(graph: Graph, routes: dict[str, str]) -> tuple[list[int], int]:
    """x of each column, and the right edge of the last one."""
    xs, x = [], X0 + POOL_BAND + LANE_BAND + MARGIN
    for i, node in enumerate(graph.nodes):
        xs.append(x)
        x += node_size(node)[0]
        if i + 1 < len(graph.nodes):
            x += _gap(graph, routes, node, graph.nodes[i + 1])
    return xs, x


def _gap(graph: Graph, routes: dict[str, str], left: Node, right: Node) -> int:
    """Room for a decision's flow labels (right of it) and its question (above it)."""
    gap = GAP
    if left.kind == "decision":
        width = _question_box_width(left.name)
        side = _skip_side(graph, routes, left)
        gap = max(gap, {0: width // 2 - 15, 1: 0, -1: width - 10}[side])
        labels = [text_width(f.name) for f in graph.outgoing(left.id)]
        gap = max(gap, 2 * max(labels) + 24)
    if right.kind == "decision":
        width = _question_box_width(right.name)
        side = _skip_side(graph, routes, right)
        back_label = max((text_width(f.name) for f in graph.outgoing(right.id)
                          if routes[f.id] == "skip"), default=0) - 9
        gap = max(gap, {0: width // 2 - 15, 1: width - 10, -1: back_label}[side])
    return gap


def _question_box_width(text: str) -> int:
    """Width that keeps a decision's question to at most three lines."""
    for width in (90, 130, 170, 210):
        if math.ceil(text_width(text) / (width - 6)) <= 3:
            return width
    return 250


def _node_box(node: Node, x: int, lane: _Lane) -> Box:
    w, h = node_size(node)
    return Box(x, lane.row_top + (lane.row - h) // 2, w, h)


def _node_label(node: Node, box: Box, skip: int) -> Box | None:
    """External labels: events below, a decision's question above (above-left when a Ya
    leaves the gateway upwards to skip ahead, above-right when it goes back, so the question
    stays clear of that flow and its label)."""
    if node.kind in ("start", "end"):
        w = text_width(node.name)
        return Box(box.cx - w // 2, box.y + box.h + 4, w, LINE_H)
    if node.kind == "decision":
        w = _question_box_width(node.name)
        lines = math.ceil(text_width(node.name) / (w - 6))
        x = {0: box.cx - w // 2, 1: box.cx - 6 - w, -1: box.cx + 6}[skip]
        return Box(x, box.y - 4 - lines * LINE_H, w, lines * LINE_H)
    return None


def _edge(graph: Graph, flow: Flow, kind: str, out: Layout, lanes: list[_Lane]) -> Edge:
    src, tgt = out.nodes[flow.source], out.nodes[flow.target]
    lane = lanes[graph.node(flow.source).lane]
    if kind == "forward":
        points = _forward(src, tgt)
    elif kind == "skip":
        track = lane.row_top - 4 - TRACK * lane.top_tracks.index(flow.id)
        points = _via_track(src, tgt, track, (src.cx, src.y))
    else:
        track = lane.row_top + lane.row + 4 + TRACK * lane.bottom_tracks.index(flow.id)
        points = _via_track(src, tgt, track, (src.cx, src.y + src.h))
    return Edge(points, _flow_label(flow, kind, src, tgt))


def _forward(src: Box, tgt: Box) -> list[Point]:
    start, end = (src.x + src.w, src.cy), (tgt.x, tgt.cy)
    if start[1] == end[1]:
        return [start, end]
    mid = (src.x + src.w + tgt.x) // 2
    return [start, (mid, start[1]), (mid, end[1]), end]


def _via_track(src: Box, tgt: Box, track: int, exit_point: Point) -> list[Point]:
    """Leave vertically to the track, run along it, drop or climb into the target."""
    entry = (tgt.cx, tgt.y) if tgt.cy > track else (tgt.cx, tgt.y + tgt.h)
    return [exit_point, (src.cx, track), (tgt.cx, track), entry]


def _flow_label(flow: Flow, kind: str, src: Box, tgt: Box) -> Box | None:
    """Labels sit beside where the flow leaves the gateway: right of it, or right of the
    vertical (left of it for a Ya going back, whose question takes the right)."""
    if flow.role == "plain":
        return None
    w = text_width(flow.name)
    if kind == "forward":
        return Box(src.x + src.w + 4, src.cy - 4 - LINE_H, w, LINE_H)
    if kind == "skip":
        x = src.cx + 6 if tgt.x > src.x else src.cx - 6 - w
        return Box(x, src.y - 4 - LINE_H, w, LINE_H)
    return Box(src.cx + 6, src.y + src.h + 4, w, LINE_H)
