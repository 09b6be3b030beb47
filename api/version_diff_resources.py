"""What changed between two versions of an SOP, for tools (issue 15, item 3).

``GET /api/process-definition/key/<key>/diff?from=<v>&to=<w>``: Camunda has no such resource,
so the path sits next to its ``process-definition/key/<key>`` ones. ``from`` / ``to`` are
version numbers, or ``draf`` for the caller's own draft; by default the latest version against
the one before it. The change list is design.version_diff's, the same the designer's page
shows. For SOP designers and admins, and only SOPs of an instansi the caller may design (403).
"""

from __future__ import annotations

from flask import current_app, jsonify
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from design import version_diff
from engine.db import transaction
from engine.designers import is_designer
from engine.errors import Forbidden

from .auth import current_actor

blp = Blueprint("version_diff", __name__, url_prefix="/api",
                description="Perbandingan versi SOP: what changed between two versions")

VERSION = "a version number, or 'draf' for the caller's own draft"


class DiffQuery(Schema):
    from_ = fields.String(data_key="from", validate=validate.Length(max=20),
                          metadata={"description": VERSION + " (default: the version before "
                                    "`to`)"})
    to = fields.String(validate=validate.Length(max=20),
                       metadata={"description": VERSION + " (default: the latest version)"})


class ChangeResult(Schema):
    kind = fields.String(metadata={"description": " | ".join(version_diff.KINDS)})
    elementId = fields.String(metadata={"description": "the BPMN element: on the new side, "
                                        "else on the old side"})
    stepName = fields.String(metadata={"description": "the step's (or lane's) name"})
    old = fields.Raw(allow_none=True, metadata={"description": "the value before (a text, or "
                                                "a list for kelengkapan)"})
    new = fields.Raw(allow_none=True, metadata={"description": "the value after"})
    oldId = fields.String(allow_none=True, metadata={"description": "element id in `from`"})
    newId = fields.String(allow_none=True, metadata={"description": "element id in `to`"})
    matchedBy = fields.String(allow_none=True, metadata={
        "description": "id | name: how the step was found on both sides"})
    message = fields.String(metadata={"description": "the change in Bahasa Indonesia"})
    messageEn = fields.String(metadata={"description": "the change in English"})


class DiffResult(Schema):
    key = fields.String()
    name = fields.String()
    instansi = fields.String()
    from_ = fields.String(data_key="from", metadata={"description": "version or 'draf'"})
    to = fields.String(metadata={"description": "version or 'draf'"})
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(),
                         metadata={"description": "changes per kind"})
    changes = fields.List(fields.Nested(ChangeResult))


def _factory():
    return current_app.extensions["sop_factory"]


@blp.route("/process-definition/key/<key>/diff")
class VersionDiff(MethodView):
    @blp.arguments(DiffQuery, location="query")
    @blp.response(200, DiffResult, description="The changes from `from` to `to`. 403 for "
                  "callers who may not design the SOP; 404 names an unknown version or SOP.")
    def get(self, query: dict, key: str):
        """What changed between two versions of an SOP (steps, lanes, waktu, kelengkapan,
        output, decisions); layout moves alone are no change."""
        actor = current_actor()
        if not is_designer(actor):
            raise Forbidden("Hanya perancang SOP dan admin yang dapat membandingkan versi.",
                            "Only SOP designers and admins may compare versions.")
        with transaction(_factory()) as db:
            found = version_diff.between(db, actor, key, query.get("from_"), query.get("to"))
        return jsonify(DiffResult().dump({
            "key": found.key, "name": found.name, "instansi": found.instansi,
            "from_": found.old.label, "to": found.new.label, "counts": found.diff.counts(),
            "changes": [c.as_dict() for c in found.diff.changes]}))
