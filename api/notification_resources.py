"""The JSON API of a user's own notifications (the bell): list, count the unread, mark read.

Camunda 7 has no such resource; the shapes follow its conventions (``firstResult`` /
``maxResults`` paging, ``processInstanceId`` / ``taskId``, 204 on an action without a body).
Each caller sees only their own: another user's notification id is a 404, like a missing one.
Titles and bodies are worded in the request's language (``?lang=``, else Accept-Language, else
Indonesian), from the facts the notification stores (engine.notify_text).
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from flask import current_app
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from engine.notifications import Notifications, NotificationView

from .auth import current_actor
from .converters import DB_INT_MAX
from .pages.i18n import locale
from .schemas import UtcDateTime

blp = Blueprint("notifications", __name__, url_prefix="/api",
                description="The caller's notifications: tasks that reached them, came back, "
                            "became overdue; cases they started that ended")


class NotificationQuery(Schema):
    unread = fields.Boolean(load_default=False, metadata={"description": "true: unread only"})
    firstResult = fields.Integer(load_default=0, validate=validate.Range(min=0, max=DB_INT_MAX))
    maxResults = fields.Integer(load_default=50, validate=validate.Range(min=0, max=500))


class NotificationResult(Schema):
    id = fields.Integer()
    kind = fields.String(metadata={"description": "task_ready | task_returned | task_overdue "
                                                  "| case_ended"})
    title = fields.String()
    body = fields.String()
    link = fields.String(metadata={"description": "path of the staff page: the task, else the "
                                                  "case"})
    processInstanceId = fields.Integer(allow_none=True)
    taskId = fields.String(allow_none=True)
    created = UtcDateTime()
    read = fields.Boolean()


class NotificationCount(Schema):
    count = fields.Integer()


def service() -> Notifications:
    """The notifications service, wording times in the office's zone."""
    return Notifications(current_app.extensions["sop_factory"],
                         ZoneInfo(current_app.config.get("SOP_TIMEZONE", "Asia/Jakarta")))


def notification_dict(view: NotificationView, lang: str) -> dict[str, Any]:
    return {"id": view.id, "kind": view.kind, "title": view.title(lang),
            "body": view.body(lang), "link": view.link, "processInstanceId": view.instance_id,
            "taskId": view.task_id, "created": view.created, "read": view.read}


@blp.route("/notification", methods=["GET"])
@blp.arguments(NotificationQuery, location="query")
@blp.response(200, NotificationResult(many=True))
def listing(query: dict):
    """The caller's notifications, newest first; ``unread=true``: only the unread."""
    actor = current_actor()
    found = service().list(actor.username, query["unread"], query["firstResult"],
                           query["maxResults"])
    lang = locale()
    return [notification_dict(view, lang) for view in found]


@blp.route("/notification/count", methods=["GET"])
@blp.response(200, NotificationCount)
def count():
    """How many of the caller's notifications are unread (the bell's number)."""
    return {"count": service().count_unread(current_actor().username)}


@blp.route("/notification/<int:notification_id>/read", methods=["POST"])
@blp.response(204)
def mark_read(notification_id: int):
    """Mark one of the caller's notifications read; 404 for anyone else's or a missing one."""
    service().mark_read(notification_id, current_actor().username)


@blp.route("/notification/read-all", methods=["POST"])
@blp.response(204)
def mark_all_read():
    """Mark every unread notification of the caller read."""
    service().mark_all_read(current_actor().username)
