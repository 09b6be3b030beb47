"""Debian's headless Chromium for the page tests: one way to start it, shared by every browser
test module (each wraps it in a module-scoped ``driver`` fixture)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


def chromium(tmp_path_factory, console_log: bool = False) -> Iterator[WebDriver]:
    """A fresh headless Chromium in Indonesian at 1280x900; skipped where it is not installed,
    a failure on CI (``make system-deps`` installs it). ``console_log`` keeps the browser
    console for tests that read it (CSP violations)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("chromium / chromedriver missing: run `make system-deps`")
        pytest.skip("chromium / chromedriver not installed (make system-deps)")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=id-ID",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id"})
    if console_log:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    browser.implicitly_wait(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield browser
    finally:
        browser.quit()
