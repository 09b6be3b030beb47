"""Documents as kelengkapan and output: a form field of a step marked in the model with the
property ``dokumen`` (``wajib``: the step cannot complete without the file; ``opsional``: a file
may stand for it) is satisfied by a document of the case whose ``item`` is that field's label.

The property is a Camunda form-field property, as Camunda Modeler writes it::

    <camunda:formField id="kelengkapan_1" label="SPJ" type="boolean">
      <camunda:properties><camunda:property id="dokumen" value="wajib"/></camunda:properties>

The runtime calls :func:`apply` before the form is validated, so a kelengkapan whose document
is in the case is ticked for the client; deployment refuses a mark it would not understand
(:func:`model_problems`). Engine-only: SpiffWorkflow's parsed form is read directly (the
``forms`` package builds on the engine, not the other way round).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import InvalidData
from .model_problem import ModelProblem
from .models import Attachment

PROPERTY = "dokumen"
REQUIRED, OPTIONAL = "wajib", "opsional"
VALUES = (REQUIRED, OPTIONAL)
CHECKLIST_PREFIX, OUTPUT_FIELD = "kelengkapan_", "output"
DECISION_FIELD, DECISION_NO = "keputusan", "Tidak"
OUTPUT_LABEL_PREFIX = "Output:"

_BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
_CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
_NS = {"bpmn": _BPMN, "camunda": _CAMUNDA}


@dataclass(frozen=True)
class DocumentSlot:
    """One document a step asks for: its form field, the label (the document's name), and
    whether it is required (``dokumen=wajib``)."""

    field_id: str
    label: str
    required: bool


def normalise(label: str) -> str:
    """How two document names are compared: case-insensitive, whitespace collapsed ("SPJ"
    uploaded at step 1 is the "spj " a later step asks for)."""
    return " ".join(label.split()).casefold()


def may_hold_document(field_id: str, field_type: str | None) -> bool:
    """Only a kelengkapan checkbox or the output can stand for a file."""
    if field_id == OUTPUT_FIELD:
        return True
    return field_id.startswith(CHECKLIST_PREFIX) and field_type == "boolean"


def slots(task_spec: Any) -> list[DocumentSlot]:
    """The document slots of a step, in form order (none when the model marks none)."""
    form = getattr(task_spec, "form", None)
    found = []
    for spiff_field in (form.fields if form else []):
        mark = _mark(spiff_field)
        if mark not in VALUES or not may_hold_document(spiff_field.id, spiff_field.type):
            continue  # deployment refuses these; a stored model from before is ignored
        found.append(DocumentSlot(spiff_field.id, _label(task_spec, spiff_field),
                                  mark == REQUIRED))
    return found


def _mark(spiff_field: Any) -> str | None:
    for prop in getattr(spiff_field, "properties", None) or []:
        if prop.id == PROPERTY:
            return (prop.value or "").strip()
    return None


def _label(task_spec: Any, spiff_field: Any) -> str:
    """A kelengkapan's document is its label; the output's is the output's name (the task's
    ``output`` property; the field label reads "Output: X")."""
    label = spiff_field.label or spiff_field.id
    if spiff_field.id != OUTPUT_FIELD:
        return label
    named = (getattr(task_spec, "extensions", None) or {}).get(OUTPUT_FIELD)
    if named:
        return named
    return label.removeprefix(OUTPUT_LABEL_PREFIX).strip() or label


def apply(session: Session, instance_id: int, task_spec: Any, data: Any) -> Any:
    """``data`` with each document field filled in from the case's documents (a kelengkapan
    tick set True when its document is there, an empty output named after its document);
    raises InvalidData naming every required document that is missing (unless the step's
    keputusan is Tidak: who returns the work says why in the alasan, as for the ticks).

    ``data`` is the JSON face's dict or the pages' form data (a MultiDict of strings); the
    answer is a copy of the same kind. One query, and none for a step without documents."""
    wanted = slots(task_spec)
    if not wanted:
        return data
    documents = _documents(session, instance_id)
    form_face = hasattr(data, "getlist")
    filled = data.copy() if form_face else dict(data)
    missing = []
    for slot in wanted:
        name = documents.get(normalise(slot.label))
        if name is None:
            if slot.required:
                missing.append(slot)
        elif slot.field_id == OUTPUT_FIELD:
            if not str(filled.get(OUTPUT_FIELD) or "").strip():
                filled[OUTPUT_FIELD] = name
        else:
            filled[slot.field_id] = "y" if form_face else True
    if missing and filled.get(DECISION_FIELD) != DECISION_NO:
        raise _missing(missing)
    return filled


def _documents(session: Session, instance_id: int) -> dict[str, str]:
    """The case's documents by normalised item -> the latest one's name."""
    rows = session.execute(
        select(Attachment.item, Attachment.name)
        .where(Attachment.instance_id == instance_id, Attachment.item != "")
        .order_by(Attachment.uploaded_at, Attachment.id))
    return {normalise(item): name for item, name in rows}


def _missing(missing: list[DocumentSlot]) -> InvalidData:
    """The forms' 422 shape: one error per field, the message saying what to attach."""
    errors = [{"field": s.field_id, "code": "document_required",
               "message": f"Dokumen '{s.label}' wajib dilampirkan sebelum langkah ini "
                          "diselesaikan.",
               "message_en": f"Document '{s.label}' must be attached before this step is "
                             "completed."} for s in missing]
    if len(missing) == 1:
        message, message_en = errors[0]["message"], errors[0]["message_en"]
    else:
        names = ", ".join(f"'{s.label}'" for s in missing)
        message = f"Dokumen {names} wajib dilampirkan sebelum langkah ini diselesaikan."
        message_en = f"Documents {names} must be attached before this step is completed."
    return InvalidData(message, message_en, field=missing[0].field_id, errors=errors)


