"""The acceptance scenarios run on the features harness (same steps, same live server) as
their own suite: reported in artifacts/coverage/acceptance-coverage.*, never gated, and the
harness attaches the documents a step requires, since scenarios written from the seed name
papers but not files (features.autodokumen)."""

import os
from pathlib import Path

import pytest

from features.suites import Suite, register

# see tests/conftest.py: under load a login waits for the hash gate rather than answer 503
os.environ.setdefault("HASH_WAIT_SECONDS", "60")

ACCEPTANCE = Suite("acceptance/", Path(__file__).resolve().parent, "acceptance-coverage",
                   auto_documents=True)


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.import_plugin("features.plugin")
    register(config, ACCEPTANCE)
