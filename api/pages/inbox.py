"""Tugas Saya: the ready tasks of my roles and those I claimed; Ambil (claim) and Lepas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine.deadlines import is_late
from engine.errors import EngineError
from engine.runtime import TaskView

from ..calendar import days_off
from .blueprint import actor, bp, runtime
from .i18n import localized
from .steps import mutu_baku
from .timefmt import as_utc, now_utc


@dataclass(frozen=True)
class InboxRow:
    task: TaskView
    ready_at: datetime
    deadline: datetime | None
    late: bool
    mine: bool
    can_claim: bool


@bp.route("/")
@login_required
def home() -> Response:
    return redirect(url_for("pages.inbox"))


@bp.route("/tugas")
@login_required
def inbox() -> str:
    me = actor()
    tasks = runtime().tasks(me)
    sops = sorted({(t.definition_key, t.sop_name) for t in tasks}, key=lambda pair: pair[1])
    chosen = request.args.get("sop", "")
    now = now_utc()
    rows = [_row(t, now) for t in tasks if not chosen or t.definition_key == chosen]
    return render_template("inbox.html", rows=rows, sops=sops, chosen=chosen, active="inbox")


def _row(task: TaskView, now: datetime) -> InboxRow:
    me = actor()
    standard = mutu_baku(task.properties, as_utc(task.ready_at), days_off(task.instansi))
    return InboxRow(task=task, ready_at=as_utc(task.ready_at), deadline=standard.deadline,
                    late=is_late(standard.deadline, None, now),
                    mine=task.assignee == me.username,
                    can_claim=task.assignee is None and me.holds(task.role, task.instansi))


@bp.route("/tugas/<task_id>/ambil", methods=["POST"])
@login_required
def claim(task_id: str) -> Response:
    """Ambil: the task becomes mine; then straight to its page to work on it."""
    try:
        task = runtime().claim(task_id, actor())
    except EngineError as err:
        flash(localized(err), "error")
        return redirect(url_for("pages.inbox"))
    flash(_("Tugas \u201c%(name)s\u201d Anda ambil.", name=task.name), "success")
    return redirect(url_for("pages.task_page", task_id=task_id))


@bp.route("/tugas/<task_id>/lepas", methods=["POST"])
@login_required
def unclaim(task_id: str) -> Response:
    """Lepas: give the task back to everyone holding its role."""
    try:
        task = runtime().unclaim(task_id, actor())
    except EngineError as err:
        flash(localized(err), "error")
        return redirect(url_for("pages.inbox"))
    flash(_("Tugas \u201c%(name)s\u201d dilepas.", name=task.name), "success")
    return redirect(url_for("pages.inbox"))
