"""Which steps a decision checks, for pemisahan tugas (separation of duties, engine.separation).

A decision verifies the work that flows into it: the steps whose plain flow or Ya leads to the
decision's step (a Tidak coming back from later is a return, not the work checked). It is
separated from that work when the work belongs to another pelaksana; a check the book gives to
the same jabatan that did the work is not separated. A table may opt out per decision with
``keputusan: {pemisahan_tugas: false}``.

The importer writes the result as the task property ``pemisahan_tugas`` (task ids, space
separated); the exporter writes ``pemisahan_tugas: false`` where this rule would set it but the
model lacks it, so table -> BPMN -> table round trips hold.
"""

from __future__ import annotations

from .graph import step_width, task_id
from .model import Langkah, SopTable

PROPERTY = "pemisahan_tugas"


def leads_into(table: SopTable, source: Langkah, no: int) -> bool:
    """Whether ``source``'s plain flow or Ya goes to step ``no``."""
    if source.keputusan is None:
        return table.next_of(source.no) == no
    return source.keputusan.ya == no


def checked_by_rule(table: SopTable, step: Langkah) -> list[int]:
    """The numbers of the steps another pelaksana did that the decision ``step`` checks, by
    the rule alone (the table's opt-out not applied); none for a step that decides nothing."""
    if step.keputusan is None:
        return []
    return [s.no for s in table.langkah
            if s.no != step.no and s.pelaksana != step.pelaksana and leads_into(table, s, step.no)]


def declared(table: SopTable, step: Langkah) -> str:
    """The property's value the importer writes on ``step``'s task: "" for none."""
    if step.keputusan is None or not step.keputusan.pemisahan_tugas:
        return ""
    width = step_width(table)
    return " ".join(task_id(no, width) for no in checked_by_rule(table, step))
