"""Fill a task's form the way a careful staff member does: tick every kelengkapan, state the
output, answer the decision, give the reason when it is not Ya; and read the values a feature
gives for named fields ("Catatan" "nota 3 lembar") in the field's type."""

from __future__ import annotations

from datetime import date
from typing import Any

from .errors import FiturGagal
from .model import Option, Step


def isian(fields: list[dict[str, Any]], output: str, option: Option | None,
          alasan: str | None) -> dict[str, Any]:
    """Variables for ``/complete`` from the form the API serves (``form-variables``)."""
    data: dict[str, Any] = {}
    for f in fields:
        fid = f["id"]
        if fid == "keputusan":
            data[fid] = option.value if option else None
        elif fid == "alasan":
            if alasan:
                data[fid] = alasan
        elif f["type"] == "boolean":
            data[fid] = True
        elif fid == "output" and output:
            data[fid] = output[: f.get("constraints", {}).get("maxlength") or len(output)]
        elif f.get("required"):
            data[fid] = _sample(f)
    return {k: v for k, v in data.items() if v is not None}


def _sample(f: dict[str, Any]) -> Any:
    constraints = f.get("constraints") or {}
    if f["type"] == "enum":
        return f["options"][0]["id"] if f.get("options") else ""
    if f["type"] == "long":
        return int(constraints.get("min") or 1)
    if f["type"] == "date":
        return date.today().isoformat()
    return "diisi".ljust(int(constraints.get("minlength") or 0), ".")


def fields_of(step: Step) -> list[dict[str, Any]]:
    """The model's form in the API's shape, for a user who may not even read the form."""
    return [{"id": f.id, "type": f.type, "label": f.label, "required": f.required,
             "constraints": {}, "options": [{"id": o.value} for o in step.options]
             if f.id == "keputusan" else []} for f in step.fields]


def field_named(form: list[dict[str, Any]], label: str, step: str) -> dict[str, Any]:
    """The form field a feature names by its label (case-insensitive; "Output" also names
    "Output: SPJ dikirim") or by its id."""
    wanted = _norm(label)
    for f in form:
        if wanted in (_norm(f["label"]), _norm(f["id"]), _norm(f["label"].split(":")[0])):
            return f
    raise FiturGagal(f'Formulir langkah "{step}" tidak mempunyai isian "{label}"; isian: '
                     + ", ".join(f'"{f["label"]}"' for f in form))


def nilai(field: dict[str, Any], text: str, step: str) -> Any:
    """The value a feature writes, in the field's type: Ya/Tidak for a checkbox, a number,
    an option by its name or id; text and dates as written."""
    kind = field["type"]
    if kind == "boolean":
        if _norm(text) in _TRUE | _FALSE:
            return _norm(text) in _TRUE
    elif kind == "long":
        try:
            return int(text.strip())
        except ValueError:
            pass
    elif kind == "enum":
        for option in field.get("options") or []:
            if _norm(text) in (_norm(option["id"]), _norm(option.get("name") or "")):
                return option["id"]
    else:
        return text
    raise FiturGagal(f'Nilai "{text}" tidak cocok untuk isian "{field["label"]}" ({kind}) '
                     f'pada langkah "{step}"' + _accepted(field))


_TRUE, _FALSE = {"ya", "benar", "true", "centang"}, {"tidak", "salah", "false"}


def _accepted(field: dict[str, Any]) -> str:
    if field["type"] == "boolean":
        return '; tulis "Ya" atau "Tidak"'
    if field["type"] == "enum":
        return "; pilihan: " + ", ".join(f'"{o.get("name") or o["id"]}"'
                                         for o in field.get("options") or [])
    return "; tulis angka"


def _norm(text: Any) -> str:
    return " ".join(str(text).split()).casefold()
