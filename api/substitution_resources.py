"""The JSON API for Plt. / Plh. (acting officials): record, list and end substitutions (admins).

Camunda 7 has no such resource; the shapes follow its conventions (``userId``, ``firstResult`` /
``maxResults``, 204 on an action without a body). ``DELETE`` ends a substitution now and keeps
its row, so the record of who acted when stays.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from engine import substitutions
from engine.db import transaction
from engine.errors import Forbidden
from engine.substitutions import SubstitutionView

from .auth import current_actor, forget_user
from .converters import DB_INT_MAX
from .login_resources import client_address
from .schemas import UtcDateTime

blp = Blueprint("substitutions", __name__, url_prefix="/api",
                description="Plt. / Plh.: users acting in a jabatan from one date to another")


class SubstitutionRequest(Schema):
    userId = fields.String(required=True, validate=validate.Length(min=1, max=100))
    role = fields.String(required=True, validate=validate.Length(min=1, max=200),
                         metadata={"description": "the jabatan (lane name), e.g. Kasubag Keuangan"})
    instansi = fields.String(required=True, validate=validate.Length(min=1, max=100))
    from_ = fields.Date(required=True, data_key="from", metadata={"description": "first day"})
    to = fields.Date(required=True, metadata={"description": "last day (inclusive)"})
    kind = fields.String(required=True, validate=validate.OneOf(substitutions.KINDS))


class SubstitutionQuery(Schema):
    userId = fields.String(validate=validate.Length(max=100))
    instansi = fields.String(validate=validate.Length(max=100))
    active = fields.Boolean(metadata={"description": "true: in force today; false: the others"})
    firstResult = fields.Integer(load_default=0, validate=validate.Range(min=0, max=DB_INT_MAX))
    maxResults = fields.Integer(load_default=200, validate=validate.Range(min=0, max=1000))


class SubstitutionResult(Schema):
    id = fields.Integer()
    userId = fields.String()
    name = fields.String()
    nip = fields.String()
    role = fields.String()
    instansi = fields.String()
    kind = fields.String()
    label = fields.String(metadata={"description": "e.g. 'Plh. Kasubag Keuangan'"})
    from_ = fields.Date(data_key="from")
    to = fields.Date()
    endedAt = UtcDateTime(allow_none=True, metadata={"description": "set when ended early"})
    createdBy = fields.String(allow_none=True)
    createdAt = UtcDateTime()
    active = fields.Boolean(metadata={"description": "in force today"})


def _admin():
    actor = current_actor()
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat mencatat Plt. / Plh.",
                        "Only admins may record acting officials (Plt. / Plh.).")
    return actor


def _factory():
    return current_app.extensions["sop_factory"]


def substitution_dict(view: SubstitutionView) -> dict[str, Any]:
    return {"id": view.id, "userId": view.username, "name": view.full_name, "nip": view.nip,
            "role": view.role, "instansi": view.instansi, "kind": view.kind,
            "label": view.label, "from_": view.starts_on, "to": view.ends_on,
            "endedAt": view.ended_at, "createdBy": view.created_by,
            "createdAt": view.created_at, "active": view.active}


@blp.route("/substitution", methods=["POST"])
@blp.arguments(SubstitutionRequest)
@blp.response(200, SubstitutionResult)
def create(body: dict):
    """Record that ``userId`` acts as ``kind`` (Plt or Plh) ``role`` of ``instansi`` from
    ``from`` to ``to`` (admins). 422 naming the field for a bad date, kind or jabatan; 409 when
    the user holds that jabatan already. A Bearer token's actor is cached up to 30 seconds per
    worker, so another worker sees the change within that time."""
    actor = _admin()
    with transaction(_factory(), write=True) as db:
        view = substitutions.create(db, body["userId"], body["role"], body["instansi"],
                                    body["from_"], body["to"], body["kind"], actor.username,
                                    client_address())
    forget_user(view.username)
    return substitution_dict(view)


@blp.route("/substitution", methods=["GET"])
@blp.arguments(SubstitutionQuery, location="query")
@blp.response(200, SubstitutionResult(many=True))
def listing(query: dict):
    """Substitutions, newest first (admins); filters ``userId``, ``instansi``, ``active``."""
    _admin()
    with transaction(_factory()) as db:
        found = substitutions.listing(db, query.get("userId"), query.get("instansi"),
                                      query.get("active"), query["maxResults"],
                                      query["firstResult"])
        return [substitution_dict(v) for v in found]


@blp.route("/substitution/<int:substitution_id>", methods=["DELETE"])
@blp.response(204)
def end(substitution_id: int):
    """End a substitution now (admins): from this moment the user no longer acts in it. The
    row stays (``endedAt``); 404 for an unknown id, 409 when already ended."""
    actor = _admin()
    with transaction(_factory(), write=True) as db:
        view = substitutions.end(db, substitution_id, actor.username, client_address())
    forget_user(view.username)
