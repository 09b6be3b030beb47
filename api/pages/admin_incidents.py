"""Admin: Insiden. What the engine could not do on its own (a gateway condition that failed at
run time), newest first, with the case it belongs to; an admin marks one Selesai once dealt
with (audited). Open incidents only unless ``?semua=1``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from engine import incidents
from engine.db import transaction
from engine.models import ProcessInstance, as_utc

from .admin_users import admin_required, page_number
from .blueprint import actor, bp, factory

PAGE_SIZE = 50


@dataclass(frozen=True)
class IncidentRow:
    id: int
    instance_id: int
    sop_name: str
    element_id: str
    message: str
    created_at: datetime
    resolved_at: datetime | None


@bp.route("/admin/insiden")
@admin_required
def admin_incidents() -> str:
    page, every = page_number(), request.args.get("semua") == "1"
    with transaction(factory()) as db:
        total = incidents.count(db, include_resolved=every)
        rows = []
        for found in incidents.incidents(db, include_resolved=every, limit=PAGE_SIZE,
                                         offset=(page - 1) * PAGE_SIZE):
            instance = db.get(ProcessInstance, found.instance_id)
            rows.append(IncidentRow(
                found.id, found.instance_id, instance.definition.name if instance else "",
                found.element_id, found.message, as_utc(found.created_at),
                as_utc(found.resolved_at) if found.resolved_at else None))
    return render_template("admin_incidents.html", rows=rows, every=every, page=page,
                           pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1), total=total,
                           active="admin_incidents")


@bp.route("/admin/insiden/<int:incident_id>/selesai", methods=["POST"])
@admin_required
def admin_incident_resolve(incident_id: int) -> Response:
    with transaction(factory(), write=True) as db:
        incidents.resolve(db, incident_id, actor().username, request.remote_addr or "")
    flash(_("Insiden #%(id)s ditandai selesai.", id=incident_id), "success")
    return redirect(url_for("pages.admin_incidents"))
