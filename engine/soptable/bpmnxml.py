"""BPMN XML vocabulary shared by the importer (writing) and the exporter (reading)."""

from __future__ import annotations

import json

from lxml import etree

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "camunda": CAMUNDA, "xsi": XSI}
TARGET_NAMESPACE = "http://sop.go.id/bpmn"
EXPORTER = "sop-engine soptable"
EXPORTER_VERSION = "1"


def q(prefix: str, local: str) -> str:
    """Clark notation for ``prefix:local``."""
    return f"{{{NS[prefix]}}}{local}"


def sub(parent: etree._Element, tag: str, attrib: dict | None = None,
        text: str | None = None) -> etree._Element:
    """Append ``prefix:local`` to parent; attributes with empty values are left out."""
    prefix, local = tag.split(":")
    el = etree.SubElement(parent, q(prefix, local))
    for key, value in (attrib or {}).items():
        if value is None:
            continue
        if ":" in key:
            p, k = key.split(":")
            el.set(q(p, k), str(value))
        else:
            el.set(key, str(value))
    if text is not None:
        el.text = text
    return el


def add_properties(ext: etree._Element, props: list[tuple[str, object]]) -> None:
    """camunda:properties with one property per (name, value); lists become one JSON value
    because SpiffWorkflow keeps a single value per property name (``task_spec.extensions``)."""
    if not props:
        return
    holder = sub(ext, "camunda:properties")
    for name, value in props:
        if isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        sub(holder, "camunda:property", {"name": name, "value": value})


def process_properties(el: etree._Element) -> dict[str, str]:
    """The element's own camunda:properties (not those of nested form fields)."""
    out: dict[str, str] = {}
    for prop in el.iterfind("bpmn:extensionElements/camunda:properties/camunda:property", NS):
        if prop.get("name") is not None:
            out[prop.get("name")] = prop.get("value", "")
    return out


def json_list(value: str | None) -> list[str]:
    """A JSON-list property back as a list; a plain string becomes a one-item list."""
    if not value:
        return []
    try:
        data = json.loads(value)
    except json.JSONDecodeError:
        return [value]
    if isinstance(data, list):
        return [str(v) for v in data]
    return [str(data)]
