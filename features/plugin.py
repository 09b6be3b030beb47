"""The pytest plugin of the SOP features: fixtures, readable failures, BPMN coverage.

Loaded by ``features/conftest.py`` (and by any folder of features that lists it in
``pytest_plugins``). One live server serves the whole run; each scenario gets a fresh
:class:`~features.world.Skenario` and starts its own instances, so scenarios never share state.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

from . import report
from .binding import expected_scenarios
from .coverage import Recorder, verdict
from .errors import FiturGagal
from .library import FEATURES_DIR, Entry, keys_with_features, library
from .server import SopServer
from .steps import SENTENCES
from .world import Skenario

pytest_plugins = ["features.steps.sop"]

RECORDER = pytest.StashKey[Recorder]()
RAN = pytest.StashKey[set[tuple[str, str]]]()
SUMMARY = pytest.StashKey[list[str]]()
FAILED_STEP = pytest.StashKey[tuple[object, object, object]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[RECORDER] = Recorder()
    config.stash[RAN] = set()


@pytest.fixture(scope="session")
def sop_library() -> dict[str, Entry]:
    return library()


@pytest.fixture(scope="session")
def sop_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SopServer]:
    server = SopServer(tmp_path_factory.mktemp("fitur") / "sop.sqlite")
    yield server
    server.stop()


@pytest.fixture
def dunia(sop_server: SopServer, sop_library: dict[str, Entry],
          request: pytest.FixtureRequest) -> Iterator[Skenario]:
    """A scenario's world; afterwards, what its instances passed goes to the coverage."""
    world = Skenario(sop_server, sop_library)
    yield world
    recorder = request.config.stash[RECORDER]
    for model, instansi, instance in world.instances:
        acts = sop_server.observer.get("/api/history/activity-instance",
                                       processInstanceId=instance)
        recorder.add_model(model, instansi)
        recorder.record(model, acts.json() if acts.status_code == 200 else [])


# -- failures a QA person can read -----------------------------------------------------------
def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature, scenario) -> None:
    request.config.stash[RAN].add((os.path.realpath(feature.filename), scenario.name))


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
    """Write the coverage report; fail the run if the whole features/ ran and it is short."""
    config = session.config
    ran = config.stash[RAN]
    if not ran:
        return
    recorder = config.stash[RECORDER]
    for entry in library().values():
        recorder.add_model(entry.model, entry.instansi)
    notes, failures = verdict(recorder, ran, expected_scenarios(FEATURES_DIR),
                              set(library()), set(keys_with_features()))
    written = report.write(recorder, notes + failures,
                           Path(config.rootpath) / "artifacts" / "coverage")
    config.stash[SUMMARY] = report.summary(recorder, notes + failures) + [
        f"laporan: {os.path.relpath(p)}" for p in written]
    if failures and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    lines = config.stash.get(SUMMARY, None)
    if lines:
        terminalreporter.section("cakupan BPMN (features/)")
        for line in lines:
            terminalreporter.write_line(line, red=line.startswith("GAGAL"))
