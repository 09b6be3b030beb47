"""Call activities on the case page (engine.calls): the case a step called, and the case that
called this one, each linked only where the viewer may see it (engine.access decides)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from engine import access, calls
from engine.db import transaction
from engine.models import ProcessInstance

from .blueprint import actor, factory
from .timefmt import as_utc


@dataclass(frozen=True)
class CallEntry:
    """A called case in the timeline: "SOP terkait dijalankan: <SOP>, berkas <nomor>"."""

    at: datetime
    step: str  # the call activity's name
    instance_id: int
    business_key: str
    sop_name: str
    status: str
    outcome: str | None
    ended_at: datetime | None
    visible: bool  # the viewer may open the called case
    kind: ClassVar[str] = "call"


@dataclass(frozen=True)
class Caller:
    """The case whose call activity started this one: "Dipanggil dari berkas <nomor> (<SOP>)"."""

    instance_id: int
    business_key: str
    sop_name: str
    visible: bool


def call_entries(instance_id: int) -> list[CallEntry]:
    """The cases this case called, for its timeline."""
    viewer = actor()
    with transaction(factory()) as session:
        found = []
        for link in calls.links(session, instance_id):
            child = session.get(ProcessInstance, link.instance_id)
            found.append(CallEntry(
                as_utc(link.at), link.activity_name, link.instance_id,
                link.business_key or f"#{link.instance_id}", link.sop_name, link.status,
                link.outcome, as_utc(link.ended_at) if link.ended_at else None,
                access.may_see(session, viewer, child)))
        return found


def caller_of(instance_id: int) -> Caller | None:
    """The calling case of ``instance_id`` (None for a case a user started)."""
    with transaction(factory()) as session:
        instance = session.get(ProcessInstance, instance_id)
        parent = calls.caller(session, instance) if instance is not None else None
        if parent is None:
            return None
        return Caller(parent.id, parent.business_key or f"#{parent.id}", parent.definition.name,
                      access.may_see(session, actor(), parent))


def with_calls(timeline: list, entries: list[CallEntry]) -> list:
    """Each called case after the timeline items that began before it started."""
    merged = list(timeline)
    for entry in entries:
        at = next((i for i, item in enumerate(merged) if (_time(item) or entry.at) > entry.at),
                  len(merged))
        merged.insert(at, entry)
    return merged


def _time(item) -> datetime | None:
    moment = getattr(item, "ready_at", None) if item.kind == "step" else getattr(item, "at", None)
    return as_utc(moment) if moment is not None else None
