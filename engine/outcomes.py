"""How a finished case ended: ``selesai`` or ``ditolak`` (``dibatalkan`` is set by a cancel).

The rule, read from the model itself so that every SOP the importer wrote follows it unchanged:

- an end event with the extension property ``hasil`` (``ditolak`` | ``selesai``) says so itself;
- otherwise the case was refused when the path into its end event left a decision (an exclusive
  gateway with conditions) by a flow that is not its Ya flow, passing only merge gateways on the
  way. That is how the SOP tables write "Tidak ends the SOP" (``keputusan.tidak: selesai``): the
  Tidak flow goes to the end, through the end's merge gateway when the Ya path ends there too.
  A Tidak that loops back to an earlier step does not end the case, so it is no refusal.

The path is the one the case took (Spiff's task tree), not the last decision's answer: a case
returned once and later finished on the plain path ends ``selesai``.
"""

from __future__ import annotations

import threading
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.mixins.events.end_event import EndEvent
from SpiffWorkflow.util.task import TaskState

from .xmlsafe import parse_bpmn

SELESAI, DITOLAK, DIBATALKAN = "selesai", "ditolak", "dibatalkan"
OUTCOMES = (SELESAI, DITOLAK, DIBATALKAN)
_YA = ('"Ya"', "'Ya'")
_BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
_CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
_LOCK = threading.Lock()
_DECLARED: dict[tuple[str, str], dict[str, str]] = {}


def outcome_of(workflow: BpmnWorkflow, definition: Any = None) -> str:
    """The outcome of a completed workflow (``selesai`` when no end event says otherwise);
    ``definition`` (a ProcessDefinition) gives the end events' declared ``hasil``."""
    ends = [t for t in workflow.get_tasks(state=TaskState.COMPLETED)
            if isinstance(t.task_spec, EndEvent)]
    if not ends:
        return SELESAI
    end = max(ends, key=lambda t: t.last_state_change)
    hasil = declared_outcomes(definition).get(end.task_spec.bpmn_id or "") \
        if definition is not None else None
    if hasil:
        return hasil
    return DITOLAK if _refused_on_the_way(end) else SELESAI


def declared_outcomes(definition: Any) -> dict[str, str]:
    """End event id -> its ``hasil`` property (Spiff's Camunda parser keeps no extensions on
    events, so the stored BPMN is read; cached per definition content)."""
    key = (definition.key, definition.content_hash)
    with _LOCK:
        found = _DECLARED.get(key)
    if found is None:
        found = {}
        try:
            root = parse_bpmn(definition.bpmn_xml)
        except Exception:  # noqa: BLE001 - an unreadable file is refused elsewhere
            root = None
        for end in root.iter(f"{{{_BPMN}}}endEvent") if root is not None else ():
            for prop in end.iter(f"{{{_CAMUNDA}}}property"):
                value = (prop.get("value") or "").strip().lower()
                if prop.get("name") == "hasil" and value in (SELESAI, DITOLAK):
                    found[end.get("id") or ""] = value
        with _LOCK:
            if len(_DECLARED) > 1024:
                _DECLARED.clear()
            _DECLARED[key] = found
    return found


def _refused_on_the_way(end) -> bool:
    """Walk back from the end event over merge gateways to the decision that led here."""
    child, task = end, end.parent
    while task is not None:
        spec = task.task_spec
        conditions = getattr(spec, "cond_task_specs", None)
        if not getattr(spec, "bpmn_id", None):  # Spiff's own bookkeeping tasks
            child, task = task, task.parent
            continue
        if conditions and any(cond is not None for cond, _ in conditions):
            return not _is_ya(conditions, child.task_spec.name)
        if conditions is not None and len(spec.outputs) == 1:  # a merge gateway: keep going
            child, task = task, task.parent
            continue
        return False
    return False


def _is_ya(conditions: list, target: str) -> bool:
    for cond, name in conditions:
        if name == target:
            text = " ".join(str(a) for a in getattr(cond, "args", ())) if cond else ""
            return cond is None or any(ya in text for ya in _YA)
    return True
