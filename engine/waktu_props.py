"""`waktu` is the one source of a step's time standard.

The importer writes a step's ``waktu`` text ("1 jam", "2 hari kerja") and, beside it, what it
derived: ``waktu_iso`` (the deadline's duration), ``waktu_min_iso`` and ``waktu_hari``. A
designer who edits ``waktu`` in Camunda Modeler (the designer guide allows it) or adds a step
with only ``waktu`` would otherwise leave a stale or missing deadline. So the derived values are
recomputed from ``waktu`` whenever a spec is parsed (engine.specs), and a ``waktu`` that cannot
be read is refused at deployment (:func:`waktu_problems`). The stored file stays exactly what
the designer deployed, so ``sop export`` and the XML endpoint give it back unchanged.

A step without a ``waktu`` property keeps whatever ``waktu_iso`` it carries (a hand-written
ISO 8601 duration is still a time standard). Words the SOPs use for "no fixed time" ("Relatif",
"Tentatif", "Menyesuaikan", ...) are read as exactly that: no deadline, and not refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .model_problem import ModelProblem
from .soptable.waktu import parse_waktu

CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
DERIVED = ("waktu_iso", "waktu_min_iso", "waktu_hari")
NO_STANDARD = {"relatif", "tentatif", "tentative", "menyesuaikan", "situasional", "kondisional",
               "insidental", "sesuai kebutuhan", "tidak tentu"}
EXAMPLES = '"1 jam", "30 menit", "2 hari", "3 hari kerja", "10 - 20 menit", "1 minggu"'


def process_defaults(process: etree._Element | None) -> tuple[str, str]:
    """The SOP's ``waktu_hari`` (kerja | kalender) and ``waktu_angka`` (the unit of a bare
    number) from the process's own properties, with the importer's defaults."""
    props = own_properties(process) if process is not None else {}
    return props.get("waktu_hari") or "kerja", props.get("waktu_angka") or "menit"


def derive(props: dict, waktu_hari: str = "kerja", waktu_angka: str = "menit") -> dict:
    """``props`` with the derived time properties recomputed from ``waktu`` (unchanged when
    the step has no ``waktu`` property)."""
    if "waktu" not in props:
        return props
    fresh = {k: v for k, v in props.items() if k not in DERIVED}
    waktu = parse_waktu(props.get("waktu") or "", waktu_hari, waktu_angka, warn=lambda m: None)
    if waktu is not None:
        fresh["waktu_iso"] = waktu.iso
        if waktu.min_iso:
            fresh["waktu_min_iso"] = waktu.min_iso
        if waktu.hari:
            fresh["waktu_hari"] = waktu.hari
    return fresh


def apply_to_specs(task_specs: Iterable, process: etree._Element | None) -> None:
    """Recompute the derived time properties on the task specs' extensions in place."""
    waktu_hari, waktu_angka = process_defaults(process)
    for task_spec in task_specs:
        extensions = getattr(task_spec, "extensions", None)
        if isinstance(extensions, dict) and "waktu" in extensions:
            task_spec.extensions = derive(extensions, waktu_hari, waktu_angka)


def waktu_problems(process: etree._Element) -> list[ModelProblem]:
    """Every step whose ``waktu`` cannot be read as a duration, naming the step and the line
    of the property, with examples of what is read."""
    waktu_hari, waktu_angka = process_defaults(process)
    problems = []
    for prop in process.iter(f"{{{CAMUNDA_NS}}}property"):
        if prop.get("name") != "waktu":
            continue
        owner = _owner(prop)
        if owner is None or owner.tag == f"{{{BPMN_NS}}}process":
            continue
        text = prop.get("value") or ""
        if " ".join(text.lower().split()) in NO_STANDARD:
            continue
        found: list[str] = []
        parse_waktu(text, waktu_hari, waktu_angka, warn=found.append)
        if found:
            element = f"bpmn:{etree.QName(owner).localname} '{owner.get('id')}'"
            problems.append(ModelProblem(
                prop.sourceline, element,
                f"waktu {text!r} cannot be read as a duration, so the step would get no "
                f"deadline; write e.g. {EXAMPLES}, or \"Relatif\" / leave it empty for none",
                f"waktu {text!r} tidak dapat dibaca sebagai lama waktu, sehingga langkah ini "
                f"tidak punya batas waktu; tulis mis. {EXAMPLES}, atau \"Relatif\" / "
                "kosongkan bila tanpa batas waktu"))
    return problems


def _owner(prop: etree._Element) -> etree._Element | None:
    """The BPMN element whose extensionElements hold ``prop``."""
    node = prop.getparent()
    while node is not None and etree.QName(node).namespace != BPMN_NS:
        node = node.getparent()
    if node is not None and etree.QName(node).localname == "extensionElements":
        return node.getparent()
    return None


def own_properties(element: etree._Element) -> dict[str, str]:
    """The camunda properties directly in ``element``'s extensionElements (not its children's);
    deployment reads the process's ``instansi.kode`` with it."""
    found = {}
    for ext in element.findall(f"{{{BPMN_NS}}}extensionElements"):
        for holder in ext.findall(f"{{{CAMUNDA_NS}}}properties"):
            for prop in holder.findall(f"{{{CAMUNDA_NS}}}property"):
                if prop.get("name"):
                    found[prop.get("name")] = prop.get("value") or ""
    return found
