"""Form definitions read from SpiffWorkflow's parsed ``camunda:formData``.

SpiffWorkflow stores the constraints (required, minlength, ...) but enforces none of them; here
they become WTForms validators. The definition is plain data so both the JSON API and the HTML
pages build the same WTForms class from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

FIELD_TYPES = ("string", "long", "boolean", "date", "enum")
DECISION_FIELD, DECISION_YES, DECISION_NO = "keputusan", "Ya", "Tidak"
CHECKLIST_PREFIX = "kelengkapan_"


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: str
    label: str
    default: Any = None
    required: bool = False
    readonly: bool = False
    minlength: int | None = None
    maxlength: int | None = None
    min: float | None = None
    max: float | None = None
    options: tuple[tuple[str, str], ...] = ()
    required_if: tuple[str, str] | None = None
    properties: dict[str, str] = field(default_factory=dict)
    # required, except when the other field has this value: a kelengkapan tick is not asked
    # of a step being sent back (keputusan = Tidak), only of one going forward
    waived_if: tuple[str, str] | None = None


@dataclass(frozen=True)
class FormDefinition:
    fields: tuple[FieldDef, ...]

    def by_id(self) -> dict[str, FieldDef]:
        return {f.id: f for f in self.fields}

    def decision(self) -> FieldDef | None:
        """The ``keputusan`` field of a decision step (an enum offering Ya and Tidak), if any.

        The SOP table importer gives every diamond this field; the pages show it as two
        buttons (approve / return) instead of a select.
        """
        field_def = self.by_id().get(DECISION_FIELD)
        if field_def is None or field_def.type != "enum":
            return None
        values = {value for value, _ in field_def.options}
        return field_def if {DECISION_YES, DECISION_NO} <= values else None

    def answers(self) -> dict[str, str]:
        """The decision's values with the model's names for them (Ya: "Ada"...), if any."""
        decision = self.decision()
        return dict(decision.options) if decision else {}

    def checklist(self) -> tuple[FieldDef, ...]:
        """The kelengkapan checkboxes (``kelengkapan_1``...): the step's mutu baku inputs."""
        return tuple(f for f in self.fields
                     if f.type == "boolean" and f.id.startswith(CHECKLIST_PREFIX))


_CACHE_LIMIT = 4096
_CACHE: dict[int, tuple[Any, FormDefinition]] = {}


def form_definition(task_spec: Any) -> FormDefinition:
    """The definition of a SpiffWorkflow user task's form (empty if it has none).

    Parsed specs are cached and immutable, so the definition is built once per task spec (the
    spec is kept in the cache entry, so its id cannot be reused while the entry lives).
    """
    cached = _CACHE.get(id(task_spec))
    if cached is not None and cached[0] is task_spec:
        return cached[1]
    form = getattr(task_spec, "form", None)
    definition = _waive_checklist(
        FormDefinition(tuple(_field_def(f) for f in form.fields) if form else ()))
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[id(task_spec)] = (task_spec, definition)
    return definition


def _waive_checklist(definition: FormDefinition) -> FormDefinition:
    """On a decision step, the required kelengkapan ticks are asked only of the forward answer:
    whoever returns the work (or refuses it) says why in the alasan, not by ticking what is
    missing. One rule in the definition, so the JSON API and the pages agree."""
    if definition.decision() is None:
        return definition
    waived = {f.id for f in definition.checklist() if f.required}
    return FormDefinition(tuple(
        replace(f, waived_if=(DECISION_FIELD, DECISION_NO)) if f.id in waived else f
        for f in definition.fields))


def _field_def(spiff_field: Any) -> FieldDef:
    constraints = {v.name: v.config for v in (spiff_field.validation or [])}
    options = tuple((o.id, o.name or o.id) for o in getattr(spiff_field, "options", []) or [])
    required_if = None
    if constraints.get("required_if"):
        other, _, value = constraints["required_if"].partition("=")
        required_if = (other.strip(), value.strip())
    return FieldDef(
        id=spiff_field.id,
        type=spiff_field.type if spiff_field.type in FIELD_TYPES else "string",
        label=spiff_field.label or spiff_field.id,
        default=spiff_field.default_value,
        required="required" in constraints,
        readonly="readonly" in constraints,
        minlength=_number(constraints.get("minlength"), int),
        maxlength=_number(constraints.get("maxlength"), int),
        min=_number(constraints.get("min"), float),
        max=_number(constraints.get("max"), float),
        options=options,
        required_if=required_if,
        properties={p.id: p.value for p in (spiff_field.properties or [])},
    )


def _number(config: str | None, kind: type) -> Any:
    if config in (None, ""):
        return None
    try:
        return kind(float(config)) if kind is int else kind(config)
    except ValueError:
        return None
