"""Two versions of an SOP side by side (``/perancang/sop/<key>/banding``): placeholder."""

from __future__ import annotations

from .blueprint import bp
from .designer import designer_required


@bp.route("/perancang/sop/<key>/banding")
@designer_required
def designer_versions(key: str) -> str:
    return key
