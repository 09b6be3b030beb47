"""The modeler page's bundle (api/static/build/designer.js), built once when missing: `make setup`
builds it for CI and `make run`; a test run straight from pytest builds it here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "api" / "static" / "build" / "designer.js"


def ensure_bundle() -> Path:
    """The bundle's path, after `npm run build:designer` if it is not there yet."""
    if not BUNDLE.exists():
        if shutil.which("npm") is None or not (ROOT / "node_modules" / "bpmn-js").exists():
            pytest.fail("api/static/build/designer.js missing: run `make setup`")
        subprocess.run(["npm", "run", "--silent", "build:designer"], cwd=ROOT, check=True,
                       timeout=300)
    return BUNDLE
