"""BPMN coverage of the scenarios, the way camunda-process-test-coverage counts it, plus lanes.

An element is a flow node, a sequence flow or a lane of an SOP's process. A node is covered
when the instance's activity history (``/api/history/activity-instance``, completed nodes only)
lists it; a sequence flow when two consecutive entries (``previousActivityId`` -> ``activityId``)
are its source and target; a lane (a pelaksana) when a task in it was completed, so a role that
never acts in any scenario shows as a gap. Coverage = covered / (nodes + flows + lanes), per SOP
and over the whole library (SOPs no scenario ran count with 0 covered).

Only scenarios that assert something count: a scenario that walks the SOP without a single
check (see :mod:`features.assertions`) proves nothing about it, so its history is left out and
the scenario is listed as ignored.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
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
    def lanes(self) -> set[str]:
        """Lanes with a completed task: the model knows each step's lane (its role)."""
        return {s.role for s in self.model.steps if s.id in self.nodes} & set(self.model.lanes)

    @property
    def lanes_covered(self) -> int:
        return len(self.lanes)

    @property
    def total(self) -> int:
        return len(self.model.nodes) + len(self.model.flows) + len(self.model.lanes)

    @property
    def covered(self) -> int:
        return (len(self.nodes & set(self.model.nodes))
                + len(self.flows & {f.id for f in self.model.flows}) + self.lanes_covered)

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0

    def missing(self) -> list[str]:
        """Elements not reached, named for a reader: id and the step or flow label; a lane
        no step of the model sits in says so, since no scenario can ever act in it."""
        out = [f"{n} ({self.model.names.get(n) or self.model.nodes[n]})"
               for n in self.model.nodes if n not in self.nodes]
        out += [f"{f.id} ({f.source} -> {f.target}{', ' + f.name if f.name else ''})"
                for f in self.model.flows if f.id not in self.flows]
        with_steps = {s.role for s in self.model.steps}
        out += [f'lajur "{lane}"' + ("" if lane in with_steps else
                                     " (tidak ada langkah di lajur ini)")
                for lane in self.model.lanes if lane not in self.lanes]
        return out


class Recorder:
    """Collects what every asserting scenario's instances passed through, per SOP."""

    def __init__(self) -> None:
        self.sops: dict[str, SopCoverage] = {}
        self.ignored: list[str] = []  # scenarios without an assertion, as a reader names them

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

    def ignore(self, scenario: str) -> None:
        """A scenario that asserted nothing: its instances do not count."""
        self.ignored.append(scenario)

    @property
    def total(self) -> int:
        return sum(s.total for s in self.sops.values())

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sops.values())

    @property
    def lanes_total(self) -> int:
        return sum(len(s.model.lanes) for s in self.sops.values())

    @property
    def lanes_covered(self) -> int:
        return sum(s.lanes_covered for s in self.sops.values())

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0

    def incomplete(self) -> list[SopCoverage]:
        return [s for s in self.sorted() if s.covered < s.total]

    def sorted(self) -> list[SopCoverage]:
        return sorted(self.sops.values(), key=lambda s: (s.instansi, s.model.key))


def verdict(recorder: Recorder, selected: set[Hashable], expected: set[Hashable],
            library: set[str], with_features: set[str], folder: str = "features/"
            ) -> tuple[list[str], list[str]]:
    """(notes, failures) of a run. 100% coverage and a feature for every library SOP are
    required only when the run selected every scenario of the folder, so ``-k`` or a single
    file never fails for coverage, while the full run always does when short.

    Scenarios are identified by where they are (file, line, example row), never by their
    titles: an outline's title changes per example, and a title must not decide the gate."""
    done = len(expected & selected)
    if not expected or done < len(expected):
        return [f"cakupan tidak ditegakkan: {done}/{len(expected)} skenario {folder} "
                "dipilih (hanya ditegakkan bila semuanya dijalankan)"], []
    failures = []
    if recorder.covered < recorder.total:
        failures.append(f"GAGAL: cakupan BPMN {recorder.percent:.1f}% (< 100%); "
                        "lihat elemen yang belum dilalui di laporan")
    missing = sorted(library - with_features)
    if missing:
        failures.append(f"GAGAL: {len(missing)} SOP di bpmn/ belum punya fitur "
                        f"({', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}); "
                        "buat dengan: python -m features.cli draft bpmn/ --out-dir features")
    return [f"cakupan ditegakkan: semua {len(expected)} skenario {folder} dijalankan"], failures
