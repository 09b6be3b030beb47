"""Lists of cases (berkas) for staff and supervisors: one query builder for the pages, the
exports and their counts.

Every list goes through the access rule (:func:`engine.access.visible`) before paging, so nobody
lists, counts or exports a case they may not see, and a page's rows and the export of the same
filter are the same rows. Filters, search and sort are SQL on ``process_instances`` (the SOP key,
instansi, nomor and perihal are stored on the case, so no join is needed); each row then gets its
current steps (one query for the page) and its age against the SOP's total mutu baku.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.user_task import UserTask as UserTaskMixin
from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, union_all
from sqlalchemy.orm import Session

from . import access
from .actors import Actor
from .deadlines import NO_DAYS_OFF, deadline, parse_iso_duration
from .models import ActiveTask, ProcessDefinition, ProcessInstance, TaskEvent, as_utc, utcnow
from .outcomes import DIBATALKAN, DITOLAK, SELESAI
from .specs import DefinitionUnusable, spec_for

BERJALAN, TERLAMBAT = "berjalan", "terlambat"
STATUSES = (BERJALAN, TERLAMBAT, SELESAI, DITOLAK, DIBATALKAN)
SORTS = ("terbaru", "terlama", "umur", "nomor")
SCOPES = ("mine", "unit", "all")
MAX_PAGE = 200
MAX_EXPORT = 10000
DaysOff = Callable[[str], frozenset[date]]


@dataclass(frozen=True)
class CaseFilter:
    """What a list asks for. ``scope``: ``mine`` (I started it or acted in it), ``unit`` (the
    instansi I supervise; every instansi for an admin) or ``all`` (everything I may see)."""

    scope: str = "all"
    status: str | None = None
    key: str | None = None
    instansi: str | None = None
    search: str | None = None
    sort: str = "terbaru"
    first: int = 0
    max: int = 25

    def page(self, first: int) -> CaseFilter:
        return replace(self, first=max(0, first))


@dataclass
class Step:
    name: str
    role: str
    assignee: str | None
    due_at: datetime | None


@dataclass
class CaseRow:
    id: int
    nomor: str | None
    perihal: str
    sop_name: str
    process_key: str
    instansi: str
    status: str
    started_by: str | None
    started_at: datetime
    ended_at: datetime | None
    age: timedelta
    standard_end: datetime | None  # when the case should end by the SOP's total mutu baku
    standard: timedelta | None  # that total, as elapsed time from the start
    steps: list[Step] = field(default_factory=list)

    @property
    def over_standard(self) -> bool:
        return self.standard_end is not None and \
            as_utc(self.ended_at or utcnow()) > as_utc(self.standard_end)


def count(session: Session, actor: Actor, wanted: CaseFilter) -> int:
    """How many cases the list has over all its pages."""
    query = _filtered(select(func.count(ProcessInstance.id)), session, actor, wanted)
    return int(session.scalar(query) or 0)


def rows(session: Session, actor: Actor, wanted: CaseFilter,
         days_off: DaysOff | None = None) -> list[CaseRow]:
    """One page of the list (``first``/``max``), with current steps and ages."""
    limit = max(0, min(wanted.max, MAX_EXPORT))
    query = _filtered(select(ProcessInstance), session, actor, wanted)
    query = _ordered(query, wanted.sort).offset(wanted.first).limit(limit)
    found = list(session.scalars(query))
    steps = _current_steps(session, [c.id for c in found])
    return [_row(c, steps.get(c.id, []), days_off) for c in found]


def _filtered(query: Select, session: Session, actor: Actor, wanted: CaseFilter) -> Select:
    conditions = [c for c in (
        _scope(session, actor, wanted.scope), _status(wanted.status),
        ProcessInstance.process_key == wanted.key if wanted.key else None,
        ProcessInstance.instansi == wanted.instansi if wanted.instansi else None,
        _search(wanted.search),
        # my cases (started, acted in) and my unit's (pengawas) are grounds of the access rule
        None if wanted.scope in ("mine", "unit") else access.visible(session, actor))
        if c is not None]
    return query.where(*conditions) if conditions else query


def _scope(session: Session, actor: Actor, scope: str) -> ColumnElement[bool] | None:
    if scope == "mine":  # started or acted in by me: two indexed id sets, or see acted_in()
        if access.many_events(session, actor.username):
            return or_(ProcessInstance.started_by == actor.username,
                       access.acted_in(session, actor.username))
        return ProcessInstance.id.in_(union_all(
            select(ProcessInstance.id).where(ProcessInstance.started_by == actor.username),
            select(TaskEvent.instance_id).where(TaskEvent.actor == actor.username)))
    if scope == "unit" and not actor.is_admin and "*" not in actor.supervises:
        if not actor.supervises:
            return false()
        return ProcessInstance.instansi.in_(sorted(actor.supervises))
    return None


def _status(status: str | None) -> ColumnElement[bool] | None:
    overdue = exists().where(ActiveTask.instance_id == ProcessInstance.id,
                             ActiveTask.due_at.is_not(None), ActiveTask.due_at < utcnow())
    if status == BERJALAN:
        return ProcessInstance.status == "active"
    if status == TERLAMBAT:
        return and_(ProcessInstance.status == "active", overdue)
    if status in (SELESAI, DITOLAK, DIBATALKAN):
        return ProcessInstance.outcome == status
    return None


def _search(text: str | None) -> ColumnElement[bool] | None:
    words = (text or "").strip()
    if not words:
        return None
    like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    named = select(ProcessDefinition.key).where(ProcessDefinition.name.ilike(like, escape="\\"))
    return or_(ProcessInstance.business_key.ilike(like, escape="\\"),
               ProcessInstance.title.ilike(like, escape="\\"),
               ProcessInstance.process_key.in_(named))


def _ordered(query: Select, sort: str) -> Select:
    if sort == "terlama":
        return query.order_by(ProcessInstance.id.asc())
    if sort == "umur":  # the longest open first, then the finished ones by how long they took
        running = func.coalesce(ProcessInstance.ended_at, ProcessInstance.started_at)
        return query.order_by(ProcessInstance.ended_at.is_not(None), running.asc(),
                              ProcessInstance.id.asc())
    if sort == "nomor":
        return query.order_by(ProcessInstance.business_key.asc(), ProcessInstance.id.asc())
    return query.order_by(ProcessInstance.id.desc())


def _current_steps(session: Session, ids: list[int]) -> dict[int, list[Step]]:
    grouped: dict[int, list[Step]] = {}
    if ids:
        for task in session.scalars(select(ActiveTask).where(ActiveTask.instance_id.in_(ids))
                                    .order_by(ActiveTask.ready_at)):
            grouped.setdefault(task.instance_id, []).append(
                Step(task.name, task.role, task.assignee, task.due_at))
    return grouped


def _row(case: ProcessInstance, steps: list[Step], days_off: DaysOff | None) -> CaseRow:
    started = as_utc(case.started_at)
    ended = as_utc(case.ended_at) if case.ended_at else None
    now = utcnow()
    if case.status == "active":
        late = any(s.due_at is not None and as_utc(s.due_at) < now for s in steps)
        status = TERLAMBAT if late else BERJALAN
    else:
        status = case.outcome or SELESAI
    off = days_off(case.instansi) if days_off else NO_DAYS_OFF
    end = standard_end(case.definition, started, off)
    return CaseRow(
        id=case.id, nomor=case.business_key, perihal=case.title or "",
        sop_name=case.definition.name, process_key=case.process_key, instansi=case.instansi,
        status=status, started_by=case.started_by, started_at=started, ended_at=ended,
        age=(ended or now) - started, standard_end=end,
        standard=(end - started) if end else None, steps=steps)


# -- the SOP's total mutu baku ------------------------------------------------------------------
_LOCK = threading.Lock()
_YA_PATHS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}


def ya_path_standards(definition: ProcessDefinition) -> tuple[tuple[str, str], ...]:
    """(waktu_iso, waktu_hari) of each user task on the SOP's Ya path, in order (cached per
    definition): the steps a case goes through when every decision says Ya."""
    key = (definition.key, definition.content_hash)
    with _LOCK:
        found = _YA_PATHS.get(key)
    if found is None:
        try:
            found = tuple(_walk_ya(spec_for(definition)))
        except DefinitionUnusable:
            found = ()
        with _LOCK:
            _YA_PATHS[key] = found
    return found


def standard_end(definition: ProcessDefinition, started: datetime,
                 days_off: frozenset[date] = NO_DAYS_OFF) -> datetime | None:
    """When a case started at ``started`` should end: each Ya-path step's batas waktu counted
    from the previous one's (None when no step has a readable standard)."""
    moment, any_standard = started, False
    for iso, kind in ya_path_standards(definition):
        due = deadline(moment, iso, kind, days_off=days_off)
        if due is not None:
            moment, any_standard = due, True
    return moment if any_standard else None


def _walk_ya(spec: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    task = spec.start
    while task is not None and task.name not in seen:
        seen.add(task.name)
        if isinstance(task, UserTaskMixin) or getattr(task, "manual", False):
            props = getattr(task, "extensions", None) or {}
            if parse_iso_duration(props.get("waktu_iso")) is not None:
                found.append((props["waktu_iso"], props.get("waktu_hari") or "kerja"))
        task = _next_on_ya(task, spec)
    return found


def _next_on_ya(task: Any, spec: Any) -> Any:
    conditions = getattr(task, "cond_task_specs", None)
    if conditions and any(cond is not None for cond, _ in conditions):
        for cond, name in conditions:
            text = " ".join(str(a) for a in getattr(cond, "args", ())) if cond else ""
            if '"Ya"' in text or "'Ya'" in text:
                return spec.task_specs.get(name)
        return None
    outputs = list(task.outputs)
    return outputs[0] if outputs else None
