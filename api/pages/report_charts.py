"""The per-SOP chart block of the monitoring page: the SVG strings its template shows.

``chart_context(monitoring, definition)`` is what a view merges into its template context;
``_monitoring_charts.html`` also calls :func:`monitoring_charts` itself (a Jinja global) when a
view did not, so including the template with ``monitoring`` set is enough. The charts are drawn
by :mod:`reports.charts` (no Flask there); only the coloured diagram is drawn here, because the
diagram renderer (api/pages/svg.py) belongs to the pages.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from markupsafe import Markup

from engine.errors import NotFound
from reports import charts, svgkit

from .blueprint import bp
from .diagram import Diagram
from .sops import process_diagram
from .svg import render_svg


def chart_context(monitoring: Any, definition: Any = None, target: float | None = None
                  ) -> dict[str, Any]:
    """``chart_svgs`` for ``_monitoring_charts.html``: durations, trend, bottleneck diagram
    (None when the BPMN has no layout) and its legend. ``definition`` is the ProcessDefinition
    whose diagram is coloured (default: the SOP's latest version); ``target`` the rule's
    minimum share on time, drawn on the trend (default: the rule the monitoring was measured
    under)."""
    if target is None:
        target = (getattr(monitoring, "rule", None) or {}).get("min_on_time")
    return {"chart_svgs": {
        "durations": Markup(charts.step_durations_svg(
            monitoring.steps, _("Durasi tiap langkah: %(name)s", name=monitoring.name))),
        "trend": Markup(charts.trend_svg(
            monitoring.monthly, target, _("Tren per bulan: %(name)s", name=monitoring.name))),
        "bottleneck": _bottleneck(monitoring, definition),
        "legend": charts.bottleneck_legend(),
    }}


@bp.app_template_global("monitoring_charts")
def monitoring_charts(monitoring: Any, definition: Any = None,
                      target: float | None = None) -> dict[str, Any]:
    """The template's own way to the charts when its view did not pass ``chart_svgs``."""
    return chart_context(monitoring, definition, target)["chart_svgs"]


def _bottleneck(monitoring: Any, definition: Any) -> Markup | None:
    diagram = _diagram_of(monitoring, definition)
    if diagram is None:
        return None
    ranks = charts.bottleneck_ranks(monitoring.steps)
    notes = charts.bottleneck_notes(monitoring.steps)
    tints = {step_id: (f"heat-{rank}", notes[step_id]) for step_id, rank in ranks.items()}
    title = _("Diagram %(name)s diwarnai menurut lama menunggu", name=monitoring.name)
    return render_svg(diagram, None, title, tints=tints)


def _diagram_of(monitoring: Any, definition: Any) -> Diagram | None:
    """The diagram of ``definition``, else of the version the monitoring measured (its
    latest); None when there is none or it has no layout."""
    if definition is not None:
        key, version = definition.key, definition.version
    else:
        key, version = monitoring.key, getattr(monitoring, "version", 0) or None
    try:
        return process_diagram(key, version)
    except NotFound:
        return None


@bp.app_template_filter("minutes_text")
def minutes_text(minutes: float | None) -> str:
    """Working minutes as "1 jam 30 mnt" (the charts' words)."""
    return svgkit.minutes_text(minutes)
