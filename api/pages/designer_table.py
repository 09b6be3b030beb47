"""The SOP table editor page (``/perancang/sop/<key>/tabel``): placeholder until built."""

from __future__ import annotations

from .blueprint import bp
from .designer import designer_required


@bp.route("/perancang/sop/<key>/tabel")
@designer_required
def designer_table(key: str) -> str:
    return key
