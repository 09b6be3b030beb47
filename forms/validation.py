"""Validate submitted task data through the one WTForms class of the task: two faces, one check.

The JSON API sends typed values (``validate_payload``); the staff pages send HTML form data, all
strings, a ticked checkbox present and an unticked one absent (``validate_formdata``). Both end in
:func:`check_formdata`, so a field is refused for the same reason with the same message whichever
face it came through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import Form

from .definition import FieldDef, FormDefinition
from .messages import Msg
from .wtf import wtform_class

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "enum": (str,), "date": (str,), "long": (int,), "boolean": (bool,),
}


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str
    message_en: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message,
                "message_en": self.message_en}


@dataclass(frozen=True)
class Checked:
    """A validated form: the bound WTForms form (typed values, per-field messages), the clean
    data for the process and the first error of each refused field."""

    form: Form
    data: dict[str, Any]
    errors: list[FieldError]


def check_formdata(definition: FormDefinition, formdata: MultiDict) -> Checked:
    """Bind form data to the definition's WTForms class and validate it: both faces end here."""
    form = wtform_class(definition)(formdata=formdata)
    form.validate()
    errors = [_error(fid, messages[0]) for fid, messages in form.errors.items() if messages]
    return Checked(form, _clean(form, definition), errors)


def validate_formdata(definition: FormDefinition, formdata: Mapping[str, Any]) -> Checked:
    """The HTML face: ``request.form`` as the browser sent it.

    Names not on the form (the CSRF token, a submit button without a field) are ignored, and
    readonly fields keep their default because a disabled input is never sent.
    """
    fields = definition.by_id()
    items = formdata.items(multi=True) if isinstance(formdata, MultiDict) else formdata.items()
    clean = MultiDict([(k, v) for k, v in items if k in fields and not fields[k].readonly])
    return check_formdata(definition, clean)


def validate_payload(
    definition: FormDefinition, payload: dict[str, Any]
) -> tuple[dict[str, Any], list[FieldError]]:
    """The JSON face: check ``payload`` against the form; return (clean data, errors).

    The clean data holds every field of the form, typed for the process (dates as ISO text so
    the state stays JSON). Readonly fields keep their default whatever is sent. JSON types are
    checked first (a number where text is expected), then the WTForms class decides the rest.
    """
    fields = definition.by_id()
    errors = [_error(k, Msg("unknown", field=k)) for k in payload if k not in fields]
    formdata = MultiDict()
    for fid, fdef in fields.items():
        if fid not in payload or payload[fid] is None:
            continue
        value = payload[fid]
        if fdef.readonly:
            if value != fdef.default:
                errors.append(_error(fid, Msg("readonly", label=fdef.label)))
            continue
        type_error = _json_type_error(fdef, value)
        if type_error:
            errors.append(_error(fid, type_error))
            continue
        _add_formdata(formdata, fdef, value)
    checked = check_formdata(definition, formdata)
    refused = {e.field for e in errors}
    errors.extend(e for e in checked.errors if e.field not in refused)
    return checked.data, errors


def _json_type_error(fdef: FieldDef, value: Any) -> Msg | None:
    expected = _JSON_TYPES[fdef.type]
    if fdef.type == "long" and isinstance(value, bool):
        return Msg("type_long", label=fdef.label)
    if not isinstance(value, expected):
        return Msg(f"type_{fdef.type if fdef.type != 'enum' else 'string'}", label=fdef.label)
    if fdef.type == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return Msg("type_date", label=fdef.label)
    return None


def _add_formdata(formdata: MultiDict, fdef: FieldDef, value: Any) -> None:
    if fdef.type == "boolean":
        if value:
            formdata.add(fdef.id, "y")
    else:
        formdata.add(fdef.id, str(value))


def _clean(form: Any, definition: FormDefinition) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for fdef in definition.fields:
        value = fdef.default if fdef.readonly else form[fdef.id].data
        if isinstance(value, dt.date):
            value = value.isoformat()
        if fdef.type == "boolean":
            value = bool(value)
        elif value == "" and fdef.type in ("enum", "date"):
            value = None
        data[fdef.id] = value
    return data


def _error(fid: str, msg: Any) -> FieldError:
    if isinstance(msg, Msg):
        return FieldError(fid, msg.code, str(msg), msg.en)
    return FieldError(fid, "invalid", str(msg), str(msg))
