"""The flowchart of the SOP AP table, drawn cell by cell with only the Permenpan symbols.

Each step is one table row and its symbol sits in its pelaksana's cell, so the drawing lines up
with the text whatever height the row takes. A cell holds at most one fixed-size SVG symbol,
vertically centred; the connecting lines are CSS background layers of the cells (a 1px
gradient stretched between two points given as fractions of the cell), so a line keeps joining
the next row however tall the text makes a row. Routing:

- the next step: down from the symbol to the next row's centre line, then across into the
  next symbol's side (straight into its top when it is in the same column);
- a decision's other answer: back up (Tidak) along a gutter at the right of the column, forward
  (a skip) along a gutter at the left, then across into the target's side; to the end (the case
  is refused) down a gutter to an end row of its own under the last step;
- where the table breaks across pages, a line ends in an off-page connector pentagon with a
  letter and the same letter starts it again on the next page.

The first step is drawn as the start capsule and the last as the end capsule (the Permenpan
practice: the terminators are the first and last activities), decisions as diamonds with their
answers on the arrows, every other step (call activities too) as a rectangle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

from .sop_model import Row

# viewBox of a symbol: 100 x 60, centre (50, 30); the shapes' half extents in those units
VIEW_W, VIEW_H = 100, 60
HALF_W = {"process": 36, "start": 36, "end": 36, "decision": 26}
HALF_H = {"process": 15, "start": 15, "end": 15, "decision": 22}
LINE = "#000"
# a black square as the image of every line layer: WeasyPrint paints a plain gradient over the
# whole cell whatever its background-size, an image it sizes and places as asked
INK = ("url(\"data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='4' "
       "height='4'%3E%3Crect width='4' height='4' fill='black'/%3E%3C/svg%3E\")")


@dataclass
class Cell:
    """One pelaksana cell: line pieces (x0, x1, y0, y1 as fractions of the cell), at most one
    symbol with the sides arrows enter by, labels on its exits, and off-page connectors."""

    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    symbol: str | None = None          # start | end | process | decision
    arrows: set[str] = field(default_factory=set)      # top | left | right
    labels: dict[str, str] = field(default_factory=dict)  # bottom | left | right -> word
    connectors: list[tuple[float, str]] = field(default_factory=list)  # (x, letter)


@dataclass
class GridRow:
    """A table row: a step (``row`` set) or a connector row at a page break."""

    cells: list[Cell]
    row: Row | None = None
    kind: str = "step"                 # step | conn-out | conn-in


@dataclass
class Page:
    grid: list[GridRow]


class Geometry:
    """Where a symbol's edges and the gutters lie in a cell, from the column width."""

    def __init__(self, column_mm: float, symbol_mm: float):
        self.column_mm = column_mm
        self.symbol_mm = symbol_mm
        self.frac = symbol_mm / column_mm

    def tip(self, kind: str, side: int) -> float:
        """x (fraction of the cell) of the symbol's left (-1) or right (+1) edge."""
        return 0.5 + side * HALF_W[kind] / VIEW_W * self.frac

    def track(self, side: int, k: int) -> float:
        """x of gutter track ``k`` at the left (-1) or right (+1) of the symbols."""
        first = 0.5 + side * (0.36 * self.frac + 0.05)
        return min(0.98, max(0.02, first + side * 0.05 * k))


def paginate(rows: list[Row], heights: list[float], budget: float) -> list[int]:
    """Indices of the rows that start a new page: fill each page up to ``budget`` mm, and
    rather break a little earlier (keeping the page at least 60% full) than inside a loop (a
    Tidak going back across the break needs a second pair of connectors)."""
    starts, used = [], 0.0
    for i, h in enumerate(heights):
        page_start = starts[-1] if starts else 0
        if used + h > budget and i > page_start:
            starts.append(_clean_break(rows, heights, i, page_start, 0.6 * budget))
            used = sum(heights[starts[-1]:i])
        used += h
    return starts


def _clean_break(rows: list[Row], heights: list[float], i: int, page_start: int,
                 least: float) -> int:
    for cut in range(i, page_start, -1):
        if sum(heights[page_start:cut]) < least:
            break
        if not any(_spans(r, cut) for r in rows):
            return cut
    return i


