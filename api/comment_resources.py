"""The JSON API for comments (catatan) on a task or a case, in Camunda 7's shapes.

Camunda's task comment: ``POST /task/{id}/comment/create``, ``GET /task/{id}/comment``,
``GET /task/{id}/comment/{commentId}``; its process-instance comments, which Camunda lists
through ``/history/user-operation``, are here ``GET /process-instance/{id}/comment`` (every
comment of the case, those on its tasks included) and ``POST .../comment/create`` (on the case
as a whole). Ours besides: ``jabatan`` (the capacity the author wrote in) and ``fullName``.
Who may see the case (engine.access) reads and writes; anyone else gets 404.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from engine.comments import MAX_CHARS, Comments, CommentView

from .auth import current_actor
from .schemas import UtcDateTime

blp = Blueprint("comments", __name__, url_prefix="/api",
                description="Comments (catatan) on a task or on a case")


class CommentRequest(Schema):
    message = fields.String(required=True, metadata={
        "description": f"the note: 1 to {MAX_CHARS} characters once stripped (else 422 naming "
                       "message)"})


class CommentResult(Schema):
    id = fields.String()
    userId = fields.String()
    taskId = fields.String(allow_none=True, metadata={"description": "null: on the case"})
    processInstanceId = fields.Integer()
    rootProcessInstanceId = fields.Integer()
    time = UtcDateTime()
    message = fields.String()
    removalTime = fields.DateTime(allow_none=True, metadata={"description": "always null"})
    jabatan = fields.String(metadata={
        "description": "the capacity the author wrote in, e.g. 'Plh. Kasubag Keuangan' (ours)"})
    fullName = fields.String(metadata={"description": "the author's name (ours)"})


def comments() -> Comments:
    return Comments(current_app.extensions["sop_factory"])


def comment_dict(view: CommentView) -> dict[str, Any]:
    return {"id": view.id, "userId": view.author, "taskId": view.task_id,
            "processInstanceId": view.instance_id, "rootProcessInstanceId": view.instance_id,
            "time": view.at, "message": view.message, "removalTime": None,
            "jabatan": view.jabatan, "fullName": view.full_name}


@blp.route("/task/<task_id>/comment/create", methods=["POST"])
@blp.arguments(CommentRequest)
@blp.response(200, CommentResult)
def create_task_comment(body: dict, task_id: str):
    """Write a comment on a task, open or finished, of a case the caller may see."""
    return comment_dict(comments().add_to_task(task_id, current_actor(), body["message"]))


@blp.route("/task/<task_id>/comment")
@blp.response(200, CommentResult(many=True))
def task_comments(task_id: str):
    """The comments of a task, oldest first."""
    return [comment_dict(c) for c in comments().of_task(task_id, current_actor())]


@blp.route("/task/<task_id>/comment/<comment_id>")
@blp.response(200, CommentResult)
def task_comment(task_id: str, comment_id: str):
    """One comment of a task."""
    return comment_dict(comments().get(task_id, comment_id, current_actor()))


@blp.route("/process-instance/<int:instance_id>/comment")
@blp.response(200, CommentResult(many=True))
def case_comments(instance_id: int):
    """Every comment of a case (on the case and on each of its tasks), oldest first."""
    return [comment_dict(c) for c in comments().of_case(instance_id, current_actor())]


@blp.route("/process-instance/<int:instance_id>/comment/create", methods=["POST"])
@blp.arguments(CommentRequest)
@blp.response(200, CommentResult)
def create_case_comment(body: dict, instance_id: int):
    """Write a comment on the case as a whole (``taskId`` null)."""
    return comment_dict(comments().add_to_case(instance_id, current_actor(), body["message"]))
