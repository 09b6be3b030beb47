"""An instance's history as rows staff can read: who did which step, when, how long, what.

Built from ``Runtime.history`` (one entry per task occurrence, in the order they became ready)
and the SOP's spec (labels of what was recorded, the time standard, where a Tidak leads).
Statuses are passive, as Indonesian administrative language has them: Selesai, Disetujui,
Dikembalikan, Ditolak, plus Terlambat beside any of them when the batas waktu passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from engine.deadlines import NO_DAYS_OFF, is_late
from engine.tidak import KEMBALI, TOLAK, tidak_kind
from forms import FormDefinition, form_definition
from forms.definition import DECISION_FIELD, DECISION_NO, DECISION_YES

from .handover import HandoverNote, handover_notes
from .people import acting_label
from .steps import mutu_baku, properties_of
from .timefmt import as_utc


@dataclass(frozen=True)
class Recorded:
    """One thing a step recorded: a ticked kelengkapan, a text, the decision."""

    field: str
    label: str
    value: str
    kind: str  # check | text | decision


@dataclass
class Row:
    no: str  # the SOP's own step number (the ``no`` property), the same on every repeat
    task_id: str
    step_id: str
    name: str
    role: str
    who: str | None
    ready_at: datetime | None
    completed_at: datetime | None
    took: timedelta | None
    standard: str
    deadline: datetime | None
    late: bool
    status: str  # selesai | disetujui | dikembalikan | ditolak | menunggu | dikerjakan
    reason: str = ""
    recorded: list[Recorded] = field(default_factory=list)
    by: str = ""  # who, as staff know them: name (NIP ...), with Plt. / Plh. capacity
    handovers: list[HandoverNote] = field(default_factory=list)  # by a pengawas or an admin
    kind: ClassVar[str] = "step"  # beside comments in the case's timeline (with_comments)

    @property
    def returned(self) -> bool:
        return self.status in ("dikembalikan", "ditolak")


@dataclass(frozen=True)
class CommentEntry:
    """A catatan in the timeline: who wrote it (name, NIP), in which jabatan, when; on a
    step (``step``: its name) or on the case as a whole (``task_id`` None)."""

    at: datetime
    by: str
    jabatan: str
    message: str
    task_id: str | None = None
    step: str = ""
    kind: ClassVar[str] = "comment"


def with_comments(rows: list[Row], comments: list[CommentEntry]) -> list[Row | CommentEntry]:
    """The timeline in time order: each comment after the step rows that began before it
    (rows are in the order their steps became ready; comments oldest first)."""
    merged: list[Row | CommentEntry] = []
    pending = sorted(comments, key=lambda c: c.at)
    for row in rows:
        while pending and row.ready_at is not None and pending[0].at < row.ready_at:
            merged.append(pending.pop(0))
        merged.append(row)
    return merged + pending


def build_timeline(history: list[dict[str, Any]], spec: Any, now: datetime,
                   days_off: frozenset[date] = NO_DAYS_OFF,
                   names: Mapping[str, str] | None = None) -> list[Row]:
    """One row per task occurrence, oldest first; ``days_off`` are the instansi's regional
    days off, which the batas waktu of each row skips; ``names`` gives each username's
    label (api.pages.people), the username itself when absent."""
    return [_row(entry, spec, now, days_off, names or {}) for entry in history]


def _row(entry: dict[str, Any], spec: Any, now: datetime, days_off: frozenset[date],
         names: Mapping[str, str]) -> Row:
    ready = _utc(entry.get("ready_at"))
    done = _utc(entry.get("completed_at"))
    properties = properties_of(spec, entry["step_id"])
    standard = mutu_baku(properties, ready, days_off)
    data = entry.get("data") or {}
    definition = form_definition(spec.task_specs.get(entry["step_id"]))
    who = entry.get("completed_by") or entry.get("claimed_by")
    return Row(
        no=str(properties.get("no") or ""), task_id=entry["task_id"], step_id=entry["step_id"],
        name=entry["name"], role=entry["role"], who=who,
        by=acting_label(names.get(who, who), entry.get("acting_as")) if who else "",
        handovers=handover_notes(entry, names),
        ready_at=ready, completed_at=done, took=(done - ready) if done and ready else None,
        standard=standard.waktu, deadline=standard.deadline,
        late=is_late(standard.deadline, done, now),
        status=_status(entry, data, spec),
        reason=str(data.get("alasan") or "") if data.get(DECISION_FIELD) == DECISION_NO else "",
        recorded=recorded(definition, data) if done else [])


def _utc(moment: datetime | None) -> datetime | None:
    return as_utc(moment) if moment is not None else None


def _status(entry: dict[str, Any], data: dict[str, Any], spec: Any) -> str:
    if entry.get("cancelled_at") and not entry.get("completed_at"):
        return "dibatalkan"  # an interrupting timer, a cancelled case, a reset left it undone
    if not entry.get("completed_at"):
        return "dikerjakan" if entry.get("claimed_by") else "menunggu"
    decision = data.get(DECISION_FIELD)
    if decision == DECISION_YES:
        return "disetujui"
    if decision == DECISION_NO:
        kind = tidak_kind(spec, entry["step_id"])
        return {TOLAK: "ditolak", KEMBALI: "dikembalikan"}.get(kind, "selesai")
    return "selesai"


def recorded(definition: FormDefinition, data: dict[str, Any]) -> list[Recorded]:
    """What the completion data says, in the form's order and with the form's labels."""
    found = []
    for fdef in definition.fields:
        value = data.get(fdef.id)
        if fdef.type == "boolean":
            if value:
                found.append(Recorded(fdef.id, fdef.label, "", "check"))
        elif fdef.id == DECISION_FIELD and value not in (None, ""):  # the model's word: Ada
            found.append(Recorded(fdef.id, fdef.label, dict(fdef.options).get(value, value),
                                  "decision"))
        elif value not in (None, ""):
            found.append(Recorded(fdef.id, fdef.label, str(value), "text"))
    return found


def last_return_before(rows: list[Row], task_id: str) -> Row | None:
    """The decision that sent the work to this task, if the latest decision before it said
    Tidak: what the staff member must read before redoing the step."""
    earlier = []
    for row in rows:
        if row.task_id == task_id:
            break
        earlier.append(row)
    decisions = [r for r in earlier if r.status in ("disetujui", "dikembalikan", "ditolak")]
    return decisions[-1] if decisions and decisions[-1].returned else None
