"""Issue 10 items 6 and 7 in a real browser: a pengawas hands a claimed SPJ step to a colleague
from the task page ("Serahkan ke...", people listed by name and NIP), the colleague sees Lepas on
it and gives it back, and an admin records and ends a Plh. on /admin/plt. Headless Chromium
through Selenium against the app over real HTTP (like tests/test_admin_pages_browser.py);
screenshots land in artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import browser
import pytest
from conftest import LiveServer, deploy_paths
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn

from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import office_today
from engine.migrate import upgrade
from engine.supervisors import mark
from engine.users import create_user, hash_password

BENDAHARA = "Bendahara Pengeluaran"
SITI_NIP = "198501012010012001"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('handover') / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, spj_bpmn())
    secret = hash_password("rahasia")
    people = [("pptk", "Agus PPTK", "", [("PPTK", SPJ_INSTANSI)], False),
              ("bendahara1", "Budi Santoso", "", [(BENDAHARA, SPJ_INSTANSI)], False),
              ("bendahara2", "Siti Aminah", SITI_NIP, [(BENDAHARA, SPJ_INSTANSI)], False),
              ("kepala", "Kepala Dinas", "", [("Kepala Dinas", SPJ_INSTANSI)], False),
              ("staf", "Rina Wati", "", [("Analis Keuangan", SPJ_INSTANSI)], False),
              ("admin", "Administrator", "", [], True)]
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        for username, name, nip, roles, admin in people:
            create_user(db, username, "", roles, full_name=name, nip=nip, is_admin=admin,
                        password_hash=secret)
        mark(db, "kepala", SPJ_INSTANSI)
    found = LiveServer(url)
    yield found
    found.stop()


Browser = browser.StaffBrowser


@pytest.fixture
def browser(server: LiveServer, driver: WebDriver) -> Browser:
    driver.delete_all_cookies()
    return Browser(driver, server.base)


def test_a_pengawas_hands_a_step_to_a_colleague_from_the_task_page(server, browser):
    pptk = server.login("pptk")
    case = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    task = complete_step(pptk, case["tasks"][0])["tasks"][0]
    assert server.login("bendahara1").post(f"/api/task/{task['id']}/claim").status_code == 200

    browser.login("bendahara2")  # a colleague: the claim is Budi's, nothing to hand over
    browser.open(f"/tugas/{task['id']}")
    assert not browser.find_all("#serahkan-kepada") and "Budi Santoso" in browser.text()

    browser.login("kepala")
    browser.open(f"/tugas/{task['id']}")
    choice = Select(browser.find("#serahkan-kepada"))
    labels = [o.text for o in choice.options]
    assert f"Siti Aminah (NIP {SITI_NIP})" in labels
    assert not any("Budi" in label for label in labels)  # the current holder is not offered
    browser.shot("serahkan-ke")
    choice.select_by_value("bendahara2")
    browser.click(lambda: browser.button("Serahkan"))
    assert "diserahkan kepada Siti Aminah" in browser.text()
    assert "Siti Aminah" in browser.find(".task-facts").text

    browser.login("bendahara2")
    browser.open(f"/tugas/{task['id']}")
    assert browser.find(".step-form")  # now hers to complete
    browser.click(lambda: browser.button("Lepas"))
    assert "dilepas" in browser.text()
    assert server.login("admin").get(f"/api/task/{task['id']}").json()["assignee"] is None

    history = server.login("kepala").get(
        "/api/history/task", params={"processInstanceId": case["id"]}).json()
    received = next(h for h in history if h["id"] == task["id"])
    assert [(h["from"], h["to"], h["by"]) for h in received["handovers"]] == [
        ("bendahara1", "bendahara2", "kepala")]


def test_an_admin_records_and_ends_a_plh(server, browser):
    browser.login("admin")
    browser.click(lambda: browser.driver.find_element(
        By.XPATH, "//nav//a[normalize-space()='Plt. / Plh.']"))
    assert browser.find("h1").text == "Plt. / Plh."
    today = office_today()
    browser.find("#username").send_keys("staf")
    Select(browser.find("#kind")).select_by_value("Plh")
    browser.find("#role").send_keys("Kepala Sub Bagian Keuangan")
    browser.find("#instansi").send_keys(SPJ_INSTANSI)
    for css, day in (("#starts_on", today), ("#ends_on", today + timedelta(days=2))):
        browser.driver.execute_script("arguments[0].value = arguments[1];", browser.find(css),
                                      day.isoformat())
    browser.click(lambda: browser.button("Simpan"))
    assert "Rina Wati dicatat sebagai Plh. Kepala Sub Bagian Keuangan" in browser.text()
    row = browser.find("tr[data-username='staf']")
    assert "Plh. Kepala Sub Bagian Keuangan" in row.text and "Berlaku" in row.text
    browser.shot("admin-plt")
    browser.click(lambda: browser.button("Akhiri"))
    assert "diakhiri" in browser.text()
    assert not browser.find_all("tr[data-username='staf']")  # no longer in force today
    browser.open("/admin/plt?tampil=semua")
    assert "Diakhiri" in browser.find("tr[data-username='staf']").text
    # a bad request is refused beside its field, in Indonesian
    browser.find("#username").send_keys("staf")
    browser.find("#role").send_keys("Juru Masak")
    browser.find("#instansi").send_keys(SPJ_INSTANSI)
    for css in ("#starts_on", "#ends_on"):
        browser.driver.execute_script("arguments[0].value = arguments[1];", browser.find(css),
                                      today.isoformat())
    browser.click(lambda: browser.button("Simpan"))
    assert "Juru Masak" in browser.find(".has-error .field-error").text
