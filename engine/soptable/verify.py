"""Check a written BPMN file the way the engine will meet it: XSD, then SpiffWorkflow parse.

Both checks report problems as text naming the file (and line), never raise: the CLI must
be able to list every broken file in one run.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnValidator
from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException
from SpiffWorkflow.camunda.parser import CamundaParser

from ..xmlsafe import parser as xml_parser
from .bpmnxml import NS
from .model import display_path


@lru_cache(maxsize=1)
def _validator() -> BpmnValidator:
    """The BPMN 2.0 XSD shipped in SpiffWorkflow (loading it takes a while: load once)."""
    return BpmnValidator()


def xsd_problems(path: str | Path) -> list[str]:
    """Every XSD violation of the file (the validator's own API stops at the last one)."""
    name = display_path(path)
    try:
        tree = etree.parse(str(path), xml_parser())
    except (etree.XMLSyntaxError, OSError) as exc:
        return [f"{name}: not well-formed XML: {exc}"]
    schema = _validator().validator
    if schema.validate(tree):
        return []
    return [f"{name}:{e.line}: XSD: {e.message}" for e in schema.error_log]


def parse_problems(path: str | Path) -> list[str]:
    """What CamundaParser (the engine's parser) says about every process in the file."""
    name = display_path(path)
    try:
        parser = CamundaParser()
        parser.add_bpmn_xml(etree.parse(str(path), xml_parser()), filename=str(path))
        for pid in process_ids(path):
            parser.get_spec(pid)
    except ValidationException as exc:
        return [f"{name}: SpiffWorkflow: {' '.join(str(exc).split())}"]
    except Exception as exc:  # noqa: BLE001 - the parser raises many kinds; report, not crash
        return [f"{name}: SpiffWorkflow: {type(exc).__name__}: {exc}"]
    return []


def process_ids(path: str | Path) -> list[str]:
    """Ids of the executable processes in a BPMN file."""
    root = etree.parse(str(path), xml_parser()).getroot()
    return [p.get("id") for p in root.iterfind("bpmn:process", NS)
            if p.get("isExecutable") == "true"]


def verify_bpmn(path: str | Path) -> list[str]:
    """XSD problems, or (when the XSD passes) SpiffWorkflow's."""
    return xsd_problems(path) or parse_problems(path)
