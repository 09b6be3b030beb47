"""Bind every ``.feature`` under a folder to test functions, one per scenario.

pytest-bdd's ``scenarios()`` would name tests after the scenario only ("test_alur_utama_3");
here each test is named after its SOP file too, so ``-k serang_kominfo_penyusunan_spj`` selects
one SOP and a failure says which SOP it is. New feature files are picked up automatically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pytest_bdd import scenario
from pytest_bdd.exceptions import GherkinParseError
from pytest_bdd.feature import get_feature
from pytest_bdd.gherkin_parser import get_gherkin_document
from pytest_bdd.scenario import scenario_wrapper_template_registry

ScenarioId = tuple[str, int, int]
"""Where a scenario is: (feature file's real path, line of its title, example row or 0).
Titles are not identities: an outline's title is rendered per example row, and two scenarios
of a file may share a title."""

# Words that look like Indonesian Gherkin but are not keywords of the official parser: it
# would read such a line as free description text and silently drop the steps below it.
NOT_KEYWORDS = {
    "Latar": "Latar Belakang:",
    "Garis Besar Skenario": "Garis-Besar Skenario:",
    "Skenario Garis Besar": "Garis-Besar Skenario:",
}
_MISTAKE = re.compile(r"^\s*(" + "|".join(NOT_KEYWORDS) + r")\s*:", re.MULTILINE)


class FeatureKeliru(ValueError):
    """A feature file the official Gherkin parser would misread."""


def check_keywords(path: Path) -> None:
    match = _MISTAKE.search(path.read_text(encoding="utf-8"))
    if match:
        line = path.read_text(encoding="utf-8")[: match.start()].count("\n") + 1
        raise FeatureKeliru(f"{path}:{line}: '{match.group(1)}:' bukan kata kunci Gherkin "
                            f"bahasa Indonesia; tulis '{NOT_KEYWORDS[match.group(1)]}'")


def scenario_names(path: Path) -> list[str]:
    return list(get_feature(str(path.parent), path.name).scenarios)


def test_name(path: Path, scenario_name: str) -> str:
    words = re.sub(r"\W+", "_", scenario_name.casefold()).strip("_")
    return f"test_{path.stem}__{words}"


def bind_features(namespace: dict[str, object], folder: Path) -> int:
    """Add a test function per scenario of every feature under ``folder``; returns how many.

    A file that cannot be read becomes one failing test naming the file and line, instead of
    a collection error that would stop every other feature from running; so does a title used
    twice in a file (pytest-bdd would silently run only one of the two)."""
    count = 0
    for path in sorted(folder.rglob("*.feature")):
        try:
            check_keywords(path)
            names = scenario_names(path)
            twice = lost_scenarios(path)
        except (FeatureKeliru, GherkinParseError) as err:
            namespace[_unique(namespace, test_name(path, "berkas fitur"))] = _broken(str(err))
            count += 1
            continue
        for name in names:
            test = scenario(str(path), name, features_base_dir=str(path.parent))(_noop)
            namespace[_unique(namespace, test_name(path, name))] = test
            count += 1
        for line, name in twice:
            namespace[_unique(namespace, test_name(path, f"nama ganda baris {line}"))] = _broken(
                f'{path}:{line}: nama skenario "{name}" sudah dipakai skenario lain di berkas '
                "ini, sehingga skenario di baris ini tidak dijalankan; beri nama lain")
            count += 1
    return count


def _broken(why: str):
    def test_berkas_fitur() -> None:
        pytest.fail(f"Berkas fitur tidak dapat dibaca: {why}", pytrace=False)
    return test_berkas_fitur


def _unique(namespace: dict[str, object], name: str) -> str:
    candidate, n = name, 1
    while candidate in namespace:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def _noop() -> None:
    """The scenario's steps are the test; nothing runs after them."""


def lost_scenarios(path: Path) -> list[tuple[int, str]]:
    """(line, title) of each scenario pytest-bdd drops because a later one has its title."""
    kept = {t.line_number for t in get_feature(str(path.parent), path.name).scenarios.values()}
    children = list(get_gherkin_document(os.path.abspath(path)).feature.children)
    found = []
    while children:
        child = children.pop(0)
        if child.rule is not None:
            children[:0] = child.rule.children
        elif child.scenario is not None and child.scenario.location.line not in kept:
            found.append((child.scenario.location.line, child.scenario.name))
    return found


def scenario_ids(path: Path) -> list[ScenarioId]:
    """Every test a feature file yields: one per scenario, one per example row of an outline,
    and the scenarios lost to a duplicate title (which never run)."""
    real = os.path.realpath(path)
    found = []
    for template in get_feature(str(path.parent), path.name).scenarios.values():
        rows = sum(len(examples.examples) for examples in template.examples)
        found += [(real, template.line_number, row) for row in range(max(1, rows))]
    return found + [(real, line, 0) for line, _ in lost_scenarios(path)]


def expected_scenarios(folder: Path) -> set[ScenarioId]:
    """Every scenario under ``folder``; an unreadable file counts as one scenario that never
    runs, so coverage is not enforced over it (its failing test fails the run)."""
    found: set[ScenarioId] = set()
    for path in sorted(folder.rglob("*.feature")):
        try:
            found.update(scenario_ids(path))
        except GherkinParseError:
            found.add((os.path.realpath(path), 0, 0))
    return found


def item_scenario(item: pytest.Item) -> ScenarioId | None:
    """The scenario a collected test runs (None for a test that is no scenario), read from
    pytest-bdd's own record of the function and the example row pytest parametrised."""
    try:
        template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))
    except TypeError:  # not weak-referenceable: certainly no scenario
        return None
    if template is None:
        return None
    callspec = getattr(item, "callspec", None)
    row = callspec.indices.get("_pytest_bdd_example", 0) if callspec else 0
    return os.path.realpath(template.feature.filename), template.line_number, row
