"""The task page: the step, its mutu baku, what came before, and the form generated from the model.

GET shows the form; POST completes the task through ``Runtime.complete`` with the HTML face's
validator (the task's own WTForms class), so a refused form comes back with the same messages
the JSON API gives, each beside its field, and what was typed kept.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response
from wtforms import Form

from engine.db import transaction
from engine.deadlines import is_late
from engine.errors import Conflict, EngineError, InvalidData
from engine.runtime import InstanceView, TaskView
from engine.tidak import LANJUT, TOLAK, tidak_kind
from forms import FormDefinition, form_definition, previous_values, wtform_class
from forms.definition import DECISION_NO, DECISION_YES

from ..calendar import days_off
from .blueprint import actor, bp, factory, runtime
from .comments import task_comments
from .diagram import flow_names
from .documents import refused_before_validation, task_documents
from .drafts import asks_for_draft, clock, restore_page_draft, save_page_draft
from .handover import handover_panel
from .i18n import locale, localized
from .people import people
from .sops import process_spec
from .start import linked_sops
from .steps import answer_names, mutu_baku
from .submission import FormSubmission
from .timefmt import as_utc, now_utc
from .timeline import build_timeline, last_return_before


@bp.route("/tugas/<task_id>", methods=["GET", "POST"])
@login_required
def task_page(task_id: str) -> str | Response | tuple[str, int]:
    try:
        view = runtime().task(task_id, actor())  # Forbidden -> the refusal page
    except Conflict as err:  # already completed: by me is no conflict, just say so
        if err.details.get("completedBy") != actor().username:
            raise
        return render_template("task_done.html", instance_id=err.details.get(
            "processInstanceId"), active="inbox")
    spec = process_spec(view.definition_key, view.definition_version)
    definition = form_definition(spec.task_specs[view.step_id])
    if request.method == "GET":
        return _render(view, spec, definition, None)
    if asks_for_draft(request.form):  # Simpan draf: keep what was typed, complete nothing
        return _save_draft(view, spec, definition)
    submission = FormSubmission()
    try:
        instance = runtime().complete(task_id, actor(), request.form, validate=submission)
    except InvalidData as err:
        form = submission.checked.form if submission.checked else \
            refused_before_validation(definition, err)
        if not err.details.get("errors"):  # not one field's fault (a condition that failed)
            flash(localized(err), "error")
        return _render(view, spec, definition, form), 422
    return _after_completion(view, instance, request.form.get("keputusan"))


def _save_draft(view: TaskView, spec: Any, definition: FormDefinition
                ) -> Response | tuple[str, int]:
    """Save the form as the user's draft and show the task again (restored from it); a
    refusal keeps what was typed on the page."""
    try:
        saved = save_page_draft(view.id, definition, request.form)
    except EngineError as err:
        flash(localized(err), "error")
        return _render(view, spec, definition, wtform_class(definition)(request.form)), \
            err.status
    flash(_("Draf disimpan pukul %(time)s.", time=clock(saved.saved_at)), "success")
    return redirect(url_for("pages.task_page", task_id=view.id))


def _render(view: TaskView, spec: Any, definition: FormDefinition, form: Form | None) -> str:
    """The page; ``form`` is the refused submission, None for a fresh form (pre-filled from
    the step's previous attempt in this case when it is being redone)."""
    me = actor()
    ready_at = as_utc(view.ready_at)
    standard = mutu_baku(view.properties, ready_at, days_off(view.instansi))
    history = runtime().history(view.instance_id)
    names = people([e.get(k) for e in history for k in ("claimed_by", "completed_by")]
                   + [view.assignee])
    rows = build_timeline(history, spec, now_utc(), days_off(view.instansi), names)
    prefilled = previous_values(definition, _previous_data(history, view)) if form is None \
        else {}
    restored = None  # when the user's draft was saved, if the form is filled from it
    if form is None:
        form = wtform_class(definition)(data=prefilled)
        restored = restore_page_draft(view.id, definition, form)
    decision = definition.decision()
    tidak = tidak_kind(spec, view.step_id) if decision is not None else None
    refuses = tidak == TOLAK
    blocked = separation_notice(view)
    may_act = (me.holds(view.role, view.instansi) and view.assignee in (None, me.username)
               and blocked is None)
    return render_template(
        "task.html", task=view, ready_at=ready_at, standard=standard,
        late=is_late(standard.deadline, None, now_utc()), form=form, definition=definition,
        fields=_fields(definition), checklist=definition.checklist(), decision=decision,
        decision_fields=_decision_fields(definition),
        answers=_answers(view, spec, definition, tidak) if decision else {},
        prefilled=bool(prefilled), assignee=names.get(view.assignee or "", view.assignee),
        refuses=refuses, draft_restored=restored, comments=task_comments(view.id),
        earlier=[r for r in rows if r.completed_at], returned=last_return_before(rows, view.id),
        may_act=may_act, **task_documents(view, spec.task_specs[view.step_id], may_act),
        holds_role=me.holds(view.role, view.instansi), separation_blocked=blocked,
        linked=linked_sops(standard.linked_keys), handover=handover_panel(view, me),
        active="inbox")


def separation_notice(view: TaskView) -> str | None:
    """Why this user may not act on the step (pemisahan tugas, engine.separation), in the
    page's language; None when nothing stops them."""
    found = view.separation or {}
    if not found.get("blocked"):
        return None
    return found["message_en"] if locale() == "en" else found["message"]


def _previous_data(history: list[dict[str, Any]], view: TaskView) -> dict[str, Any] | None:
    """What the latest completed earlier attempt of this step in this case recorded."""
    done = [e for e in history if e["step_id"] == view.step_id and e["task_id"] != view.id
            and e.get("completed_at") and e.get("data")]
    return done[-1]["data"] if done else None


def _answers(view: TaskView, spec: Any, definition: FormDefinition,
             tidak: str | None) -> dict[str, str]:
    """The two buttons' words: the model's own answers (Ada / Tidak ada), else ours."""
    words = answer_names(spec, view.step_id,
                         _flow_names(view.definition_key, view.definition_version),
                         definition.answers())
    return {DECISION_YES: words.get(DECISION_YES) or _("Setujui"),
            DECISION_NO: words.get(DECISION_NO) or (
                {TOLAK: _("Tolak"), LANJUT: _("Tidak")}.get(tidak or "",
                                                            _("Kembalikan untuk Perbaikan")))}


def _flow_names(key: str, version: int) -> dict[tuple[str, str], str]:
    with transaction(factory()) as db:
        definition = runtime().definition(db, key, version)
        definition_id, xml = definition.id, definition.bpmn_xml
    return _flow_names_of(definition_id, xml)


@lru_cache(maxsize=128)
def _flow_names_of(definition_id: int, xml: str) -> dict[tuple[str, str], str]:
    """Parsed once per deployed definition (they never change)."""
    return flow_names(xml)


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
    if instance.outcome == "ditolak":  # a Tidak that ends the SOP (engine.outcomes)
        flash(_("Berkas %(nomor)s ditolak: SOP \u201c%(name)s\u201d berakhir di langkah "
                "\u201c%(step)s\u201d.", nomor=instance.business_key or f"#{instance.id}",
                name=instance.sop_name, step=view.name), "warning")
        return redirect(url_for("pages.instance_page", instance_id=instance.id))
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
