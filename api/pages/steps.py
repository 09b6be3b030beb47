"""What the pages read from a parsed SOP: where a decision's Tidak leads, mutu baku.

These are questions about the model, answered from SpiffWorkflow's parsed spec so the pages
never guess from names: whether "Tidak" returns the work or refuses it is where its flow leads.
Who may start an SOP is the engine's rule (``engine.starting``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from engine.deadlines import NO_DAYS_OFF, deadline
from engine.tidak import KEMBALI, TOLAK, tidak_kind

_ANSWER = re.compile(r"""^\s*keputusan\s*==\s*["']([^"']+)["']\s*$""")
_PLAIN = {"ya", "tidak"}  # a flow named only Ya / Tidak says nothing a button should repeat


def tidak_ends(spec: Any, step_id: str) -> bool:
    """True when the decision's Tidak flow ends the SOP (a refusal: "Tolak"), False when it
    sends the work back ("Kembalikan untuk Perbaikan") or skips ahead (engine.tidak)."""
    return tidak_kind(spec, step_id) == TOLAK


def tidak_returns(spec: Any, step_id: str) -> bool:
    """True when the decision's Tidak sends the work back to be redone (not a forward skip)."""
    return tidak_kind(spec, step_id) == KEMBALI


def answer_names(spec: Any, step_id: str, flows: dict[tuple[str, str], str],
                 options: dict[str, str] | None = None) -> dict[str, str]:
    """The model's words for each decision value: {"Ya": "Ada", "Tidak": "Tidak ada"}.

    A value's word is the name of the flow its condition takes out of the step's gateway
    (``flows``: (source, target) -> name), else the name the form gives the option; a value
    whose only word is "Ya" / "Tidak" is left out, so the page says Setujui / Kembalikan.
    """
    found: dict[str, str] = {}
    task_spec = spec.task_specs.get(step_id)
    for gateway in getattr(task_spec, "outputs", []):
        source = getattr(gateway, "bpmn_id", None) or gateway.name
        for condition, target in getattr(gateway, "cond_task_specs", []) or []:
            expression = condition.args[0] if getattr(condition, "args", None) else ""
            match = _ANSWER.match(expression) if isinstance(expression, str) else None
            if match and _says_more(flows.get((source, target))):
                found.setdefault(match.group(1), flows[(source, target)].strip())
    for value, name in (options or {}).items():
        if _says_more(name):
            found.setdefault(value, name.strip())
    return found


def _says_more(name: str | None) -> bool:
    return bool(name and name.strip()) and name.strip().lower() not in _PLAIN


@dataclass(frozen=True)
class MutuBaku:
    """A step's standard as the SOP writes it, and its batas waktu for one occurrence."""

    kelengkapan: list[str]
    waktu: str
    output: str
    keterangan: str
    deadline: datetime | None
    linked_keys: list[str] = field(default_factory=list)  # SOPs the keterangan names


def mutu_baku(properties: dict[str, Any], ready_at: datetime | None,
              days_off: frozenset[date] = NO_DAYS_OFF) -> MutuBaku:
    """Read the importer's camunda:properties (kelengkapan is a JSON list); ``days_off`` are
    the instansi's regional days off, skipped by a deadline in working days."""
    return MutuBaku(
        kelengkapan=_json_list(properties.get("kelengkapan")),
        waktu=str(properties.get("waktu") or ""), output=str(properties.get("output") or ""),
        keterangan=str(properties.get("keterangan") or ""),
        deadline=deadline(ready_at, properties.get("waktu_iso"),
                          properties.get("waktu_hari") or "kerja", days_off=days_off),
        linked_keys=_keys(properties.get("tautan_sop")))


def _keys(value: Any) -> list[str]:
    """``tautan_sop`` holds one process key, or a JSON list of them."""
    text = str(value or "").strip()
    if text.startswith("["):
        return [str(k) for k in _json_list(text)]
    return [text] if text else []


def _json_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        found = json.loads(value) if value else []
    except (TypeError, ValueError):
        return [str(value)]
    return [str(v) for v in found] if isinstance(found, list) else [str(found)]


def properties_of(spec: Any, step_id: str) -> dict[str, Any]:
    task_spec = spec.task_specs.get(step_id)
    return dict(getattr(task_spec, "extensions", None) or {})
