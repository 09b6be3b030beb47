"""Security headers (issue 9): on pages, API answers and error pages; the session cookie's
flags; the Content-Security-Policy holding in headless Chromium on the staff pages; Back after
Keluar showing the login page, not the previous user's inbox."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from browser import chromium
from conftest import LiveServer, add_user
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from test_pages_browser import spj_source

from api.security import CONTENT_SECURITY_POLICY
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy, latest_versions
from engine.migrate import upgrade
from engine.specs import lanes_of, spec_for

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
PROBE = ("<!doctype html><title>probe</title><style>p{color:red}</style>"
         "<p style='color:blue' onclick='x()'>probe</p><script>document.title='x'</script>")


class Site:
    """The app over HTTP with the SPJ SOP deployed, a user of its first lane and a started
    case; plus a test-only page with inline script and style, to show violations are seen."""

    def __init__(self, url: str):
        path, key, instansi = spj_source()
        with transaction(make_session_factory(make_engine(url)), write=True) as db:
            deploy(db, [(str(path), path.read_bytes(), instansi)], name="test")
            first_lane = lanes_of(spec_for(latest_versions(db)[0]))[0]
        add_user(url, "budi", [(first_lane, instansi)])
        self.server = LiveServer(url)
        self.server.app.add_url_rule("/_csp_probe", "csp_probe", lambda: PROBE)
        self.base = self.server.base
        started = self.server.login("budi").post(f"/api/process-definition/key/{key}/start",
                                                 json={})
        assert started.status_code == 200, started.text
        self.instance_id = started.json()["id"]
        self.task_id = started.json()["tasks"][0]["id"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Site]:
    url = f"sqlite:///{tmp_path_factory.mktemp('headers') / 'sop.sqlite'}"
    upgrade(url)
    found = Site(url)
    yield found
    found.server.stop()


def assert_security_headers(response: requests.Response) -> None:
    headers = response.headers
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def page_session(site: Site) -> requests.Session:
    http = requests.Session()
    page = http.get(site.base + "/masuk", timeout=30)
    match = CSRF.search(page.text)
    done = http.post(site.base + "/masuk", timeout=30, allow_redirects=False, data={
        "csrf_token": match.group(1) or match.group(2), "username": "budi",
        "password": "rahasia"})
    assert done.status_code == 302
    return http


def test_headers_on_pages_and_the_session_cookie_flags(site):
    login_page = requests.get(site.base + "/masuk", timeout=30)
    assert_security_headers(login_page)
    http = page_session(site)
    cookie = next(c for c in http.cookies if c.name == "session")
    assert cookie.has_nonstandard_attr("HttpOnly") and not cookie.secure
    assert cookie.get_nonstandard_attr("SameSite") == "Lax"
    for path in ("/tugas", f"/tugas/{site.task_id}", f"/instans/{site.instance_id}", "/mulai"):
        page = http.get(site.base + path, timeout=30)
        assert page.status_code == 200, path
        assert_security_headers(page)
        assert page.headers["Cache-Control"] == "no-store", path


def test_headers_on_api_answers_and_error_pages(site):
    client = site.server.login("budi")
    for answer in (client.get("/api/task"), client.get(f"/api/process-instance/"
                                                       f"{site.instance_id}")):
        assert answer.status_code == 200
        assert_security_headers(answer)
        assert answer.headers["Cache-Control"] == "no-store"
    for refused in (requests.get(site.base + "/api/task", timeout=30),
                    requests.get(site.base + "/tidak-ada", timeout=30),
                    page_session(site).get(site.base + "/tugas/tidak-ada", timeout=30)):
        assert refused.status_code in (401, 404)
        assert_security_headers(refused)
    static = requests.get(site.base + "/static/style.css", timeout=30)
    assert_security_headers(static)
    assert static.headers.get("Cache-Control") != "no-store"  # no case data: cacheable


def test_no_template_or_static_file_has_inline_script_or_style():
    root = Path(__file__).resolve().parent.parent / "api"
    # a JSON data block (type="application/json") is data the page script reads, never run
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"
                        r"|<style\b|\sstyle=|\son[a-z]+=", re.I)
    found = [f"{path.name}: {match.group(0)}" for path in sorted(
        (root / "templates").glob("*.html")) for match in inline.finditer(path.read_text())]
    assert found == []


# -- in the browser ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def driver(tmp_path_factory) -> Iterator[WebDriver]:
    yield from chromium(tmp_path_factory, console_log=True)


def csp_violations(driver: WebDriver) -> list[str]:
    """The console's CSP refusals since the last call (reading the log empties it)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if "Content Security Policy" in entry["message"]]


def to_next_page(driver: WebDriver, act) -> None:
    """Do ``act`` (a click, Back) and wait until another fully loaded document is shown."""
    token = uuid.uuid4().hex
    driver.execute_script(
        "document.documentElement.setAttribute('data-test-page', arguments[0]);", token)
    act()
    script = ("return document.readyState === 'complete' && "
              "document.documentElement.getAttribute('data-test-page') !== arguments[0];")
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(script, token))


def h1(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def browser_login(driver: WebDriver, site: Site) -> None:
    driver.delete_all_cookies()
    driver.get(site.base + "/masuk")
    driver.find_element(By.ID, "username").send_keys("budi")
    driver.find_element(By.ID, "password").send_keys("rahasia")
    button = driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]")
    to_next_page(driver, button.click)
    assert h1(driver) == "Tugas Saya"


def test_the_policy_holds_on_the_staff_pages(site, driver):
    driver.get(site.base + "/_csp_probe")  # the detector sees what the policy refuses
    probe = csp_violations(driver)
    assert any("inline script" in m for m in probe), probe
    assert any("inline style" in m or "style-src" in m for m in probe), probe
    driver.get(site.base + "/masuk")
    seen = {"/masuk": csp_violations(driver)}
    browser_login(driver, site)
    for path in ("/tugas", f"/tugas/{site.task_id}", f"/instans/{site.instance_id}", "/mulai",
                 "/tugas?lang=en"):
        driver.get(site.base + path)
        assert h1(driver), path
        seen[path] = csp_violations(driver)
    assert {path: found for path, found in seen.items() if found} == {}


def test_back_after_keluar_shows_the_login_page_not_the_inbox(site, driver):
    browser_login(driver, site)
    assert f"/tugas/{site.task_id}" in driver.page_source  # the inbox lists the case's task
    keluar = driver.find_element(By.CSS_SELECTOR, "header form button[type=submit]")
    to_next_page(driver, keluar.click)
    assert h1(driver) == "Masuk"
    to_next_page(driver, driver.back)
    assert h1(driver) == "Masuk" and "/masuk?next=" in driver.current_url
    assert f"/tugas/{site.task_id}" not in driver.page_source
