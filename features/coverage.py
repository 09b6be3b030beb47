"""BPMN coverage of the scenarios, the way camunda-process-test-coverage counts it.

An element is a flow node or a sequence flow of an SOP's process. A node is covered when the
instance's activity history (``/api/history/activity-instance``) lists it; a sequence flow is
covered when two consecutive entries (``previousActivityId`` -> ``activityId``) are its source
and target. Coverage = covered elements / (flow nodes + sequence flows), per SOP and over the
whole library (SOPs no scenario ran count with 0 covered).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import SopModel


@dataclass
class SopCoverage:
    model: SopModel
    instansi: str = ""
    nodes: set[str] = field(default_factory=set)
    flows: set[str] = field(default_factory=set)
    instances: int = 0

    @property
    def total(self) -> int:
        return len(self.model.nodes) + len(self.model.flows)

    @property
    def covered(self) -> int:
        return len(self.nodes & set(self.model.nodes)) + len(
            self.flows & {f.id for f in self.model.flows})

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0

    def missing(self) -> list[str]:
        """Elements not reached, named for a reader: id and the step or flow label."""
        out = [f"{n} ({self.model.names.get(n) or self.model.nodes[n]})"
               for n in self.model.nodes if n not in self.nodes]
        out += [f"{f.id} ({f.source} -> {f.target}{', ' + f.name if f.name else ''})"
                for f in self.model.flows if f.id not in self.flows]
        return out


class Recorder:
    """Collects what every scenario's instances passed through, per SOP."""

    def __init__(self) -> None:
        self.sops: dict[str, SopCoverage] = {}

    def add_model(self, model: SopModel, instansi: str = "") -> None:
        """Count a SOP even if no scenario runs it (a library SOP without a feature)."""
        if model.key not in self.sops:
            self.sops[model.key] = SopCoverage(model, instansi)

    def record(self, model: SopModel, activities: Iterable[dict[str, Any]]) -> None:
        self.add_model(model)
        sop = self.sops[model.key]
        sop.instances += 1
        for act in activities:
            node, before = act.get("activityId"), act.get("previousActivityId")
            sop.nodes.add(node)
            if before:
                sop.flows.update(f.id for f in model.flows_between(before, node))

    @property
    def total(self) -> int:
        return sum(s.total for s in self.sops.values())

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sops.values())

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0

    def incomplete(self) -> list[SopCoverage]:
        return [s for s in self.sorted() if s.covered < s.total]

    def sorted(self) -> list[SopCoverage]:
        return sorted(self.sops.values(), key=lambda s: (s.instansi, s.model.key))


def verdict(recorder: Recorder, ran: set[tuple[str, str]], expected: set[tuple[str, str]],
            library: set[str], with_features: set[str]) -> tuple[list[str], list[str]]:
    """(notes, failures) of a run. 100% coverage and a feature for every library SOP are
    required only when every expected scenario (feature file, name) ran, so ``-k`` or a single
    file never fails for coverage, while the full run always does when short."""
    done = len(expected & ran)
    if not expected or done < len(expected):
        return [f"cakupan tidak ditegakkan: {done}/{len(expected)} skenario features/ "
                "dijalankan (hanya ditegakkan bila semuanya berjalan)"], []
    failures = []
    if recorder.covered < recorder.total:
        failures.append(f"GAGAL: cakupan BPMN {recorder.percent:.1f}% (< 100%); "
                        "lihat elemen yang belum dilalui di laporan")
    missing = sorted(library - with_features)
    if missing:
        failures.append(f"GAGAL: {len(missing)} SOP di bpmn/ belum punya fitur "
                        f"({', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}); "
                        "buat dengan: python -m features.cli draft bpmn/ --out-dir features")
    return [f"cakupan ditegakkan: semua {len(expected)} skenario features/ dijalankan"], failures
