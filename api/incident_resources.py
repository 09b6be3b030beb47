"""The JSON API for incidents, shaped after Camunda 7's incident resource; admins only.

``GET /api/incident`` lists open incidents (Camunda keeps resolved ones in history; here
``?resolved=true`` includes them), ``GET /api/incident/count`` counts, and ``DELETE
/api/incident/{id}`` resolves one, as Camunda's "Resolve Incident" does (``PUT
/api/incident/{id}/resolve`` does the same for clients that prefer not to DELETE).
"""

from __future__ import annotations

from flask import current_app, request
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from engine import incidents
from engine.db import transaction
from engine.errors import Forbidden

from .auth import current_actor
from .schemas import DB_ID

blp = Blueprint("incidents", __name__, url_prefix="/api",
                description="Incidents: what the engine could not do on its own")


class IncidentFilter(Schema):
    processInstanceId = fields.Integer(validate=DB_ID)
    incidentType = fields.String(validate=validate.Length(max=40))
    resolved = fields.Boolean(load_default=False)


class IncidentQuery(IncidentFilter):
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=100, validate=validate.Range(min=0, max=1000))


class Incident(Schema):
    id = fields.String()
    processInstanceId = fields.String()
    executionId = fields.String()
    incidentTimestamp = fields.String()
    incidentType = fields.String()
    activityId = fields.String()
    failedActivityId = fields.String()
    incidentMessage = fields.String()
    resolvedTimestamp = fields.String(allow_none=True)


class IncidentCount(Schema):
    count = fields.Integer()


def _admin() -> str:
    actor = current_actor()
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat melihat dan menyelesaikan insiden.",
                        "Only admins may see and resolve incidents.")
    return actor.username


def _factory():
    return current_app.extensions["sop_factory"]


def _filters(query: dict) -> dict:
    return {"instance_id": query.get("processInstanceId"), "kind": query.get("incidentType"),
            "include_resolved": query["resolved"]}


@blp.route("/incident")
@blp.arguments(IncidentQuery, location="query")
@blp.response(200, Incident(many=True))
def incident_list(query: dict):
    """Open incidents, newest first; filters ``processInstanceId``, ``incidentType``."""
    _admin()
    with transaction(_factory()) as db:
        found = incidents.incidents(db, **_filters(query), limit=query["maxResults"],
                                    offset=query["firstResult"])
        return [incidents.incident_dict(i) for i in found]


@blp.route("/incident/count")
@blp.arguments(IncidentFilter, location="query")
@blp.response(200, IncidentCount)
def incident_count(query: dict):
    """How many incidents the same filters list."""
    _admin()
    with transaction(_factory()) as db:
        return {"count": incidents.count(db, **_filters(query))}


@blp.route("/incident/<int:incident_id>", methods=["DELETE"])
@blp.response(204)
def incident_resolve(incident_id: int):
    """Resolve an incident (Camunda's "Resolve Incident"); audited."""
    _resolve(incident_id)


@blp.route("/incident/<int:incident_id>/resolve", methods=["PUT"])
@blp.response(204)
def incident_resolve_put(incident_id: int):
    """The same as ``DELETE /api/incident/{id}``."""
    _resolve(incident_id)


def _resolve(incident_id: int) -> None:
    actor = _admin()
    with transaction(_factory(), write=True) as db:
        incidents.resolve(db, incident_id, actor, request.remote_addr or "")
