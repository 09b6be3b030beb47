"""Put a case's single token on a given user task, on its own SOP version or another one.

The state store prunes the finished past of the task tree (engine.state), so Spiff's
``reset_from_task_id`` cannot reach an earlier step, and ``SpiffWorkflow.bpmn.util.diff`` needs
the tasks it compares. Both an admin reset and a migration therefore rebuild the tree the same
small way: the root keeps the waiting step's data and gets one child, the target step, made
READY the way Spiff readies a step (``_update``), with the rest of the path predicted. The past
lives in ``task_events`` and ``activity_events``; nothing there is touched.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.control import BoundaryEventSplit
from SpiffWorkflow.bpmn.specs.mixins.events.intermediate_event import BoundaryEvent
from SpiffWorkflow.bpmn.specs.mixins.user_task import UserTask as UserTaskMixin
from SpiffWorkflow.task import Task
from SpiffWorkflow.util.task import TaskState

# tasks a token can rest on: a step (READY), a timer or message (WAITING), a running call
LIVE = TaskState.READY | TaskState.WAITING | TaskState.STARTED | TaskState.ERROR


def is_user_task(task_spec: Any) -> bool:
    """A step staff do (a user or manual task), as the inbox counts them."""
    return isinstance(task_spec, UserTaskMixin) or bool(getattr(task_spec, "manual", False))


def user_steps(spec: Any) -> list[Any]:
    """The SOP's user tasks in the SOP's order (its step number ``no``, then the diagram's
    left-to-right position, then the id)."""
    steps = [t for t in spec.task_specs.values()
             if is_user_task(t) and getattr(t, "bpmn_id", None)]
    return sorted(steps, key=_step_order)


def _step_order(task_spec: Any) -> tuple[float, float, str]:
    number = str((getattr(task_spec, "extensions", None) or {}).get("no") or "")
    x = (getattr(task_spec, "position", None) or {}).get("x") or 0
    return (float(number) if number.replace(".", "", 1).isdigit() else 1e9, float(x),
            task_spec.name)


def live_tasks(workflow: BpmnWorkflow) -> list[Any]:
    """Where the case's tokens rest (a step, a timer, a call); a boundary event waiting on a
    step is part of that step's token, not a token of its own."""
    return [t for t in workflow.get_tasks(state=LIVE) if getattr(t.task_spec, "bpmn_id", None)
            and not isinstance(t.task_spec, BoundaryEvent)]


def place(workflow: BpmnWorkflow, step_id: str, spec: Any | None = None,
          keep_id: UUID | None = None) -> Any:
    """Make ``step_id`` the case's only waiting step (on ``spec`` when given: a migration).

    ``keep_id``: the new task takes that id (a migrated step stays the same inbox row, with
    its assignee and batas waktu); otherwise it is a new occurrence with a new id (a reset).
    The data is the waiting step's, so nothing recorded so far is lost.
    """
    live = live_tasks(workflow)
    data = dict(live[0].data) if live else dict(workflow.last_task.data
                                                if workflow.last_task else {})
    root = workflow.task_tree
    if spec is not None:
        workflow.spec = spec
        root.task_spec = spec.task_specs[root.task_spec.name]
    workflow.tasks = {root.id: root}
    workflow.subprocesses = {}
    manager = getattr(workflow, "event_manager", None)
    if manager is not None:  # the events the dropped tasks waited on (a step's timer)
        manager.tasks.clear()
    root._children = []
    root.data = data
    target = workflow.spec.task_specs[step_id]
    # a step with boundary events (a batas waktu timer) is entered through its split, which
    # arms the events and readies the step
    split = next((s for s in target.inputs if isinstance(s, BoundaryEventSplit)), None)
    task = Task(workflow, split or target, root, TaskState.FUTURE,
                None if split else keep_id)
    task.thread_id = root.thread_id
    task.task_spec._update(task)
    workflow._predict()
    workflow.last_task = task
    workflow.completed = False
    if split is not None:
        workflow.do_engine_steps()
        task = next(t for t in workflow.get_tasks(state=TaskState.READY)
                    if t.task_spec is target)
        if keep_id is not None:
            _rekey(workflow, task, keep_id)
    return task


def _rekey(workflow: BpmnWorkflow, task: Any, new_id: UUID) -> None:
    """Give ``task`` the id of the step it replaces (its inbox row stays)."""
    parent = task.parent
    del workflow.tasks[task.id]
    index = parent._children.index(task.id)
    task.id = new_id
    workflow.tasks[new_id] = task
    parent._children[index] = new_id
    for child in task.children:
        child._parent = new_id
