"""The BPMN modeler page (``/perancang/sop/<key>``): placeholder until built (issue 15)."""

from __future__ import annotations

from .blueprint import bp
from .designer import designer_required


@bp.route("/perancang/sop/<key>")
@designer_required
def designer_modeler(key: str) -> str:
    return key
