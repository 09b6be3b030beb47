"""The API's case parts beyond Camunda's start and instance list (api.resources): the proposed
nomor berkas of an SOP and Camunda's historic process instances, carrying nomor, perihal and
outcome."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_smorest import Blueprint
from sqlalchemy import select

from engine import access, cases
from engine.db import transaction
from engine.models import ProcessInstance

from . import schemas as s
from .auth import current_actor

blp = Blueprint("cases", __name__, url_prefix="/api",
                description="Cases (berkas): nomor berkas proposals and case history")


def _factory():
    return current_app.extensions["sop_factory"]


@blp.route("/process-definition/key/<key>/business-key")
@blp.response(200, s.BusinessKeyProposal)
def business_key(key: str):
    """The nomor berkas the next start of the SOP would get from its pattern (our extension);
    nothing is reserved: a start without ``businessKey`` takes the next free one."""
    current_actor()
    runtime = current_app.extensions["sop_runtime"]
    with transaction(_factory()) as db:
        definition = runtime.definition(db, key)
        return {"processDefinitionKey": definition.key,
                "businessKey": cases.propose(db, definition),
                "pattern": cases.pattern_of(definition).pattern}


@blp.route("/history/process-instance")
@blp.arguments(s.HistoricInstanceQuery, location="query")
@blp.response(200, s.HistoricProcessInstance(many=True))
def historic_instances(query: dict):
    """Cases, running and ended, the caller may see (engine.access), newest first."""
    actor = current_actor()
    with transaction(_factory()) as db:
        statement = select(ProcessInstance).where(*cases.matching(
            query.get("businessKey"), query.get("businessKeyLike")))
        if query.get("processInstanceId") is not None:
            statement = statement.where(ProcessInstance.id == query["processInstanceId"])
        if query.get("processDefinitionKey"):
            statement = statement.where(
                ProcessInstance.process_key == query["processDefinitionKey"])
        if query.get("finished"):
            statement = statement.where(ProcessInstance.status != "active")
        if query.get("unfinished"):
            statement = statement.where(ProcessInstance.status == "active")
        rule = access.visible(db, actor)
        if rule is not None:
            statement = statement.where(rule)
        found = db.scalars(statement.order_by(ProcessInstance.id.desc())
                           .offset(query["firstResult"]).limit(query["maxResults"]))
        return [_historic(case) for case in found]


def _historic(case: ProcessInstance) -> dict[str, Any]:
    state = "ACTIVE" if case.status == "active" else (
        "EXTERNALLY_TERMINATED" if case.outcome == "dibatalkan" else "COMPLETED")
    return {"id": case.id, "businessKey": case.business_key, "title": case.title or "",
            "outcome": case.outcome, "processDefinitionKey": case.process_key,
            "processDefinitionId": case.definition_id,
            "processDefinitionName": case.definition.name,
            "processDefinitionVersion": case.definition.version, "instansi": case.instansi,
            "startUserId": case.started_by, "startTime": case.started_at,
            "endTime": case.ended_at, "state": state,
            "superProcessInstanceId": case.parent_id}  # a case a call activity started
