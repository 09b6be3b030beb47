"""Folders of features and what a run of each demands.

``features/`` (the drafts that restate the library) is gated: when a run selects every one of
its scenarios, coverage of the whole library must be 100% and every SOP must have a feature.
Other folders register their own suite from their conftest (``acceptance/`` does): reported
separately, never gated, and possibly with the harness attaching required documents itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from .library import BPMN_DIR, FEATURES_DIR


@dataclass(frozen=True)
class Suite:
    name: str  # as the terminal and the notes show it, e.g. "features/"
    folder: Path | None  # None: features in a folder no conftest registered
    report: str  # file stem of its report under artifacts/coverage/
    gate: bool = False  # 100% of ``library`` and a feature per SOP when all its scenarios ran
    auto_documents: bool = False  # upload a PDF for each missing dokumen=wajib (autodokumen)
    library: Path = BPMN_DIR

    def holds(self, path: str | Path) -> bool:
        if self.folder is None:
            return True
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(self.folder))


FEATURES = Suite("features/", FEATURES_DIR, "bpmn-coverage", gate=True)
OTHER = Suite("fitur", None, "bpmn-coverage")
SUITES = pytest.StashKey[list[Suite]]()


def register(config: pytest.Config, suite: Suite) -> None:
    """Make ``suite`` the home of the features under its folder (call from a conftest's
    ``pytest_configure``, after importing ``features.plugin``)."""
    known = config.stash.setdefault(SUITES, [FEATURES])
    if suite not in known:
        known.append(suite)


def suite_of(config: pytest.Config, path: str | Path) -> Suite:
    """The registered suite whose folder holds ``path`` (the deepest one), else OTHER."""
    holding = [s for s in config.stash.setdefault(SUITES, [FEATURES])
               if s.folder is not None and s.holds(path)]
    return max(holding, key=lambda s: len(str(s.folder)), default=OTHER)
