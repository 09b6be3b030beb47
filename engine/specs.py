"""Parsed process specs, cached per deployed definition (parsing costs far more than a step).

Definitions are immutable once deployed, so the cache is keyed by process key and the file's
content hash (ids alone would collide between two databases served by one process) and the
BPMN text is only read from the database on a miss.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable

from SpiffWorkflow.bpmn.specs import BpmnProcessSpec

from . import subprocesses, waktu_props
from .errors import Conflict
from .parsing import new_parser
from .xmlsafe import parse_bpmn

LOG = logging.getLogger("sop.engine")
MAX_CACHED = 512
_LOCK = threading.Lock()
_CACHE: OrderedDict[tuple[str, str], BpmnProcessSpec] = OrderedDict()
_UNUSABLE: dict[tuple[str, str], str] = {}  # definitions that cannot be parsed, and why


class DefinitionUnusable(Conflict):
    """A stored definition cannot be parsed (e.g. one deployed before DOCTYPEs were refused):
    it is skipped by lists and refused with 409 naming the SOP, never a 500."""


def parse_spec(key: str, xml: str, lane_jabatan: dict[str, str] | None = None) -> BpmnProcessSpec:
    """Parse stored BPMN with the hardened parser (SpiffWorkflow only ever gets the tree).

    ``lane_jabatan`` renames lanes to their official jabatan (engine.jabatan): a lane drawn as
    "KADIN" is the role "Kepala Dinas" everywhere a task's role is read."""
    parser = new_parser()
    tree = parse_bpmn(xml)
    parser.add_bpmn_xml(tree, filename=key)
    spec = parser.get_spec(key)
    subprocesses.attach(spec, subprocesses.embedded_specs(parser, spec),
                        subprocesses.own_lanes(tree.getroot(), key))
    for task_spec in subprocesses.all_task_specs(spec):
        lane = getattr(task_spec, "lane", None)
        if lane and lane_jabatan and lane in lane_jabatan:
            task_spec.lane = lane_jabatan[lane]
    waktu_props.apply_to_specs(  # waktu is the one source of a step's deadline
        subprocesses.all_task_specs(spec),
        tree.getroot().find(f"{{{waktu_props.BPMN_NS}}}process[@id='{key}']"))
    return spec


def lane_map(definition) -> dict[str, str]:
    """The definition's {lane as drawn: official jabatan}, empty when none was renamed."""
    raw = getattr(definition, "lane_jabatan", None)
    return json.loads(raw) if raw else {}


def spec_for(definition) -> BpmnProcessSpec:
    """The spec of a :class:`~engine.models.ProcessDefinition`; :class:`DefinitionUnusable`
    if its stored BPMN cannot be parsed (logged once per process, then remembered)."""
    cache_key = (definition.key, definition.content_hash)
    with _LOCK:
        spec = _CACHE.get(cache_key)
        if spec is not None:
            _CACHE.move_to_end(cache_key)
            return spec
        reason = _UNUSABLE.get(cache_key)
    if reason is None:
        try:
            spec = parse_spec(definition.key, definition.bpmn_xml, lane_map(definition))
        except Exception as err:  # noqa: BLE001 - any stored definition may be broken
            reason = str(err).split("\n")[0]
            LOG.error("SOP %s v%s cannot be parsed and is skipped: %s", definition.key,
                      definition.version, reason)
            with _LOCK:
                _UNUSABLE[cache_key] = reason
    if reason is not None:
        raise DefinitionUnusable(
            f"SOP '{definition.key}' versi {definition.version} tidak dapat dijalankan: "
            f"definisinya tidak dapat dibaca ({reason}). Hubungi admin.",
            f"SOP '{definition.key}' version {definition.version} cannot be run: its "
            f"definition cannot be parsed ({reason}). Contact an admin.", field="key")
    with _LOCK:
        _CACHE[cache_key] = spec
        while len(_CACHE) > MAX_CACHED:
            _CACHE.popitem(last=False)
    return spec


def usable(definitions: Iterable) -> list:
    """The definitions whose spec parses (the others are logged and left out of lists)."""
    found = []
    for definition in definitions:
        try:
            spec_for(definition)
        except DefinitionUnusable:
            continue
        found.append(definition)
    return found


def lanes_of(spec: BpmnProcessSpec) -> list[str]:
    """Lane names in the order their tasks appear (a role per lane)."""
    seen: list[str] = []
    for task_spec in subprocesses.all_task_specs(spec):
        lane = getattr(task_spec, "lane", None)
        if lane and lane not in seen:
            seen.append(lane)
    return seen
