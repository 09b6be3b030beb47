"""Issue 11 item 6 in a real browser: the bell in the header shows the unread count (and says
it: "2 notifikasi belum dibaca"), /notifikasi lists them newest first with the unread in bold,
opening one marks it read and lands on its task, "Tandai semua sudah dibaca" clears the bell,
and the mail setting on /akun is saved. Headless Chromium against the app over real HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
from conftest import LiveServer, deploy_paths
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn
from sqlalchemy import select

from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.models import User
from engine.users import create_user, hash_password

BENDAHARA = "Bendahara Pengeluaran"
PHONE = 390


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('notifications') / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, spj_bpmn())
    secret = hash_password("rahasia")
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "pptk", "", [("PPTK", SPJ_INSTANSI)], full_name="Agus PPTK",
                    password_hash=secret)
        create_user(db, "bendahara", "", [(BENDAHARA, SPJ_INSTANSI)], full_name="Budi Santoso",
                    email="budi@example.go.id", password_hash=secret)
    found = LiveServer(url)
    yield found
    found.stop()


class Browser(browser.StaffBrowser):
    def bell(self):
        return self.find("a.bell")


@pytest.fixture
def staff(server: LiveServer, driver: WebDriver) -> Browser:
    driver.delete_all_cookies()
    driver.set_window_size(1280, 900)
    return Browser(driver, server.base)


def _cases_for_bendahara(server: LiveServer, *titles: str) -> list[dict]:
    pptk = server.login("pptk")
    done = []
    for title in titles:
        case = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                         json={"title": title}).json()
        done.append(complete_step(pptk, case["tasks"][0]))
    return done


def test_the_bell_counts_and_the_list_opens_a_task_marking_it_read(server, staff):
    server.login("bendahara").post("/api/notification/read-all")
    first, second = _cases_for_bendahara(server, "Honor narasumber", "Perjalanan dinas")
    staff.login("bendahara")
    bell = staff.bell()
    assert bell.get_attribute("aria-label") == "2 notifikasi belum dibaca"
    assert staff.find("a.bell .bell-count").text == "2"

    staff.click(staff.bell)
    assert staff.path() == "/notifikasi" and staff.h1() == "Notifikasi"
    items = staff.find_all(".notif-item")
    assert [i.get_attribute("class").count("notif-unread") for i in items[:2]] == [1, 1]
    assert "Perjalanan dinas" in items[0].text and "Honor narasumber" in items[1].text
    title = staff.find(".notif-item .notif-open")
    assert title.value_of_css_property("font-weight") == "700", "unread reads bold"
    assert "Tugas baru: Penerimaan SPJ" in title.text
    staff.shot("notifications-list")

    staff.click(lambda: staff.find(".notif-item .notif-open"))  # the newest: Perjalanan dinas
    assert staff.path() == f"/tugas/{second['tasks'][0]['id']}"
    assert staff.bell().get_attribute("aria-label") == "1 notifikasi belum dibaca"

    staff.open("/notifikasi")
    read, unread = staff.find_all(".notif-item")[:2]
    assert "notif-unread" not in read.get_attribute("class")
    assert "notif-unread" in unread.get_attribute("class")
    staff.click(lambda: staff.button("Tandai semua sudah dibaca"))
    assert staff.path() == "/notifikasi"
    assert staff.bell().get_attribute("aria-label") == "Notifikasi, tidak ada yang belum dibaca"
    assert not staff.find_all("a.bell .bell-count") and not staff.find_all(".notif-unread")
    assert first["id"] != second["id"]


def test_the_bell_is_reached_by_keyboard_and_fits_a_phone(server, staff):
    _cases_for_bendahara(server, "Rapat koordinasi")
    staff.login("bendahara")
    staff.driver.set_window_size(PHONE, 800)
    staff.open("/notifikasi")
    body = staff.find("body")
    for _ in range(12):  # Tab from the top of the page until the bell has focus
        body.send_keys(Keys.TAB) if _ == 0 else staff.driver.switch_to.active_element.send_keys(
            Keys.TAB)
        if "bell" in (staff.driver.switch_to.active_element.get_attribute("class") or ""):
            break
    assert "bell" in staff.driver.switch_to.active_element.get_attribute("class")
    width = staff.driver.execute_script("return document.documentElement.scrollWidth;")
    assert width <= PHONE, "no sideways scrolling at phone width"
    staff.shot("notifications-phone")


def test_english_words_and_the_mail_setting_is_saved(server, staff):
    _cases_for_bendahara(server, "Belanja ATK")
    staff.login("bendahara")
    staff.open("/akun")
    assert staff.find("input[name=notify_mode][value=segera]").is_selected()
    staff.find("input[name=notify_mode][value=harian]").click()
    form = staff.find("form.notify-settings")
    staff.click(lambda: form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Pengaturan pemberitahuan disimpan." in staff.text()
    assert staff.find("input[name=notify_mode][value=harian]").is_selected()
    factory = make_session_factory(make_engine(server.app.config["DATABASE_URL"]))
    with transaction(factory) as db:
        mode = db.scalar(select(User.notify_mode).where(User.username == "bendahara"))
    assert mode == "harian"
    profile = server.login("bendahara").get("/api/user/bendahara/profile").json()
    assert profile["notifyMode"] == "harian"

    staff.open("/notifikasi?lang=en")
    assert staff.h1() == "Notifications"
    assert "New task: Penerimaan SPJ" in staff.text()
    staff.open("/?lang=id")
