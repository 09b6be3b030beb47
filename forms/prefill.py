"""Starting a redone step from what its previous attempt recorded.

A step sent back ("Dikembalikan") is usually corrected, not rewritten: the output, notes and
ticks of the last attempt are a better start than an empty form. The decision is never carried
over (it is the one thing the redoer must answer afresh), nor the reason that explained it,
nor readonly fields (they keep the model's default).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .definition import FormDefinition


def previous_values(definition: FormDefinition, data: dict[str, Any] | None) -> dict[str, Any]:
    """Values for ``Form(data=...)`` from a completed attempt's data; {} when nothing fits."""
    if not data:
        return {}
    skipped = _decision_ids(definition)
    values: dict[str, Any] = {}
    for fdef in definition.fields:
        if fdef.id in skipped or fdef.readonly or data.get(fdef.id) is None:
            continue
        value = _typed(fdef.type, data[fdef.id])
        if value is not None:
            values[fdef.id] = value
    return values


def _decision_ids(definition: FormDefinition) -> set[str]:
    decision = definition.decision()
    if decision is None:
        return set()
    return {decision.id} | {f.id for f in definition.fields
                            if f.required_if and f.required_if[0] == decision.id}


def _typed(kind: str, value: Any) -> Any:
    """The stored JSON value as the WTForms field holds it (dates as dates)."""
    if kind == "boolean":
        return bool(value)
    if kind == "date":
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return None
    if kind == "long":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    return str(value)
