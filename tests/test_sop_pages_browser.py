"""The SOP pages in a real browser (headless Chromium) at phone width: /sop and /sop/<key> fit
the screen (no sideways scrolling; the diagram scrolls in its own box), and the keyboard alone
filters the list and opens an SOP."""

from __future__ import annotations

import pytest
from conftest import ROOT, LiveServer, add_user, deploy_paths
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from engine.migrate import upgrade

SERANG = ROOT / "bpmn" / "serang-diskominfo"
PHONE = 390


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('sop-pages') / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, SERANG / "serang_kominfo_pengajuan_spp_spm.bpmn",
                 SERANG / "serang_kominfo_penyusunan_renja.bpmn")
    add_user(url, "budi", [("PPTK", "serang-diskominfo")])
    server = LiveServer(url)
    yield server.base
    server.stop()


def _wait_new_page(browser: WebDriver, act) -> None:
    browser.execute_script("document.documentElement.dataset.old = '1';")
    act()
    WebDriverWait(browser, 15).until(lambda b: b.execute_script(
        "return document.readyState === 'complete' && !document.documentElement.dataset.old;"))


def _fits(browser: WebDriver) -> None:
    width = browser.execute_script("return document.documentElement.clientWidth;")
    scroll = browser.execute_script("return document.documentElement.scrollWidth;")
    assert scroll <= width, (browser.current_url, scroll, width)


def _focus_on(browser: WebDriver, css: str, limit: int = 60) -> None:
    """Tab from the top of the page until ``css`` has the focus (the keyboard path)."""
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(limit):
        if browser.execute_script("return document.activeElement.matches(arguments[0]);", css):
            return
        browser.switch_to.active_element.send_keys(Keys.TAB)
    raise AssertionError(f"{css} never got the focus")


def test_sop_pages_at_phone_width_by_keyboard(site, driver: WebDriver):
    driver.delete_all_cookies()
    driver.get(site + "/masuk")
    driver.find_element(By.ID, "username").send_keys("budi")
    _wait_new_page(driver, lambda: driver.find_element(By.ID, "password").send_keys(
        "rahasia" + Keys.ENTER))
    try:
        driver.set_window_size(PHONE, 900)
        driver.get(site + "/sop")
        _fits(driver)
        rows = driver.find_elements(By.CSS_SELECTOR, "table.sop-table tbody tr")
        assert len(rows) == 2
        assert "Dokumen SOP (PDF)" in rows[0].text and "Lihat dokumen" in rows[0].text
        driver.save_screenshot(str(ROOT / "artifacts" / "screenshots" / "sop-daftar-ponsel.png"))
        # filter by keyboard: type into the search box, Enter submits the GET form
        _focus_on(driver, "#sop-q")
        _wait_new_page(driver, lambda: driver.switch_to.active_element.send_keys(
            "renja" + Keys.ENTER))
        rows = driver.find_elements(By.CSS_SELECTOR, "table.sop-table tbody tr")
        assert [r.get_attribute("id") for r in rows] == ["sop-serang_kominfo_penyusunan_renja"]
        # open the SOP by keyboard
        _focus_on(driver, "a.sop-name")
        _wait_new_page(driver, lambda: driver.switch_to.active_element.send_keys(Keys.ENTER))
        assert driver.find_element(By.TAG_NAME, "h1").text.endswith("Mekanisme Penyusunan RENJA")
        _fits(driver)
        box = driver.find_element(By.CSS_SELECTOR, ".diagram-scroll")
        assert box.find_element(By.CSS_SELECTOR, "svg.bpmn-diagram").is_displayed()
        assert box.size["width"] <= PHONE
        driver.save_screenshot(str(ROOT / "artifacts" / "screenshots" / "sop-detail-ponsel.png"))
    finally:
        driver.set_window_size(1280, 900)
