"""Turn engine views into the API's Camunda-shaped dictionaries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from engine.deadlines import NO_DAYS_OFF, deadline, uses_working_days
from engine.models import as_utc
from engine.runtime import InstanceView, TaskView
from forms import FormDefinition


def utc(moment: datetime | None) -> datetime | None:
    """A stored time, or None, with its UTC zone said."""
    return as_utc(moment) if moment is not None else None


DaysOff = Callable[[str], frozenset[date]]


def task_dict(task: TaskView, days_off: DaysOff | None = None) -> dict[str, Any]:
    """A task as Camunda shapes it; ``due`` is the batas waktu from the step's Mutu Baku Waktu,
    skipping the instansi's regional days off (``days_off`` looks them up)."""
    shaped = {
        "id": task.id, "name": task.name, "taskDefinitionKey": task.step_id,
        "candidateGroup": task.role, "instansi": task.instansi, "assignee": task.assignee,
        "created": utc(task.ready_at), "claimed": utc(task.claimed_at),
        "processInstanceId": task.instance_id, "processDefinitionKey": task.definition_key,
        "processDefinitionVersion": task.definition_version, "sopName": task.sop_name,
        "due": due_of(task, days_off), "properties": task.properties,
        "businessKey": task.business_key, "title": task.title, "returned": task.returned,
        "suspended": task.suspended,
    }
    if task.separation is not None:  # the single task read of a step that declares it
        shaped["separationOfDuties"] = task.separation
    return shaped


def due_of(task: TaskView, days_off: DaysOff | None) -> datetime | None:
    """The batas waktu stored when the step became ready (engine.tasklist.due_at_of), so the
    answer agrees with the list's sort and ``overdue`` filter; computed only for a task stored
    before the column existed."""
    if task.due_at is not None:
        return utc(task.due_at)
    iso, kind = task.properties.get("waktu_iso"), task.properties.get("waktu_hari") or "kerja"
    if not iso or task.ready_at is None:
        return None
    off = days_off(task.instansi) if days_off and uses_working_days(iso, kind) else NO_DAYS_OFF
    return deadline(utc(task.ready_at), iso, kind, days_off=off)


def instance_dict(inst: InstanceView, days_off: DaysOff | None = None) -> dict[str, Any]:
    return {
        "id": inst.id, "processDefinitionKey": inst.definition_key,
        "processDefinitionVersion": inst.definition_version, "sopName": inst.sop_name,
        "instansi": inst.instansi, "status": inst.status, "ended": inst.status == "completed",
        "businessKey": inst.business_key, "title": inst.title, "outcome": inst.outcome,
        "suspended": inst.suspended, "startedBy": inst.started_by,
        "startTime": utc(inst.started_at), "endTime": utc(inst.ended_at), "variables": inst.data,
        "tasks": [task_dict(t, days_off) for t in inst.tasks],
        "superProcessInstanceId": inst.parent_id,  # the case whose call activity started it
    }


def form_fields(definition: FormDefinition) -> list[dict[str, Any]]:
    return [{
        "id": f.id, "type": f.type, "label": f.label, "required": f.required,
        "readonly": f.readonly, "defaultValue": f.default,
        "options": [{"id": v, "name": n} for v, n in f.options],
        "constraints": {k: v for k, v in (
            ("minlength", f.minlength), ("maxlength", f.maxlength), ("min", f.min),
            ("max", f.max),
            ("required_if", "=".join(f.required_if) if f.required_if else None),
            ("waived_if", "=".join(f.waived_if) if f.waived_if else None)) if v is not None},
    } for f in definition.fields]


def plain_variables(variables: dict[str, Any]) -> dict[str, Any]:
    """Accept Camunda's ``{"name": {"value": v}}`` as well as plain ``{"name": v}``."""
    return {k: (v["value"] if isinstance(v, dict) and "value" in v else v)
            for k, v in variables.items()}
