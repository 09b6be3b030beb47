"""Documents of a case: files attached to a task (Camunda's task attachments) and so to its
case, stored content-addressed (SHA-256, table ``blobs``) in the database.

INTERFACE laid for issue 11 (the storage work fills it in; the pages and the document rules
use it as written here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from .actors import Actor

MAX_BYTES = 20 * 1024 * 1024  # per file; ATTACHMENT_MAX_BYTES overrides (api config)
# what may be stored, recognised by the file's bytes (never by its name or the client's word)
ALLOWED_TYPES = {
    "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
}
# shown inside the page (and served inline); every other type is a download
PREVIEWABLE = frozenset({"application/pdf", "image/jpeg", "image/png"})


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


class Documents:
    """Attach, list, read and delete documents, with the case's visibility rule
    (engine.access): who may see the case may see its documents; for anyone else a document,
    a task and a case that exist are answered exactly like missing ones (NotFound)."""

    def __init__(self, factory: sessionmaker[Session], max_bytes: int = MAX_BYTES):
        self.factory = factory
        self.max_bytes = max_bytes

    def attach(self, task_id: str, actor: Actor, upload: Upload, address: str = ""
               ) -> AttachmentView:
        """Store a document on an open task the actor may work on (holds its role, or it is
        theirs); refused (nothing stored) when too large (TooLarge, 413), of a type not
        allowed (InvalidData naming ``content``), empty, or the task is finished (Conflict).
        Audited (``document_uploaded``)."""
        raise NotImplementedError

    def task_attachments(self, task_id: str, actor: Actor) -> list[AttachmentView]:
        """The documents attached to one task (open or finished), oldest first."""
        raise NotImplementedError

    def case_attachments(self, instance_id: int, actor: Actor) -> list[AttachmentView]:
        """Every document of a case, in the order they were attached."""
        raise NotImplementedError

    def get(self, task_id: str | None, attachment_id: str, actor: Actor) -> AttachmentView:
        """One document (of that task, when ``task_id`` is given)."""
        raise NotImplementedError

    def content(self, task_id: str | None, attachment_id: str, actor: Actor
                ) -> tuple[AttachmentView, bytes]:
        """A document and its bytes."""
        raise NotImplementedError

    def delete(self, task_id: str, attachment_id: str, actor: Actor, address: str = "") -> None:
        """Remove a document: only its uploader, only while its task is open (Forbidden /
        Conflict otherwise); its bytes go when no other document shares them. Audited
        (``document_deleted``)."""
        raise NotImplementedError

    def of_case(self, session: Session, instance_id: int) -> list[AttachmentView]:
        """The case's documents inside a caller's transaction, without an access check (the
        document rules and the runtime have checked already)."""
        raise NotImplementedError
