"""What the pages show of a case's documents: the list grouped by the step that attached them,
the document slots of a step with their status (Ada / Belum ada), sizes in KB / MB.

Built from engine.documents' views; the templates (api/templates/_documents.html) only lay
them out. The task page and the case page show the same list, so whoever may see a case sees
every document of it, on every later step too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel.numbers import format_decimal
from flask import current_app

from engine import document_rules
from engine.actors import Actor
from engine.document_rules import DocumentSlot
from engine.documents import ALLOWED_TYPES, AttachmentView, Documents

from .blueprint import actor
from .i18n import locale
from .people import people
from .timefmt import as_utc

KB, MB = 1024, 1024 * 1024


def documents_service() -> Documents:
    return current_app.extensions["sop_documents"]


@dataclass(frozen=True)
class DocumentRow:
    """One document as listed: the engine's view, the uploader's name, size and type in
    words, and whether this viewer may delete it here (their own, on the open task shown)."""

    doc: AttachmentView
    uploader: str
    size: str
    kind: str
    deletable: bool

    @property
    def uploaded_at(self) -> Any:
        return as_utc(self.doc.uploaded_at)


@dataclass(frozen=True)
class StepGroup:
    """The documents one step occurrence attached (a redone step is a second group)."""

    task_id: str
    step_name: str
    rows: tuple[DocumentRow, ...]


@dataclass(frozen=True)
class SlotStatus:
    """A document the step asks for and whether the case has it (``names``: its files)."""

    slot: DocumentSlot
    names: tuple[str, ...]

    @property
    def present(self) -> bool:
        return bool(self.names)


def format_size(size: int, locale: str = "id") -> str:
    """Bytes as staff read them: "12 KB", "1,5 MB" ("1.5 MB" in English); never "0 KB"."""
    lang = "en" if str(locale).startswith("en") else "id"
    if size < MB:
        return f"{format_decimal(max(1, round(size / KB)), locale=lang)} KB"
    return f"{format_decimal(round(size / MB, 1), format='#,##0.#', locale=lang)} MB"


def type_label(media_type: str) -> str:
    """"PDF", "JPEG", "DOCX"...: the short name staff know a type by."""
    ext = ALLOWED_TYPES.get(media_type, "")
    return {".jpg": "JPEG"}.get(ext, ext.lstrip(".").upper() or media_type)


def group_by_step(docs: list[AttachmentView], me: Actor, open_task: str | None,
                  locale: str) -> list[StepGroup]:
    """Documents in attach order, grouped by the step occurrence (task) that attached them."""
    names = people(d.uploaded_by for d in docs)
    groups: dict[str, list[DocumentRow]] = {}
    steps: dict[str, str] = {}
    for doc in docs:
        steps.setdefault(doc.task_id, doc.step_name)
        groups.setdefault(doc.task_id, []).append(DocumentRow(
            doc=doc, uploader=names.get(doc.uploaded_by, doc.uploaded_by),
            size=format_size(doc.size, locale), kind=type_label(doc.media_type),
            deletable=doc.task_id == open_task and doc.uploaded_by == me.username))
    return [StepGroup(task_id, steps[task_id], tuple(rows)) for task_id, rows in groups.items()]


def slot_statuses(task_spec: Any, docs: list[AttachmentView]) -> list[SlotStatus]:
    """Each document slot of the step with the case's files that stand for it (by item, the
    rule engine.document_rules.apply uses at completion)."""
    same = document_rules.normalise
    return [SlotStatus(slot, tuple(d.name for d in docs if same(d.item) == same(slot.label)))
            for slot in document_rules.slots(task_spec)]


def default_slot(statuses: list[SlotStatus]) -> str:
    """The "Untuk" choice offered first: the first slot still without its document."""
    missing = [s for s in statuses if not s.present]
    return missing[0].slot.field_id if missing else ""


def case_documents(instance_id: int) -> list[StepGroup]:
    """The case page's list (the same as every task page of the case shows); nothing is
    deletable there (Hapus lives on the step that attached the document)."""
    docs = documents_service().case_attachments(instance_id, actor())
    return group_by_step(docs, actor(), None, locale())
