"""Call activities in the JSON API (engine.calls): which case a call activity started."""

from __future__ import annotations

from typing import Any

from engine import calls
from engine.db import transaction


def called_instances(runtime: Any, instance_id: int, activities: list) -> list[dict[str, Any]]:
    """The activity history with Camunda's ``calledProcessInstanceId`` on each call activity
    (the n-th pass of a call activity started its n-th case); a call activity still waiting
    for its case is listed last, with no end time, as Camunda lists running activities."""
    with transaction(runtime.factory) as session:
        called = calls.called_ids(session, instance_id)
    passes: dict[str, int] = {}
    found = []
    for act in activities:
        row = {"node_id": act.node_id, "node_type": act.node_type,
               "from_node_id": act.from_node_id, "instance_id": act.instance_id, "at": act.at,
               "calledProcessInstanceId": None}
        if act.node_id in called:
            n = passes.get(act.node_id, 0)
            passes[act.node_id] = n + 1
            row["calledProcessInstanceId"] = (called[act.node_id][n]
                                              if n < len(called[act.node_id]) else None)
        found.append(row)
    for activity_id, ids in called.items():
        for child in ids[passes.get(activity_id, 0):]:
            found.append({"node_id": activity_id, "node_type": "CallActivityTask",
                          "from_node_id": None, "instance_id": instance_id, "at": None,
                          "calledProcessInstanceId": child})
    return found
