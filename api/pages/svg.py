"""The SOP's diagram as inline SVG, drawn on the server from the BPMN's own DI.

Staff see where an instance stands without JavaScript or a modeler: pool and lanes with their
names, tasks as rounded rectangles with wrapped names, gateways as diamonds, events as circles,
sequence flows as polylines with arrowheads and their labels (Ya / Tidak). Completed nodes and
flows taken are marked ``done`` (green, with a tick), the current steps ``current`` (amber, thick
dashed border, an aria-label), so colour is never the only sign. ElementTree writes the SVG, so
every name from the model is escaped.
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from markupsafe import Markup

from .diagram import Box, Diagram, Flow, Marks, Shape

SVG_NS = "http://www.w3.org/2000/svg"
LINE_HEIGHT, CHAR_WIDTH = 14, 6.4  # 12 px text: a generous average glyph width
BAND_LINE_HEIGHT, BAND_CHAR_WIDTH = 13, 7.4  # bold pool / lane names
PAD = 12

TASKS = {"task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask",
         "receiveTask", "businessRuleTask", "callActivity", "subProcess"}
GATEWAY_MARKS = {"exclusiveGateway": "×", "parallelGateway": "+", "inclusiveGateway": "○",
                 "eventBasedGateway": "◇", "complexGateway": "*"}


def render_svg(diagram: Diagram, marks: Marks | None = None, title: str = "",
               words: dict[str, str] | None = None,
               tints: dict[str, tuple[str, str]] | None = None) -> Markup:
    """The diagram as an ``<svg>`` element string, safe to insert into a page.

    ``words`` gives the page's language for the accessible names: ``done`` and ``current``.
    ``tints`` (node id -> (CSS class, words)) colours nodes by a measure (the monitoring's
    bottleneck: ``heat-0`` .. ``heat-4``) and names the measure in the node's accessible name.
    """
    marks = marks or Marks()
    words = {"done": "Selesai", "current": "Langkah saat ini", **(words or {})}
    box = diagram.bounds()
    svg = ET.Element("svg", {
        "xmlns": SVG_NS, "class": "bpmn-diagram", "role": "img",
        "aria-labelledby": "diagram-title",
        "viewBox": f"{box.x - PAD:g} {box.y - PAD:g} {box.w + 2 * PAD:g} {box.h + 2 * PAD:g}",
        "width": f"{box.w + 2 * PAD:g}", "height": f"{box.h + 2 * PAD:g}"})
    ET.SubElement(svg, "title", {"id": "diagram-title"}).text = title
    _defs(svg)
    for kind in ("participant", "lane"):
        for shape in (s for s in diagram.shapes if s.kind == kind):
            _container(svg, shape)
    for flow in diagram.flows:
        _edge(svg, flow, (flow.source, flow.target) in marks.taken)
    for shape in diagram.shapes:
        if shape.kind not in ("participant", "lane"):
            _node(svg, shape, _state(shape.id, marks), words, (tints or {}).get(shape.id))
    return Markup(ET.tostring(svg, encoding="unicode", short_empty_elements=True))


def _state(node_id: str, marks: Marks) -> str:
    if node_id in marks.current:
        return "current"
    return "done" if node_id in marks.done else ""


def _defs(svg: ET.Element) -> None:
    defs = ET.SubElement(svg, "defs")
    for marker_id, css in (("arrow", "arrow"), ("arrow-done", "arrow done")):
        marker = ET.SubElement(defs, "marker", {
            "id": marker_id, "viewBox": "0 0 10 10", "refX": "10", "refY": "5",
            "markerUnits": "userSpaceOnUse", "markerWidth": "10", "markerHeight": "10",
            "orient": "auto-start-reverse"})
        ET.SubElement(marker, "path", {"d": "M0,0 L10,5 L0,10 z", "class": css})


def _container(svg: ET.Element, shape: Shape) -> None:
    """Pool or lane: a rectangle with its name written upwards in the left band."""
    b = shape.box
    group = ET.SubElement(svg, "g", {"class": shape.kind, "data-id": shape.id})
    ET.SubElement(group, "rect", _rect_attrs(b))
    cx, cy = b.x + 15, b.y + b.h / 2
    width = max(4, int((b.h - 12) / BAND_CHAR_WIDTH))
    lines = textwrap.wrap(shape.name, width=width) or [""]
    if len(lines) > 2:  # the band is 30 px wide: two lines at most
        lines = [lines[0], _fit(" ".join(lines[1:]), width)]
    top = cy - (len(lines) - 1) * BAND_LINE_HEIGHT / 2
    label = _text(group, lines, cx, top, "band-label", line_height=BAND_LINE_HEIGHT)
    label.set("transform", f"rotate(-90 {cx:g} {cy:g})")


def _rect_attrs(b: Box, **extra: str) -> dict[str, str]:
    return {"x": f"{b.x:g}", "y": f"{b.y:g}", "width": f"{b.w:g}", "height": f"{b.h:g}", **extra}


def _edge(svg: ET.Element, flow: Flow, taken: bool) -> None:
    css = "flow done" if taken else "flow"
    group = ET.SubElement(svg, "g", {"class": css, "data-id": flow.id})
    ET.SubElement(group, "polyline", {
        "points": " ".join(f"{x:g},{y:g}" for x, y in flow.points), "fill": "none",
        "marker-end": f"url(#{'arrow-done' if taken else 'arrow'})"})
    if flow.name:
        x, y = _flow_label_at(flow)
        _text(group, [flow.name], x, y, "flow-label", anchor="start")


def _flow_label_at(flow: Flow) -> tuple[float, float]:
    if flow.label is not None:
        return flow.label.x, flow.label.y + flow.label.h / 2
    (x1, y1), (x2, y2) = flow.points[0], flow.points[min(1, len(flow.points) - 1)]
    return (x1 + x2) / 2 + 4, (y1 + y2) / 2 - 8


def _node(svg: ET.Element, shape: Shape, state: str, words: dict[str, str],
          tint: tuple[str, str] | None = None) -> None:
    css, note = tint or ("", "")
    attrs = {"class": " ".join(filter(None, ("node", _family(shape.kind), shape.kind, state,
                                             css))),
             "data-id": shape.id}
    if state:
        attrs.update({"role": "img", "aria-label": f"{words[state]}: {shape.name or shape.id}"})
    if note:
        attrs.update({"role": "img", "aria-label": f"{shape.name or shape.id}: {note}"})
    group = ET.SubElement(svg, "g", attrs)
    if note:
        ET.SubElement(group, "title").text = f"{shape.name or shape.id}: {note}"
    family = _family(shape.kind)
    if family == "task":
        _task(group, shape, state)
    elif family == "gateway":
        _gateway(group, shape)
    elif family == "event":
        _event(group, shape)
    else:
        ET.SubElement(group, "rect", _rect_attrs(shape.box, rx="4"))
        _wrapped(group, shape)


def _family(kind: str) -> str:
    if kind in TASKS:
        return "task"
    if kind.endswith("Gateway"):
        return "gateway"
    if kind.endswith("Event"):
        return "event"
    return "artifact"


def _task(group: ET.Element, shape: Shape, state: str) -> None:
    ET.SubElement(group, "rect", _rect_attrs(shape.box, rx="10", ry="10"))
    _wrapped(group, shape)
    if state == "done":
        b = shape.box
        _text(group, ["✓"], b.x + b.w - 10, b.y + 12, "tick")


def _wrapped(group: ET.Element, shape: Shape) -> None:
    b = shape.box
    width = max(4, int((b.w - 10) / CHAR_WIDTH))
    lines = textwrap.wrap(shape.name, width=width) or [""]
    room = max(1, int((b.h - 6) // LINE_HEIGHT))
    if len(lines) > room:
        lines = lines[:room - 1] + [_fit(" ".join(lines[room - 1:]), width)]
    top = b.y + b.h / 2 - (len(lines) - 1) * LINE_HEIGHT / 2
    _text(group, lines, b.x + b.w / 2, top, "name")


def _gateway(group: ET.Element, shape: Shape) -> None:
    b = shape.box
    cx, cy = b.x + b.w / 2, b.y + b.h / 2
    points = f"{cx:g},{b.y:g} {b.x + b.w:g},{cy:g} {cx:g},{b.y + b.h:g} {b.x:g},{cy:g}"
    ET.SubElement(group, "polygon", {"points": points})
    mark = GATEWAY_MARKS.get(shape.kind, "")
    if mark:
        _text(group, [mark], cx, cy, "gateway-mark")
    _outside_label(group, shape, above=True)


def _event(group: ET.Element, shape: Shape) -> None:
    b = shape.box
    ET.SubElement(group, "circle", {"cx": f"{b.x + b.w / 2:g}", "cy": f"{b.y + b.h / 2:g}",
                                    "r": f"{min(b.w, b.h) / 2:g}"})
    _outside_label(group, shape, above=False)


def _outside_label(group: ET.Element, shape: Shape, above: bool) -> None:
    if not shape.name:
        return
    b, label = shape.box, shape.label
    width = max(8, int((label.w if label else 90) / CHAR_WIDTH) + 2)
    lines = textwrap.wrap(shape.name, width=width)
    if label is not None:
        x, y = label.x + label.w / 2, label.y + LINE_HEIGHT / 2
    elif above:
        x, y = b.x + b.w / 2, b.y - 6 - (len(lines) - 0.5) * LINE_HEIGHT
    else:
        x, y = b.x + b.w / 2, b.y + b.h + LINE_HEIGHT
    _text(group, lines, x, y, "label")


def _text(group: ET.Element, lines: Iterable[str], x: float, y: float, css: str,
          anchor: str = "middle", line_height: float = LINE_HEIGHT) -> ET.Element:
    """Lines of text, the first centred on ``y``, each next one ``line_height`` lower."""
    text = ET.SubElement(group, "text", {"x": f"{x:g}", "y": f"{y:g}", "class": css,
                                         "text-anchor": anchor, "dominant-baseline": "central"})
    for i, line in enumerate(lines):
        span = ET.SubElement(text, "tspan", {"x": f"{x:g}", "dy": "0" if i == 0 else
                                             f"{line_height:g}"})
        span.text = line
    return text


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(1, width - 1)].rstrip() + "…"
