"""Timer events as database rows, and the background job that fires them.

:func:`sync` runs after every change of a case (``Runtime._after_change``) and makes the
``timers`` rows match the timer events its workflow waits on: a row with ``due_at`` for each
newly waiting timer, none for a timer that fired or was cancelled with its step. The due time is
computed here, once, from the product's clock (engine.timer_events explains why Spiff's own
wall-clock check is not used); a ``batas`` timer is due at the batas waktu of the step it is
attached to, which the inbox row already carries (working time, days off: engine.tasklist).

:func:`fire_due` is the ``timers`` job of the background loop (engine.background): it claims
one due row at a time (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, the writer lock on SQLite) and
fires it through ``Runtime.advance`` in that row's transaction, so with any number of workers
and machines each timer fires exactly once. A case changed at that moment (a Conflict) keeps its
row for the next round; a suspended case's timers wait until it is activated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID

from SpiffWorkflow.util.task import TaskState
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from . import notify
from .db import transaction
from .errors import Conflict
from .models import ActiveTask, ActivityEvent, ProcessInstance, Timer, as_utc, utcnow
from .timer_events import SopCycleTimer, cycle, date, duration, is_timer

log = logging.getLogger(__name__)
FIRED_NODE = "timer"  # not an activity kind: fired timers show as their BPMN node (timeline)


def has_timers(workflow: Any) -> bool:
    """Whether the workflow's spec or a sub-process spec has a timer event (cached on each
    spec: most SOPs have none, and their changes then cost no query here)."""
    specs = [workflow.spec, *(getattr(workflow, "subprocess_specs", None) or {}).values()]
    return any(_spec_has_timers(spec) for spec in specs)


def _spec_has_timers(spec: Any) -> bool:
    found = getattr(spec, "_sop_has_timers", None)
    if found is None:
        found = any(is_timer(ts) for ts in spec.task_specs.values())
        spec._sop_has_timers = found
    return found


def waiting_timers(workflow: Any) -> dict[str, Any]:
    """The timer tasks the workflow waits on, by task id (a finished cycle waits no more)."""
    return {str(t.id): t for t in workflow.get_tasks(state=TaskState.WAITING)
            if is_timer(t.task_spec) and not t._get_internal_data("event_fired", False)}


def sync(session: Session, instance: Any, workflow: Any) -> None:
    """Make the ``timers`` rows of ``instance`` match the timer events its workflow waits on
    (in the caller's transaction)."""
    if not has_timers(workflow):
        return
    waiting = waiting_timers(workflow)
    stored = dict(session.execute(select(Timer.task_id, Timer.id)
                                  .where(Timer.instance_id == instance.id)).all())
    gone = [row_id for task_id, row_id in stored.items() if task_id not in waiting]
    if gone:
        session.execute(delete(Timer).where(Timer.id.in_(gone)))
    now = utcnow()
    for task_id, task in waiting.items():
        if task_id in stored:
            continue
        kind, due = due_of(session, instance.id, task, now)
        if due is None:
            log.warning("timer %s of case %s has no due time (its step has no batas waktu)",
                        task.task_spec.bpmn_id, instance.id)
            continue
        session.add(Timer(instance_id=instance.id, task_id=task_id,
                          event_id=task.task_spec.bpmn_id or task.task_spec.name, kind=kind,
                          due_at=due, created_at=now))
    session.flush()


def due_of(session: Session, instance_id: int, task: Any, now: datetime
           ) -> tuple[str, datetime | None]:
    """(kind, due time) of a timer task that starts waiting ``now``."""
    definition = task.task_spec.event_definition
    kind = definition.kind
    if kind == "batas":
        return kind, _step_due(session, instance_id, task)
    value = definition.value
    if kind == "date":
        return kind, date(value)
    if kind == "cycle":
        return kind, cycle(value, now).first_due
    return kind, now + duration(value, now)


def _attached_step(task: Any) -> Any:
    """The step a boundary timer watches: the task beside the event under Spiff's
    BoundaryEventSplit (None for an intermediate timer)."""
    return next((s for s in task.parent.children if s is not task
                 and not hasattr(s.task_spec, "event_definition")), None)


def _step_due(session: Session, instance_id: int, task: Any) -> datetime | None:
    """The batas waktu of the step a boundary timer is attached to (its inbox row's due_at)."""
    step = _attached_step(task)
    if step is None:
        return None
    due = session.scalar(select(ActiveTask.due_at).where(ActiveTask.id == str(step.id),
                                                         ActiveTask.instance_id == instance_id))
    return as_utc(due) if due is not None else None


# -- firing ------------------------------------------------------------------------------------
def fire(workflow: Any, task_id: str) -> Any:
    """Make the waiting timer task fire (the ``change`` given to ``Runtime.advance``); returns
    the task, or None when it waits no more (a stale row: sync then deletes it)."""
    task = workflow.get_task_from_id(UUID(task_id))
    if task is None or not task.has_state(TaskState.WAITING) or not is_timer(task.task_spec):
        return None
    if isinstance(task.task_spec.event_definition, SopCycleTimer):
        task.internal_data["sop_cycle_due"] = True
    else:
        task._set_internal_data(event_fired=True)
    workflow.refresh_timers()
    workflow.refresh_timers()  # a cycle's last round finishes the event now, not next change
    return task


def fire_due(factory: sessionmaker[Session], runtime: Any, now: datetime,
             should_stop: Callable[[], bool] = lambda: False, batch: int = 100) -> int:
    """Fire every timer due at ``now`` (at most ``batch`` per call), each in its own
    transaction; returns how many fired."""
    fired, skipped = 0, set()
    while fired + len(skipped) < batch and not should_stop():
        outcome = _fire_one(factory, runtime, now, skipped)
        if outcome is None:
            break
        fired += outcome
    return fired


def _fire_one(factory: sessionmaker[Session], runtime: Any, now: datetime, skipped: set[int]
              ) -> int | None:
    """Claim and fire one due row: 1 fired, 0 skipped (Conflict, stale), None: nothing due."""
    claimed: int | None = None
    try:
        with transaction(factory, write=True) as session:
            row = _claim(session, now, skipped)
            if row is None:
                return None
            claimed = row.id
            return _fire_row(session, runtime, row)
    except Conflict:
        skipped.add(claimed)  # the case changed at this moment: the next round tries again
        return 0
    except Exception:
        if claimed is None:
            raise
        skipped.add(claimed)  # a broken case must not stop the others (logged, kept)
        log.exception("timer row %s could not fire", claimed)
        return 0


def _claim(session: Session, now: datetime, skipped: set[int]) -> Timer | None:
    query = (select(Timer).join(ProcessInstance, ProcessInstance.id == Timer.instance_id)
             .where(Timer.due_at <= now, ProcessInstance.suspended.is_(False))
             .order_by(Timer.due_at, Timer.id).limit(1)
             .with_for_update(skip_locked=True, of=Timer))
    if skipped:
        query = query.where(Timer.id.not_in(skipped))
    return session.scalars(query).first()


def _fire_row(session: Session, runtime: Any, row: Timer) -> int:
    instance = session.get(ProcessInstance, row.instance_id)
    if instance is None or instance.status != "active":
        session.execute(delete(Timer).where(Timer.id == row.id))
        return 0
    task_id, due, kind = row.task_id, as_utc(row.due_at), row.kind
    fired: list[Any] = []
    runtime.advance(session, instance, lambda wf: fired.append(fire(wf, task_id)),
                    actor=None)
    task = fired[0] if fired else None
    if task is None:
        return 0
    if kind == "batas":
        notify.escalated(session, instance, _attached_row(session, task),
                         runtime.mail_enabled)
    if kind == "cycle":  # still waiting for its next round: due one step later
        # a round adds a path but completes no event task: record it for the timeline
        if not task.has_state(TaskState.COMPLETED):
            session.add(ActivityEvent(instance_id=instance.id, node_id=row_event(task),
                                      node_type=type(task.task_spec).__name__,
                                      from_node_id=None, at=utcnow()))
        step = cycle(task.task_spec.event_definition.value, due).step
        session.execute(update(Timer).where(Timer.task_id == task_id)
                        .values(due_at=due + step))
    return 1


def row_event(task: Any) -> str:
    return task.task_spec.bpmn_id or task.task_spec.name


def _attached_row(session: Session, task: Any) -> dict[str, Any] | None:
    """The inbox row of the step a fired batas timer watches (still waiting: non-interrupting)."""
    step = _attached_step(task)
    if step is None:
        return None
    found = session.execute(select(ActiveTask.__table__)
                            .where(ActiveTask.id == str(step.id))).mappings().first()
    return dict(found) if found is not None else None
