"""Admin operations on cases and versions, in Camunda 7's shapes where it has them: suspend a
case, cancel it (DELETE), modify it (reset to an earlier step), migrate it to another version
(one case or every case of a version) after a check, and retire a version (Camunda: suspend the
process definition). Admins only (403); see engine.case_admin, engine.case_migration,
engine.retirement."""

from __future__ import annotations

from flask import current_app, request
from flask_smorest import Blueprint
from marshmallow import INCLUDE, Schema, fields, validate

from engine import case_admin, case_migration, retirement
from engine.db import transaction
from engine.errors import InvalidData
from engine.runtime import Runtime

from . import schemas as s
from .auth import current_actor
from .converters import DB_INT_MAX
from .login_resources import client_address

blp = Blueprint("case_admin", __name__, url_prefix="/api",
                description="Admin operations on cases: suspend, cancel, reset, migrate, retire")


def _runtime() -> Runtime:
    return current_app.extensions["sop_runtime"]


VERSION_RANGE = validate.Range(min=1, max=DB_INT_MAX)  # a version is a database integer


class SuspendedRequest(Schema):
    suspended = fields.Boolean(required=True)


class DeleteQuery(Schema):
    deleteReason = fields.String(load_default="", validate=validate.Length(max=1000))


class Instruction(Schema):
    class Meta:
        unknown = INCLUDE

    type = fields.String(required=True, validate=validate.OneOf(
        ["startBeforeActivity", "cancel"]))
    activityId = fields.String(required=True, validate=validate.Length(min=1, max=200))


class ModificationRequest(Schema):
    class Meta:
        unknown = INCLUDE

    instructions = fields.List(fields.Nested(Instruction), required=True,
                               validate=validate.Length(min=1, max=20))
    annotation = fields.String(load_default="", validate=validate.Length(max=1000))


class VersionQuery(Schema):
    version = fields.Integer(required=True, validate=VERSION_RANGE)


class MigrateRequest(Schema):
    version = fields.Integer(required=True, validate=VERSION_RANGE)


class BulkMigrateRequest(Schema):
    fromVersion = fields.Integer(required=True, validate=VERSION_RANGE)
    toVersion = fields.Integer(required=True, validate=VERSION_RANGE)


class MigrationCheck(Schema):
    processInstanceId = fields.Integer()
    businessKey = fields.String(allow_none=True)
    fromVersion = fields.Integer()
    toVersion = fields.Integer()
    canMigrate = fields.Boolean()
    reason = fields.String(allow_none=True, metadata={"description": "Bahasa Indonesia"})
    reasonEn = fields.String(allow_none=True)


class BulkMigrateResult(Schema):
    migrated = fields.List(fields.Integer())
    failed = fields.List(fields.Nested(MigrationCheck))


class CaseActionSchema(Schema):
    kind = fields.String()
    actor = fields.String(allow_none=True)
    at = s.UtcDateTime()
    detail = fields.Dict()


@blp.route("/process-instance/<int:instance_id>/suspended", methods=["PUT"])
@blp.arguments(SuspendedRequest)
@blp.response(204)
def suspend(body: dict, instance_id: int):
    """Suspend or activate a running case: a suspended case's steps cannot be claimed or
    completed (409) and its timers wait."""
    case_admin.set_suspended(_runtime(), instance_id, current_actor(), body["suspended"],
                             client_address())


@blp.route("/process-instance/<int:instance_id>", methods=["DELETE"])
@blp.arguments(DeleteQuery, location="query")
@blp.response(204)
@blp.alt_response(405, schema=s.Error, description=(
    "An id beyond the database's integer range: no such case can exist (the URL matches only "
    "the instance's GET, so the router answers Method Not Allowed)."))
def cancel(query: dict, instance_id: int):
    """Cancel a running case (outcome ``dibatalkan``): its steps leave every inbox, its timers
    go, the cases its call activities started are cancelled too. The reason comes as
    ``?deleteReason=`` or as JSON ``{"deleteReason": ...}``."""
    reason = query["deleteReason"] or _body_reason()
    case_admin.cancel(_runtime(), instance_id, current_actor(), reason, client_address())


