"""The WTForms face of a :class:`FormDefinition`, with validators speaking :class:`Msg`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wtforms import BooleanField, DateField, Form, IntegerField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import StopValidation, ValidationError

from .definition import FieldDef, FormDefinition
from .messages import Msg


class _Required:
    def __init__(self, fdef: FieldDef):
        self.fdef = fdef
        self.field_flags = {"required": True}

    def __call__(self, form: Form, field: Any) -> None:
        if self._waived(form):
            return
        if self.fdef.type == "boolean":
            if field.data is not True:
                raise StopValidation(Msg("required_checkbox", label=self.fdef.label))
        elif field.data in (None, "") or (isinstance(field.data, str) and not field.data.strip()):
            raise StopValidation(Msg("required", label=self.fdef.label))


    def _waived(self, form: Form) -> bool:
        """True when the field's ``waived_if`` answer was given (a kelengkapan on return)."""
        if self.fdef.waived_if is None:
            return False
        other, value = self.fdef.waived_if
        found = form._fields.get(other)
        return found is not None and found.data == value


class _RequiredIf:
    def __init__(self, fdef: FieldDef, labels: dict[str, str]):
        self.fdef = fdef
        self.other, self.value = fdef.required_if
        self.other_label = labels.get(self.other, self.other)

    def __call__(self, form: Form, field: Any) -> None:
        other = form._fields.get(self.other)
        if other is not None and other.data == self.value and not (field.data or "").strip():
            raise StopValidation(
                Msg("required_if", label=self.fdef.label, other=self.other_label, value=self.value)
            )


class _Bounds:
    def __init__(self, fdef: FieldDef):
        self.fdef = fdef

    def __call__(self, form: Form, field: Any) -> None:
        f, data = self.fdef, field.data
        if data in (None, ""):
            return
        if isinstance(data, str):
            if f.minlength is not None and len(data) < f.minlength:
                raise ValidationError(Msg("minlength", label=f.label, n=f.minlength))
            if f.maxlength is not None and len(data) > f.maxlength:
                raise ValidationError(Msg("maxlength", label=f.label, n=f.maxlength))
        elif isinstance(data, int | float) and not isinstance(data, bool):
            if f.min is not None and data < f.min:
                raise ValidationError(Msg("min", label=f.label, n=_fmt(f.min)))
            if f.max is not None and data > f.max:
                raise ValidationError(Msg("max", label=f.label, n=_fmt(f.max)))


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


class _Integer(IntegerField):
    def process_formdata(self, valuelist: list[str]) -> None:
        if valuelist and valuelist[0] not in ("", None):
            try:
                self.data = int(valuelist[0])
            except ValueError:
                self.data = None
                raise ValueError(Msg("type_long", label=self.label.text)) from None


class _Date(DateField):
    def process_formdata(self, valuelist: list[str]) -> None:
        if valuelist and valuelist[0]:
            try:
                self.data = dt.date.fromisoformat(valuelist[0])
            except ValueError:
                self.data = None
                raise ValueError(Msg("type_date", label=self.label.text)) from None


class _Select(SelectField):
    def pre_validate(self, form: Form) -> None:
        if self.data in (None, ""):
            return
        values = [c.value for c in self.choices]
        if self.data not in values:
            options = ", ".join(v for v in values if v)
            raise ValidationError(
                Msg("enum", label=self.label.text, value=self.data, options=options)
            )


_CLASSES: dict[int, tuple[FormDefinition, type[Form]]] = {}


def wtform_class(definition: FormDefinition) -> type[Form]:
    """A WTForms class for the definition (field names = formField ids), built once per
    definition: building a class costs more than validating with it."""
    cached = _CLASSES.get(id(definition))
    if cached is not None and cached[0] is definition:
        return cached[1]
    labels = {f.id: f.label for f in definition.fields}
    attrs = {f.id: _make_field(f, labels) for f in definition.fields}
    cls = type("TaskForm", (Form,), attrs)
    if len(_CLASSES) >= 4096:
        _CLASSES.clear()
    _CLASSES[id(definition)] = (definition, cls)
    return cls


def _make_field(f: FieldDef, labels: dict[str, str]) -> Any:
    validators: list[Any] = []
    if f.required:
        validators.append(_Required(f))
    if f.required_if:
        validators.append(_RequiredIf(f, labels))
    validators.append(_Bounds(f))
    render_kw = {"disabled": True} if f.readonly else {}
    if f.type == "boolean":
        return BooleanField(f.label, validators, default=bool(f.default), render_kw=render_kw)
    if f.type == "long":
        return _Integer(f.label, validators, default=_int_or_none(f.default), render_kw=render_kw)
    if f.type == "date":
        return _Date(f.label, validators, default=f.default or None, render_kw=render_kw)
    if f.type == "enum":
        options = ([] if f.required else [("", "-")]) + list(f.options)
        choices = [SelectChoice(value, label) for value, label in options]
        return _Select(f.label, validators, choices=choices, default=f.default,
                       validate_choice=False, render_kw=render_kw)
    return StringField(f.label, validators, default=f.default or "", render_kw=render_kw)


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
