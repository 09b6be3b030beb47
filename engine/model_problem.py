"""A problem deployment finds in a camunda extension (a ``dokumen`` mark, a
``pemisahan_tugas`` property): where it is and what to write instead, in both languages.
Shared by the rules that check their own properties (engine.document_rules,
engine.separation), so deployment reports them alike."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelProblem:
    line: int | None
    element: str
    message: str     # English
    message_id: str  # Bahasa Indonesia
