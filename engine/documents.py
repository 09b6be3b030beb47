"""Documents of a case: files attached to a task (Camunda's task attachments) and so to its
case, stored content-addressed (SHA-256, table ``blobs``) in the database.

The bytes live in the database (not in a folder beside it) so that a backup of the database is
a backup of every case with its documents, and several machines serving one PostgreSQL see the
same files. A content is stored once however many documents share it (the same SPJ attached at
three steps): ``blobs`` is keyed by its SHA-256, written with the dialect's "insert, or nothing
when present", so two uploads of the same bytes at the same moment both succeed.

What is stored is decided by the bytes (engine.filecheck): its size, its type recognised by
the ``filetype`` package (never the name or the client's word), its name sanitised. Every check
runs before the first write, so a refusal stores nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from . import access, audit, document_rules
from .actors import Actor
from .db import transaction
from .errors import Conflict, Forbidden, NotFound
from .filecheck import (
    ALLOWED_TYPES,
    MAX_BYTES,
    PREVIEWABLE,
    check_content,
    clean_text,
    sanitise_file_name,
)
from .models import ActiveTask, Attachment, Blob, ProcessInstance, TaskEvent, utcnow
from .records import TaskRecord, read_task
from .specs import spec_for

__all__ = ["ALLOWED_TYPES", "MAX_BYTES", "PREVIEWABLE", "AttachmentView", "Documents", "Upload"]

_ATTACH_TRIES = 3  # a concurrent delete of the same bytes can remove the blob under an upload


@dataclass(frozen=True)
class Upload:
    """What a client sends: Camunda's multipart fields and the file."""

    name: str          # attachment-name (empty: the file's name)
    description: str   # attachment-description
    type: str          # attachment-type; a document field id of the step (kelengkapan_2,
                       # output) links the file to that kelengkapan / output
    file_name: str     # the uploaded file's own name (sanitised before it is stored)
    content: bytes


@dataclass(frozen=True)
class AttachmentView:
    id: str
    instance_id: int
    task_id: str
    step_id: str
    step_name: str
    name: str
    description: str
    type: str
    item: str          # the kelengkapan / output label it stands for ("" when none)
    file_name: str
    media_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime

    @property
    def previewable(self) -> bool:
        return self.media_type in PREVIEWABLE


@dataclass(frozen=True)
class _Checked:
    """An upload that passed every check: what will be stored."""

    media_type: str
    sha256: str
    file_name: str
    name: str
    description: str
    type: str


