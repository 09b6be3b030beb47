"""A designer's drafts: one per (SOP key, user), kept until that user deploys the SOP.

The modeler and the table editor share the draft (round trip): the modeler saves the BPMN; the
table editor saves its form and, once the table imports, the BPMN the importer made from it. A
draft is never validated on save (it may be half done: that is why it is a draft) and never
read by the engine, so nothing half-saved reaches staff. Each user's draft is theirs alone.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engine.actors import Actor
from engine.deployment import MAX_FILE_BYTES
from engine.designers import require_design
from engine.errors import TooLarge
from engine.models import SopDraft, utcnow

MODELER = "modeler"
TABEL = "tabel"


def get(session: Session, actor: Actor, key: str) -> SopDraft | None:
    """The actor's draft of ``key``, if they have one."""
    return session.scalars(select(SopDraft).where(
        SopDraft.key == key, SopDraft.username == actor.username)).first()


def mine(session: Session, actor: Actor) -> list[SopDraft]:
    """Every draft of the actor, newest first."""
    return list(session.scalars(select(SopDraft).where(SopDraft.username == actor.username)
                                .order_by(SopDraft.saved_at.desc())))


def save(session: Session, actor: Actor, key: str, *, instansi: str, base_version: int | None,
         bpmn_xml: str | None = None, table: dict[str, Any] | None = None,
         edited_in: str = MODELER) -> SopDraft:
    """Keep the actor's edit of ``key`` (replacing their previous draft of it).

    ``bpmn_xml`` None keeps the BPMN saved before (a table that does not import yet);
    ``table`` None clears the table form (the BPMN is the newer truth)."""
    require_design(actor, instansi)
    table_json = json.dumps(table, ensure_ascii=False) if table is not None else None
    for name, text in (("bpmn", bpmn_xml), ("tabel", table_json)):
        size = len((text or "").encode())
        if size > MAX_FILE_BYTES:
            raise TooLarge(f"Draf terlalu besar ({size} bita; paling banyak {MAX_FILE_BYTES}).",
                           f"The draft is too large ({size} bytes; at most {MAX_FILE_BYTES}).",
                           field=name)
    draft = get(session, actor, key)
    if draft is None:
        draft = SopDraft(key=key, username=actor.username)
        session.add(draft)
    draft.instansi = instansi
    draft.base_version = base_version
    if bpmn_xml is not None:
        draft.bpmn_xml = bpmn_xml
    draft.table_json = table_json
    draft.edited_in = edited_in
    draft.saved_at = utcnow()
    session.flush()
    return draft


def table_of(draft: SopDraft) -> dict[str, Any] | None:
    """The table editor's form kept in the draft (None: the BPMN is the newer edit)."""
    return json.loads(draft.table_json) if draft.table_json else None


def discard(session: Session, actor: Actor, key: str) -> bool:
    """Drop the actor's draft of ``key``; False when there was none."""
    gone = session.execute(delete(SopDraft).where(
        SopDraft.key == key, SopDraft.username == actor.username))
    return bool(gone.rowcount)


def deployed(session: Session, username: str, keys: list[str]) -> None:
    """The user deployed ``keys``: their drafts of those SOPs are done with (same
    transaction as the deployment)."""
    if keys:
        session.execute(delete(SopDraft).where(SopDraft.key.in_(keys),
                                               SopDraft.username == username))
