"""Issue 13 item 5 in a real browser: an admin suspends a running SPJ case from its page
(Tangguhkan), the PPTK's inbox shows the step Ditangguhkan, the admin activates it again, then
cancels it with a reason (Batalkan berkas, after ticking the confirmation), and the timeline
reads each action. Headless Chromium through Selenium against the app over real HTTP, at desktop
and phone width, the cancel form driven by keyboard; screenshots in artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
from conftest import LiveServer, deploy_paths
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from spj import SPJ_INSTANSI, SPJ_KEY, spj_bpmn

from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.users import create_user, hash_password


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('case_admin') / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, spj_bpmn())
    secret = hash_password("rahasia")
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "pptk", "", [("PPTK", SPJ_INSTANSI)], full_name="Agus PPTK",
                    password_hash=secret)
        create_user(db, "admin", "", [], full_name="Administrator", is_admin=True,
                    password_hash=secret)
    found = LiveServer(url)
    yield found
    found.stop()


@pytest.fixture
def staff(server: LiveServer, driver: WebDriver) -> browser.StaffBrowser:
    driver.delete_all_cookies()
    driver.set_window_size(1280, 900)
    return browser.StaffBrowser(driver, server.base)


def test_an_admin_suspends_then_cancels_a_case_from_its_page(server, staff):
    case = server.login("pptk").post(f"/api/process-definition/key/{SPJ_KEY}/start",
                                     json={"title": "SPJ Januari"}).json()
    staff.login("admin")
    staff.open(f"/instans/{case['id']}")
    staff.click(lambda: staff.button("Tangguhkan"))
    assert "Berkas ditangguhkan." in staff.text()
    assert "Ditangguhkan" in staff.find(".instance-status").text
    assert "Ditangguhkan oleh admin" in staff.find(".timeline").text
    staff.shot("berkas-ditangguhkan")

    staff.login("pptk")
    staff.open("/tugas")
    assert "Ditangguhkan" in staff.find(f"tr[data-task-id='{case['tasks'][0]['id']}']").text

    staff.login("admin")
    staff.open(f"/instans/{case['id']}")
    staff.click(lambda: staff.button("Aktifkan kembali"))
    assert "Diaktifkan kembali oleh admin" in staff.find(".timeline").text

    staff.driver.set_window_size(390, 844)  # a phone: the panel still works, by keyboard
    staff.type("#cancel-reason", "dobel dengan berkas lain")
    staff.find("#cancel-confirm").send_keys(Keys.SPACE)
    button = staff.find("#case-cancel")
    assert button.is_displayed()
    staff.click(lambda: staff.find("#case-cancel"))
    assert "Berkas dibatalkan." in staff.text()
    assert "Dibatalkan" in staff.find(".instance-status").text
    assert "Dibatalkan: dobel dengan berkas lain" in staff.find(".timeline").text
    assert not staff.find_all("#case-cancel"), "an ended case has no admin panel"
    staff.shot("berkas-dibatalkan-ponsel")
    assert server.login("pptk").get("/api/task").json() == []
