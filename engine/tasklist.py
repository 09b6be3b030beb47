"""The task list (the inbox and ``GET /api/task``) as one SQL query: who may see a ready task,
the filters, the search, the sort and the page are all in the database, so a page of 25 costs
the same with 50 tasks waiting as with 5,000, and the count uses the very same WHERE.

A task is visible to an admin, to whoever holds its role (lane) in its instansi (their own
jabatan, a role held in every instansi ``'*'``, or as Plt. / Plh. today: ``actor.acting``), and
to its assignee. The batas waktu (``due_at``) and ``returned`` are stored when the step becomes
ready (:func:`due_at_of`, :func:`last_doers`), so overdue and returned are plain columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from .actors import Actor
from .days_off import days_off_of
from .deadlines import NO_DAYS_OFF, deadline, uses_working_days
from .models import TaskEvent, as_utc
from .records import ACTIVE, DEFINITIONS, INSTANCES

SORTS = ("dueDate", "created", "name")
"""Camunda's ``sortBy`` values we honour: batas waktu (overdue first, none last), the time the
step became ready (created: oldest first = longest waiting), the step's name."""


@dataclass(frozen=True)
class TaskFilter:
    """What a task list asks for besides visibility; every field None/False means "any"."""

    role: str | None = None
    assignee: str | None = None
    instance_id: int | None = None
    key: str | None = None
    instansi: str | None = None
    business_key: str | None = None
    business_key_like: str | None = None  # Camunda's LIKE: '%' and '_' are wildcards
    claimed_by_me: bool = False
    returned: bool = False
    overdue: bool = False
    due_before: datetime | None = None
    search: str = ""


_LIST_COLUMNS = (
    ACTIVE.c.id, ACTIVE.c.instance_id, ACTIVE.c.instansi, ACTIVE.c.step_id, ACTIVE.c.name,
    ACTIVE.c.role, ACTIVE.c.assignee, ACTIVE.c.ready_at, ACTIVE.c.claimed_at, ACTIVE.c.due_at,
    ACTIVE.c.returned, INSTANCES.c.business_key, INSTANCES.c.title, INSTANCES.c.suspended,
    DEFINITIONS.c.id.label("def_id"), DEFINITIONS.c.key, DEFINITIONS.c.version,
    DEFINITIONS.c.name.label("def_name"), DEFINITIONS.c.instansi.label("def_instansi"),
    DEFINITIONS.c.content_hash)


def _joined(query: Select) -> Select:
    """Join each task to its case and SOP. A case with a waiting task is running: saying so
    lets the database read the running cases (a partial index, ix_instances_running) instead
    of every case ever finished."""
    return (query.join(INSTANCES, and_(INSTANCES.c.id == ACTIVE.c.instance_id,
                                       INSTANCES.c.status == "active"))
            .join(DEFINITIONS, DEFINITIONS.c.id == INSTANCES.c.definition_id))


def visible(actor: Actor) -> ColumnElement[bool] | None:
    """The condition on ``active_tasks`` rows the actor may see; None for an admin (all)."""
    if actor.is_admin:
        return None
    terms: list[ColumnElement[bool]] = [ACTIVE.c.assignee == actor.username]
    held = [(role, instansi) for role, instansi in actor.roles]
    held += [(role, instansi) for role, instansi, _kind in actor.acting]
    everywhere = sorted({role for role, instansi in held if instansi == "*"})
    if everywhere:
        terms.append(ACTIVE.c.role.in_(everywhere))
    by_instansi: dict[str, set[str]] = {}
    for role, instansi in held:
        if instansi != "*":
            by_instansi.setdefault(instansi, set()).add(role)
    for instansi, roles in sorted(by_instansi.items()):
        terms.append(and_(ACTIVE.c.instansi == instansi, ACTIVE.c.role.in_(sorted(roles))))
    return or_(*terms)


