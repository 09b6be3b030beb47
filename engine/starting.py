"""Who may start an SOP: the one rule the engine enforces and the Mulai SOP page shows.

The rule is read from the parsed model, never from names: an SOP may be started by a holder of
the lane of a first user step (a user task reached from the start event before any other user
task). Admins may start anything. An SOP without user steps belongs to nobody, so only admins
may start it.
"""

from __future__ import annotations

from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.user_task import UserTask as UserTaskMixin

from .actors import Actor
from .subprocesses import after_subprocess


def is_user_step(task_spec: Any) -> bool:
    """A step a person does: a user task, or a manual task."""
    return isinstance(task_spec, UserTaskMixin) or bool(getattr(task_spec, "manual", False))


def first_steps(spec: Any) -> list[Any]:
    """The user tasks reached from the start event(s) before any other user task."""
    return next_user_steps(spec.start.outputs)


def next_user_steps(starts: list[Any]) -> list[Any]:
    """The user tasks reachable from ``starts`` without passing another user task."""
    found, seen = [], set()
    queue = list(starts)
    while queue:
        task_spec = queue.pop(0)
        if id(task_spec) in seen:  # not by name: each sub-process has its own Start / End
            continue
        seen.add(id(task_spec))
        inner = getattr(task_spec, "embedded_spec", None)  # engine.subprocesses
        if is_user_step(task_spec):
            found.append(task_spec)
        elif inner is not None and (first := next_user_steps(inner.start.outputs)):
            found.extend(first)  # a sub-process's first steps come before what follows it
        else:  # the end of a sub-process goes on after the sub-process
            queue.extend(task_spec.outputs or after_subprocess(task_spec))
    return found


def may_start(actor: Actor, spec: Any, instansi: str) -> bool:
    """True when the actor holds the lane of a first step (admins may start anything)."""
    if actor.is_admin:
        return True
    return any(actor.holds(t.lane or "", instansi) for t in first_steps(spec))