# -- deployment --------------------------------------------------------------------------------
def model_problems(process: etree._Element) -> list[ModelProblem]:
    """Every ``dokumen`` mark of a process's form fields that the engine would not honour: a
    value other than wajib/opsional, a mark on a field that is neither a kelengkapan checkbox
    nor the output, a mark written with ``name=`` (SpiffWorkflow reads a form field property's
    ``id``, so it would be silently ignored)."""
    problems = []
    for task, form_field, prop in _marks(process):
        element = f"bpmn:{etree.QName(task).localname} '{task.get('id')}'"
        fid = form_field.get("id") or ""
        problem = _problem(fid, form_field.get("type"), prop)
        if problem:
            problems.append(ModelProblem(prop.sourceline, element, *problem))
    return problems


def _marks(process: etree._Element) -> Iterator[tuple[Any, Any, Any]]:
    for task in process.iter():
        if not isinstance(task.tag, str):
            continue
        for form_field in task.iterfind(
                "bpmn:extensionElements/camunda:formData/camunda:formField", _NS):
            for prop in form_field.iterfind("camunda:properties/camunda:property", _NS):
                if PROPERTY in (prop.get("id"), prop.get("name")):
                    yield task, form_field, prop


def _problem(fid: str, ftype: str | None, prop: Any) -> tuple[str, str] | None:
    value = prop.get("value") or ""
    if prop.get("id") != PROPERTY:
        return (f"form field '{fid}': write the document property as "
                f"<camunda:property id=\"dokumen\" value=\"{value}\"/> (id, not name)",
                f"isian '{fid}': tulis properti dokumen sebagai "
                f"<camunda:property id=\"dokumen\" value=\"{value}\"/> (id, bukan name)")
    if value not in VALUES:
        return (f"form field '{fid}': dokumen={value!r} is not understood; write "
                "dokumen=wajib (the file is required) or dokumen=opsional (a file may be "
                "attached)",
                f"isian '{fid}': dokumen={value!r} tidak dikenal; tulis dokumen=wajib (berkas "
                "wajib dilampirkan) atau dokumen=opsional (berkas boleh dilampirkan)")
    if not may_hold_document(fid, ftype):
        return (f"form field '{fid}' (type {ftype or 'string'}) cannot stand for a document; "
                "mark a kelengkapan checkbox (kelengkapan_N, type boolean) or the output field",
                f"isian '{fid}' (jenis {ftype or 'string'}) tidak dapat mewakili dokumen; "
                "tandai kotak centang kelengkapan (kelengkapan_N, jenis boolean) atau isian "
                "output")
    return None