def conditions(actor: Actor, wanted: TaskFilter, now: datetime) -> list[ColumnElement[bool]]:
    """Visibility and every filter asked for, as one list of AND-ed SQL terms."""
    terms: list[ColumnElement[bool]] = []
    rule = visible(actor)
    if rule is not None:
        terms.append(rule)
    for column, value in ((ACTIVE.c.role, wanted.role), (ACTIVE.c.assignee, wanted.assignee),
                          (ACTIVE.c.instance_id, wanted.instance_id),
                          (ACTIVE.c.definition_key, wanted.key),
                          (ACTIVE.c.instansi, wanted.instansi),
                          (INSTANCES.c.business_key, wanted.business_key)):
        if value is not None:
            terms.append(column == value)
    if wanted.business_key_like:
        terms.append(INSTANCES.c.business_key.like(wanted.business_key_like))
    if wanted.claimed_by_me:
        terms.append(ACTIVE.c.assignee == actor.username)
    if wanted.returned:
        terms.append(ACTIVE.c.returned.is_(True))
    if wanted.overdue:
        terms.append(ACTIVE.c.due_at < now)
    if wanted.due_before is not None:
        terms.append(ACTIVE.c.due_at < wanted.due_before)
    terms.extend(_search_terms(wanted.search))
    return terms


def _search_terms(text: str) -> list[ColumnElement[bool]]:
    """Each word must appear (case-insensitively) in the nomor berkas, perihal, SOP name or
    step name. ``lower`` folds ASCII on SQLite and all letters on PostgreSQL, which is enough
    for Indonesian (its words carry no accents)."""
    words = [w for w in fold(text).split() if w][:8]
    columns = (INSTANCES.c.business_key, INSTANCES.c.title, DEFINITIONS.c.name, ACTIVE.c.name)
    return [or_(*(func.lower(func.coalesce(c, "")).like(f"%{_escape(w)}%", escape="\\")
                  for c in columns)) for w in words]


