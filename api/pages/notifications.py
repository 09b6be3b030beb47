"""Notifikasi: the bell in the header and the list behind it.

The bell's number is counted once per page (cached on ``g``) with one query on the index
``ix_notifications_user``. Opening a notification is a POST (it changes something: it marks
it read) that then leads to its task, or to the case when the task is done.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from engine.notifications import Notifications

from .blueprint import actor, bp, factory
from .i18n import locale

PAGE_SIZE = 25
MAX_PAGE = 10_000


def service() -> Notifications:
    return Notifications(factory(), ZoneInfo(current_app.config.get("SOP_TIMEZONE",
                                                                    "Asia/Jakarta")))


def unread_notifications() -> int:
    """Jinja global for the bell: the logged-in user's unread count, one query per page."""
    if not current_user.is_authenticated:
        return 0
    if "unread_notifications" not in g:
        g.unread_notifications = service().count_unread(current_user.actor.username)
    return g.unread_notifications


def _page_number() -> int:
    raw = request.args.get("hal", "1")
    return min(max(int(raw), 1), MAX_PAGE) if raw.isdigit() and len(raw) < 6 else 1


def _page_url(number: int) -> str | None:
    return url_for("pages.notifications", hal=number if number > 1 else None)


@bp.route("/notifikasi")
@login_required
def notifications() -> str:
    """My notifications, newest first, the unread in bold, 25 a page."""
    me, notes = actor().username, service()
    total = notes.count(me)
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(_page_number(), pages)
    items = notes.list(me, first=(number - 1) * PAGE_SIZE, max=PAGE_SIZE)
    return render_template(
        "notifications.html", items=items, lang=locale(), total=total, number=number,
        pages=pages, unread=unread_notifications(),
        prev_url=_page_url(number - 1) if number > 1 else None,
        next_url=_page_url(number + 1) if number < pages else None, active="notifications")


@bp.route("/notifikasi/<int:notification_id>/buka", methods=["POST"])
@login_required
def open_notification(notification_id: int) -> Response:
    """Mark it read and go to its task (or its case); another user's is a 404."""
    return redirect(service().open(notification_id, actor().username))


@bp.route("/notifikasi/baca-semua", methods=["POST"])
@login_required
def read_all_notifications() -> Response:
    """Tandai semua sudah dibaca."""
    done = service().mark_all_read(actor().username)
    if done:
        flash(_("%(n)s notifikasi ditandai sudah dibaca.", n=done), "success")
    return redirect(url_for("pages.notifications"))


@bp.record_once
def _register_globals(state) -> None:
    state.app.add_template_global(unread_notifications)
