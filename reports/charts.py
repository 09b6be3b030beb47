"""Pictures of an SOP's monitoring, drawn on the server as SVG text (no JavaScript, no CDN: the
product runs offline, and a PDF can embed the same SVG).

- :func:`step_durations_svg`: per step a strip plot of how long each completion took, with the
  median, the 90th percentile and the step's standard (mutu baku waktu): where the dots sit
  right of the red line, the step runs late. One scale for every step, so steps compare; when a
  few outliers would squeeze everything into the left edge the scale is clipped, when steps
  differ by orders of magnitude it is logarithmic, and the axis label says which.
- :func:`trend_svg`: per month the completions (bars) and the share on time (line, 0-100%).
- :func:`bottleneck_colours` / :func:`bottleneck_ranks`: where cases wait longest, for the SOP
  diagram (api/pages/svg.py draws it; the page applies the ranks as CSS classes).

The rows come from :mod:`reports.monitoring` (StepRow, MonthRow); durations are working minutes.
Every chart has a <title> and a description; colour is never the only sign (the standard line is
labelled, the median and p90 differ in shape, the diagram's nodes carry the median in words).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from .svgkit import (
    BAND,
    GRID,
    INK,
    MUTED,
    Scale,
    empty_svg,
    joined,
    line,
    linear_ticks,
    log_ticks,
    minutes_text,
    nice_ceiling,
    nice_minutes,
    percent,
    quantile,
    rect,
    root,
    text,
    tick_text,
    tostring,
    wrap,
)

WIDTH = 360
LEFT, RIGHT = 14, WIDTH - 18
DOT, DOT_LATE, MEDIAN, P90, STANDARD = "#2f6db5", "#c0561b", "#1b1f24", "#1b1f24", "#b3261e"
BAR, LINE = "#8fb4d9", "#1e7b34"
MAX_DOTS = 1500  # per step: beyond that an even sample is drawn (the note says so)
LOG_SPREAD = 20  # steps whose typical durations differ this much get a logarithmic scale
OUTLIER_FACTOR = 3  # a maximum this far past the bulk clips the scale
# Where cases wait longest first: dark to light (the pages' CSS repeats these as heat-0..4).
HEAT = ("#d7301f", "#f46d43", "#fdae61", "#fee08b", "#fff7d1")
TOP = 56  # the legend's two rows
AXIS_WORDS = ("Durasi dari siap sampai selesai", "(akhir pekan dan hari libur tidak dihitung)")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


# -- step durations --------------------------------------------------------------------------------
def duration_scale(steps: Sequence[Any], left: float = LEFT, right: float = RIGHT) -> Scale | None:
    """The one scale of the strip plot; None when no step has a completion.

    Linear from 0 unless the longest completion lies more than OUTLIER_FACTOR times past the
    bulk (95th percentile, or the largest standard): then clipped there. When the steps' medians
    and standards differ by LOG_SPREAD times or more, logarithmic (a 10-minute step and a
    3-day step both stay readable)."""
    durations = [d for s in steps for d in s.durations]
    if not durations:
        return None
    standards = [s.standard_minutes for s in steps if s.standard_minutes]
    typical = [v for v in [*(s.median for s in steps if s.median), *standards] if v > 0]
    top = max(durations + standards)
    if len(typical) > 1 and max(typical) / min(typical) >= LOG_SPREAD:
        low = max(0.5, min([d for d in durations if d > 0] + typical) / 1.5)
        return Scale("log", low, max(top * 1.15, low * 10), left, right)
    bulk = max([quantile(durations, 0.95)] + standards)
    if bulk > 0 and top > OUTLIER_FACTOR * bulk:
        return Scale("clipped", 0, nice_minutes(bulk * 1.3), left, right)
    return Scale("linear", 0, nice_minutes(max(top, 1) * 1.05), left, right)


def step_durations_svg(steps: Sequence[Any], title: str = "Durasi tiap langkah") -> str:
    """Per step a strip plot of its durations against its standard; "Belum ada data" when no
    step was completed in the period."""
    scale = duration_scale(steps)
    if scale is None:
        return empty_svg(title, "chart-durations")
    rows = [_row_layout(s) for s in steps]
    beyond = sum(1 for s in steps for d in s.durations if scale.beyond(d))
    height = TOP + sum(h for h, _ in rows) + 44 + 15 * len(_axis_label(scale, beyond))
    svg = root(WIDTH, height, title, _durations_desc(steps, scale, beyond), "chart-durations")
    svg.set("data-scale", scale.kind)
    svg.set("data-low", f"{scale.low:g}")
    svg.set("data-high", f"{scale.high:g}")
    _durations_legend(svg)
    ticks = _ticks(scale)
    top, y = TOP, TOP
    for step, (row_height, lines) in zip(steps, rows, strict=True):
        _step_row(svg, step, scale, ticks, y, lines)
        y += row_height
    _axis(svg, scale, ticks, top, y, beyond)
    return tostring(svg)


def _row_layout(step: Any) -> tuple[float, list[str]]:
    lines = wrap(step.name or step.step_id, 40, most=2)
    return 16 * len(lines) + 3 * 14 + 42, lines


def _ticks(scale: Scale) -> list[float]:
    if scale.kind == "log":
        return log_ticks(scale.low, scale.high)
    return linear_ticks(scale.low, scale.high)


def _durations_desc(steps: Sequence[Any], scale: Scale, beyond: int) -> str:
    parts = [_step_words(s) for s in steps]
    if scale.kind == "log":
        parts.append("Skala logaritmik.")
    elif scale.kind == "clipped":
        parts.append(f"Skala dipotong pada {minutes_text(scale.high)}; {beyond} penyelesaian "
                     "lebih lama digambar di tepi kanan.")
    return " ".join(parts)


def _step_words(step: Any) -> str:
    if not step.count:
        return f"{step.name}: belum ada penyelesaian."
    standard = (f"mutu baku {step.standard}, tepat waktu {percent(step.on_time)}"
                if step.standard_minutes else "tanpa mutu baku waktu")
    return (f"{step.name}: {step.count} selesai, median {minutes_text(step.median)}, "
            f"p90 {minutes_text(step.p90)}, {standard}.")


def _durations_legend(svg: ET.Element) -> None:
    g = ET.SubElement(svg, "g", {"class": "legend", "aria-hidden": "true"})
    for x, colour, words in ((LEFT, DOT, "satu penyelesaian"),
                             (LEFT + 136, DOT_LATE, "lewat mutu baku")):
        ET.SubElement(g, "circle", {"cx": f"{x + 4}", "cy": "14", "r": "4", "fill": colour,
                                    "fill-opacity": "0.7"})
        text(g, x + 12, 18, words, 12, fill=MUTED)
    x = LEFT
    line(g, x + 2, 28, x + 2, 44, MEDIAN, 3)
    text(g, x + 9, 40, "median", 12, fill=MUTED)
    line(g, x + 72, 28, x + 72, 44, P90, 2, dash="3 2")
    text(g, x + 79, 40, "p90", 12, fill=MUTED)
    line(g, x + 122, 26, x + 122, 46, STANDARD, 2.5)
    text(g, x + 129, 40, "mutu baku waktu", 12, fill=MUTED)


def _step_row(svg: ET.Element, step: Any, scale: Scale, ticks: list[float], y: float,
              lines: list[str]) -> None:
    g = ET.SubElement(svg, "g", {"class": "step", "data-step": step.step_id,
                                 "aria-label": _step_words(step)})
    for i, words in enumerate(lines):
        text(g, LEFT, y + 14 + 16 * i, words, 13, weight="700", css="step-name")
    summary_y = y + 13 + 16 * len(lines)
    for i, words in enumerate(_summary(step)):
        text(g, LEFT, summary_y + 14 * i, words, 11.5, fill=MUTED, css="step-summary")
    band_top = summary_y + 2 * 14 + 8
    rect(g, LEFT, band_top, RIGHT - LEFT, 32, BAND, css="band")
    for tick in ticks:
        line(g, scale.x(tick), band_top, scale.x(tick), band_top + 32, GRID, 1)
    if not step.durations:
        text(g, (LEFT + RIGHT) / 2, band_top + 20, "Belum ada data pada periode ini", 12,
             "middle", MUTED, css="empty-note")
    _dots(g, step, scale, band_top + 16)
    _marks(g, step, scale, band_top)


def _summary(step: Any) -> list[str]:
    """Three short lines: who, how many against the standard, how long."""
    standard = (f"mutu baku {step.standard}" if step.standard_minutes
                else "tanpa mutu baku waktu")
    role = wrap(step.role or "", 52, most=1)[0]
    if not step.count:
        return [role, joined(["0 selesai", standard])]
    on_time = f"tepat waktu {percent(step.on_time)}" if step.standard_minutes else ""
    return [role, joined([f"{step.count} selesai", standard, on_time]),
            joined([f"median {minutes_text(step.median)}", f"p90 {minutes_text(step.p90)}"])]


def _dots(g: ET.Element, step: Any, scale: Scale, middle: float) -> None:
    durations = list(step.durations)
    if len(durations) > MAX_DOTS:  # an even sample keeps the shape and the page light
        durations = [durations[i * len(durations) // MAX_DOTS] for i in range(MAX_DOTS)]
    limit = step.standard_minutes
    for i, minutes in enumerate(durations):
        late = limit is not None and minutes > limit
        attrs = {"cx": f"{scale.x(minutes):.2f}", "cy": f"{middle + _jitter(i) * 12:.2f}",
                 "r": "3.2", "fill": DOT_LATE if late else DOT,
                 "fill-opacity": "0.75" if late else "0.55",
                 "class": "dot" + (" late" if late else "") +
                          (" beyond" if scale.beyond(minutes) else ""),
                 "data-minutes": f"{minutes:g}"}
        ET.SubElement(g, "circle", attrs)


def _jitter(i: int) -> float:
    """-1..1, the same for the same dot on every render (golden-ratio sequence, no random)."""
    return ((i * 0.6180339887) % 1.0) * 2 - 1


def _marks(g: ET.Element, step: Any, scale: Scale, band_top: float) -> None:
    if step.p90 is not None:
        line(g, scale.x(step.p90), band_top + 3, scale.x(step.p90), band_top + 29, P90, 2,
             css="p90", dash="3 2").set("data-minutes", f"{step.p90:g}")
    if step.median is not None:
        line(g, scale.x(step.median), band_top + 1, scale.x(step.median), band_top + 31,
             MEDIAN, 3, css="median").set("data-minutes", f"{step.median:g}")
    if step.standard_minutes:
        x = scale.x(step.standard_minutes)
        line(g, x, band_top - 4, x, band_top + 36, STANDARD, 2.5,
             css="standard").set("data-minutes", f"{step.standard_minutes:g}")


def _axis(svg: ET.Element, scale: Scale, ticks: list[float], top: float, bottom: float,
          beyond: int) -> None:
    g = ET.SubElement(svg, "g", {"class": "axis", "aria-hidden": "true"})
    line(g, LEFT, bottom + 4, RIGHT, bottom + 4, MUTED, 1)
    for tick in ticks:
        x = scale.x(tick)
        line(g, x, bottom + 4, x, bottom + 9, MUTED, 1)
        label = text(g, x, bottom + 22, tick_text(tick), 11, "middle", MUTED, css="tick")
        label.set("data-value", f"{tick:g}")
    label = text(g, LEFT, bottom + 42, "", 12, fill=INK, css="axis-label")
    for i, words in enumerate(_axis_label(scale, beyond)):
        ET.SubElement(label, "tspan", {"x": f"{LEFT}", "dy": "0" if i == 0 else "15"}).text = words


def _axis_label(scale: Scale, beyond: int) -> list[str]:
    if scale.kind == "log":
        return [*AXIS_WORDS, "Skala logaritmik"]
    if scale.kind == "clipped":
        return [*AXIS_WORDS, f"Skala dipotong pada {tick_text(scale.high)}:",
                f"{beyond} yang lebih lama digambar di tepi kanan"]
    return [*AXIS_WORDS]


# -- trend per month -------------------------------------------------------------------------------
TREND_H = 280
T_LEFT, T_RIGHT, T_TOP, T_BOTTOM = 34, WIDTH - 38, 60, 234


def trend_svg(monthly: Sequence[Any], target: float | None = None,
              title: str = "Tren per bulan") -> str:
    """Completions per month as bars (left axis) and the share on time as a line (right axis,
    0-100%); ``target`` (the rule's minimum share on time) as a dashed line when given."""
    if not monthly or not any(m.completed for m in monthly):
        return empty_svg(title, "chart-trend")
    svg = root(WIDTH, TREND_H, title, _trend_desc(monthly), "chart-trend")
    most = nice_ceiling(max(max(m.completed for m in monthly), 4))
    _trend_legend(svg, target)
    _trend_axes(svg, most)
    slot = (T_RIGHT - T_LEFT) / len(monthly)
    points: list[tuple[float, float] | None] = []
    for i, month in enumerate(monthly):
        centre = T_LEFT + slot * (i + 0.5)
        _bar(svg, month, centre, min(slot * 0.6, 56), most)
        _month_label(svg, month.month, centre, i == 0)
        points.append(None if month.on_time is None else (centre, _share_y(month.on_time)))
    if target is not None:
        y = _share_y(target)
        line(svg, T_LEFT, y, T_RIGHT, y, LINE, 1.2, css="target", dash="6 4")
    _share_line(svg, monthly, points)
    return tostring(svg)


def _trend_desc(monthly: Sequence[Any]) -> str:
    return " ".join(f"{_month_words(m.month)}: {m.completed} selesai, tepat waktu "
                    f"{percent(m.on_time)}." for m in monthly)


def _month_words(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def _share_y(share: float) -> float:
    return T_BOTTOM - share * (T_BOTTOM - T_TOP)


def _trend_legend(svg: ET.Element, target: float | None) -> None:
    g = ET.SubElement(svg, "g", {"class": "legend", "aria-hidden": "true"})
    x = 10
    rect(g, x, 10, 14, 12, BAR)
    text(g, x + 20, 20, "Berkas selesai (kiri)", 12, fill=MUTED)
    line(g, x + 160, 16, x + 184, 16, LINE, 2.5)
    ET.SubElement(g, "circle", {"cx": f"{x + 172}", "cy": "16", "r": "3.5", "fill": LINE})
    text(g, x + 190, 20, "Tepat waktu (kanan)", 12, fill=MUTED)
    if target is not None:
        line(g, x + 160, 34, x + 184, 34, LINE, 1.2, dash="6 4")
        text(g, x + 190, 38, f"Target {percent(target)}", 12, fill=MUTED)


def _trend_axes(svg: ET.Element, most: float) -> None:
    g = ET.SubElement(svg, "g", {"class": "axis", "aria-hidden": "true"})
    for count in linear_ticks(0, most, 5):
        y = T_BOTTOM - count / most * (T_BOTTOM - T_TOP)
        line(g, T_LEFT, y, T_RIGHT, y, GRID, 1)
        text(g, T_LEFT - 6, y + 4, f"{count:g}", 11, "end", MUTED, css="tick-count")
    for share in (0, 0.5, 1):
        text(g, T_RIGHT + 6, _share_y(share) + 4, percent(share), 11, fill=MUTED,
             css="tick-share")
    line(g, T_LEFT, T_BOTTOM, T_RIGHT, T_BOTTOM, MUTED, 1)


def _bar(svg: ET.Element, month: Any, centre: float, width: float, most: float) -> None:
    height = month.completed / most * (T_BOTTOM - T_TOP)
    bar = rect(svg, centre - width / 2, T_BOTTOM - height, width, height, BAR, css="bar")
    bar.set("data-month", month.month)
    bar.set("data-count", str(month.completed))
    ET.SubElement(bar, "title").text = f"{_month_words(month.month)}: {month.completed} selesai"
    if month.completed:
        text(svg, centre, T_BOTTOM - height - 4, str(month.completed), 11, "middle", INK,
             css="bar-count")


def _month_label(svg: ET.Element, month: str, centre: float, first: bool) -> None:
    year, number = month.split("-")
    text(svg, centre, T_BOTTOM + 16, MONTHS[int(number) - 1], 11.5, "middle", INK,
         css="month")
    if first or number == "01":
        text(svg, centre, T_BOTTOM + 31, year, 11, "middle", MUTED, css="year")


def _share_line(svg: ET.Element, monthly: Sequence[Any],
                points: list[tuple[float, float] | None]) -> None:
    segment: list[tuple[float, float]] = []
    for point in [*points, None]:
        if point is not None:
            segment.append(point)
            continue
        if len(segment) > 1:
            ET.SubElement(svg, "polyline", {
                "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in segment), "fill": "none",
                "stroke": LINE, "stroke-width": "2.5", "class": "share-line"})
        segment = []
    for month, point in zip(monthly, points, strict=True):
        if point is None:
            continue
        dot = ET.SubElement(svg, "circle", {"cx": f"{point[0]:.1f}", "cy": f"{point[1]:.1f}",
                                            "r": "4", "fill": LINE, "class": "share",
                                            "data-share": f"{month.on_time:.4f}"})
        ET.SubElement(dot, "title").text = (f"{_month_words(month.month)}: tepat waktu "
                                            f"{percent(month.on_time)}")


# -- bottleneck ------------------------------------------------------------------------------------
def bottleneck_ranks(steps: Sequence[Any]) -> dict[str, int]:
    """step_id -> heat class 0 (cases wait longest) .. 4 (shortest), by median duration; steps
    without a completion get none. Ranks, not absolute thresholds: the question is *where* in
    this SOP cases wait, whatever its scale."""
    timed = sorted((s for s in steps if s.median is not None),
                   key=lambda s: (-s.median, s.step_id))
    last = len(HEAT) - 1
    ranks: dict[str, int] = {}
    for i, step in enumerate(timed):
        tied = i and timed[i - 1].median == step.median
        ranks[step.step_id] = (ranks[timed[i - 1].step_id] if tied
                               else round(i * last / max(len(timed) - 1, 1)))
    return ranks


def bottleneck_colours(steps: Sequence[Any]) -> dict[str, str]:
    """step_id -> fill colour (HEAT), darkest where the median wait is longest."""
    return {step_id: HEAT[rank] for step_id, rank in bottleneck_ranks(steps).items()}


def bottleneck_notes(steps: Sequence[Any]) -> dict[str, str]:
    """step_id -> words for the diagram node (its accessible name): colour is not the only
    sign."""
    ranks = bottleneck_ranks(steps)
    return {s.step_id: f"median {minutes_text(s.median)}, {s.count} selesai, "
                       f"{s.waiting} menunggu" for s in steps if s.step_id in ranks}


def bottleneck_legend() -> list[tuple[int, str, str]]:
    """(heat class, colour, words) for the legend under the diagram."""
    words = ("Paling lama", "Lama", "Sedang", "Cepat", "Paling cepat")
    return [(i, colour, words[i]) for i, colour in enumerate(HEAT)]
