"""Issue 10 item 2: Tugas Saya with 205 tasks, in a real browser (headless Chromium).

A PPTK with 205 SPJ cases waiting sees "205 tugas", pages of 25 (or 50) with rel=next/prev
links (also in the head), the nomor berkas and perihal of each row, the batas waktu with the
Terlambat badge, a Dikembalikan mark, Lepas on a task they claimed, a bookmarkable filter form,
keyboard paging and no sideways scrolling at phone width.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import LiveServer, add_user, deploy_paths
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from sqlalchemy import update

from engine.actors import Actor
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.models import ActiveTask
from engine.runtime import Runtime

PPTK = Actor("pptk", frozenset({("PPTK", SPJ_INSTANSI)}))
PHONE = 390


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('inbox') / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, SPJ_BPMN)
    add_user(url, "pptk", [("PPTK", SPJ_INSTANSI)])
    factory = make_session_factory(make_engine(url))
    runtime = Runtime(factory)
    with using(SimulatedClock(datetime.now(UTC) - timedelta(days=2))):
        late = runtime.start(SPJ_KEY, PPTK, business_key="SPJ/2026/0000",
                             title="Honor narasumber (terlambat)")
    cases = [runtime.start(SPJ_KEY, PPTK, business_key=f"SPJ/2026/{n:04d}",
                           title=f"Perihal nomor {n}") for n in range(1, 205)]
    claimed = runtime.claim(cases[0].tasks[0].id, PPTK)
    with transaction(factory, write=True) as db:  # as if it came back through a Tidak
        db.execute(update(ActiveTask).where(ActiveTask.instance_id == cases[1].id)
                   .values(returned=True))
    server = LiveServer(url)
    yield {"base": server.base, "late": late.id, "claimed": claimed.instance_id,
           "returned": cases[1].id}
    server.stop()


def _login(browser: WebDriver, base: str) -> None:
    browser.delete_all_cookies()
    browser.get(base + "/masuk")
    browser.find_element(By.ID, "username").send_keys("pptk")
    browser.find_element(By.ID, "password").send_keys("rahasia" + Keys.ENTER)
    WebDriverWait(browser, 15).until(lambda b: b.find_elements(By.ID, "jumlah-tugas"))


def _rows(browser: WebDriver) -> list:
    return browser.find_elements(By.CSS_SELECTOR, "table.tasks tbody tr")


def _page_of(browser: WebDriver) -> str:
    return browser.find_element(By.CSS_SELECTOR, ".page-of").text


def _go(browser: WebDriver, element) -> None:
    """Follow a link or button and wait for the new document."""
    browser.execute_script("document.documentElement.dataset.old = '1';")
    element.click() if element.tag_name != "a" else element.send_keys(Keys.ENTER)
    WebDriverWait(browser, 15).until(lambda b: b.execute_script(
        "return document.readyState === 'complete' && !document.documentElement.dataset.old;"))


def test_205_tasks_page_by_page(office, driver: WebDriver):  # noqa: F811
    driver.set_window_size(1280, 900)
    _login(driver, office["base"])
    assert driver.find_element(By.ID, "jumlah-tugas").text.startswith("205 tugas")
    rows = _rows(driver)
    assert len(rows) == 25 and _page_of(driver) == "Halaman 1 dari 9"
    # batas waktu first: the overdue case leads, with its badge, nomor and perihal
    assert "SPJ/2026/0000" in rows[0].text and "Terlambat" in rows[0].text
    assert "Honor narasumber (terlambat)" in rows[0].text
    assert "Terlambat" not in rows[-1].text
    assert not driver.find_elements(By.CSS_SELECTOR, "a[rel=prev]")
    head_next = driver.find_element(By.CSS_SELECTOR, "link[rel=next]").get_attribute("href")
    seen = {r.get_attribute("data-task-id") for r in rows}
    # by keyboard: the next link is reached and followed with Enter
    _go(driver, driver.find_element(By.CSS_SELECTOR, "a[rel=next]"))
    assert driver.current_url == head_next and _page_of(driver) == "Halaman 2 dari 9"
    second = {r.get_attribute("data-task-id") for r in _rows(driver)}
    assert len(second) == 25 and not second & seen
    assert driver.find_element(By.CSS_SELECTOR, "link[rel=prev]")
    # 50 per page: the last page holds the last 5 and has no next link
    Select(driver.find_element(By.ID, "per-halaman")).select_by_value("50")
    _go(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Saring']"))
    assert len(_rows(driver)) == 50 and _page_of(driver) == "Halaman 1 dari 5"
    for _ in range(4):
        _go(driver, driver.find_element(By.CSS_SELECTOR, "a[rel=next]"))
    assert len(_rows(driver)) == 5 and _page_of(driver) == "Halaman 5 dari 5"
    assert not driver.find_elements(By.CSS_SELECTOR, "a[rel=next], link[rel=next]")
    assert parse_qs(urlparse(driver.current_url).query) == {"per": ["50"], "hal": ["5"]}
    _go(driver, driver.find_element(By.CSS_SELECTOR, "a[rel=prev]"))
    assert _page_of(driver) == "Halaman 4 dari 5"


def test_filters_marks_and_lepas(office, driver: WebDriver):  # noqa: F811
    driver.set_window_size(1280, 900)
    _login(driver, office["base"])
    search = driver.find_element(By.ID, "cari-tugas")
    search.send_keys("2026/015" + Keys.ENTER)  # the form is a GET form: Enter submits
    WebDriverWait(driver, 15).until(lambda b: "q=" in b.current_url)
    assert driver.find_element(By.ID, "jumlah-tugas").text.startswith("10 tugas")  # 0150-0159
    assert len(_rows(driver)) == 10 and not driver.find_elements(By.CSS_SELECTOR, ".pager")
    driver.get(office["base"] + "/tugas?kembali=1")
    rows = _rows(driver)
    assert len(rows) == 1 and "Dikembalikan" in rows[0].text
    assert "is-returned" in rows[0].get_attribute("class")
    driver.get(office["base"] + "/tugas?terlambat=1")
    assert [r.text.split("\n")[0] for r in _rows(driver)] == ["SPJ/2026/0000"]
    driver.get(office["base"] + "/tugas?diambil=1")
    rows = _rows(driver)
    assert len(rows) == 1 and "Anda" in rows[0].text
    lepas = rows[0].find_element(By.XPATH, ".//button[normalize-space()='Lepas']")
    _go(driver, lepas)
    assert "dilepas" in driver.find_element(By.CSS_SELECTOR, ".flash").text
    assert "diambil=1" in driver.current_url  # back to the list it came from, now empty
    assert _rows(driver) == []
    assert driver.find_element(By.ID, "jumlah-tugas").text.startswith("0 tugas")


def test_phone_width_has_no_sideways_scroll(office, driver: WebDriver):  # noqa: F811
    _login(driver, office["base"])
    try:
        driver.set_window_size(PHONE, 900)
        driver.get(office["base"] + "/tugas")
        width = driver.execute_script("return document.documentElement.clientWidth;")
        scroll = driver.execute_script("return document.documentElement.scrollWidth;")
        assert scroll <= width, (scroll, width)
        assert len(_rows(driver)) == 25
    finally:
        driver.set_window_size(1280, 900)
