"""What a decision's Tidak does, read from the model's flows rather than from its words.

A Tidak either sends the work back to a step that will lead to the decision again
("kembali": Dikembalikan, "Kembalikan untuk Perbaikan"), ends the SOP ("tolak": Ditolak), or,
since the SOP table allows forward branches, skips ahead to a later step ("lanjut": the case
goes on; nothing is returned or refused). Pages, the timeline and the demo office ask here.
"""

from __future__ import annotations

import re
from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.exclusive_gateway import ExclusiveGateway

from .starting import next_user_steps

KEMBALI, TOLAK, LANJUT = "kembali", "tolak", "lanjut"
_TIDAK = re.compile(r"""keputusan\s*==\s*["']Tidak["']""")


def tidak_target(spec: Any, task_spec: Any) -> Any | None:
    """The spec a decision step's Tidak leads to (after its gateway), or None."""
    for gateway in getattr(task_spec, "outputs", []):
        if not isinstance(gateway, ExclusiveGateway):
            continue
        for condition, target in getattr(gateway, "cond_task_specs", []) or []:
            expression = (getattr(condition, "args", None) or [""])[0]
            if condition is not None and _TIDAK.search(str(expression)):
                return spec.task_specs[target]
    return None


def tidak_kind(spec: Any, step_id: str) -> str | None:
    """kembali / tolak / lanjut for a decision step's Tidak; None when it has no Tidak."""
    task_spec = spec.task_specs.get(step_id)
    target = tidak_target(spec, task_spec) if task_spec is not None else None
    if target is None:
        return None
    if not next_user_steps([target]):
        return TOLAK
    return KEMBALI if _reaches(target, step_id) else LANJUT


def _reaches(start: Any, step_id: str) -> bool:
    """True when the flow from ``start`` can come back to the step ``step_id``."""
    seen, queue = set(), [start]
    while queue:
        task_spec = queue.pop()
        if task_spec.name == step_id:
            return True
        if task_spec.name in seen:
            continue
        seen.add(task_spec.name)
        queue.extend(task_spec.outputs)
    return False
