"""Call activities as cases of their own: the called SOP runs in its own instansi and lanes.

A call activity (engine.call_spec) waits in the calling case. After every change of any case
(``Runtime._after_change``), :func:`follow` starts a case of the called SOP for each call
activity that began waiting (``parent_id`` / ``parent_task_id`` link it back), in the same
transaction, and when a called case has ended it resumes the calling case with the ``out``
data (``Runtime.advance``), also in the same transaction: a called case's last step and the
calling case's next one are committed together or not at all.

Contract with the rest of the product:

- the called case gets its own nomor berkas, the calling case's perihal, ``started_by`` = the
  user whose action made the calling case reach the call activity;
- ``in``: every variable of the calling case by default (or the mapping), as start data;
- when the called case ends (``selesai`` or ``ditolak``), the calling case continues with the
  ``out`` variables and ``hasil_<calledElement>`` (:func:`outcome_variable`): ``selesai`` or
  ``ditolak``, for a gateway after the call activity to decide on;
- a called case that is cancelled (``dibatalkan``) does not resume its caller: the caller is
  cancelled first (engine admin operations use :func:`children`), or an admin acts on it;
- the calling case gets a ``case_actions`` row of kind ``called`` per called case (detail:
  activityId, activityName, calledProcessInstanceId): the timeline and the activity history
  read it (:func:`links`).

Access (engine.access, unchanged): the called case is seen by the staff of its own SOP's
lanes in its instansi and by its starter (who made the calling case reach the call); staff of
the calling case's instansi do not see the called case by that alone, and the reverse holds.
Pages link to the other case only where the viewer may see it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from . import cases, notify
from .call_spec import VERSION, CallActivityTask, mapped, outcome_variable
from .errors import Conflict
from .models import CaseAction, ProcessDefinition, ProcessInstance, utcnow
from .outcomes import DIBATALKAN, SELESAI, outcome_of
from .specs import spec_for
from .state import dump_state
from .writes import WriteBuffer

LOG = logging.getLogger("sop.engine")
CALLED = "called"  # the case_actions kind written on the calling case
MAX_DEPTH = 20  # a chain of called cases deeper than this is a runaway (deployment refuses cycles)


def follow(runtime: Any, session: Session, instance: ProcessInstance, workflow: BpmnWorkflow,
           actor: str | None) -> None:
    """Start the cases of call activities that began waiting; resume the parent of an ended
    case. Costs nothing for an SOP without call activities and a case without a parent."""
    if has_calls(workflow.spec):
        for task in waiting_calls(workflow):
            if not _started(session, instance.id, task.id):
                _start_child(runtime, session, instance, task, actor)
    if instance.parent_id is not None and workflow.is_completed():
        _resume_parent(runtime, session, instance, workflow, actor)


def has_calls(spec: Any) -> bool:
    """Whether the process spec has a call activity (cached on the spec)."""
    found = getattr(spec, "_sop_has_calls", None)
    if found is None:
        found = any(isinstance(t, CallActivityTask) for t in spec.task_specs.values())
        spec._sop_has_calls = found
    return found


def waiting_calls(workflow: BpmnWorkflow) -> list:
    return [t for t in workflow.get_tasks(state=TaskState.STARTED)
            if isinstance(t.task_spec, CallActivityTask)]


def children(session: Session, instance_id: int, running_only: bool = True
             ) -> list[ProcessInstance]:
    """The cases called by ``instance_id`` (the running ones by default), oldest first: what
    cancelling the calling case must cancel too."""
    query = select(ProcessInstance).where(ProcessInstance.parent_id == instance_id)
    if running_only:
        query = query.where(ProcessInstance.status == "active")
    return list(session.scalars(query.order_by(ProcessInstance.id)))


def instance_filters(super_id: int | None, sub_id: int | None) -> list[ColumnElement[bool]]:
    """Camunda's ``superProcessInstance`` (cases called by it) and ``subProcessInstance`` (the
    case that called it) filters of the instance list."""
    where: list[ColumnElement[bool]] = []
    if super_id is not None:
        where.append(ProcessInstance.parent_id == super_id)
    if sub_id is not None:
        where.append(ProcessInstance.id.in_(
            select(ProcessInstance.parent_id).where(ProcessInstance.id == sub_id)))
    return where


@dataclass(frozen=True)
class CallLink:
    """A called case as the calling case's page and activity history show it."""

    activity_id: str
    activity_name: str
    task_id: str
    at: datetime
    instance_id: int
    business_key: str | None
    sop_name: str
    status: str
    outcome: str | None
    ended_at: datetime | None


def links(session: Session, instance_id: int) -> list[CallLink]:
    """The cases ``instance_id`` called, in the order they started (one query)."""
    rows = session.execute(
        select(CaseAction, ProcessInstance)
        .join(ProcessInstance, ProcessInstance.parent_id == CaseAction.instance_id)
        .where(CaseAction.instance_id == instance_id, CaseAction.kind == CALLED)
        .order_by(CaseAction.id)).all()
    found = []
    for action, child in rows:
        detail = action.detail or {}
        if detail.get("calledProcessInstanceId") != child.id:
            continue
        found.append(CallLink(
            detail.get("activityId", ""), detail.get("activityName", ""),
            detail.get("taskId", ""), action.at, child.id, child.business_key,
            child.definition.name, child.status, child.outcome, child.ended_at))
    return found


def caller(session: Session, instance: ProcessInstance) -> ProcessInstance | None:
    """The case that called ``instance`` (None for a case started by a user)."""
    return session.get(ProcessInstance, instance.parent_id) if instance.parent_id else None


