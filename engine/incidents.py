"""Incidents: what the engine could not do on its own, kept for admins until resolved.

Today one kind: a gateway condition that raised at run time (``int(alasan) > 3`` with a text).
The completion that reached it is rolled back, so the step keeps waiting with nothing half
applied, and the incident is written afterwards in its own transaction (the rollback must not
take it along). Shapes follow Camunda 7's incident resource.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from . import audit
from .db import transaction
from .errors import Conflict, InvalidData, NotFound
from .models import Incident, as_utc, utcnow
from .xmlsafe import parse_bpmn

LOG = logging.getLogger("sop.engine")
FAILED_CONDITION = "failedCondition"
BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"


class ConditionError(InvalidData):
    """A gateway condition raised at run time: 422, the step still waits, nothing is applied.

    It is an :class:`InvalidData` (what was typed made the condition fail, most often) so that
    the task page shows the form again with what was typed kept.
    """


def condition_error(key: str, xml: str, gateway: str, expression: str, reason: str
                    ) -> ConditionError:
    """The answer for a failed condition, naming the SOP, the gateway and the flow."""
    flow = flow_of(xml, gateway, expression) or "?"
    return ConditionError(
        f"Kondisi alur '{flow}' pada gerbang '{gateway}' (SOP '{key}') tidak dapat dievaluasi: "
        f"{reason}. Langkah ini tetap menunggu dan isian belum diterapkan; periksa isian "
        "lalu kirim lagi, atau hubungi admin.",
        f"The condition of flow '{flow}' at gateway '{gateway}' (SOP '{key}') cannot be "
        f"evaluated: {reason}. The step still waits and nothing was applied; check the data and "
        "submit again, or contact an admin.",
        field=None, activityId=gateway, flowId=flow, expression=expression, errors=[])


@lru_cache(maxsize=64)
def _conditions(xml: str) -> dict[tuple[str, str], str]:
    found = {}
    for flow in parse_bpmn(xml).getroot().iter(f"{BPMN}sequenceFlow"):
        cond = flow.find(f"{BPMN}conditionExpression")
        if cond is not None:
            found[(flow.get("sourceRef", ""), (cond.text or "").strip())] = flow.get("id", "")
    return found


def flow_of(xml: str, gateway: str, expression: str) -> str | None:
    """The id of the sequence flow leaving ``gateway`` whose condition is ``expression``."""
    return _conditions(xml).get((gateway, expression.strip()))


def record_incident(factory: sessionmaker[Session], instance_id: int, kind: str,
                    element_id: str, message: str) -> int:
    """Write an incident in its own transaction (call it after the failed one rolled back);
    an open incident with the same instance, element and message is reused, not repeated."""
    LOG.error("incident on instance %s at %s: %s", instance_id, element_id, message)
    with transaction(factory, write=True) as session:
        same = session.scalars(select(Incident).where(
            Incident.instance_id == instance_id, Incident.kind == kind,
            Incident.element_id == element_id, Incident.message == message,
            Incident.resolved_at.is_(None))).first()
        if same is not None:
            return same.id
        incident = Incident(instance_id=instance_id, kind=kind, element_id=element_id[:200],
                            message=message, created_at=utcnow())
        session.add(incident)
        session.flush()
        return incident.id


def _filtered(query, instance_id: int | None, kind: str | None, include_resolved: bool):
    if instance_id is not None:
        query = query.where(Incident.instance_id == instance_id)
    if kind:
        query = query.where(Incident.kind == kind)
    if not include_resolved:
        query = query.where(Incident.resolved_at.is_(None))
    return query


def incidents(session: Session, instance_id: int | None = None, kind: str | None = None,
              include_resolved: bool = False, limit: int = 100, offset: int = 0
              ) -> list[Incident]:
    """Open incidents (and resolved ones if asked), newest first."""
    query = _filtered(select(Incident), instance_id, kind, include_resolved)
    return list(session.scalars(query.order_by(Incident.id.desc()).limit(limit).offset(offset)))


def count(session: Session, instance_id: int | None = None, kind: str | None = None,
          include_resolved: bool = False) -> int:
    query = _filtered(select(func.count(Incident.id)), instance_id, kind, include_resolved)
    return int(session.scalar(query) or 0)


def resolve(session: Session, incident_id: int, actor: str, address: str = "") -> Incident:
    """Mark an incident resolved (an admin dealt with it) and audit it in the same transaction."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"Insiden {incident_id} tidak ditemukan.",
                       f"Incident {incident_id} not found.", field="id")
    if incident.resolved_at is not None:
        raise Conflict(f"Insiden {incident_id} sudah diselesaikan.",
                       f"Incident {incident_id} is already resolved.", field="id")
    incident.resolved_at = utcnow()
    audit.record(session, audit.INCIDENT_RESOLVED, actor, target=f"incident:{incident_id}",
                 address=address, instance=incident.instance_id, element=incident.element_id)
    session.flush()
    return incident


def incident_dict(incident: Incident) -> dict[str, Any]:
    """Camunda 7's incident shape (plus ``resolvedTimestamp``)."""
    return {
        "id": str(incident.id),
        "processInstanceId": str(incident.instance_id),
        "executionId": str(incident.instance_id),
        "incidentTimestamp": _iso(incident.created_at),
        "incidentType": incident.kind,
        "activityId": incident.element_id,
        "failedActivityId": incident.element_id,
        "incidentMessage": incident.message,
        "resolvedTimestamp": _iso(incident.resolved_at),
    }


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None
