"""Documents as kelengkapan and output: a form field of a step marked in the model with the
property ``dokumen`` (``wajib``: the step cannot complete without the file; ``opsional``: a file
may stand for it) is satisfied by a document of the case whose ``item`` is that field's label.

Implemented by the document-rules work of issue 11; the runtime calls :func:`apply` before the
form is validated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DocumentSlot:
    """One document a step asks for: its form field, the label (the document's name), and
    whether it is required (``dokumen=wajib``)."""

    field_id: str
    label: str
    required: bool


def slots(task_spec: Any) -> list[DocumentSlot]:
    """The document slots of a step, in form order (none when the model marks none)."""
    return []


def apply(session: Session, instance_id: int, task_spec: Any, data: dict[str, Any]
          ) -> dict[str, Any]:
    """``data`` with each document field filled in from the case's documents (a kelengkapan
    tick set True when its document is there); raises InvalidData naming every required
    document that is missing (unless the step's keputusan is Tidak)."""
    return data
