"""Fill a task's form the way a careful staff member does: tick every kelengkapan, state the
output, answer the decision, give the reason when it is not Ya."""

from __future__ import annotations

from datetime import date
from typing import Any

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