class Documents:
    """Attach, list, read and delete documents, with the case's visibility rule
    (engine.access): who may see the case may see its documents; for anyone else a document,
    a task and a case that exist are answered exactly like missing ones (NotFound)."""

    def __init__(self, factory: sessionmaker[Session], max_bytes: int = MAX_BYTES):
        self.factory = factory
        self.max_bytes = max_bytes

    # -- writing -------------------------------------------------------------------------------
    def attach(self, task_id: str, actor: Actor, upload: Upload, address: str = ""
               ) -> AttachmentView:
        """Store a document on an open task the actor may work on (holds its role, or it is
        theirs); refused (nothing stored) when too large (TooLarge, 413), of a type not
        allowed (InvalidData naming ``content``), empty, or the task is finished (Conflict).
        Audited (``document_uploaded``)."""
        checked = self._check(upload)  # before any lock: hashing 20 MB takes a while
        for attempt in range(_ATTACH_TRIES):
            try:
                with transaction(self.factory, write=True) as session:
                    return self._attach(session, task_id, actor, upload.content, checked,
                                        address)
            except IntegrityError:
                # PostgreSQL: a delete of the last document with these bytes removed the blob
                # between our insert-if-absent and our attachment row; store it again
                if attempt == _ATTACH_TRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _check(self, upload: Upload) -> _Checked:
        media_type = check_content(upload.content, self.max_bytes)
        file_name = sanitise_file_name(upload.file_name, media_type)
        return _Checked(media_type, hashlib.sha256(upload.content).hexdigest(), file_name,
                        clean_text(upload.name, 255) or file_name,
                        clean_text(upload.description, 4000, lines=True),
                        clean_text(upload.type, 100))

    def _attach(self, session: Session, task_id: str, actor: Actor, content: bytes,
                checked: _Checked, address: str) -> AttachmentView:
        row = self._open_task(session, task_id, actor)
        _check_worker(actor, row)
        _store_blob(session, checked.sha256, checked.media_type, content)
        attachment = Attachment(
            id=str(uuid.uuid4()), instance_id=row.instance_id, task_id=task_id,
            step_id=row.step_id, name=checked.name, description=checked.description,
            type=checked.type, item=_item_of(row, checked.type), file_name=checked.file_name,
            media_type=checked.media_type, size=len(content), sha256=checked.sha256,
            uploaded_by=actor.username, uploaded_at=utcnow())
        session.add(attachment)
        session.flush()
        audit.record(session, audit.DOCUMENT_UPLOADED, actor.username,
                     f"attachment:{attachment.id}", address, **_audit_detail(attachment))
        return _view(attachment, row.name)

    def delete(self, task_id: str, attachment_id: str, actor: Actor, address: str = "") -> None:
        """Remove a document: only its uploader, only while its task is open (Forbidden /
        Conflict otherwise); its bytes go when no other document shares them. Audited
        (``document_deleted``)."""
        with transaction(self.factory, write=True) as session:
            attachment = self._visible_attachment(session, task_id, attachment_id, actor)
            if read_task(session, task_id, lock=True) is None:
                raise _finished()
            if attachment.uploaded_by != actor.username:
                raise Forbidden(
                    f"Hanya pengunggahnya ({attachment.uploaded_by}) yang dapat menghapus "
                    "dokumen ini.", f"Only its uploader ({attachment.uploaded_by}) may delete "
                    "this document.", field="userId")
            detail = _audit_detail(attachment)
            session.delete(attachment)
            session.flush()
            _drop_blob_if_unused(session, attachment.sha256)
            audit.record(session, audit.DOCUMENT_DELETED, actor.username,
                         f"attachment:{attachment_id}", address, **detail)

    # -- reading -------------------------------------------------------------------------------
    def task_attachments(self, task_id: str, actor: Actor) -> list[AttachmentView]:
        """The documents attached to one task (open or finished), oldest first."""
        with transaction(self.factory) as session:
            instance_id = access.case_of_task(session, task_id)
            if instance_id is None:
                raise _task_not_found(task_id)
            self._visible_instance(session, instance_id, actor, task_id)
            return _views(session, select(Attachment).where(Attachment.task_id == task_id))

    def case_attachments(self, instance_id: int, actor: Actor) -> list[AttachmentView]:
        """Every document of a case, in the order they were attached."""
        with transaction(self.factory) as session:
            self._visible_instance(session, instance_id, actor)
            return self.of_case(session, instance_id)

    def get(self, task_id: str | None, attachment_id: str, actor: Actor) -> AttachmentView:
        """One document (of that task, when ``task_id`` is given)."""
        with transaction(self.factory) as session:
            attachment = self._visible_attachment(session, task_id, attachment_id, actor)
            return _views(session, [attachment])[0]

    def content(self, task_id: str | None, attachment_id: str, actor: Actor
                ) -> tuple[AttachmentView, bytes]:
        """A document and its bytes."""
        with transaction(self.factory) as session:
            attachment = self._visible_attachment(session, task_id, attachment_id, actor)
            data = session.scalar(select(Blob.content).where(Blob.sha256 == attachment.sha256))
            return _views(session, [attachment])[0], bytes(data or b"")

    def of_case(self, session: Session, instance_id: int) -> list[AttachmentView]:
        """The case's documents inside a caller's transaction, without an access check (the
        document rules and the runtime have checked already)."""
        return _views(session, select(Attachment).where(Attachment.instance_id == instance_id))

    # -- access --------------------------------------------------------------------------------
    def _open_task(self, session: Session, task_id: str, actor: Actor) -> TaskRecord:
        """The waiting task, locked against a concurrent completion, on a case the actor may
        see; a finished one is a Conflict (to those who may see its case)."""
        row = read_task(session, task_id, lock=True)
        instance_id = row.instance_id if row is not None else access.case_of_task(session,
                                                                                 task_id)
        if instance_id is None:
            raise _task_not_found(task_id)
        self._visible_instance(session, instance_id, actor, task_id)
        if row is None:
            raise _finished()
        return row

    @staticmethod
    def _visible_instance(session: Session, instance_id: int, actor: Actor,
                          task_id: str | None = None) -> ProcessInstance:
        instance = access.visible_case(session, actor, instance_id)
        if instance is None:
            if task_id is not None:
                raise _task_not_found(task_id)
            raise NotFound(f"Berkas {instance_id} tidak ditemukan.",
                           f"Case {instance_id} not found.", field="id")
        return instance

    def _visible_attachment(self, session: Session, task_id: str | None, attachment_id: str,
                            actor: Actor) -> Attachment:
        attachment = session.get(Attachment, attachment_id[:36])
        if attachment is None or (task_id is not None and attachment.task_id != task_id):
            raise _attachment_not_found(attachment_id)
        try:
            self._visible_instance(session, attachment.instance_id, actor)
        except NotFound:
            raise _attachment_not_found(attachment_id) from None
        return attachment


