"""The monitoring charts (reports/charts.py): rendered from known rows and read back with lxml."""

from __future__ import annotations

import pytest
from lxml import etree

from reports.charts import (
    HEAT,
    bottleneck_colours,
    bottleneck_ranks,
    duration_scale,
    step_durations_svg,
    trend_svg,
)
from reports.monitoring import MonthRow, StepRow
from reports.svgkit import minutes_text, tick_text

SVG = {"s": "http://www.w3.org/2000/svg"}


def step(step_id: str, durations: list[float], standard: float | None = 120,
         name: str = "", waiting: int = 0) -> StepRow:
    ordered = sorted(durations)
    middle = ordered[len(ordered) // 2] if ordered else None
    return StepRow(step_id=step_id, name=name or f"Langkah {step_id}", role="Kasubag Umum",
                   standard=f"{standard // 60:g} Jam" if standard else "",
                   standard_minutes=standard, count=len(durations), median=middle,
                   p90=ordered[int(0.9 * (len(ordered) - 1))] if ordered else None,
                   on_time=(sum(d <= standard for d in durations) / len(durations)
                            if durations and standard else None),
                   tidak=None, tidak_rate=None, waiting=waiting, overdue=0, durations=durations)


def parse(svg: str) -> etree._Element:
    root = etree.fromstring(svg.encode())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == "100%" and root.get("viewBox")
    assert root.find("s:title", SVG).text and root.get("role") == "img"
    return root


def x_of(root: etree._Element, minutes: float) -> float:
    """Where the chart's own scale (stated on the svg) puts ``minutes``."""
    low, high = float(root.get("data-low")), float(root.get("data-high"))
    scale = duration_scale([step("a", [low, high], None)])
    assert scale is not None
    return scale.left + (minutes - low) / (high - low) * (scale.right - scale.left)


def test_one_dot_per_completion_and_the_standard_where_the_scale_puts_it():
    steps = [step("terima", [30, 45, 60, 90, 100, 150]), step("periksa", [200, 230, 260], 240),
             step("arsip", [], 60)]
    root = parse(step_durations_svg(steps))
    assert root.get("data-scale") == "linear"
    groups = root.findall("s:g[@class='step']", SVG)
    assert [g.get("data-step") for g in groups] == ["terima", "periksa", "arsip"]
    for group, row in zip(groups, steps, strict=True):
        dots = group.findall("s:circle", SVG)
        assert len(dots) == row.count
        assert sorted(float(d.get("data-minutes")) for d in dots) == sorted(row.durations)
        standard = group.find("s:line[@class='standard']", SVG)
        assert float(standard.get("x1")) == pytest.approx(x_of(root, row.standard_minutes),
                                                          abs=0.02)
    late = groups[0].findall("s:circle[@class='dot late']", SVG)
    assert sorted(float(d.get("data-minutes")) for d in late) == [150]
    median = groups[0].find("s:line[@class='median']", SVG)
    assert float(median.get("x1")) == pytest.approx(x_of(root, 90), abs=0.02)
    texts = " ".join(root.itertext())
    assert "Belum ada data pada periode ini" in texts  # arsip: no completion
    assert "mutu baku 2 Jam" in texts and "tepat waktu 83%" in texts
    assert "Durasi dari siap sampai selesai" in texts


def test_a_step_without_standard_says_so_and_draws_no_standard_line():
    root = parse(step_durations_svg([step("ttd", [10, 20, 30], None)]))
    group = root.find("s:g[@class='step']", SVG)
    assert group.find("s:line[@class='standard']", SVG) is None
    assert "tanpa mutu baku waktu" in " ".join(group.itertext())
    assert len(group.findall("s:circle", SVG)) == 3


def test_a_few_outliers_clip_the_scale_and_the_axis_says_so():
    bulk = [60 + i for i in range(40)]
    root = parse(step_durations_svg([step("a", bulk + [5000, 9000], 120)]))
    assert root.get("data-scale") == "clipped"
    high = float(root.get("data-high"))
    assert 120 <= high < 5000
    beyond = root.findall(".//s:circle[@class='dot late beyond']", SVG)
    assert len(beyond) == 2
    assert all(float(c.get("cx")) == pytest.approx(x_of(root, high), abs=0.02) for c in beyond)
    assert len(root.findall(".//s:circle", SVG)) - 2 == 42  # two legend dots
    assert f"Skala dipotong pada {tick_text(high)}: 2 yang lebih lama" in " ".join(root.itertext())


def test_steps_of_different_magnitudes_get_a_log_scale():
    root = parse(step_durations_svg([step("cepat", [5, 6, 8, 10], 15),
                                     step("lama", [2000, 3000, 4000], 2880)]))
    assert root.get("data-scale") == "log"
    assert "Skala logaritmik" in " ".join(root.itertext())
    ticks = [float(t.get("data-value")) for t in root.iterfind(".//s:text[@class='tick']", SVG)]
    xs = [float(t.get("x")) for t in root.iterfind(".//s:text[@class='tick']", SVG)]
    assert ticks == sorted(ticks) and xs == sorted(xs) and len(ticks) >= 3


def test_jitter_is_the_same_on_every_render():
    steps = [step("a", [10, 20, 30, 40, 50])]
    assert step_durations_svg(steps) == step_durations_svg(steps)


def test_many_completions_are_sampled_and_the_page_stays_light():
    root = parse(step_durations_svg([step("a", [float(i % 300) for i in range(20_000)])]))
    assert len(root.find("s:g[@class='step']", SVG).findall("s:circle", SVG)) == 1500


def test_a_name_from_the_model_is_escaped():
    svg = step_durations_svg([step("a", [10], 60, name="<script>alert(1)</script> & co")])
    assert "<script>" not in svg
    assert "<script>alert(1)</script> & co" in " ".join(parse(svg).itertext())


def test_empty_data_renders_belum_ada_data():
    for svg in (step_durations_svg([]), step_durations_svg([step("a", [])]), trend_svg([]),
                trend_svg([MonthRow("2026-07", 0, None, None, 0)])):
        root = parse(svg)
        assert "Belum ada data" in " ".join(root.itertext())
        assert not root.findall(".//s:circle", SVG)


def test_trend_one_bar_per_month_and_the_on_time_line():
    months = [MonthRow("2026-07", 12, 0.75, 100.0, 1), MonthRow("2026-08", 0, None, None, 0),
              MonthRow("2026-09", 30, 1.0, 80.0, 2), MonthRow("2026-10", 6, 0.5, 90.0, 0)]
    root = parse(trend_svg(months, target=0.8))
    bars = root.findall("s:rect[@class='bar']", SVG)
    assert [(b.get("data-month"), int(b.get("data-count"))) for b in bars] == [
        ("2026-07", 12), ("2026-08", 0), ("2026-09", 30), ("2026-10", 6)]
    heights = [float(b.get("height")) for b in bars]
    assert heights[2] == pytest.approx(heights[0] * 30 / 12) and heights[1] == 0
    points = root.findall("s:circle[@class='share']", SVG)
    assert [float(p.get("data-share")) for p in points] == [0.75, 1.0, 0.5]
    ys = [float(p.get("cy")) for p in points]
    assert ys[1] < ys[0] < ys[2]  # higher share, higher on the chart
    # a month without completions breaks the line: two segments
    lines = root.findall("s:polyline[@class='share-line']", SVG)
    assert [len(pl.get("points").split()) for pl in lines] == [2]
    words = " ".join(root.itertext())
    for month in ("Jul", "Agu", "Sep", "Okt", "2026", "Target 80%", "100%", "0%"):
        assert month in words
    assert root.find("s:line[@class='target']", SVG) is not None


def test_bottleneck_colours_ranked_by_median_wait():
    steps = [step("a", [10, 10, 10]), step("b", [500, 600, 700]), step("c", [100, 120, 140]),
             step("d", []), step("e", [50, 60, 70])]
    ranks = bottleneck_ranks(steps)
    assert "d" not in ranks  # no completion: not coloured
    order = sorted(ranks, key=ranks.get)
    assert order == ["b", "c", "e", "a"]
    assert ranks["b"] == 0 and ranks["a"] == len(HEAT) - 1
    colours = bottleneck_colours(steps)
    assert colours["b"] == HEAT[0] and colours["a"] == HEAT[-1]
    many = [step(f"s{i:02d}", [float(i + 1)] * 3) for i in range(12)]
    ranked = bottleneck_ranks(many)
    assert ranked["s11"] == 0 and ranked["s00"] == 4
    assert all(ranked[f"s{i:02d}"] >= ranked[f"s{i + 1:02d}"] for i in range(11))


def test_words_for_durations():
    assert minutes_text(42) == "42 mnt"
    assert minutes_text(90) == "1 jam 30 mnt"
    assert minutes_text(1440 * 2 + 180) == "2 hari 3 jam"
    assert minutes_text(None) == "–"
    assert tick_text(90) == "1,5 jam" and tick_text(2880) == "2 hari" and tick_text(0) == "0"