def fold(text: str) -> str:
    """Lower-case and strip the accents a user may type (é -> e), so "sppd" finds "SPPD"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(sort_by: str, descending: bool) -> list[Any]:
    """Sort keys, ending with the id so that pages never overlap or skip a row."""
    if sort_by == "created":
        keys = [ACTIVE.c.ready_at.desc() if descending else ACTIVE.c.ready_at]
    elif sort_by == "name":
        keys = [ACTIVE.c.name.desc() if descending else ACTIVE.c.name, ACTIVE.c.ready_at]
    else:  # dueDate: a task without batas waktu comes last in either direction
        keys = [case((ACTIVE.c.due_at.is_(None), 1), else_=0),
                ACTIVE.c.due_at.desc() if descending else ACTIVE.c.due_at, ACTIVE.c.ready_at]
    return [*keys, ACTIVE.c.id.desc() if descending else ACTIVE.c.id]


def page_query(actor: Actor, wanted: TaskFilter, now: datetime, sort_by: str = "dueDate",
               descending: bool = False, limit: int = 50, offset: int = 0) -> Select:
    """The SELECT of one page (also for EXPLAIN in bench/scale_bench.py).

    When no filter reads the case or the SOP, the page is cut from ``active_tasks`` alone and
    only its rows are joined (a "deferred join"): PostgreSQL would otherwise hash-join every
    waiting task against a sequential scan of all cases, finished ones included."""
    order = _order(sort_by, descending)
    if _needs_join(wanted):
        query = _joined(select(*_LIST_COLUMNS)).where(*conditions(actor, wanted, now))
        return query.order_by(*order).limit(limit).offset(offset)
    cut = (select(ACTIVE.c.id).where(*conditions(actor, wanted, now)).order_by(*order)
           .limit(limit).offset(offset).subquery("page"))
    return _joined(select(*_LIST_COLUMNS).join(cut, cut.c.id == ACTIVE.c.id)).order_by(*order)


def count_query(actor: Actor, wanted: TaskFilter, now: datetime) -> Select:
    """The COUNT with the same WHERE as :func:`page_query` (joins only when a filter needs)."""
    query = select(func.count()).select_from(ACTIVE)
    if _needs_join(wanted):
        query = _joined(query)
    return query.where(*conditions(actor, wanted, now))


def page(session: Session, actor: Actor, wanted: TaskFilter, now: datetime,
         sort_by: str = "dueDate", descending: bool = False, limit: int = 50,
         offset: int = 0) -> list[Any]:
    """One page of visible task rows (task, its case's nomor/perihal, its definition)."""
    return list(session.execute(page_query(actor, wanted, now, sort_by, descending, limit,
                                           offset)))


def count(session: Session, actor: Actor, wanted: TaskFilter, now: datetime) -> int:
    """How many rows :func:`page` would give over all pages (the same WHERE)."""
    return session.scalar(count_query(actor, wanted, now)) or 0


def sops_waiting(session: Session, actor: Actor) -> list[tuple[str, str]]:
    """(key, name) of the SOPs with a task the actor may see, by name: the inbox's SOP filter.
    Grouped on the indexed ``definition_key`` first, so only a few names are joined."""
    rule = visible(actor)
    keys = select(ACTIVE.c.definition_key).distinct()
    if rule is not None:
        keys = keys.where(rule)
    names = (select(DEFINITIONS.c.key, func.max(DEFINITIONS.c.name))
             .where(DEFINITIONS.c.key.in_(keys)).group_by(DEFINITIONS.c.key))
    return sorted(((row[0], row[1]) for row in session.execute(names)),
                  key=lambda pair: pair[1])


def _needs_join(wanted: TaskFilter) -> bool:
    return bool(wanted.business_key is not None or wanted.business_key_like or wanted.search)


# -- stored at ready time ----------------------------------------------------------------------
def due_at_of(properties: dict[str, Any], ready_at: datetime, days_off: frozenset[date]
              ) -> datetime | None:
    """The batas waktu of a step that became ready at ``ready_at``: the one rule the inbox, the
    API and the task page share (engine.deadlines with the instansi's regional days off)."""
    iso = properties.get("waktu_iso")
    if not iso:
        return None
    return deadline(ready_at, iso, properties.get("waktu_hari") or "kerja", days_off=days_off)


def days_off_needed(session: Session, instansi: str, properties: Iterable[dict[str, Any]]
                    ) -> frozenset[date]:
    """The instansi's regional days off, read only when some standard counts working days."""
    if any(uses_working_days(p.get("waktu_iso"), p.get("waktu_hari") or "kerja")
           for p in properties):
        return days_off_of(session, instansi)
    return NO_DAYS_OFF


def last_doers(session: Session, instance_id: int, step_ids: Iterable[str]) -> dict[str, str]:
    """Who completed each of ``step_ids`` last in this case: a step ready again that was done
    before came back through a Tidak / Kembalikan (``returned``), and its last doer is the one
    told it came back to them (engine.notify). One query."""
    wanted = sorted(set(step_ids))
    if not wanted:
        return {}
    rows = session.execute(select(TaskEvent.step_id, TaskEvent.actor).where(
        TaskEvent.instance_id == instance_id, TaskEvent.kind == "completed",
        TaskEvent.step_id.in_(wanted)).order_by(TaskEvent.id))
    return {row.step_id: row.actor for row in rows}


def recompute_due(session: Session, instansi: str | None = None) -> int:
    """Compute the stored batas waktu of waiting tasks again (after a day off was added or
    removed): only tasks whose standard counts working days can move. Returns how many
    changed. ``instansi`` None means every instansi (a day off for '*')."""
    from .specs import DefinitionUnusable, spec_for  # specs parse BPMN: import when needed

    query = _joined(select(*_LIST_COLUMNS)).where(ACTIVE.c.due_at.is_not(None))
    if instansi is not None:
        query = query.where(ACTIVE.c.instansi == instansi)
    changed = 0
    calendars: dict[str, frozenset[date]] = {}
    for row in session.execute(query).all():
        try:
            spec = spec_for(_DefinitionRow(row, session))
        except DefinitionUnusable:
            continue
        task_spec = spec.task_specs.get(row.step_id)
        properties = dict(getattr(task_spec, "extensions", None) or {})
        if row.instansi not in calendars:
            calendars[row.instansi] = days_off_of(session, row.instansi)
        due = due_at_of(properties, as_utc(row.ready_at), calendars[row.instansi])
        if due is not None and (row.due_at is None or due != as_utc(row.due_at)):
            session.execute(ACTIVE.update().where(ACTIVE.c.id == row.id).values(due_at=due))
            changed += 1
    return changed


class _DefinitionRow:
    """Enough of a definition for ``spec_for``: the BPMN text is read only on a cache miss."""

    def __init__(self, row: Any, session: Session):
        self.key, self.version, self.content_hash = row.key, row.version, row.content_hash
        self._id, self._session = row.def_id, session

    @property
    def bpmn_xml(self) -> str:
        return self._session.execute(select(DEFINITIONS.c.bpmn_xml)
                                     .where(DEFINITIONS.c.id == self._id)).scalar_one()


__all__ = ["SORTS", "TaskFilter", "conditions", "count", "count_query", "due_at_of",
           "days_off_needed", "fold", "page", "page_query", "recompute_due", "last_doers",
           "sops_waiting", "visible"]
