"""A step's form as a draft and back (Simpan draf): what was typed, kept as typed.

A draft is saved from the page's own form data without validation, so it keeps what a refused
completion would not (half-typed numbers, an empty required field); restoring puts each value
back through the field's own form-data processing, so the page shows exactly what was typed,
over the defaults and the previous attempt's values. Readonly fields are never in a draft
(they keep the model's value); nor is the decision's button (it is the completion itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import Form

from .definition import FormDefinition

_FALSE = ("", "false", "off", "0", "n")


def draft_values(definition: FormDefinition, formdata: Mapping[str, Any]) -> dict[str, Any]:
    """The form's fields from submitted form data: ticks as True/False (an unticked box is
    not sent, and is False), every other field present as its text."""
    values: dict[str, Any] = {}
    for fdef in definition.fields:
        if fdef.readonly:
            continue
        raw = formdata.get(fdef.id)
        if fdef.type == "boolean":
            values[fdef.id] = raw is not None and str(raw).lower() not in _FALSE
        elif raw is not None:
            values[fdef.id] = str(raw)
    return values


def restore_draft(form: Form, definition: FormDefinition, data: Mapping[str, Any]) -> None:
    """Put a draft's values into ``form`` (built with its defaults), field by field."""
    by_id = definition.by_id()
    for fid, value in data.items():
        fdef = by_id.get(fid)
        if fdef is None or fdef.readonly or fid not in form._fields:
            continue
        form[fid].process(MultiDict(_as_formdata(fid, fdef.type, value)))


def _as_formdata(fid: str, kind: str, value: Any) -> list[tuple[str, str]]:
    if kind == "boolean":
        return [(fid, "y")] if value is True else []
    if value is None:
        return [(fid, "")]
    return [(fid, str(value).lower() if isinstance(value, bool) else str(value))]