def _spans(row: Row, cut: int) -> bool:
    here = row.no - 1
    for branch in (row.ya, row.tidak):
        # an answer ending the SOP crosses every later cut anyway: it does not count
        if branch is None or branch.target is None or branch.target == here + 1:
            continue
        lo, hi = sorted((here, branch.target))
        if lo < cut <= hi:
            return True
    return False


def ends_early(rows: list[Row]) -> bool:
    """Whether an answer ends the SOP before its last step is done (refused): then the end
    gets a row of its own, so that answer has a terminator to point at."""
    return any(b is not None and b.target is None
               for r in rows for b in (r.ya, r.tidak))


def build(rows: list[Row], columns: int, breaks: list[int], geo: Geometry) -> list[Page]:
    """The grid of every page: cells with their lines, symbols and connectors."""
    grid: list[GridRow] = []
    where: dict[int, int] = {}
    for i, row in enumerate(rows):
        if i in breaks:
            grid.append(GridRow([Cell() for _ in range(columns)], kind="conn-out"))
            grid.append(GridRow([Cell() for _ in range(columns)], kind="conn-in"))
        where[i] = len(grid)
        grid.append(GridRow([Cell() for _ in range(columns)], row=row))
    if ends_early(rows):
        where[len(rows)] = len(grid)
        grid.append(GridRow([Cell() for _ in range(columns)], kind="end"))
    router = _Router(grid, where, rows, geo, columns)
    router.route_all()
    pages, current = [], []
    for g in grid:
        current.append(g)
        if g.kind == "conn-out":
            pages.append(Page(current))
            current = []
    pages.append(Page(current))
    return pages


