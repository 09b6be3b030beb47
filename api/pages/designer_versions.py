"""Two versions of an SOP side by side (``/perancang/sop/<key>/banding?dari=<v>&ke=<w>``).

What changed (design.version_diff) as a list grouped by kind, and on the two diagrams drawn on
the server: added steps green on the new side, removed ones red on the old side, changed ones
amber on both, each also with a text mark (+, −, ~) so colour is never the only sign. ``ke=draf``
compares the user's own draft. Designers only, SOPs of their instansi only (workbench.open_sop).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from flask import render_template, request
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from design import version_diff
from engine.db import transaction

from .blueprint import actor, bp, factory
from .designer import designer_required
from .diagram import Diagram, read_diagram
from .svg import render_svg

KIND_TITLES = {
    "added": _l("Langkah ditambahkan"),
    "removed": _l("Langkah dihapus"),
    "renamed": _l("Langkah diganti nama"),
    "moved_lane": _l("Langkah dipindah pelaksana"),
    "waktu": _l("Waktu diubah"),
    "kelengkapan": _l("Kelengkapan diubah"),
    "output": _l("Output diubah"),
    "decision": _l("Keputusan diubah"),
    "lane_added": _l("Pelaksana ditambahkan"),
    "lane_removed": _l("Pelaksana dihapus"),
}
MARK_TEXT = {"added": "+", "removed": "−", "changed": "~"}
MARK_WORDS = {"added": _l("ditambahkan"), "removed": _l("dihapus"), "changed": _l("diubah")}


@bp.route("/perancang/sop/<key>/banding")
@designer_required
def designer_versions(key: str) -> str:
    """The changes between ``dari`` and ``ke`` (a version number or ``draf``)."""
    with transaction(factory()) as db:
        found = version_diff.between(db, actor(), key, request.args.get("dari"),
                                     request.args.get("ke"))
    english = str(get_locale() or "id") == "en"
    groups = [{"kind": kind, "title": KIND_TITLES[kind],
               "changes": [_change_row(c, english) for c in changes]}
              for kind, changes in found.diff.grouped()]
    return render_template(
        "designer_versions.html", found=found, groups=groups, active="designer",
        total=len(found.diff.changes), draft=version_diff.DRAFT,
        old_svg=_side_svg(found, "old"), new_svg=_side_svg(found, "new"),
        marks=MARK_TEXT)


def _change_row(change: version_diff.Change, english: bool) -> dict[str, Any]:
    return {"text": change.message_en if english else change.message, "kind": change.kind,
            "old_id": change.old_id or "", "new_id": change.new_id or "",
            "matched_by": change.matched_by}


def _side_svg(found: version_diff.Comparison, side: str) -> Markup | None:
    """One side's diagram with its changes marked; None when the model has no layout."""
    model = found.old if side == "old" else found.new
    diagram = read_diagram(model.xml)
    if diagram is None:
        return None
    marks = found.diff.marks(side)
    tints = {element: (f"diff-{mark}", str(MARK_WORDS[mark])) for element, mark in marks.items()}
    label = model.version if model.version is not None else _("draf")
    title = _("Diagram %(name)s, %(side)s", name=found.name, side=_side_name(side, label))
    svg = str(render_svg(diagram, None, title, tints=tints))
    return Markup(_overlay(_unique_ids(svg, side), diagram, marks))


def _side_name(side: str, label: Any) -> str:
    return _("versi lama (%(v)s)", v=label) if side == "old" else _("versi baru (%(v)s)", v=label)


def _unique_ids(svg: str, side: str) -> str:
    """Two diagrams on one page: give the title and arrow markers ids of their own."""
    return (svg.replace('"diagram-title"', f'"diagram-title-{side}"')
            .replace('id="arrow', f'id="{side}-arrow').replace("url(#arrow", f"url(#{side}-arrow"))


def _overlay(svg: str, diagram: Diagram, marks: dict[str, str]) -> str:
    """Draw a mark (+ − ~) at the corner of every marked shape, and a coloured outline round a
    marked lane (render_svg tints flow nodes only), on top of the diagram."""
    group = ET.Element("g", {"class": "diff-marks", "aria-hidden": "true"})
    for shape in diagram.shapes:
        mark = marks.get(shape.id)
        if mark is None:
            continue
        box = shape.box
        if shape.kind in ("lane", "participant"):
            ET.SubElement(group, "rect", {"class": f"diff-lane diff-{mark}", "x": f"{box.x:g}",
                                          "y": f"{box.y:g}", "width": f"{box.w:g}",
                                          "height": f"{box.h:g}"})
            cx, cy = box.x + 15, box.y + 14
        else:
            cx, cy = box.x + box.w - 2, box.y + 2
        badge = ET.SubElement(group, "g", {"class": f"diff-badge diff-{mark}",
                                           "data-id": shape.id})
        ET.SubElement(badge, "circle", {"cx": f"{cx:g}", "cy": f"{cy:g}", "r": "9"})
        ET.SubElement(badge, "text", {"x": f"{cx:g}", "y": f"{cy + 4.5:g}",
                                      "text-anchor": "middle"}).text = MARK_TEXT[mark]
    end = svg.rindex("</svg>")
    return svg[:end] + ET.tostring(group, encoding="unicode") + svg[end:]
