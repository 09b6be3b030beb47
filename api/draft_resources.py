"""The JSON API for drafts of a task's form (Simpan draf), per user (our extension: Camunda 7
keeps no drafts). The body has the variables shape ``POST /task/{id}/complete`` takes, so a
client saves what it would send and completes with it later. Not validated: a draft may be
incomplete; only the step's form fields are kept, at most 64 KB of JSON (else 413).
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from engine import drafts
from engine.db import transaction
from engine.drafts import Draft
from engine.errors import NotFound

from .auth import current_actor
from .schemas import UtcDateTime
from .views import plain_variables

blp = Blueprint("drafts", __name__, url_prefix="/api",
                description="Drafts of a task's form, saved without completing it")


class DraftRequest(Schema):
    variables = fields.Dict(keys=fields.String(), load_default=dict, metadata={
        "description": "field id -> {'value': ...} (or the value): text, number, tick or null; "
                       "keys that are not the step's form fields are dropped"})


class DraftResult(Schema):
    variables = fields.Dict(keys=fields.String(), metadata={
        "description": "field id -> {'value': ...}"})
    savedAt = UtcDateTime()


def _factory():
    return current_app.extensions["sop_factory"]


def draft_dict(draft: Draft) -> dict[str, Any]:
    return {"variables": {k: {"value": v} for k, v in draft.data.items()},
            "savedAt": draft.saved_at}


def _none(task_id: str) -> NotFound:
    return NotFound(f"Tidak ada draf untuk tugas {task_id}.",
                    f"There is no draft of task {task_id}.", field="id")


@blp.route("/task/<task_id>/draft", methods=["PUT"])
@blp.arguments(DraftRequest)
@blp.response(200, DraftResult)
def save(body: dict, task_id: str):
    """Save (replace) the caller's draft of an open task: a holder of its role or its
    assignee, unless another user claimed it (403); a finished task 409."""
    actor = current_actor()
    with transaction(_factory(), write=True) as db:
        return draft_dict(drafts.save(db, task_id, actor, plain_variables(body["variables"])))


@blp.route("/task/<task_id>/draft", methods=["GET"])
@blp.response(200, DraftResult)
def load(task_id: str):
    """The caller's draft of the task; 404 when they have none (completion drops it)."""
    actor = current_actor()
    with transaction(_factory()) as db:
        found = drafts.load(db, task_id, actor.username)
    if found is None:
        raise _none(task_id)
    return draft_dict(found)


@blp.route("/task/<task_id>/draft", methods=["DELETE"])
@blp.response(204)
def remove(task_id: str):
    """Drop the caller's draft of the task; 404 when they have none."""
    actor = current_actor()
    with transaction(_factory(), write=True) as db:
        if not drafts.delete(db, task_id, actor.username):
            raise _none(task_id)
