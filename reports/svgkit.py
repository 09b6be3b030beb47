"""Small pieces the charts share: an SVG root that reads at phone width, text, scales, ticks and
durations written the way an office says them ("1 jam 30 mnt").

ElementTree writes every SVG, so a step name from a model is always escaped. Colours are
presentation attributes, not ``style``: the pages' Content-Security-Policy forbids inline styles.
"""

from __future__ import annotations

import math
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
INK, MUTED, GRID, BAND = "#1b1f24", "#5b6470", "#d3d8de", "#f3f5f7"
EMPTY = "Belum ada data"


def root(width: float, height: float, title: str, desc: str, css: str) -> ET.Element:
    """An ``<svg>`` that scales to its container (viewBox, width 100%) with a title and a
    description screen readers announce."""
    svg = ET.Element("svg", {
        "xmlns": SVG_NS, "class": f"chart {css}", "role": "img",
        "viewBox": f"0 0 {width:g} {height:g}", "width": "100%",
        "preserveAspectRatio": "xMinYMin meet", "font-family": FONT,
        "aria-label": f"{title}. {desc}".strip()})
    ET.SubElement(svg, "title").text = title
    ET.SubElement(svg, "desc").text = desc
    return svg


def text(parent: ET.Element, x: float, y: float, words: str, size: float = 12,
         anchor: str = "start", fill: str = INK, weight: str = "", css: str = "") -> ET.Element:
    attrs = {"x": f"{x:.1f}", "y": f"{y:.1f}", "font-size": f"{size:g}", "fill": fill,
             "text-anchor": anchor}
    if weight:
        attrs["font-weight"] = weight
    if css:
        attrs["class"] = css
    node = ET.SubElement(parent, "text", attrs)
    node.text = words
    return node


def line(parent: ET.Element, x1: float, y1: float, x2: float, y2: float, stroke: str,
         width: float = 1, css: str = "", dash: str = "") -> ET.Element:
    attrs = {"x1": f"{x1:.2f}", "y1": f"{y1:.1f}", "x2": f"{x2:.2f}", "y2": f"{y2:.1f}",
             "stroke": stroke, "stroke-width": f"{width:g}"}
    if css:
        attrs["class"] = css
    if dash:
        attrs["stroke-dasharray"] = dash
    return ET.SubElement(parent, "line", attrs)


def rect(parent: ET.Element, x: float, y: float, w: float, h: float, fill: str,
         css: str = "", **extra: str) -> ET.Element:
    attrs = {"x": f"{x:.2f}", "y": f"{y:.2f}", "width": f"{max(w, 0):.2f}",
             "height": f"{max(h, 0):.2f}", "fill": fill, **extra}
    if css:
        attrs["class"] = css
    return ET.SubElement(parent, "rect", attrs)


def tostring(svg: ET.Element) -> str:
    return ET.tostring(svg, encoding="unicode", short_empty_elements=True)


def empty_svg(title: str, css: str, width: float = 440, height: float = 90) -> str:
    """The chart when there is nothing to draw: it says so instead of showing empty axes."""
    svg = root(width, height, title, EMPTY, f"{css} chart-empty")
    rect(svg, 0.5, 0.5, width - 1, height - 1, BAND, stroke=GRID)
    text(svg, width / 2, height / 2 + 5, EMPTY, 15, "middle", MUTED, css="empty-note")
    return tostring(svg)


# -- scales ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scale:
    """Minutes to x. ``kind`` is linear, log or clipped (linear, values above ``high`` drawn at
    the right edge)."""

    kind: str
    low: float
    high: float
    left: float
    right: float

    def x(self, minutes: float) -> float:
        value = min(max(minutes, self.low), self.high)
        if self.kind == "log":
            span = math.log(self.high) - math.log(self.low)
            share = (math.log(value) - math.log(self.low)) / span
        else:
            share = (value - self.low) / (self.high - self.low)
        return self.left + share * (self.right - self.left)

    def beyond(self, minutes: float) -> bool:
        return self.kind == "clipped" and minutes > self.high


# Tick candidates in minutes: what a reader counts in (minutes, hours, days). The durations are
# minutes of working days (engine.working_time), so a day is 1440 of them.
DAY = 1440
TICK_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, DAY, 2 * DAY, 5 * DAY,
              10 * DAY, 20 * DAY, 50 * DAY, 100 * DAY)
LOG_TICKS = (1, 5, 15, 60, 240, DAY, 5 * DAY, 20 * DAY, 100 * DAY)


def linear_ticks(low: float, high: float, most: int = 6) -> list[float]:
    step = next((s for s in TICK_STEPS if (high - low) / s <= most), TICK_STEPS[-1])
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) // step) + 1)]


def log_ticks(low: float, high: float, most: int = 7) -> list[float]:
    ticks = [t for t in LOG_TICKS if low <= t <= high]
    while len(ticks) > most:
        ticks = ticks[::2]
    return ticks


def nice_ceiling(value: float) -> float:
    """The next round number at or above ``value`` (1, 2, 2.5, 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def nice_minutes(value: float) -> float:
    """A round scale end in minutes: 1, 2, 2.5, 5 x 10^n minutes below an hour, round hours
    below a day, round days above (so the axis never ends at "8,33 jam")."""
    if value <= 60:
        return nice_ceiling(value)
    if value <= DAY:
        return min(DAY, nice_ceiling(value / 60) * 60)
    return nice_ceiling(value / DAY) * DAY


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    at = q * (len(ordered) - 1)
    low = math.floor(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


# -- words -----------------------------------------------------------------------------------------
def minutes_text(minutes: float | None, short: bool = True) -> str:
    """42 -> "42 mnt", 90 -> "1 jam 30 mnt", 3000 -> "2 hari 2 jam" (minutes of working days:
    weekends and days off are not counted, so a day is 24 hours of a working day)."""
    if minutes is None:
        return "–"
    whole = int(round(minutes))
    if whole >= DAY:
        days, rest = divmod(whole, DAY)
        return f"{days} hari" + (f" {rest // 60} jam" if rest // 60 else "")
    hours, rest = divmod(whole, 60)
    unit = "mnt" if short else "menit"
    if hours == 0:
        return f"{rest} {unit}" if whole or minutes == 0 else f"{minutes:.1f} {unit}"
    return f"{hours} jam" + (f" {rest} {unit}" if rest else "")


def tick_text(minutes: float) -> str:
    if minutes == 0:
        return "0"
    if minutes < 60:
        return f"{minutes:g} mnt"
    if minutes >= DAY:
        return f"{minutes / DAY:g}".replace(".", ",") + " hari"
    hours = minutes / 60
    return f"{hours:g}".replace(".", ",") + " jam"


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100):d}%"


def wrap(words: str, width: int, most: int = 2) -> list[str]:
    lines = textwrap.wrap(words, width=width) or [""]
    if len(lines) > most:
        rest = " ".join(lines[most - 1:])
        lines = lines[:most - 1] + [rest[:width - 1].rstrip() + "…"]
    return lines


def joined(parts: Iterable[str]) -> str:
    return " · ".join(p for p in parts if p)
