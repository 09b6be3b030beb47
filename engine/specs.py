"""Parsed process specs, cached per deployed definition (parsing costs far more than a step).

Definitions are immutable once deployed, so the cache is keyed by process key and the file's
content hash (ids alone would collide between two databases served by one process) and the
BPMN text is only read from the database on a miss.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from lxml import etree
from SpiffWorkflow.bpmn.specs import BpmnProcessSpec
from SpiffWorkflow.camunda.parser import CamundaParser

MAX_CACHED = 512
_LOCK = threading.Lock()
_CACHE: OrderedDict[tuple[str, str], BpmnProcessSpec] = OrderedDict()


def parse_spec(key: str, xml: str) -> BpmnProcessSpec:
    parser = CamundaParser(validator=None)
    parser.add_bpmn_xml(etree.fromstring(xml.encode("utf-8")).getroottree(), filename=key)
    return parser.get_spec(key)


def spec_for(definition) -> BpmnProcessSpec:
    """The spec of a :class:`~engine.models.ProcessDefinition`."""
    cache_key = (definition.key, definition.content_hash)
    with _LOCK:
        spec = _CACHE.get(cache_key)
        if spec is not None:
            _CACHE.move_to_end(cache_key)
            return spec
    spec = parse_spec(definition.key, definition.bpmn_xml)
    with _LOCK:
        _CACHE[cache_key] = spec
        while len(_CACHE) > MAX_CACHED:
            _CACHE.popitem(last=False)
    return spec


def lanes_of(spec: BpmnProcessSpec) -> list[str]:
    """Lane names in the order their tasks appear (a role per lane)."""
    seen: list[str] = []
    for task_spec in spec.task_specs.values():
        lane = getattr(task_spec, "lane", None)
        if lane and lane not in seen:
            seen.append(lane)
    return seen
