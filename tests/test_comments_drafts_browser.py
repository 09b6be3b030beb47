"""Issue 11 items 4 and 5 in a real browser: a PPTK writes a catatan on the task page and finds it
in the case's timeline with their name and jabatan, writes one on the case page too; fills the
step's form, presses Simpan draf, goes to Tugas Saya and back and finds what was typed restored
(a colleague sees an empty form); completing the step drops the draft. Headless Chromium
through Selenium against the app over real HTTP; screenshots land in artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
from conftest import LiveServer, deploy_paths
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from sqlalchemy import func, select

from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.models import TaskDraft
from engine.users import create_user, hash_password

AGUS_NIP = "198001012005011001"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("catatan")
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, SPJ_BPMN)
    secret = hash_password("rahasia")
    people = [("pptk", "Agus Salim", AGUS_NIP, [("PPTK", SPJ_INSTANSI)]),
              ("pptk2", "Dewi Lestari", "", [("PPTK", SPJ_INSTANSI)]),
              ("bendahara", "Budi Santoso", "", [("Bendahara Pengeluaran", SPJ_INSTANSI)])]
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        for username, name, nip, roles in people:
            create_user(db, username, "", roles, full_name=name, nip=nip, password_hash=secret)
    found = LiveServer(url)
    yield found
    found.stop()


class Browser(browser.StaffBrowser):
    def path(self) -> str:
        return super().path().split("#")[0]



@pytest.fixture
def browser(server: LiveServer, driver: WebDriver) -> Browser:
    driver.delete_all_cookies()
    return Browser(driver, server.base)


def _start(server: LiveServer) -> dict:
    case = server.login("pptk").post(f"/api/process-definition/key/{SPJ_KEY}/start",
                                     json={"title": "SPJ GU November"})
    assert case.status_code == 200, case.text
    return case.json()


def test_a_comment_on_the_task_page_is_in_the_case_timeline_with_jabatan(server, browser):
    case = _start(server)
    task = case["tasks"][0]
    browser.login("pptk")
    browser.open(f"/tugas/{task['id']}")
    assert "Belum ada catatan." in browser.find("#catatan").text
    browser.type("#catatan-pesan", "Nota toko menyusul besok pagi.")
    browser.click(lambda: browser.button("Kirim catatan"))
    assert browser.path() == f"/tugas/{task['id']}"
    assert "Catatan terkirim." in browser.text()
    item = browser.find("#catatan .comment")
    assert "Nota toko menyusul besok pagi." in item.text
    assert "Agus Salim (NIP 198001012005011001)" in item.text and "PPTK" in item.text
    browser.driver.execute_script("arguments[0].scrollIntoView()", item)
    browser.shot("catatan-tugas")

    browser.open(f"/instans/{case['id']}")
    browser.type("#catatan-pesan", "Berkas ini prioritas.")
    browser.click(lambda: browser.button("Kirim catatan"))
    assert browser.path() == f"/instans/{case['id']}"
    rows = browser.find_all(".timeline .comment-row")
    assert len(rows) == 2
    first, second = (row.text for row in rows)
    assert "Nota toko menyusul besok pagi." in first and "Penyerahan SPJ" in first
    assert "PPTK" in first and "Agus Salim" in first
    assert "Berkas ini prioritas." in second and "pada berkas" in second
    # in time order among the steps: the comments come after the step that was ready first
    cells = [r.get_attribute("class") or "" for r in browser.find_all(".timeline tbody tr")]
    assert "comment-row" not in cells[0] and cells[1:] == ["comment-row", "comment-row"]
    browser.driver.execute_script("arguments[0].scrollIntoView()", rows[0])
    browser.shot("catatan-riwayat")
    # English
    browser.open(f"/instans/{case['id']}?lang=en")
    assert "Comment" in browser.find(".timeline .comment-row").text
    assert browser.button("Send comment")
    browser.open(f"/instans/{case['id']}?lang=id")


def test_simpan_draf_restores_the_form_for_its_holder_and_completion_drops_it(server, browser):
    case = _start(server)
    task = case["tasks"][0]
    browser.login("pptk")
    browser.open(f"/tugas/{task['id']}")
    assert not browser.find_all(".draft-restored")
    browser.type("#isian-output", "SPJ dikirim ke bendahara")
    browser.type("#isian-catatan", "Menunggu tanda tangan kepala")
    browser.find("#isian-kelengkapan_1").click()
    browser.click(lambda: browser.button("Simpan draf"))
    assert browser.path() == f"/tugas/{task['id']}"
    assert "Draf disimpan pukul" in browser.text()
    assert "Langkah" not in browser.find(".flashes").text  # nothing was completed
    browser.click(lambda: browser.link("Tugas Saya"))
    assert browser.path() == "/tugas"
    browser.open(f"/tugas/{task['id']}")
    assert "dipulihkan" in browser.find(".draft-restored").text
    assert browser.find("#isian-output").get_attribute("value") == "SPJ dikirim ke bendahara"
    assert browser.find("#isian-catatan").get_attribute("value") == "Menunggu tanda tangan kepala"
    assert browser.find("#isian-kelengkapan_1").is_selected()
    browser.shot("draf-dipulihkan")

    browser.login("pptk2")  # a colleague of the same jabatan: not their draft
    browser.open(f"/tugas/{task['id']}")
    assert not browser.find_all(".draft-restored")
    assert browser.find("#isian-catatan").get_attribute("value") == ""
    assert not browser.find("#isian-kelengkapan_1").is_selected()

    browser.login("pptk")
    browser.open(f"/tugas/{task['id']}")
    browser.click(lambda: browser.button("Selesaikan"))
    assert "selesai" in browser.find(".flashes").text
    url = server.app.config["DATABASE_URL"]
    with transaction(make_session_factory(make_engine(url))) as db:
        assert db.scalar(select(func.count()).select_from(TaskDraft)
                         .where(TaskDraft.task_id == task["id"])) == 0
    history = server.login("pptk").get("/api/history/task",
                                       params={"processInstanceId": case["id"]}).json()
    done = next(h for h in history if h["id"] == task["id"])
    assert done["variables"]["catatan"] == "Menunggu tanda tangan kepala"


def test_the_catatan_box_and_draft_button_work_at_phone_width(server, browser, driver):
    case = _start(server)
    driver.set_window_size(390, 844)
    try:
        browser.login("pptk")
        browser.open(f"/tugas/{case['tasks'][0]['id']}")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, width
        draft = browser.button("Simpan draf")
        assert draft.is_displayed() and draft.get_attribute("formnovalidate") is not None
        box = browser.find("#catatan-pesan")
        assert box.size["width"] <= 390
        browser.shot("catatan-ponsel")
    finally:
        driver.set_window_size(1280, 900)
    assert driver.find_element(By.CSS_SELECTOR, "#catatan form input[name=csrf_token]")
