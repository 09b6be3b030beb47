"""Debian's headless Chromium for the page tests: one way to start it, shared by every browser
test module (each wraps it in a module-scoped ``driver`` fixture)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

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

class Browser:
    """One person at the browser: every action is a full page load, waited for."""

    def __init__(self, driver: WebDriver, base: str):
        self.driver, self.base = driver, base

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def find(self, css: str, within: WebElement | None = None) -> WebElement:
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def button(self, text: str) -> WebElement:
        return self.driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']")

    def link(self, text: str) -> WebElement:
        return self.driver.find_element(By.XPATH, f"//a[normalize-space()='{text}']")

    def h1(self) -> str:
        return self.find("h1").text.strip()

    def text(self) -> str:
        return self.find("body").text

    def path(self) -> str:
        return self.driver.current_url.removeprefix(self.base).split("?")[0]

    def type(self, css: str, text: str) -> None:
        field = self.find(css)
        field.clear()
        field.send_keys(text)

    def click(self, locate: Callable[[], WebElement]) -> None:
        token = uuid.uuid4().hex
        self.driver.execute_script(
            "document.documentElement.setAttribute('data-test-page', arguments[0]);", token)
        locate().click()
        script = ("return document.readyState === 'complete' && "
                  "document.documentElement.getAttribute('data-test-page') !== arguments[0];")
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: driver.execute_script(script, token))

    def login(self, username: str, password: str) -> None:
        self.driver.delete_all_cookies()
        self.open("/masuk")
        self.type("#username", username)
        self.type("#password", password)
        self.click(lambda: self.button("Masuk"))

    def logout(self) -> None:
        self.click(lambda: self.button("Keluar"))
        assert self.h1() == "Masuk"

    def shot(self, name: str) -> None:
        self.driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


class StaffBrowser(Browser):
    """A staff member of a test module: every account has the password "rahasia", and a login
    that does not get past the login page fails the test there, with the page's words."""

    def login(self, username: str, password: str = "rahasia") -> None:
        super().login(username, password)
        assert not self.find_all("#password"), self.text()
