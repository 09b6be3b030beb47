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
    a collection error that would stop every other feature from running."""
    count = 0
    for path in sorted(folder.rglob("*.feature")):
        try:
            check_keywords(path)
            names = scenario_names(path)
        except (FeatureKeliru, GherkinParseError) as err:
            namespace[_unique(namespace, test_name(path, "berkas fitur"))] = _broken(str(err))
            count += 1
            continue
        for name in names:
            test = scenario(str(path), name, features_base_dir=str(path.parent))(_noop)
            namespace[_unique(namespace, test_name(path, name))] = test
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


def expected_scenarios(folder: Path) -> set[tuple[str, str]]:
    """(feature file, scenario name) of every scenario under ``folder``; an unreadable file
    counts as one scenario that never runs, so coverage is not enforced over it."""
    found = set()
    for path in sorted(folder.rglob("*.feature")):
        try:
            found.update((os.path.realpath(path), n) for n in scenario_names(path))
        except GherkinParseError:
            found.add((os.path.realpath(path), "<tidak terbaca>"))
    return found


