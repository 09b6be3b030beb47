"""Catatan (comments) on the task page and the case page: the box to write one, the task's
comments beside its form, and every comment of the case in its timeline (api.pages.timeline).

engine.comments decides who may (whoever may see the case) and the jabatan each is signed
with; the forms are plain POSTs with the CSRF token, so they work without JavaScript.
"""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine.comments import Comments, CommentView
from engine.errors import InvalidData, NotFound

from .blueprint import actor, bp, factory
from .i18n import localized
from .people import person_label
from .timefmt import as_utc
from .timeline import CommentEntry

FIELD = "pesan"  # the textarea's name


def comments() -> Comments:
    return Comments(factory())


def entry_of(view: CommentView, step: str = "") -> CommentEntry:
    """A comment as the pages show it: the author by name and NIP, their jabatan, the time."""
    return CommentEntry(at=as_utc(view.at), by=person_label(view.author, view.full_name, view.nip),
                        jabatan=view.jabatan, message=view.message, task_id=view.task_id,
                        step=step)


def task_comments(task_id: str) -> list[CommentEntry]:
    """The comments of one task, oldest first, for the task page (none for a viewer the case
    rule does not admit, e.g. an assignee who lost the role: the page itself still shows)."""
    try:
        return [entry_of(c) for c in comments().of_task(task_id, actor())]
    except NotFound:
        return []


def case_comments(instance_id: int, step_names: dict[str, str]) -> list[CommentEntry]:
    """Every comment of a case, each task comment named by its step (``step_names``: task id
    -> step name), for the case's timeline."""
    return [entry_of(c, step_names.get(c.task_id or "", ""))
            for c in comments().of_case(instance_id, actor())]


@bp.route("/tugas/<task_id>/catatan", methods=["POST"])
@login_required
def comment_on_task(task_id: str) -> Response:
    """Kirim catatan on the task page (NotFound for a task of a case one may not see)."""
    _send(lambda text: comments().add_to_task(task_id, actor(), text))
    return redirect(url_for("pages.task_page", task_id=task_id, _anchor="catatan"))


@bp.route("/instans/<int:instance_id>/catatan", methods=["POST"])
@login_required
def comment_on_case(instance_id: int) -> Response:
    """Kirim catatan on the case page: a comment on the case as a whole."""
    _send(lambda text: comments().add_to_case(instance_id, actor(), text))
    return redirect(url_for("pages.instance_page", instance_id=instance_id, _anchor="catatan"))


def _send(write) -> None:
    try:
        write(request.form.get(FIELD, ""))
    except InvalidData as err:
        flash(localized(err), "error")
        return
    flash(_("Catatan terkirim."), "success")
