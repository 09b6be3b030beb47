"""The pytest plugin of the SOP features: fixtures, readable failures, BPMN coverage.

Loaded by ``features/conftest.py`` (and by any folder of features that lists it in
``pytest_plugins``). One live server serves the whole run; each scenario gets a fresh
:class:`~features.world.Skenario` and starts its own instances, so scenarios never share state.
Each folder of features is a :class:`~features.suites.Suite` with its own coverage report;
only ``features/`` is gated.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

from . import report
from .assertions import is_check
from .binding import ScenarioId, expected_scenarios, item_scenario
from .coverage import Recorder, verdict
from .errors import FiturGagal
from .library import Entry, keys_with_features, library
from .server import SopServer
from .steps import SENTENCES
from .suites import Suite, suite_of
from .world import Skenario

pytest_plugins = ["features.steps.sop", "features.steps.pemisahan"]


@dataclass
class SuiteRun:
    """One suite's part of a pytest run: the scenarios selected and what they covered."""

    suite: Suite
    recorder: Recorder = field(default_factory=Recorder)
    selected: set[ScenarioId] = field(default_factory=set)


RUNS = pytest.StashKey[dict[Suite, SuiteRun]]()
SUMMARY = pytest.StashKey[list[tuple[str, list[str]]]]()
FAILED_STEP = pytest.StashKey[tuple[object, object, object]]()
ASSERTED = pytest.StashKey[bool]()  # on the test item: a check step passed
SCENARIO = pytest.StashKey[str]()  # on the test item: "file:line title", for the report


def pytest_configure(config: pytest.Config) -> None:
    config.stash[RUNS] = {}


def _run(config: pytest.Config, path: str | Path) -> SuiteRun:
    suite = suite_of(config, path)
    return config.stash[RUNS].setdefault(suite, SuiteRun(suite))


def _run_of(item: pytest.Item) -> SuiteRun:
    found = item_scenario(item)
    return _run(item.config, found[0] if found else item.path)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Which scenarios this run selected (after -k / -m / node ids), by where they are."""
    for item in session.items:
        found = item_scenario(item)
        if found:
            _run(session.config, found[0]).selected.add(found)


@pytest.fixture
def sop_library(request: pytest.FixtureRequest) -> dict[str, Entry]:
    return library(_run_of(request.node).suite.library)


@pytest.fixture(scope="session")
def sop_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SopServer]:
    server = SopServer(tmp_path_factory.mktemp("fitur") / "sop.sqlite")
    yield server
    server.stop()


@pytest.fixture
def dunia(sop_server: SopServer, sop_library: dict[str, Entry],
          request: pytest.FixtureRequest) -> Iterator[Skenario]:
    """A scenario's world; afterwards, what its instances passed goes to its suite's
    coverage, unless the scenario asserted nothing."""
    run = _run_of(request.node)
    world = Skenario(sop_server, sop_library)
    world.auto_documents = run.suite.auto_documents
    yield world
    _record(request.node, run.recorder, world, sop_server)


def _record(item: pytest.Item, recorder: Recorder, world: Skenario, server: SopServer) -> None:
    if world.entry is not None:
        recorder.add_model(world.entry.model, world.entry.instansi)
    if not item.stash.get(ASSERTED, False):
        if FAILED_STEP not in item.stash:  # a failing scenario is reported as a failure
            recorder.ignore(item.stash.get(SCENARIO, item.nodeid))
        return
    for model, instansi, instance in world.instances:
        acts = server.observer.get("/api/history/activity-instance", processInstanceId=instance)
        recorder.add_model(model, instansi)
        recorder.record(model, acts.json() if acts.status_code == 200 else [])


# -- failures a QA person can read -------------------------------------------------------------
def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature, scenario) -> None:
    request.node.stash[SCENARIO] = (f"{os.path.relpath(feature.filename)}:"
                                    f"{scenario.line_number} {scenario.name}")


def pytest_bdd_after_step(request: pytest.FixtureRequest, step_func, **_: object) -> None:
    if is_check(step_func):
        request.node.stash[ASSERTED] = True


def pytest_bdd_step_error(request: pytest.FixtureRequest, feature, scenario, step,
                          **_: object) -> None:
    request.node.stash[FAILED_STEP] = (feature, scenario, step)


def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, feature, scenario, step,
                                      **_: object) -> None:
    request.node.stash[FAILED_STEP] = (feature, scenario, step)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report_ = yield
    where = item.stash.get(FAILED_STEP, None)
    error = call.excinfo.value if call.excinfo else None
    if report_.failed and where and isinstance(error, FiturGagal | StepDefinitionNotFoundError):
        report_.longrepr = explain(*where, error)
    return report_


def explain(feature, scenario, step, error: BaseException) -> str:
    """Where in the feature it failed and why, in Indonesian, without a Python traceback."""
    path = os.path.relpath(feature.filename)
    if isinstance(error, StepDefinitionNotFoundError):
        why = "kalimat ini tidak dikenal. Kalimat yang dikenal:\n" + "\n".join(
            f"    {s}" for s in SENTENCES)
    else:
        why = str(error)
    return (f"Gagal: {why}\nFitur: {feature.name} ({path})\nSkenario: {scenario.name}\n"
            f"Baris {step.line_number}: {step.keyword.strip()} {step.name}")


# -- coverage ----------------------------------------------------------------------------------
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write each suite's coverage report; fail the run if a gated suite ran whole and short."""
    config, summary = session.config, []
    if config.option.collectonly:
        return
    for run in config.stash[RUNS].values():
        if not run.selected and not run.recorder.sops:
            continue
        notes, failures = _judge(run)
        written = report.write(run.recorder, notes + failures,
                               Path(config.rootpath) / "artifacts" / "coverage",
                               run.suite.report, run.suite.name)
        summary.append((run.suite.name, report.summary(run.recorder, notes + failures) + [
            f"laporan: {os.path.relpath(p)}" for p in written]))
        if failures and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    config.stash[SUMMARY] = summary


def _judge(run: SuiteRun) -> tuple[list[str], list[str]]:
    suite, recorder = run.suite, run.recorder
    ignored = ([f"{len(recorder.ignored)} skenario tanpa pemeriksaan (kalimat Maka) tidak "
                "dihitung dalam cakupan"] if recorder.ignored else [])
    if not suite.gate or suite.folder is None:
        return [f"cakupan {suite.name} hanya dilaporkan, tidak ditegakkan", *ignored], []
    entries = library(suite.library)
    for entry in entries.values():
        recorder.add_model(entry.model, entry.instansi)
    notes, failures = verdict(recorder, run.selected, expected_scenarios(suite.folder),
                              set(entries), set(keys_with_features(suite.folder)), suite.name)
    return notes + ignored, failures


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    for name, lines in config.stash.get(SUMMARY, []):
        terminalreporter.section(f"cakupan BPMN ({name})")
        for line in lines:
            terminalreporter.write_line(line, red=line.startswith("GAGAL"))
