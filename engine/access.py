"""Who may see a case (a process instance): the one rule the JSON API and the staff pages share.

Camunda 7 anchors this in READ on the process instance and READ_HISTORY on its definition; here
both are one rule, read from the models and the task log instead of a grant table. A user may see
a case, its variables, its task history and its activities when they

- are an admin;
- hold a role (lane) of the case's SOP in the SOP's instansi (a role held in every instansi,
  ``'*'``, counts; so does a role held today as Plt. / Plh., engine.substitutions);
- acted in it: started it, or are the actor of any of its task events (claimed, released or
  completed a step), even after losing the role;
- supervise (pengawas, engine.supervisors) the case's instansi ('*': every instansi).

Everyone else is told the case does not exist (404 in the API), so a case number leaks nothing.

The rule is written once, as a SQL condition (:func:`visible`): an instance list filters with it
before LIMIT/OFFSET, so paging and counts stay right, and :func:`may_see` asks the same condition
about one case. Later issues extend the rule here and nowhere else (supervisors "pengawas",
Plt./Plh. substitutes, a case's documents and comments): add a term to :func:`_grounds` and every
list, count, case, history and page follows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from .actors import Actor
from .models import ActiveTask, ProcessDefinition, ProcessInstance, TaskEvent
from .specs import DefinitionUnusable, lanes_of, spec_for
from .supervisors import supervises

_MAX_CACHED = 4096
MANY_EVENTS = 5000  # above it, acted_in() probes per case (see there)
_LOCK = threading.Lock()
_LANES: dict[tuple[str, str], frozenset[str]] = {}


def visible(session: Session, actor: Actor,
            definition_ids: Collection[int] | None = None) -> ColumnElement[bool] | None:
    """The condition on ``ProcessInstance`` rows the actor may see; ``None`` means every row
    (an admin), so callers add no condition at all.

    ``definition_ids`` narrows the role ground to those definitions (asking about one case needs
    only its own SOP's lanes, not every SOP of the actor's instansi); an empty collection drops
    the role ground, for a caller that has just checked it (:func:`may_see`).
    """
    if actor.is_admin:
        return None
    return or_(*_grounds(session, actor, definition_ids))


def may_see(session: Session, actor: Actor, instance: ProcessInstance) -> bool:
    """True when the actor may see ``instance``: the condition of :func:`visible` asked of one
    row. The grounds known without the database go first (the role ground reads the cached
    lanes of the already loaded definition); the rest is one indexed query."""
    if actor.is_admin or instance.started_by == actor.username:
        return True
    if supervises(actor, instance.instansi or instance.definition.instansi):
        return True
    if _holds_lane(actor, instance.definition, lambda: instance.definition):
        return True
    clause = visible(session, actor, definition_ids=())  # the role ground was just checked
    found = session.scalar(select(ProcessInstance.id).where(
        ProcessInstance.id == instance.id, clause))
    return found is not None


def visible_case(session: Session, actor: Actor, instance_id: int | None
                 ) -> ProcessInstance | None:
    """The case if it exists and the actor may see it, else None: callers answer both alike
    (NotFound in their own words), so a case number leaks nothing."""
    instance = session.get(ProcessInstance, instance_id) if instance_id is not None else None
    return instance if instance is not None and may_see(session, actor, instance) else None


def case_of_task(session: Session, task_id: str) -> int | None:
    """The case of a task that waits or was ever ready (task events are never deleted)."""
    task_id = task_id[:36]
    found = session.scalar(select(ActiveTask.instance_id).where(ActiveTask.id == task_id))
    if found is None:
        found = session.scalar(select(TaskEvent.instance_id)
                               .where(TaskEvent.task_id == task_id).limit(1))
    return found


def held_definitions(session: Session, actor: Actor,
                     among: Collection[int] | None = None) -> list[int]:
    """Ids of the definitions (every version) with a lane the actor holds in its instansi.

    Only the actor's instansi are read (all of them for a ``'*'`` role), and lanes are cached per
    definition content, so a user with a few roles costs one small query.
    """
    held = actor.roles | {(role, where) for role, where, _ in actor.acting}  # own and Plt./Plh.
    if not held or (among is not None and not among):
        return []
    instansi = {where for _, where in held}
    query = select(ProcessDefinition.id, ProcessDefinition.key, ProcessDefinition.content_hash,
                   ProcessDefinition.instansi)
    if "*" not in instansi:
        query = query.where(ProcessDefinition.instansi.in_(instansi))
    if among is not None:
        query = query.where(ProcessDefinition.id.in_(list(among)))
    rows = session.execute(query).all()
    return [row.id for row in rows
            if _holds_lane(actor, row, lambda row=row: session.get(ProcessDefinition, row.id))]


def _grounds(session: Session, actor: Actor,
             definition_ids: Collection[int] | None) -> list[ColumnElement[bool]]:
    """Each reason a non-admin may see a case, as a SQL term (any one suffices)."""
    terms: list[ColumnElement[bool]] = [
        ProcessInstance.started_by == actor.username, acted_in(session, actor.username)]
    held = held_definitions(session, actor, definition_ids)
    if held:
        terms.insert(0, ProcessInstance.definition_id.in_(held))
    if "*" in actor.supervises:  # a pengawas of every instansi sees every case
        terms.insert(0, true())
    elif actor.supervises:  # a pengawas sees every case of the instansi they supervise
        terms.insert(0, ProcessInstance.instansi.in_(sorted(actor.supervises)))
    return terms


def acted_in(session: Session, username: str) -> ColumnElement[bool]:
    """The case has a task event by ``username``, in the form the databases answer fastest.

    Most users have acted in a few hundred cases: their case ids, read from
    ``ix_task_events_actor``, are a small set to test each case against. A user with thousands
    of events (a Kasubag signing every case of a year) gets a per-case probe of the task events
    index instead, to put last in an OR: the database then probes only the cases the cheaper
    column terms did not already admit. Its ``OFFSET 0`` keeps PostgreSQL from hashing every
    event of the user first (204,000 in bench/scale_bench.py: a case count of 130-230 ms
    instead of 30 ms); a per-case probe for a user with few events would cost as much (every
    case probed), hence the bounded look at how many there are (one index read).
    """
    ids = select(TaskEvent.instance_id).where(TaskEvent.actor == username)
    if not many_events(session, username):
        return ProcessInstance.id.in_(ids)
    return (select(TaskEvent.id)
            .where(TaskEvent.instance_id == ProcessInstance.id, TaskEvent.actor == username)
            .offset(0).exists())


def many_events(session: Session, username: str) -> bool:
    """More than ``MANY_EVENTS`` task events by ``username`` (an index read of at most that)."""
    beyond = session.scalar(select(TaskEvent.instance_id).where(TaskEvent.actor == username)
                            .order_by(TaskEvent.actor, TaskEvent.instance_id)
                            .offset(MANY_EVENTS).limit(1))
    return beyond is not None


def _holds_lane(actor: Actor, definition: Any, load: Callable[[], ProcessDefinition]) -> bool:
    """``definition`` has key, content_hash and instansi (a row or the model); ``load`` gives
    the full definition, called only when its lanes are not cached yet."""
    return any(actor.holds(lane, definition.instansi) for lane in _lanes(definition, load))


def _lanes(definition: Any, load: Callable[[], ProcessDefinition]) -> frozenset[str]:
    """The lanes of a definition; the BPMN text is read (and parsed) only on a cache miss."""
    key = (definition.key, definition.content_hash)
    with _LOCK:
        found = _LANES.get(key)
    if found is None:
        try:
            found = frozenset(lanes_of(spec_for(load())))
        except DefinitionUnusable:  # a stored file that no longer parses has no lanes to hold
            found = frozenset()
        with _LOCK:
            if len(_LANES) >= _MAX_CACHED:
                _LANES.clear()
            _LANES[key] = found
    return found