def _body_reason() -> str:
    body = request.get_json(silent=True) if request.content_length else None
    reason = body.get("deleteReason") if isinstance(body, dict) else None
    if reason is not None and not isinstance(reason, str):
        raise InvalidData("deleteReason harus teks.", "deleteReason must be text.",
                          field="deleteReason")
    return (reason or "")[:1000]


@blp.route("/process-instance/<int:instance_id>/modification", methods=["POST"])
@blp.arguments(ModificationRequest)
@blp.response(204)
def modify(body: dict, instance_id: int):
    """Reset a case to an earlier step (Camunda's process instance modification): exactly one
    ``startBeforeActivity`` naming a user task of the SOP; ``cancel`` instructions, if any,
    must name the step that waits now (it is cancelled in any case: one token moves)."""
    starts = [i["activityId"] for i in body["instructions"]
              if i["type"] == "startBeforeActivity"]
    if len(starts) != 1:
        raise InvalidData("Harus ada tepat satu instruksi startBeforeActivity.",
                          "Exactly one startBeforeActivity instruction is needed.",
                          field="instructions")
    cancels = [i["activityId"] for i in body["instructions"] if i["type"] == "cancel"]
    case_admin.reset(_runtime(), instance_id, current_actor(), starts[0], cancels,
                     client_address())


@blp.route("/process-instance/<int:instance_id>/migration-check")
@blp.arguments(VersionQuery, location="query")
@blp.response(200, MigrationCheck)
def migration_check(query: dict, instance_id: int):
    """Whether the case can move to ``version`` of its SOP, and if not why."""
    return case_migration.check_one(_runtime(), instance_id, query["version"],
                                    current_actor()).as_dict()


@blp.route("/process-instance/<int:instance_id>/migrate", methods=["POST"])
@blp.arguments(MigrateRequest)
@blp.response(204)
def migrate(body: dict, instance_id: int):
    """Move the case to ``version`` of its SOP (409 with the check's reason when it cannot)."""
    case_migration.migrate(_runtime(), instance_id, current_actor(), body["version"],
                           client_address())


@blp.route("/process-definition/key/<key>/migration-check")
@blp.arguments(BulkMigrateRequest, location="query")
@blp.response(200, MigrationCheck(many=True))
def migration_check_all(query: dict, key: str):
    """The check of every running case of ``key`` on ``fromVersion`` against ``toVersion``."""
    return [c.as_dict() for c in case_migration.check_all(
        _runtime(), key, query["fromVersion"], query["toVersion"], current_actor())]


@blp.route("/process-definition/key/<key>/migrate", methods=["POST"])
@blp.arguments(BulkMigrateRequest)
@blp.response(200, BulkMigrateResult)
def migrate_all(body: dict, key: str):
    """Move every running case of ``key`` from ``fromVersion`` to ``toVersion``; answers which
    moved and which could not, with the reason."""
    return case_migration.migrate_all(_runtime(), key, body["fromVersion"], body["toVersion"],
                                      current_actor(), client_address())


@blp.route("/process-definition/<int:definition_id>/suspended", methods=["PUT"])
@blp.arguments(SuspendedRequest)
@blp.response(204)
def retire(body: dict, definition_id: int):
    """Retire a version (``suspended: true``): no new case starts on it, running cases go on;
    ``false`` reinstates it."""
    with transaction(current_app.extensions["sop_factory"], write=True) as db:
        retirement.set_retired(db, definition_id, current_actor(), body["suspended"],
                               client_address())


@blp.route("/process-instance/<int:instance_id>/actions")
@blp.response(200, CaseActionSchema(many=True))
def actions(instance_id: int):
    """The admin actions on a case, oldest first (our extension; visible to who may see it)."""
    actor = current_actor()
    _runtime().instance(instance_id, actor)  # 404 for a case the caller may not see
    with transaction(current_app.extensions["sop_factory"]) as db:
        return [a.__dict__ for a in case_admin.actions(db, instance_id)]