class _Router:
    def __init__(self, grid, where, rows, geo, columns):
        self.grid, self.where, self.rows, self.geo, self.columns = grid, where, rows, geo, columns
        self.letters = 0
        self.tracks: dict[tuple[int, int], list[tuple[int, int]]] = {}

    # -- symbols and edges ---------------------------------------------------------------
    def route_all(self) -> None:
        last = len(self.rows) - 1
        self.end = len(self.rows) if len(self.rows) in self.where else None
        for i, row in enumerate(self.rows):
            cell = self.cell(i, row.column)
            cell.symbol = ("decision" if row.is_decision else "start" if i == 0 else
                           "end" if i == last and self.end is None else "process")
        if self.end is not None:  # the end row: its capsule under the last step's column
            self.grid[self.where[self.end]].cells[self.rows[last].column].symbol = "end"
        self.entries = self.gutter_entries()
        for i, row in enumerate(self.rows):
            if row.is_decision:
                self.decision(i, row)
            elif i < last or self.end is not None:
                self.next_step(i, i + 1, "")

    def column_of(self, i: int) -> int:
        return self.rows[i].column if i < len(self.rows) else self.rows[-1].column

    def target(self, branch) -> int | None:
        """A branch's row; the end row for an answer that ends the SOP (None: no end row,
        the last step's answer ends the flowchart at its capsule... of the last step)."""
        return self.end if branch.target is None else branch.target

    def decision(self, i: int, row: Row) -> None:
        """The answer leading to the next row leaves by the bottom; any other leaves by a
        side no incoming line uses (right first), so an arrow in never shares a line out."""
        branches = [row.ya, row.tidak]
        main = next((b for b in branches if self.target(b) == i + 1), None)
        if main is not None:
            self.next_step(i, i + 1, main.label)
        taken = self.entries.get(i, set()) | {self.incoming_side(i)}
        sides = [s for s in (1, -1) if s not in taken] + [1, -1]
        for branch in branches:
            if branch is main:
                continue
            side = sides.pop(0)
            target = self.target(branch)
            if target is None:  # the last step's own answer ends the SOP: a label suffices
                self.cell(i, row.column).labels["right" if side > 0 else "left"] = branch.label
            else:
                self.gutter(i, target, side, branch.label)

    def gutter_entries(self) -> dict[int, set[int]]:
        """The sides by which jumping answers will enter each row's symbol: from the right
        when the deciding step's column is right of the target's (or the same: its gutter
        is tried on the right first), else from the left."""
        entries: dict[int, set[int]] = {}
        for i, row in enumerate(self.rows):
            for branch in (row.ya, row.tidak) if row.is_decision else ():
                j = self.target(branch)
                if j is None or j == i + 1:
                    continue
                entries.setdefault(j, set()).add(-1 if row.column < self.column_of(j) else 1)
        return entries

    def incoming_side(self, i: int) -> int | None:
        """The side the line from the previous step enters row i's symbol by (None: the top
        or no such line)."""
        if i == 0:
            return None
        prev = self.rows[i - 1]
        if prev.is_decision and i not in (self.target(prev.ya), self.target(prev.tidak)):
            return None
        a, b = prev.column, self.column_of(i)
        return None if a == b else (1 if a > b else -1)

    def next_step(self, i: int, j: int, label: str) -> None:
        a, b = self.rows[i].column, self.column_of(j)
        self.vertical(a, 0.5, self.where[i], self.where[j])
        if label:
            self.cell(i, a).labels["bottom"] = label
        if a == b:
            self.cell(j, b).arrows.add("top")
        else:
            self.across(self.where[j], a + 0.5, b, "left" if b > a else "right")

    def gutter(self, i: int, j: int, side: int, label: str) -> None:
        """A decision's answer that jumps (back up or forward down): out of the diamond's
        side, along a gutter of its column, across into the target's side."""
        a, c = self.rows[i].column, self.column_of(j)
        gi, gj = self.where[i], self.where[j]
        x = self.geo.track(side, self.track(a, side, min(gi, gj), max(gi, gj)))
        self.hline(gi, a + self.geo.tip("decision", side), a + x)
        self.cell(i, a).labels["right" if side > 0 else "left"] = label
        self.vertical(a, x, gi, gj)
        enter = "right" if a + x > c + 0.5 else "left"
        self.across(gj, a + x, c, enter)

    def across(self, g: int, x_from: float, col: int, enter: str) -> None:
        self.hline(g, x_from, col + 0.5)
        self.grid[g].cells[col].arrows.add(enter)

    # -- primitives ----------------------------------------------------------------------
    def cell(self, i: int, col: int) -> Cell:
        return self.grid[self.where[i]].cells[col]

    def track(self, col: int, side: int, lo: int, hi: int) -> int:
        """The first gutter track of this column side free over grid rows lo..hi."""
        taken = self.tracks.setdefault((col, side), [])
        k = 0
        while any(t == k and not (hi < a or lo > b) for t, a, b in taken):
            k += 1
        taken.append((k, lo, hi))
        return k

    def hline(self, g: int, x0: float, x1: float) -> None:
        lo, hi = sorted((x0, x1))
        for col in range(int(math.floor(lo)), int(math.ceil(hi))):
            a, b = max(lo, col) - col, min(hi, col + 1) - col
            if b > a and 0 <= col < self.columns:
                self.grid[g].cells[col].lines.append((a, b, 0.5, 0.5))

    def vertical(self, col: int, x: float, g0: int, g1: int) -> None:
        """A line from the centre of grid row g0 to that of g1 at x, cut into an off-page
        connector pair wherever it crosses a page break."""
        lo, hi = sorted((g0, g1))
        start = lo
        for g in range(lo, hi + 1):
            if self.grid[g].kind == "conn-out" and g + 1 <= hi:
                self._segment(col, x, start, g)
                letter = self._letter()
                self.grid[g].cells[col].connectors.append((x, letter))
                self.grid[g + 1].cells[col].connectors.append((x, letter))
                start = g + 1
        self._segment(col, x, start, hi)

    def _segment(self, col: int, x: float, lo: int, hi: int) -> None:
        for g in range(lo, hi + 1):
            top = 0.5 if g == lo else 0.0
            bottom = 0.5 if g == hi else 1.0
            if bottom > top:
                self.grid[g].cells[col].lines.append((x, x, top, bottom))

    def _letter(self) -> str:
        n, out = self.letters, ""
        self.letters += 1
        while True:
            out = chr(ord("A") + n % 26) + out
            n = n // 26 - 1
            if n < 0:
                return out


# -- rendering ----------------------------------------------------------------------------
def cell_style(cell: Cell) -> str:
    """The cell's lines as CSS background layers (a black image stretched to 1px wide)."""
    layers = []
    for x0, x1, y0, y1 in cell.lines:
        w, h = x1 - x0, y1 - y0
        size_w = f"{w * 100:.2f}%" if w > 0 else "1px"
        size_h = f"{h * 100:.2f}%" if h > 0 else "1px"
        pos_x = _position(x0, w)
        pos_y = _position(y0, h)
        layers.append(f"{INK} {pos_x} {pos_y} / {size_w} {size_h} "
                      "no-repeat")
    return f"background:{','.join(layers)}" if layers else ""


