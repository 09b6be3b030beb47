"""Load the SOP step library and its coverage report for the features in this folder."""

import os

import pytest

# see tests/conftest.py: under load a login waits for the hash gate rather than answer 503
os.environ.setdefault("HASH_WAIT_SECONDS", "60")


def pytest_configure(config: pytest.Config) -> None:
    """A plugin rather than fixtures here: the negative tests load the same library into a
    folder of deliberately wrong features (``pytest_plugins = ["features.plugin"]``)."""
    config.pluginmanager.import_plugin("features.plugin")
