"""Form fields a designer adds in Camunda Modeler, carried through the table (a step's ``isian``).

The importer writes its own fields on every task form (``kelengkapan_N``, ``output``,
``catatan``, and ``keputusan`` / ``alasan`` on a decision). Any other ``camunda:formField`` was
added by a designer; ``sop table export`` keeps it as an entry of the step's ``isian`` list and
the importer writes it back, so a round trip never loses it::

    isian:
      - id: "nomor_surat"
        label: "Nomor surat"
        type: "string"          # string | long | boolean | date | enum
        wajib: true             # the "required" constraint
        pilihan: ["Ya", "Tidak"]  # enum values (value id = name)
        batasan: {maxlength: "50"}  # every other camunda:constraint, name: config

What a table cannot say (a field's own camunda:properties, a default value, an enum value whose
name differs from its id, a date pattern) is named in a warning line, never dropped silently.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL", "camunda": CAMUNDA}
OWN = re.compile(r"^(kelengkapan_\d+|output|catatan|keputusan|alasan)$")
FIELD_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TYPES = ("string", "long", "boolean", "date", "enum")
KEYS = ("id", "label", "type", "wajib", "pilihan", "batasan")
_CARRIED = {"validation", "value"}


def read(task: etree._Element, tid: str) -> tuple[list[dict], list[str]]:
    """The designer's own form fields of ``task`` as ``isian`` entries, and a warning for each
    part of them a table cannot carry."""
    entries, warnings = [], []
    form = task.find("bpmn:extensionElements/camunda:formData", NS)
    for field in form.iterfind("camunda:formField", NS) if form is not None else ():
        fid = field.get("id") or ""
        if OWN.match(fid):
            continue
        entry: dict[str, Any] = {"id": fid, "label": (field.get("label") or "").strip(),
                                 "type": field.get("type") or "string"}
        lost = _lost(field)
        entry.update(_constraints(field))
        values = field.findall("camunda:value", NS)
        if values:
            entry["pilihan"] = [v.get("id") or "" for v in values]
            lost += [f"the name {v.get('name')!r} of value {v.get('id')!r}" for v in values
                     if (v.get("name") or v.get("id")) != v.get("id")]
        entries.append({k: entry[k] for k in KEYS if k in entry})
        warnings += [f"{tid}: form field {fid!r}: {what} is not carried by the table"
                     for what in lost]
    return entries, warnings


def _constraints(field: etree._Element) -> dict:
    found: dict[str, Any] = {}
    batasan = {}
    for c in field.iterfind("camunda:validation/camunda:constraint", NS):
        if c.get("name") == "required":
            found["wajib"] = True
        elif c.get("name"):
            batasan[c.get("name")] = c.get("config") or ""
    if batasan:
        found["batasan"] = batasan
    return found


def _lost(field: etree._Element) -> list[str]:
    lost = [f"attribute {name}" for name in field.attrib
            if name not in ("id", "label", "type")]
    lost += [f"element camunda:{etree.QName(child).localname}" for child in field
             if isinstance(child.tag, str) and etree.QName(child).localname not in _CARRIED]
    return lost


def write(form: etree._Element, isian: list[dict], sub) -> None:
    """Write ``isian`` entries as camunda:formField elements into ``form`` (``sub`` is the
    importer's element helper, so namespaces and attribute order match its other fields)."""
    for entry in isian:
        field = sub(form, "camunda:formField", {"id": entry["id"], "label": entry.get("label", ""),
                                                "type": entry.get("type", "string")})
        for value in entry.get("pilihan", []):
            sub(field, "camunda:value", {"id": value, "name": value})
        constraints = ([("required", None)] if entry.get("wajib") else []) + [
            (name, str(config) or None) for name, config in (entry.get("batasan") or {}).items()]
        if constraints:
            validation = sub(field, "camunda:validation")
            for name, config in constraints:
                sub(validation, "camunda:constraint", {"name": name, "config": config})


def problems(step: dict, where: str) -> list[str]:
    """What is wrong with a step's ``isian`` in a table (empty when it is fine or absent)."""
    isian = step.get("isian")
    if isian is None:
        return []
    if not isinstance(isian, list):
        return [f"{where}: isian: must be a list of form fields"]
    found, seen = [], set()
    for i, entry in enumerate(isian, 1):
        at = f"{where}: isian #{i}"
        if not isinstance(entry, dict):
            found.append(f"{at}: must be a mapping with id, label, type")
            continue
        found += [f"{at}: unknown key {k!r} (known: {', '.join(KEYS)})"
                  for k in entry if k not in KEYS]
        fid = entry.get("id")
        if not isinstance(fid, str) or not FIELD_ID.match(fid) or OWN.match(fid):
            found.append(f"{at}: id {fid!r} must be a name (letters, digits, _) other than "
                         "the importer's own fields (kelengkapan_N, output, catatan, keputusan, "
                         "alasan)")
        elif fid in seen:
            found.append(f"{at}: id {fid!r} is used twice")
        seen.add(fid)
        if entry.get("type", "string") not in TYPES:
            found.append(f"{at}: type {entry.get('type')!r} must be one of {', '.join(TYPES)}")
        if not isinstance(entry.get("wajib", False), bool):
            found.append(f"{at}: wajib must be true or false")
    return found


class IsianWarning(UserWarning):
    """Part of a designer's form field that a table cannot carry (``sop table export`` prints
    it as a warning line naming the step and the field)."""
