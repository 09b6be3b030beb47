"""The task page: the step, its mutu baku, what came before, and the form generated from the model.

GET shows the form; POST completes the task through ``Runtime.complete`` with the HTML face's
validator (the task's own WTForms class), so a refused form comes back with the same messages
the JSON API gives, each beside its field, and what was typed kept.
"""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response
from wtforms import Form

from engine.deadlines import is_late
from engine.errors import InvalidData
from engine.runtime import InstanceView, TaskView
from forms import FormDefinition, form_definition, wtform_class

from ..calendar import days_off
from .blueprint import actor, bp, runtime
from .i18n import localized
from .sops import process_spec
from .start import linked_sops
from .steps import mutu_baku, tidak_ends
from .submission import FormSubmission
from .timefmt import as_utc, now_utc
from .timeline import build_timeline, last_return_before


@bp.route("/tugas/<task_id>", methods=["GET", "POST"])
@login_required
def task_page(task_id: str) -> str | Response | tuple[str, int]:
    view = runtime().task(task_id, actor())  # Forbidden -> the refusal page
    spec = process_spec(view.definition_key, view.definition_version)
    definition = form_definition(spec.task_specs[view.step_id])
    if request.method == "GET":
        return _render(view, spec, definition, wtform_class(definition)())
    submission = FormSubmission()
    try:
        instance = runtime().complete(task_id, actor(), request.form, validate=submission)
    except InvalidData as err:
        form = submission.checked.form if submission.checked else wtform_class(definition)()
        if not err.details.get("errors"):  # not one field's fault (a condition that failed)
            flash(localized(err), "error")
        return _render(view, spec, definition, form), 422
    return _after_completion(view, instance, request.form.get("keputusan"))


def _render(view: TaskView, spec: Any, definition: FormDefinition, form: Form) -> str:
    me = actor()
    ready_at = as_utc(view.ready_at)
    standard = mutu_baku(view.properties, ready_at, days_off(view.instansi))
    rows = build_timeline(runtime().history(view.instance_id), spec, now_utc(),
                          days_off(view.instansi))
    decision = definition.decision()
    return render_template(
        "task.html", task=view, ready_at=ready_at, standard=standard,
        late=is_late(standard.deadline, None, now_utc()), form=form, definition=definition,
        fields=_fields(definition), checklist=definition.checklist(), decision=decision,
        decision_fields=_decision_fields(definition),
        refuses=decision is not None and tidak_ends(spec, view.step_id),
        earlier=[r for r in rows if r.completed_at], returned=last_return_before(rows, view.id),
        may_act=me.holds(view.role, view.instansi) and view.assignee in (None, me.username),
        holds_role=me.holds(view.role, view.instansi),
        linked=linked_sops(standard.linked_keys), active="inbox")


def _fields(definition: FormDefinition) -> list[Any]:
    """The form's fields other than the checklist and the decision group (shown on their own)."""
    special = {f.id for f in definition.checklist()}
    special |= {f.id for f in _decision_fields(definition)}
    if definition.decision():
        special.add(definition.decision().id)
    return [f for f in definition.fields if f.id not in special]


def _decision_fields(definition: FormDefinition) -> list[Any]:
    """Fields that depend on the decision (the alasan): shown with its two buttons."""
    decision = definition.decision()
    if decision is None:
        return []
    return [f for f in definition.fields if f.required_if and f.required_if[0] == decision.id]


def _after_completion(view: TaskView, instance: InstanceView, keputusan: str | None) -> Response:
    """Say what happened; go on to my next step of this instance, else back to my inbox."""
    me = actor()
    if keputusan == "Tidak":
        flash(_("Langkah \u201c%(name)s\u201d dikembalikan.", name=view.name), "success")
    else:
        flash(_("Langkah \u201c%(name)s\u201d selesai.", name=view.name), "success")
    if instance.status == "completed":
        flash(_("SOP \u201c%(name)s\u201d selesai.", name=instance.sop_name), "success")
        return redirect(url_for("pages.instance_page", instance_id=instance.id))
    for task in instance.tasks:
        if me.holds(task.role, task.instansi) and task.assignee in (None, me.username):
            return redirect(url_for("pages.task_page", task_id=task.id))
    return redirect(url_for("pages.inbox"))