def _position(start: float, size: float) -> str:
    """CSS percentage position placing a layer of relative ``size`` at ``start``."""
    if size >= 1:
        return "0%"
    return f"{start / (1 - size) * 100:.2f}%"


def symbol_svg(cell: Cell, geo: Geometry) -> str:
    """The cell's symbol as inline SVG (empty when it has none)."""
    kind = cell.symbol
    if kind is None:
        return ""
    parts = [_shape(kind)]
    parts += [_arrow(kind, side) for side in sorted(cell.arrows)]
    parts += [_label(kind, side, word) for side, word in sorted(cell.labels.items())]
    width = geo.symbol_mm
    return (f'<svg class="sym sym-{kind}" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {VIEW_W} {VIEW_H}" width="{width:.2f}mm" '
            f'height="{width * VIEW_H / VIEW_W:.2f}mm" overflow="visible">{"".join(parts)}</svg>')


def _shape(kind: str) -> str:
    w, h = HALF_W[kind], HALF_H[kind]
    x, y = 50 - w, 30 - h
    style = f'fill="#fff" stroke="{LINE}" stroke-width="2.2"'
    if kind == "decision":
        return (f'<polygon class="shape" points="{50 - w},30 50,{30 - h} {50 + w},30 '
                f'50,{30 + h}" {style}/>')
    rx = h if kind in ("start", "end") else 0
    return (f'<rect class="shape" x="{x}" y="{y}" width="{2 * w}" height="{2 * h}" rx="{rx}" '
            f'{style}/>')


def _arrow(kind: str, side: str) -> str:
    w, h = HALF_W[kind], HALF_H[kind]
    if side == "top":
        tip = (50, 30 - h)
        pts = [(tip[0] - 5, tip[1] - 9), (tip[0] + 5, tip[1] - 9), tip]
    else:
        sign = -1 if side == "left" else 1
        tip = (50 + sign * w, 30)
        pts = [(tip[0] + sign * 9, 25), (tip[0] + sign * 9, 35), tip]
    points = " ".join(f"{x:g},{y:g}" for x, y in pts)
    return f'<polygon class="arrow" points="{points}" fill="{LINE}"/>'


def _label(kind: str, side: str, word: str) -> str:
    w = HALF_W[kind]
    if side == "bottom":
        x, y, anchor = 55, 60, "start"
    elif side == "right":
        x, y, anchor = 50 + w + 2, 25, "start"
    else:
        x, y, anchor = 50 - w - 2, 25, "end"
    return (f'<text class="answer" x="{x}" y="{y}" text-anchor="{anchor}" font-size="15" '
            f'font-family="DejaVu Sans, sans-serif">{escape(word)}</text>')


def connector_svg(cell: Cell, geo: Geometry) -> str:
    """Off-page connector pentagons of a connector cell, each at its line's x."""
    if not cell.connectors:
        return ""
    col_w = geo.column_mm
    view_w = col_w * 10  # units: 0.1 mm, so the pentagon keeps its shape in any column
    half, gap = 19, 40   # a pentagon 3.8 mm wide; neighbours at least 4 mm apart
    centres: list[float] = []
    for x, _ in sorted(cell.connectors):
        cx = max(x * view_w, half + 2, centres[-1] + gap if centres else 0)
        centres.append(cx)
    overflow = max(0.0, centres[-1] - (view_w - half - 2))
    shapes = []
    for cx, (_, letter) in zip(centres, sorted(cell.connectors), strict=True):
        cx -= overflow
        pts = f"{cx - half},4 {cx + half},4 {cx + half},34 {cx},52 {cx - half},34"
        shapes.append(f'<polygon class="offpage" points="{pts}" fill="#fff" stroke="{LINE}" '
                      f'stroke-width="3"/><text class="offpage-label" x="{cx}" y="27" '
                      f'text-anchor="middle" font-size="20" font-weight="bold" '
                      f'font-family="DejaVu Sans, sans-serif">{escape(letter)}</text>')
    return (f'<svg class="conn" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {view_w:.0f} 56" '
            f'width="{col_w:.2f}mm" height="5.6mm">{"".join(shapes)}</svg>')
