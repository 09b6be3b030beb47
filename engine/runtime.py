"""Running SOP instances: start, list and act on user tasks, keep the history.

Every call that changes an instance is one database transaction. Concurrency is handled in the
database, never by overwriting: an instance row carries a revision that each change bumps with
``UPDATE ... WHERE revision = :seen`` and task rows are locked while being claimed or completed,
so of two users acting at once one wins and the other gets :class:`Conflict` with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.mixins.user_task import UserTask as UserTaskMixin
from SpiffWorkflow.util.task import TaskState
from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from . import (
    access,
    audit,
    calls,
    case_admin,
    cases,
    document_rules,
    handover,
    notify,
    retirement,
    separation,
    tasklist,
    timers,
)
from .actors import Actor
from .db import transaction
from .errors import Conflict, EngineError, Forbidden, InvalidData, NotFound
from .incidents import FAILED_CONDITION, ConditionError, condition_error, record_incident
from .models import (
    ActivityEvent,
    ProcessDefinition,
    ProcessInstance,
    TaskEvent,
    utcnow,
)
from .outcomes import outcome_of
from .records import ACTIVE, DEFINITIONS, INSTANCES, DefinitionRecord, TaskRecord, read_task
from .safe_eval import ConditionFailed, SafeScriptEngine
from .specs import spec_for
from .starting import may_start
from .state import dump_state, load_state
from .subprocesses import completed_tasks, flow_source, specs_of
from .writes import WriteBuffer

Validator = Callable[[Any, dict[str, Any]], dict[str, Any]]
"""Checks submitted data against a task spec; returns the clean data or raises InvalidData."""


@dataclass
class TaskView:
    id: str
    instance_id: int
    definition_key: str
    definition_version: int
    sop_name: str
    instansi: str
    step_id: str
    name: str
    role: str
    assignee: str | None
    ready_at: datetime
    claimed_at: datetime | None
    properties: dict[str, Any] = field(default_factory=dict)
    documentation: str | None = None
    due_at: datetime | None = None
    returned: bool = False
    business_key: str | None = None  # the case's nomor berkas and perihal, for every task row
    title: str = ""
    # pemisahan tugas for the asking user (engine.separation.status); only the single task
    # read fills it in, lists leave it None
    separation: dict[str, Any] | None = None
    suspended: bool = False  # its case is suspended by an admin (engine.case_admin)


@dataclass
class InstanceView:
    id: int
    definition_key: str
    definition_version: int
    sop_name: str
    instansi: str
    status: str
    business_key: str | None
    started_by: str | None
    started_at: datetime
    ended_at: datetime | None
    data: dict[str, Any]
    tasks: list[TaskView]
    state_bytes: int = 0
    title: str = ""
    outcome: str | None = None
    parent_id: int | None = None  # the case whose call activity started it (engine.calls)
    suspended: bool = False  # by an admin (engine.case_admin): its steps wait


class Runtime:
    """The engine's façade: everything the API and the CLI do to instances goes through here."""

    def __init__(self, factory: sessionmaker[Session], allow_scripts: bool = False):
        self.factory = factory
        self.script_engine = SafeScriptEngine(allow_scripts=allow_scripts)
        # SMTP is configured (engine.mailer): notifications also put mails in the outbox
        self.mail_enabled = False

    # -- definitions -------------------------------------------------------------------------
    def definition(self, session: Session, key: str, version: int | None = None
                   ) -> ProcessDefinition:
        query = select(ProcessDefinition).where(ProcessDefinition.key == key)
        if version is not None:
            query = query.where(ProcessDefinition.version == version)
        found = session.scalars(query.order_by(ProcessDefinition.version.desc()).limit(1)).first()
        if found is None:
            what = f"'{key}'" + (f" versi {version}" if version is not None else "")
            what_en = f"'{key}'" + (f" version {version}" if version is not None else "")
            raise NotFound(f"SOP {what} belum diterapkan.", f"Process {what_en} is not deployed.",
                           field="key")
        return found

    # -- instances ---------------------------------------------------------------------------
    def start(self, key: str, actor: Actor, data: dict[str, Any] | None = None,
              version: int | None = None, business_key: str | None = None,
              title: str = "") -> InstanceView:
        """Start the latest (or the given) version; the actor must own a first step's role."""
        with transaction(self.factory, write=True) as session:
            definition = retirement.startable(session, key, version)  # not a retired version
            spec = spec_for(definition)
            if not may_start(actor, spec, definition.instansi):
                raise Forbidden(
                    f"Anda tidak memegang jabatan langkah pertama SOP '{definition.name}'.",
                    f"You do not hold the role of the first step of '{definition.name}'.")
            workflow = BpmnWorkflow(spec, specs_of(spec), script_engine=self.script_engine)
            workflow.get_tasks(state=TaskState.READY)[0].data.update(data or {})
            self._run_engine(workflow, definition)
            ready = self._ready_user_tasks(workflow)
            done = workflow.is_completed()
            title = cases.clean_title(title)
            business_key = (cases.accept(session, definition, business_key)
                            if business_key is not None else cases.allocate(session, definition))
            instance = ProcessInstance(
                definition=definition, definition_id=definition.id, business_key=business_key,
                process_key=definition.key, instansi=definition.instansi, title=title,
                status="completed" if done else "active", state=dump_state(workflow),
                started_by=actor.username, ended_at=utcnow() if done else None,
                outcome=outcome_of(workflow, definition) if done else None)
            try:
                with session.begin_nested():  # the unique (SOP, nomor) constraint decides
                    session.add(instance)
            except IntegrityError:
                raise cases.duplicate(business_key, definition.name) from None
            writes = WriteBuffer(session)
            self._record_activities(writes, instance.id, workflow, set())
            new_rows = self._add_ready(writes, instance, definition, ready)
            writes.flush()
            self._notify(session, instance, new_rows, actor, done, writes.last_doers)
            self._after_change(session, instance, workflow, actor.username)
            if (instance.revision or 1) > 1:  # moved on again at once (a called case ended)
                return self._instance_view_from_db(session, instance, self._load(instance))
            return self._instance_view(instance, definition, workflow, new_rows)

    def _notify(self, session: Session, instance: Any, new_rows: list[dict[str, Any]],
                actor: Actor, ended: bool, last_doers: dict[str, str]) -> None:
        """Notifications of a change, in its transaction (engine.notify); ``last_doers``: who
        did each returned step before, already read by :meth:`_add_ready`."""
        notify.tasks_ready(session, instance, new_rows, actor.username, self.mail_enabled,
                           previous=last_doers)
        if ended:
            notify.case_ended(session, instance, actor.username, self.mail_enabled)

    # ``actor`` on the reading calls below: the case must be visible to them (engine.access),
    # else it does not exist (NotFound). ``None`` is for trusted callers (CLI, tests, bench).
    def instance(self, instance_id: int, actor: Actor | None = None) -> InstanceView:
        with transaction(self.factory) as session:
            instance = self._get_instance(session, instance_id, actor)
            workflow = self._load(instance)
            return self._instance_view_from_db(session, instance, workflow)

    def may_see(self, actor: Actor, instance_id: int) -> bool:
        """Whether the actor may see an existing case (NotFound when there is none), for pages
        that refuse with their own words."""
        with transaction(self.factory) as session:
            return access.may_see(session, actor, self._get_instance(session, instance_id))

    def instances(self, key: str | None = None, status: str | None = None,
                  started_by: str | None = None, limit: int = 100, offset: int = 0,
                  actor: Actor | None = None, where: Iterable = ()) -> list[InstanceView]:
        """Instances newest first; the visibility rule filters in SQL, before the page is cut.
        ``where``: more conditions on ``ProcessInstance`` (engine.cases.matching)."""
        with transaction(self.factory) as session:
            query = self._instance_query(session, select(ProcessInstance), key, status,
                                         started_by, actor).where(*where)
            query = query.order_by(ProcessInstance.id.desc()).limit(limit).offset(offset)
            found = list(session.scalars(query))
            rows = self._active_rows(session, [inst.id for inst in found])
            return [self._instance_view(inst, inst.definition, None, rows.get(inst.id, []))
                    for inst in found]

    def count_instances(self, key: str | None = None, status: str | None = None,
                        started_by: str | None = None, actor: Actor | None = None,
                        where: Iterable = ()) -> int:
        """How many instances :meth:`instances` would list over all its pages."""
        with transaction(self.factory) as session:
            query = self._instance_query(
                session, select(func.count()).select_from(ProcessInstance), key, status,
                started_by, actor).where(*where)
            return session.scalar(query) or 0

    @staticmethod
    def _instance_query(session: Session, query: Select, key: str | None, status: str | None,
                        started_by: str | None, actor: Actor | None) -> Select:
        if key:
            query = query.join(ProcessInstance.definition).where(ProcessDefinition.key == key)
        if status:
            query = query.where(ProcessInstance.status == status)
        if started_by:
            query = query.where(ProcessInstance.started_by == started_by)
        rule = access.visible(session, actor) if actor is not None else None
        return query if rule is None else query.where(rule)

    # -- tasks -------------------------------------------------------------------------------
    def tasks(self, actor: Actor, role: str | None = None, assignee: str | None = None,
              instance_id: int | None = None, key: str | None = None, instansi: str | None = None,
              limit: int = 200, offset: int = 0, wanted: tasklist.TaskFilter | None = None,
              sort_by: str = "dueDate", descending: bool = False) -> list[TaskView]:
        """Ready user tasks the actor may see (all, for an admin), filtered, sorted and paged
        in one SQL query (engine.tasklist). ``wanted`` carries every filter; the keyword
        filters before it are the short form kept for callers that need only those."""
        wanted = wanted or tasklist.TaskFilter(role=role, assignee=assignee,
                                               instance_id=instance_id, key=key,
                                               instansi=instansi)
        with transaction(self.factory) as session:
            rows = tasklist.page(session, actor, wanted, utcnow(), sort_by, descending,
                                 limit, offset)
            return [self._listed_task_view(session, row) for row in rows]

    def count_tasks(self, actor: Actor, wanted: tasklist.TaskFilter | None = None) -> int:
        """How many tasks :meth:`tasks` would list over all its pages."""
        with transaction(self.factory) as session:
            return tasklist.count(session, actor, wanted or tasklist.TaskFilter(), utcnow())

    def task(self, task_id: str, actor: Actor) -> TaskView:
        with transaction(self.factory) as session:
            row = self._get_task(session, task_id)
            if not self._may_see(actor, row):
                raise self._forbidden(row)
            view = self._task_view(row)
            spec = spec_for(row.instance.definition)
            view.separation = separation.status(session, actor, row.instance_id,
                                                spec.task_specs.get(row.step_id), row.role, spec)
            return view

    def task_spec(self, task: TaskView) -> Any:
        """The SpiffWorkflow spec of a task (its form, lane, extensions)."""
        with transaction(self.factory) as session:
            definition = self.definition(session, task.definition_key, task.definition_version)
            return spec_for(definition).task_specs[task.step_id]

    def claim(self, task_id: str, actor: Actor) -> TaskView:
        with transaction(self.factory, write=True) as session:
            row = self._get_task(session, task_id, lock=True)
            self._check_role(actor, row)
            case_admin.refuse_if_suspended(row.instance)
            self._check_separation(session, actor, row)
            if row.assignee == actor.username:
                return self._task_view(row)
            if row.assignee is not None:
                raise Conflict(f"Tugas sudah diambil oleh {row.assignee}.",
                               f"Task already claimed by {row.assignee}.", field="assignee")
            now = utcnow()
            result = session.execute(
                update(ACTIVE).where(ACTIVE.c.id == task_id, ACTIVE.c.assignee.is_(None))
                .values(assignee=actor.username, claimed_at=now))
            if result.rowcount != 1:
                raise Conflict("Tugas baru saja diambil pengguna lain.",
                               "Task was just claimed by someone else.", field="assignee")
            writes = WriteBuffer(session)
            writes.event(row.as_dict(), "claimed", actor.username,
                         acting_as=actor.acting_as(row.role, row.instansi))
            writes.flush()
            row.assignee, row.claimed_at = actor.username, now
            return self._task_view(row)

    def unclaim(self, task_id: str, actor: Actor) -> TaskView:
        with transaction(self.factory, write=True) as session:
            row = self._get_task(session, task_id, lock=True)
            if row.assignee is None:
                return self._task_view(row)
            if row.assignee != actor.username and not actor.is_admin:
                raise Forbidden(f"Tugas diambil oleh {row.assignee}; hanya dia yang dapat "
                                "melepasnya.", f"Task is claimed by {row.assignee}; only they "
                                "can release it.", field="assignee")
            session.execute(update(ACTIVE).where(ACTIVE.c.id == task_id)
                            .values(assignee=None, claimed_at=None))
            writes = WriteBuffer(session)
            writes.event(row.as_dict(), "unclaimed", actor.username,
                         acting_as=actor.acting_as(row.role, row.instansi))
            writes.flush()
            row.assignee, row.claimed_at = None, None
            return self._task_view(row)

    def assign(self, task_id: str, actor: Actor, username: str | None,
               address: str = "") -> TaskView:
        """Hand a waiting task (claimed or not) to ``username``, who must hold its role today
        (own or as Plt. / Plh.; else 422 naming ``userId``); ``None`` gives it back to every
        holder. Only a pengawas of the task's instansi or an admin may (403); a finished task
        is a 409. Written as a task event ``assigned`` with data {"from", "to"} and audited."""
        with transaction(self.factory, write=True) as session:
            row = self._get_task(session, task_id, lock=True)
            handover.check_assigner(actor, row.instansi, row.name)
            if username is not None:
                handover.new_holder(session, username, row.role, row.instansi)
                self._check_new_holder_separation(session, username, row)
            if row.assignee == username:
                return self._task_view(row)
            now = utcnow() if username is not None else None
            session.execute(update(ACTIVE).where(ACTIVE.c.id == task_id)
                            .values(assignee=username, claimed_at=now))
            writes = WriteBuffer(session)
            writes.event(row.as_dict(), "assigned", actor.username,
                         {"from": row.assignee, "to": username})
            writes.flush()
            audit.record(session, audit.TASK_ASSIGNED, actor.username, f"task:{task_id}",
                         address, instance=row.instance_id, step=row.step_id,
                         **{"from": row.assignee, "to": username})
            row.assignee, row.claimed_at = username, now
            return self._task_view(row)

    def complete(self, task_id: str, actor: Actor, data: dict[str, Any],
                 validate: Validator | None = None) -> InstanceView:
        """Complete a ready task with ``data`` and run the instance to its next wait state.

        A gateway condition that raises on the way is a :class:`ConditionError` (422): the whole
        completion is rolled back, so the step still waits and nothing half-done is stored
        (the client and the page still hold what was typed, to correct and send again), and an
        incident is written afterwards in its own transaction for admins.
        """
        try:
            return self._complete(task_id, actor, data, validate)
        except ConditionError as err:
            instance_id = err.details.pop("_instance", None)
            if instance_id is not None:
                err.details["incidentId"] = str(record_incident(
                    self.factory, instance_id, FAILED_CONDITION, err.details["activityId"],
                    f"flow '{err.details['flowId']}': condition '{err.details['expression']}' "
                    f"failed: {err.details['reason']}"))
            raise

    def _complete(self, task_id: str, actor: Actor, data: dict[str, Any],
                  validate: Validator | None) -> InstanceView:
        with transaction(self.factory, write=True) as session:
            row = self._get_task(session, task_id, lock=True)
            self._check_role(actor, row)
            case_admin.refuse_if_suspended(row.instance)
            self._check_separation(session, actor, row)
            if row.assignee not in (None, actor.username):
                raise Forbidden(f"Tugas diambil oleh {row.assignee}.",
                                f"Task is claimed by {row.assignee}.", field="assignee")
            instance, definition = row.instance, row.instance.definition
            seen_revision = instance.revision
            workflow = self._load(instance)
            spiff_task = workflow.get_task_from_id(UUID(task_id))
            if spiff_task is None or not spiff_task.has_state(TaskState.READY):
                raise Conflict("Tugas tidak lagi siap dikerjakan.", "Task is no longer ready.")
            # documents the step asks for (dokumen=wajib) come from the case's attachments
            data = document_rules.apply(session, instance.id, spiff_task.task_spec, data)
            clean = validate(spiff_task.task_spec, data) if validate else dict(data)
            spiff_task.data.update(clean)
            listed = {t.id for t in self._ready_user_tasks(workflow)} - {spiff_task.id}
            done_before = self._finished_ids(workflow)
            spiff_task.run()
            self._run_engine(workflow, definition, instance.id)
            self._save(session, instance, workflow, seen_revision)
            writes = WriteBuffer(session)
            self._record_activities(writes, instance.id, workflow, done_before)
            acting_as = actor.acting_as(row.role, row.instansi)
            if row.assignee is None:
                writes.event(row.as_dict(), "claimed", actor.username, acting_as=acting_as)
            writes.completed(row.as_dict(), actor.username, clean, acting_as,
                             writes.days_off(row.instansi))
            session.execute(delete(ACTIVE).where(ACTIVE.c.id == task_id))
            ready = [t for t in self._ready_user_tasks(workflow) if t.id not in listed]
            new_rows = self._add_ready(writes, instance, definition, ready)
            self._drop_gone(writes, instance.id, listed, workflow)
            writes.flush()
            self._notify(session, instance, new_rows, actor, workflow.is_completed(),
                         writes.last_doers)
            self._after_change(session, instance, workflow, actor.username)
            if instance.revision != seen_revision + 1:  # moved on again (a called case ended)
                return self._instance_view_from_db(session, instance, self._load(instance))
            if listed:  # other branches still wait (parallel flows): show them as stored
                return self._instance_view_from_db(session, instance, workflow)
            return self._instance_view(instance, definition, workflow, new_rows)

    def advance(self, session: Session, instance: ProcessInstance,
                change: Callable[[BpmnWorkflow], None], actor: str | None) -> BpmnWorkflow:
        """Move a case on without a user completing a step (a timer fired, a called case
        ended, an admin reset it), in the caller's transaction: ``change`` acts on the loaded
        workflow, the engine runs to the next wait, and the inbox, history, notifications,
        timers and called cases follow exactly as after a completion. Steps that are no longer
        waiting (an interrupting timer cancelled them) leave the inbox with a ``cancelled``
        event. A concurrent change of the case is a :class:`Conflict` (nothing written)."""
        definition = instance.definition
        seen_revision = instance.revision
        workflow = self._load(instance)
        listed = {t.id for t in self._ready_user_tasks(workflow)}
        done_before = self._finished_ids(workflow)
        change(workflow)
        self._run_engine(workflow, definition, instance.id)
        self._save(session, instance, workflow, seen_revision)
        writes = WriteBuffer(session)
        self._record_activities(writes, instance.id, workflow, done_before)
        ready = [t for t in self._ready_user_tasks(workflow) if t.id not in listed]
        new_rows = self._add_ready(writes, instance, definition, ready)
        self._drop_gone(writes, instance.id, listed, workflow, actor)
        writes.flush()
        notify.tasks_ready(session, instance, new_rows, actor, self.mail_enabled,
                           previous=writes.last_doers)
        if workflow.is_completed():
            notify.case_ended(session, instance, actor, self.mail_enabled)
        self._after_change(session, instance, workflow, actor)
        return workflow

    def _drop_gone(self, writes: WriteBuffer, instance_id: int, listed: set, workflow,
                   actor: str | None = None) -> None:
        """Inbox rows of steps that were waiting before this change and are not any more,
        other than the one just completed (an interrupting boundary timer, a cancel): they
        leave the inbox, with a ``cancelled`` event in their history."""
        waiting = {t.id for t in self._ready_user_tasks(workflow)}
        gone = [str(i) for i in listed - waiting]
        if not gone:
            return
        session = writes.session
        for row in session.execute(select(ACTIVE).where(ACTIVE.c.id.in_(gone))).mappings():
            writes.event(dict(row), "cancelled", actor)
        session.execute(delete(ACTIVE).where(ACTIVE.c.id.in_(gone)))

    def _after_change(self, session: Session, instance: ProcessInstance,
                      workflow: BpmnWorkflow, actor: str | None) -> None:
        """What every change of a case's state brings along, in its transaction: the timer
        rows the background loop fires (engine.timers) and the cases its call activities
        start or the case its end resumes (engine.calls)."""
        timers.sync(session, instance, workflow)
        calls.follow(self, session, instance, workflow, actor)

    # -- history -----------------------------------------------------------------------------
    def events(self, instance_id: int, actor: Actor | None = None) -> list[TaskEvent]:
        with transaction(self.factory) as session:
            self._get_instance(session, instance_id, actor)
            return list(session.scalars(select(TaskEvent).where(
                TaskEvent.instance_id == instance_id).order_by(TaskEvent.id)))

    def history(self, instance_id: int, actor: Actor | None = None) -> list[dict[str, Any]]:
        """One entry per task occurrence: step, role, who claimed/completed it, when, data."""
        entries: dict[str, dict[str, Any]] = {}
        for ev in self.events(instance_id, actor):
            entry = entries.setdefault(ev.task_id, {
                "task_id": ev.task_id, "instance_id": ev.instance_id, "step_id": ev.step_id,
                "name": ev.name, "role": ev.role, "ready_at": None, "claimed_by": None,
                "claimed_at": None, "completed_by": None, "completed_at": None, "data": None,
                "acting_as": None, "handovers": []})
            if ev.kind == "ready":
                entry["ready_at"] = ev.at
            elif ev.kind == "claimed":
                entry["claimed_by"], entry["claimed_at"] = ev.actor, ev.at
                entry["acting_as"] = ev.acting_as  # "Plh. Kasubag Keuangan" for a substitute
            elif ev.kind == "unclaimed":
                entry["claimed_by"], entry["claimed_at"], entry["acting_as"] = None, None, None
            elif ev.kind == "assigned":  # a hand-over (Runtime.assign): the new holder claims it
                handover.record_in(entry, ev)
            elif ev.kind == "completed":
                entry["completed_by"], entry["completed_at"] = ev.actor, ev.at
                entry["data"] = ev.data
                entry["acting_as"] = ev.acting_as
            elif ev.kind == "cancelled":  # left the inbox undone (a timer, a cancel, a reset)
                entry["cancelled_at"] = ev.at
        return list(entries.values())

    def activities(self, instance_id: int, actor: Actor | None = None) -> list[ActivityEvent]:
        """Every flow node the instance passed, in order, with the node it came from."""
        with transaction(self.factory) as session:
            self._get_instance(session, instance_id, actor)
            return list(session.scalars(select(ActivityEvent).where(
                ActivityEvent.instance_id == instance_id).order_by(ActivityEvent.id)))

    # -- internals ---------------------------------------------------------------------------
    @staticmethod
    def _finished_ids(workflow: BpmnWorkflow) -> set:
        return {t.id for t in completed_tasks(workflow)}

    @staticmethod
    def _record_activities(writes: WriteBuffer, instance_id: int, workflow: BpmnWorkflow,
                           done_before: set) -> None:
        """Log the BPMN nodes completed by this call (internal Spiff tasks have no bpmn_id)."""
        fresh = [t for t in completed_tasks(workflow)  # in the order they ran
                 if t.id not in done_before and getattr(t.task_spec, "bpmn_id", None)]
        for task in fresh:
            source = flow_source(task)  # the sub-process, for its first node
            writes.activity(instance_id, task.task_spec.bpmn_id, type(task.task_spec).__name__,
                            source.task_spec.bpmn_id if source is not None else None)

    def _run_engine(self, workflow: BpmnWorkflow, definition: ProcessDefinition,
                    instance_id: int | None = None) -> None:
        try:
            workflow.do_engine_steps()
        except EngineError:
            raise
        except ConditionFailed as err:
            failed = condition_error(definition.key, definition.bpmn_xml, err.gateway,
                                     err.expression, err.reason)
            failed.details["reason"] = err.reason
            if instance_id is not None:  # a start has no instance to attach an incident to
                failed.details["_instance"] = instance_id
            raise failed from err
        except Exception as err:  # noqa: BLE001 - a model error must not become a 500
            raise Conflict(f"Proses tidak dapat dilanjutkan: {err}",
                           f"The process cannot continue: {err}") from err

    def _load(self, instance: ProcessInstance) -> BpmnWorkflow:
        workflow = load_state(instance.state, spec_for(instance.definition))
        workflow.script_engine = self.script_engine
        return workflow

    def _save(self, session: Session, instance: ProcessInstance, workflow: BpmnWorkflow,
              seen_revision: int) -> None:
        done = workflow.is_completed()
        values = {"state": dump_state(workflow), "revision": seen_revision + 1,
                  "status": "completed" if done else "active"}
        if done:
            values["ended_at"] = utcnow()
            values["outcome"] = outcome_of(workflow, instance.definition)  # engine.outcomes
        result = session.execute(
            update(INSTANCES)
            .where(INSTANCES.c.id == instance.id, INSTANCES.c.revision == seen_revision)
            .values(**values))
        if result.rowcount != 1:
            raise Conflict("Berkas ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.",
                           "This case was just changed by someone else; reload and retry.")
        for name, value in values.items():
            if isinstance(instance, ProcessInstance):
                set_committed_value(instance, name, value)
            else:
                setattr(instance, name, value)

    @staticmethod
    def _ready_user_tasks(workflow: BpmnWorkflow) -> list:
        return [t for t in workflow.get_tasks(state=TaskState.READY)
                if isinstance(t.task_spec, UserTaskMixin) or t.task_spec.manual]

    @staticmethod
    def _add_ready(writes: WriteBuffer, instance: ProcessInstance,
                   definition: ProcessDefinition, ready: Iterable) -> list[dict[str, Any]]:
        """Store the steps that became ready, with their batas waktu (``due_at``, from the
        step's mutu baku waktu as of now) and whether they were done before in this case
        (``returned``: they came back through a Tidak / Kembalikan)."""
        ready = list(ready)
        if not ready:
            return []
        properties = {t.task_spec.name: dict(getattr(t.task_spec, "extensions", None) or {})
                      for t in ready}
        days_off = writes.known_days_off.get(definition.instansi)
        if days_off is None:
            days_off = tasklist.days_off_needed(writes.session, definition.instansi,
                                                properties.values())
        # who did each step before (this call's completion last): a step among them is back
        doers = {e["step_id"]: e["actor"] for e in writes.events if e["kind"] == "completed"}
        if doers:  # a completion (a start has completed nothing yet: no query)
            doers = {**tasklist.last_doers(writes.session, instance.id, properties), **doers}
        writes.last_doers = doers
        done_before = set(doers)
        rows = []
        for task in ready:
            step = task.task_spec.name
            row = {"id": str(task.id), "instance_id": instance.id,
                   "definition_key": definition.key, "instansi": definition.instansi,
                   "step_id": step, "name": task.task_spec.bpmn_name or step,
                   "role": task.task_spec.lane or "", "returned": step in done_before}
            writes.ready(row)
            stored = writes.active[-1]  # due from the very ready_at stored (not flushed yet)
            stored["due_at"] = tasklist.due_at_of(properties[step], stored["ready_at"], days_off)
            rows.append(stored)
        return rows

    def _get_instance(self, session: Session, instance_id: int,
                      actor: Actor | None = None) -> ProcessInstance:
        """The instance; one the actor may not see is answered exactly like a missing one."""
        instance = session.get(ProcessInstance, instance_id)
        if instance is None or (actor is not None and not access.may_see(session, actor,
                                                                          instance)):
            raise NotFound(f"Berkas {instance_id} tidak ditemukan.",
                           f"Case {instance_id} not found.", field="id")
        return instance

    def _get_task(self, session: Session, task_id: str, lock: bool = False) -> TaskRecord:
        row = read_task(session, task_id, lock)
        if row is not None:
            return row
        done = session.scalars(select(TaskEvent).where(
            TaskEvent.task_id == task_id, TaskEvent.kind == "completed")).first()
        if done is not None:
            raise Conflict(f"Tugas sudah diselesaikan oleh {done.actor}.",
                           f"Task was already completed by {done.actor}.",
                           completedBy=done.actor, processInstanceId=done.instance_id)
        raise NotFound(f"Tugas {task_id} tidak ditemukan.", f"Task {task_id} not found.",
                       field="id")

    @staticmethod
    def _may_see(actor: Actor, row: TaskRecord) -> bool:
        """Admins, holders of the role (own or Plt. / Plh.), the assignee, and a pengawas of
        the task's instansi (who may hand it over, engine.handover)."""
        return (actor.is_admin or actor.holds(row.role, row.instansi)
                or row.assignee == actor.username or handover.may_assign(actor, row.instansi))

    def _check_role(self, actor: Actor, row: TaskRecord) -> None:
        if not actor.holds(row.role, row.instansi):
            raise self._forbidden(row)

    @staticmethod
    def _check_separation(session: Session, actor: Actor, row: TaskRecord) -> None:
        """Pemisahan tugas (engine.separation): who did the work a step checks may not check
        it, whatever role they act in; no query for a step that declares nothing."""
        spec = spec_for(row.instance.definition)
        separation.check(session, actor, row.instance_id, spec.task_specs.get(row.step_id),
                         row.role, spec)

    @staticmethod
    def _check_new_holder_separation(session: Session, username: str, row: TaskRecord) -> None:
        """A hand-over to the user who did the work this step checks is refused (422 naming
        ``userId``): they could not complete it."""
        spec = spec_for(row.instance.definition)
        found = separation.blocked(session, username, row.instance_id,
                                   spec.task_specs.get(row.step_id), row.role, spec)
        if found is not None:
            raise InvalidData(
                f"Pemisahan tugas: {username} menyelesaikan langkah \u201c{found.step_name}"
                f"\u201d pada berkas ini, jadi tidak dapat memeriksanya; serahkan kepada "
                f"pengguna lain yang memegang jabatan {row.role}.",
                f"Separation of duties: {username} completed the step \u201c{found.step_name}"
                f"\u201d in this case and cannot check it; hand it to another user holding "
                f"the role {row.role}.", field="userId")

    @staticmethod
    def _forbidden(row: TaskRecord) -> Forbidden:
        return Forbidden(
            f"Langkah '{row.name}' hanya untuk jabatan {row.role}.",
            f"Step '{row.name}' belongs to the role {row.role}.", field="role")

    def _task_view(self, row: TaskRecord) -> TaskView:
        definition = row.instance.definition
        return self._task_view_of({**row.as_dict(), "business_key": row.instance.business_key,
                                   "title": row.instance.title}, definition,
                                  spec_for(definition))

    def _listed_task_view(self, session: Session, row: Any) -> TaskView:
        """A row of engine.tasklist's query as a TaskView (no instance state is read)."""
        definition = DefinitionRecord(row.def_id, row.key, row.version, row.def_name,
                                      row.def_instansi, row.content_hash,
                                      lambda: session.execute(
                                          select(DEFINITIONS.c.bpmn_xml)
                                          .where(DEFINITIONS.c.id == row.def_id)).scalar_one())
        return self._task_view_of(row._asdict(), definition, spec_for(definition))

    def _instance_view(self, instance: ProcessInstance, definition: ProcessDefinition,
                       workflow: BpmnWorkflow | None, rows: list[dict[str, Any]]) -> InstanceView:
        spec = spec_for(definition)
        case = {"business_key": instance.business_key, "title": instance.title or ""}
        tasks = [self._task_view_of({**case, **r}, definition, spec) for r in rows]
        return InstanceView(
            id=instance.id, definition_key=definition.key, definition_version=definition.version,
            sop_name=definition.name, instansi=definition.instansi, status=instance.status,
            business_key=instance.business_key, started_by=instance.started_by,
            started_at=instance.started_at, ended_at=instance.ended_at,
            data=_json_safe(workflow.last_task.data if workflow and workflow.last_task else {}),
            tasks=tasks, state_bytes=len(instance.state), title=instance.title or "",
            outcome=instance.outcome, parent_id=getattr(instance, "parent_id", None),
            suspended=bool(getattr(instance, "suspended", False)))

    def _instance_view_from_db(self, session: Session, instance: ProcessInstance,
                               workflow: BpmnWorkflow | None) -> InstanceView:
        rows = self._active_rows(session, [instance.id]).get(instance.id, [])
        return self._instance_view(instance, instance.definition, workflow, rows)

    @staticmethod
    def _active_rows(session: Session, instance_ids: list[int]
                     ) -> dict[int, list[dict[str, Any]]]:
        """The ready tasks of several instances in one query (a list page must not ask per row)."""
        grouped: dict[int, list[dict[str, Any]]] = {i: [] for i in instance_ids}
        if instance_ids:
            for row in session.execute(select(ACTIVE).where(ACTIVE.c.instance_id.in_(instance_ids))
                                       .order_by(ACTIVE.c.ready_at)).mappings():
                grouped[row["instance_id"]].append(dict(row))
        return grouped

    @staticmethod
    def _task_view_of(row: dict[str, Any], definition: ProcessDefinition, spec) -> TaskView:
        task_spec = spec.task_specs.get(row["step_id"])
        return TaskView(
            id=row["id"], instance_id=row["instance_id"], definition_key=definition.key,
            definition_version=definition.version, sop_name=definition.name,
            instansi=row["instansi"], step_id=row["step_id"], name=row["name"], role=row["role"],
            assignee=row["assignee"], ready_at=row["ready_at"], claimed_at=row["claimed_at"],
            properties=dict(getattr(task_spec, "extensions", None) or {}),
            documentation=getattr(task_spec, "documentation", None),
            due_at=row.get("due_at"), returned=bool(row.get("returned")),
            business_key=row.get("business_key"), title=row.get("title") or "",
            suspended=bool(row.get("suspended")))


def _json_safe(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if isinstance(v, str | int | float | bool | type(None)
                                                        | list | dict)}
