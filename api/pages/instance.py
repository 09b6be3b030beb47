"""The instance page: the timeline of every step occurrence and the diagram with where it stands."""

from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _
from flask_login import login_required
from markupsafe import Markup

from engine.errors import Forbidden
from engine.runtime import InstanceView

from ..calendar import days_off
from .blueprint import actor, bp, runtime
from .calls import call_entries, caller_of, with_calls
from .case_admin import action_entries, admin_panel
from .comments import case_comments
from .diagram import Marks, taken_pairs
from .document_views import case_documents
from .people import people
from .sops import process_diagram, process_spec
from .svg import render_svg
from .timefmt import as_utc, now_utc
from .timeline import build_timeline, with_comments
from .timer_entries import timer_entries


@bp.route("/instans/<int:instance_id>")
@login_required
def instance_page(instance_id: int) -> str:
    require_may_see(instance_id)
    instance = runtime().instance(instance_id)
    spec = process_spec(instance.definition_key, instance.definition_version)
    history = runtime().history(instance_id)
    names = people([e.get(k) for e in history for k in ("claimed_by", "completed_by")]
                   + [instance.started_by] + [t.assignee for t in instance.tasks])
    rows = build_timeline(history, spec, now_utc(), days_off(instance.instansi), names)
    ended = as_utc(instance.ended_at) if instance.ended_at else None
    return render_template(
        "instance.html", instance=instance, rows=rows, svg=_svg(instance), names=names,
        timeline=with_calls(with_comments(rows, case_comments(
            instance_id, {e["task_id"]: e["name"] for e in history})
            + action_entries(instance_id, names) + timer_entries(instance_id, spec)),
            call_entries(instance_id)),
        admin_panel=admin_panel(instance),
        caller=caller_of(instance_id),
        started_at=as_utc(instance.started_at), ended_at=ended,
        took=(ended - as_utc(instance.started_at)) if ended else None,
        doc_groups=case_documents(instance_id), active="inbox")


def require_may_see(instance_id: int) -> None:
    """The case page's refusal, also for its documents: engine.access decides (the API's
    rule); a page may say why, where the API answers 404."""
    if not runtime().may_see(actor(), instance_id):  # NotFound when there is no such case
        raise Forbidden(
            f"Anda tidak berhak melihat berkas #{instance_id}: berkas ini bukan SOP jabatan Anda "
            "di instansinya, dan Anda tidak memulai atau mengerjakannya.",
            f"You may not see case #{instance_id}: it is not an SOP of your roles in its "
            "instansi, and you neither started it nor acted in it.")


def _svg(instance: InstanceView) -> Markup | None:
    diagram = process_diagram(instance.definition_key, instance.definition_version)
    if diagram is None:
        return None
    activities = runtime().activities(instance.id)
    marks = Marks(done=frozenset(a.node_id for a in activities),
                  current=frozenset(t.step_id for t in instance.tasks),
                  taken=taken_pairs((a.from_node_id, a.node_id) for a in activities))
    title = _("Diagram SOP %(name)s", name=instance.sop_name)
    return render_svg(diagram, marks, title, {"done": _("Selesai"),
                                              "current": _("Langkah saat ini")})