# -- helpers -----------------------------------------------------------------------------------
def _check_worker(actor: Actor, row: TaskRecord) -> None:
    """Who may attach: whoever may work on the step (its role, own or Plt./Plh., or it is
    assigned to them) or an admin, unless someone else has claimed it."""
    if not (actor.is_admin or actor.holds(row.role, row.instansi)
            or row.assignee == actor.username):
        raise Forbidden(f"Langkah '{row.name}' hanya untuk jabatan {row.role}.",
                        f"Step '{row.name}' belongs to the role {row.role}.", field="role")
    if row.assignee not in (None, actor.username) and not actor.is_admin:
        raise Forbidden(f"Tugas diambil oleh {row.assignee}.",
                        f"Task is claimed by {row.assignee}.", field="assignee")


def _store_blob(session: Session, sha256: str, media_type: str, content: bytes) -> None:
    """Insert the bytes unless a blob with this hash is there (committed or being inserted by a
    concurrent upload: the unique key makes that one wait, then do nothing)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(Blob).values(
        sha256=sha256, size=len(content), media_type=media_type, content=content,
        created_at=utcnow()).on_conflict_do_nothing(index_elements=["sha256"]))


def _drop_blob_if_unused(session: Session, sha256: str) -> None:
    """Delete the bytes when no document refers to them any more. On PostgreSQL a concurrent
    upload of the same bytes may have just referred to them (its row not yet visible to us):
    the foreign key then refuses the delete, and the blob is simply kept."""
    unused = ~exists().where(Attachment.sha256 == sha256)
    try:
        with session.begin_nested():
            session.execute(delete(Blob).where(Blob.sha256 == sha256, unused))
    except IntegrityError:
        pass  # still referenced: keep it


def _item_of(row: TaskRecord, type_: str) -> str:
    """The kelengkapan / output label a document stands for: ``attachment-type`` names a
    document field of the step (its id, or its label)."""
    if not type_:
        return ""
    spec = spec_for(row.instance.definition).task_specs.get(row.step_id)
    for slot in document_rules.slots(spec) if spec is not None else []:
        if type_ == slot.field_id or type_.casefold() == slot.label.casefold():
            return slot.label[:500]
    return ""


def _views(session: Session, rows: Any) -> list[AttachmentView]:
    """Views of attachment rows (a list or a query, oldest first), with their step names."""
    if not isinstance(rows, list):
        rows = list(session.scalars(rows.order_by(Attachment.uploaded_at, Attachment.id)))
    names = _step_names(session, {a.task_id for a in rows})
    return [_view(a, names.get(a.task_id, a.step_id)) for a in rows]


def _step_names(session: Session, task_ids: set[str]) -> dict[str, str]:
    if not task_ids:
        return {}
    names = {row[0]: row[1] for row in session.execute(
        select(TaskEvent.task_id, TaskEvent.name).where(
            TaskEvent.task_id.in_(task_ids), TaskEvent.kind == "ready"))}
    missing = task_ids - names.keys()
    if missing:
        names.update((row[0], row[1]) for row in session.execute(
            select(ActiveTask.id, ActiveTask.name).where(ActiveTask.id.in_(missing))))
    return names


def _view(a: Attachment, step_name: str) -> AttachmentView:
    return AttachmentView(
        id=a.id, instance_id=a.instance_id, task_id=a.task_id, step_id=a.step_id,
        step_name=step_name, name=a.name, description=a.description or "", type=a.type or "",
        item=a.item or "", file_name=a.file_name, media_type=a.media_type, size=a.size,
        sha256=a.sha256, uploaded_by=a.uploaded_by, uploaded_at=a.uploaded_at)


def _audit_detail(a: Attachment) -> dict[str, Any]:
    return {"instance": a.instance_id, "task": a.task_id, "name": a.name, "sha256": a.sha256,
            "size": a.size}


def _finished() -> Conflict:
    return Conflict("Tugas sudah selesai; dokumennya tidak dapat diubah lagi.",
                    "The task is finished; its documents can no longer be changed.")


def _task_not_found(task_id: str) -> NotFound:
    return NotFound(f"Tugas {task_id[:36]} tidak ditemukan.", f"Task {task_id[:36]} not found.",
                    field="id")


def _attachment_not_found(attachment_id: str) -> NotFound:
    return NotFound(f"Dokumen {attachment_id[:36]} tidak ditemukan.",
                    f"Document {attachment_id[:36]} not found.", field="attachmentId")