def called_ids(session: Session, instance_id: int) -> dict[str, list[int]]:
    """{call activity id: [called case ids in order]}, for the activity history."""
    found: dict[str, list[int]] = {}
    for link in links(session, instance_id):
        found.setdefault(link.activity_id, []).append(link.instance_id)
    return found


# -- starting a called case -------------------------------------------------------------------
def _started(session: Session, parent_id: int, task_id: UUID) -> bool:
    return session.scalar(select(ProcessInstance.id).where(
        ProcessInstance.parent_id == parent_id,
        ProcessInstance.parent_task_id == str(task_id)).limit(1)) is not None


def called_definition(session: Session, spec: CallActivityTask) -> ProcessDefinition:
    """The definition a call activity starts: the latest version in use, or the pinned one."""
    query = select(ProcessDefinition).where(ProcessDefinition.key == spec.called_element)
    if spec.binding == VERSION:
        query = query.where(ProcessDefinition.version == spec.version)
    else:
        query = query.where(ProcessDefinition.retired_at.is_(None))
    found = session.scalars(query.order_by(ProcessDefinition.version.desc()).limit(1)).first()
    if found is None:
        what = spec.called_element + (f" versi {spec.version}" if spec.binding == VERSION else "")
        what_en = spec.called_element + (f" version {spec.version}"
                                         if spec.binding == VERSION else "")
        raise Conflict(
            f"Langkah '{spec.bpmn_name or spec.bpmn_id}' memanggil SOP '{what}' yang tidak "
            "diterapkan (atau sudah tidak dipakai); hubungi admin.",
            f"Step '{spec.bpmn_name or spec.bpmn_id}' calls SOP '{what_en}', which is not "
            "deployed (or retired); contact an admin.", field="calledElement")
    return found


def _depth(session: Session, instance: ProcessInstance) -> int:
    depth, current = 0, instance
    while current.parent_id is not None and depth <= MAX_DEPTH:
        current = session.get(ProcessInstance, current.parent_id)
        depth += 1
    return depth


def _start_child(runtime: Any, session: Session, parent: ProcessInstance, task: Any,
                 actor: str | None) -> ProcessInstance:
    """A case of the called SOP, run to its first wait, with its inbox rows, notifications,
    and whatever its own change brings (its own calls; its parent's resumption if it ended)."""
    spec: CallActivityTask = task.task_spec
    if _depth(session, parent) >= MAX_DEPTH:
        raise Conflict(f"Rantai SOP terkait lebih dari {MAX_DEPTH} tingkat pada langkah "
                       f"'{spec.bpmn_name or spec.bpmn_id}'.",
                       f"More than {MAX_DEPTH} levels of called SOPs at step "
                       f"'{spec.bpmn_name or spec.bpmn_id}'.")
    definition = called_definition(session, spec)
    workflow = BpmnWorkflow(spec_for(definition), script_engine=runtime.script_engine)
    workflow.get_tasks(state=TaskState.READY)[0].data.update(
        _plain(mapped(spec.map_in, _plain(task.data))))
    runtime._run_engine(workflow, definition)
    done = workflow.is_completed()
    child = ProcessInstance(
        definition=definition, definition_id=definition.id,
        business_key=cases.allocate(session, definition), process_key=definition.key,
        instansi=definition.instansi, title=parent.title or "",
        status="completed" if done else "active", state=dump_state(workflow),
        started_by=actor, ended_at=utcnow() if done else None,
        outcome=outcome_of(workflow, definition) if done else None,
        parent_id=parent.id, parent_task_id=str(task.id))
    session.add(child)
    session.flush()
    session.add(CaseAction(instance_id=parent.id, kind=CALLED, actor=actor, detail={
        "activityId": spec.bpmn_id, "activityName": spec.bpmn_name or spec.bpmn_id,
        "taskId": str(task.id), "calledProcessInstanceId": child.id,
        "calledElement": spec.called_element, "version": definition.version}))
    writes = WriteBuffer(session)
    runtime._record_activities(writes, child.id, workflow, set())
    rows = runtime._add_ready(writes, child, definition, runtime._ready_user_tasks(workflow))
    writes.flush()
    notify.tasks_ready(session, child, rows, actor, runtime.mail_enabled,
                       previous=writes.last_doers)
    if done:
        notify.case_ended(session, child, actor, runtime.mail_enabled)
    runtime._after_change(session, child, workflow, actor)
    return child


# -- resuming the calling case ----------------------------------------------------------------
def _resume_parent(runtime: Any, session: Session, child: ProcessInstance,
                   workflow: BpmnWorkflow, actor: str | None) -> None:
    outcome = child.outcome or outcome_of(workflow, child.definition)
    if outcome == DIBATALKAN:
        return
    parent = session.get(ProcessInstance, child.parent_id)
    if parent is None or parent.status != "active":
        return
    variables = _plain(workflow.last_task.data if workflow.last_task else {})

    def change(parent_workflow: BpmnWorkflow) -> None:
        task = parent_workflow.get_task_from_id(UUID(child.parent_task_id))
        if task is None or not task.has_state(TaskState.STARTED):
            # an admin moved the calling case on meanwhile: the called case just ends
            LOG.warning("case %s ended but its caller %s no longer waits for it", child.id,
                        parent.id)
            return
        spec: CallActivityTask = task.task_spec
        task.data.update(_plain(mapped(spec.map_out, variables)))
        task.data[outcome_variable(spec.called_element)] = outcome or SELESAI
        task.complete()

    runtime.advance(session, parent, change, actor)


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON values of task data (what a case's variables are everywhere else)."""
    return {k: v for k, v in data.items()
            if isinstance(v, str | int | float | bool | type(None) | list | dict)}
