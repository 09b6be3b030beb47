"""Reading deployed SOPs for the pages: parsed spec, BPMN text, parsed diagram (cached)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from engine.db import transaction
from engine.specs import spec_for

from .blueprint import factory, runtime
from .diagram import Diagram, read_diagram


def process_spec(key: str, version: int) -> Any:
    """The parsed spec of one deployed version (SpiffWorkflow's, cached by the engine)."""
    with transaction(factory()) as db:
        return spec_for(runtime().definition(db, key, version))


def process_diagram(key: str, version: int) -> Diagram | None:
    """The diagram of one deployed version; parsed once per definition (they never change)."""
    with transaction(factory()) as db:
        definition = runtime().definition(db, key, version)
        definition_id, xml = definition.id, definition.bpmn_xml
    return _diagram(definition_id, xml)


@lru_cache(maxsize=128)
def _diagram(definition_id: int, xml: str) -> Diagram | None:
    return read_diagram(xml)
