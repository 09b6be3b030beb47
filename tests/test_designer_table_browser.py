"""The SOP table editor in real Chromium (issue 15, item 2): a designer adds the row
"Mengarsipkan berkas" for PPTK after the last step of the SPP/SPM SOP, sees the SOP AP preview
show it, saves the draft, sees the BPMN diagram with the new step, deploys it; then the PPTK
plays a case to the new step and completes it. Also: a problem is shown on its input, the page
fits a 375 px phone, and the row buttons are reachable and keep focus by keyboard; at 1280 px a
step is one row of the official table with the preview docked below it, the preview row of the
step being edited is highlighted and a click on a preview row goes back to its step; unsaved
changes warn before leaving until Simpan draf (or Ctrl+S) has saved them."""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
from click.testing import CliRunner
from conftest import ROOT, LiveServer, add_user
from designer_client import PageSession
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from spj import complete_step

from api.cli import main
from engine.designers import DESIGNER_ROLE
from engine.migrate import upgrade

KEY = "serang_kominfo_pengajuan_spp_spm"
INSTANSI = "serang-diskominfo"
STAFF = {"PPTK": "pptk", "Bendahara Pengeluaran": "bendahara",
         "Kepala Sub Bagian Keuangan": "kasubag", "Kepala Dinas": "kadin", "Pelaksana": "staf"}


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('designer_table') / 'sop.sqlite'}"
    upgrade(url)
    done = CliRunner().invoke(main, ["--database-url", url, "deploy",
                                     str(ROOT / "bpmn" / INSTANSI)])
    assert done.exit_code == 0, done.output
    add_user(url, "rancang", [(DESIGNER_ROLE, INSTANSI)])
    for role, username in STAFF.items():
        add_user(url, username, [(role, INSTANSI)])
    found = LiveServer(url)
    yield found
    found.stop()


@pytest.fixture
def staff(server: LiveServer, driver) -> browser.StaffBrowser:
    driver.delete_all_cookies()
    driver.set_window_size(1280, 900)
    return browser.StaffBrowser(driver, server.base)


def wait(staff: browser.StaffBrowser, condition, seconds: float = 15):
    return WebDriverWait(staff.driver, seconds).until(lambda _: condition())


def open_table(staff: browser.StaffBrowser) -> None:
    staff.login("rancang")
    staff.open(f"/perancang/sop/{KEY}/tabel")
    wait(staff, lambda: staff.find("#tabel-editor").is_displayed())


def row(staff: browser.StaffBrowser, no: int):
    return staff.find_all("#langkah-daftar > li")[no - 1]


def field(staff: browser.StaffBrowser, no: int, name: str):
    return row(staff, no).find_element(By.CSS_SELECTOR, f"[data-f='{name}']")


def press(staff: browser.StaffBrowser, element) -> None:
    """Click as a person would: the control scrolled to the middle of the window first, out
    from under the preview docked at the bottom of a wide window."""
    staff.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def unsaved(staff: browser.StaffBrowser) -> bool:
    """Whether leaving the page would warn: window.onbeforeunload is set and cancels a
    beforeunload event (headless Chromium under WebDriver never shows the dialog itself)."""
    return staff.driver.execute_script(
        "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
        "return typeof window.onbeforeunload === 'function' && e.defaultPrevented")


def top(staff: browser.StaffBrowser, element) -> float:
    return staff.driver.execute_script("return arguments[0].getBoundingClientRect().top", element)


def test_a_row_added_in_the_table_is_deployed_and_staff_complete_it(server, staff):
    open_table(staff)
    assert len(staff.find_all("#langkah-daftar > li")) == 6
    assert not unsaved(staff)
    press(staff, staff.find("#langkah-tambah"))
    uraian = field(staff, 7, "uraian")
    assert staff.driver.switch_to.active_element == uraian  # focus goes to the new row
    uraian.send_keys("Mengarsipkan berkas")
    Select(field(staff, 7, "pelaksana")).select_by_visible_text("PPTK")
    field(staff, 7, "kelengkapan").send_keys("SP2D")
    field(staff, 7, "waktu").send_keys("1 jam")
    field(staff, 7, "output").send_keys("Berkas diarsipkan")
    wait(staff, lambda: "Mengarsipkan berkas" in staff.find("#pratinjau").text)
    assert "Berkas diarsipkan" in staff.find("#pratinjau tr.step[data-no='7']").text
    assert unsaved(staff) and staff.find("#pratinjau-simpan").text == "Perubahan belum disimpan"
    # the flowchart's lines were set through the CSSOM (the CSP forbids inline styles)
    assert staff.driver.execute_script(
        "return [...document.querySelectorAll('#pratinjau td.pl')]"
        ".some(td => td.style.background !== '')")
    staff.shot("perancang-tabel-langkah-baru")

    press(staff, staff.button("Simpan draf"))
    wait(staff, lambda: staff.find_all("#bpmn-dibuat svg [data-id='langkah_07']"))
    assert "Draf tersimpan" in staff.find("#simpan-status").text
    assert not unsaved(staff) and staff.find("#pratinjau-simpan").text == "Tersimpan"
    assert staff.driver.switch_to.active_element == staff.find("#bpmn-judul")
    assert staff.find("#bpmn-dibuat").find_element(By.LINK_TEXT, "Buka di modeler")
    press(staff, staff.button("Terapkan"))
    wait(staff, lambda: "Versi 2 diterapkan" in staff.find("[data-terapkan-hasil]").text)

    case = server.login("pptk").post(f"/api/process-definition/key/{KEY}/start",
                                     json={"title": "SPP Januari"}).json()
    for _ in range(6):  # play the six steps before the new one, each by its jabatan's staff
        client = None
        for username in STAFF.values():
            api = server.login(username)
            tasks = api.get("/api/task", params={"processInstanceId": case["id"]}).json()
            if tasks:
                client, task = api, tasks[0]
                break
        assert client is not None
        complete_step(client, task, "Ya" if "Verifikasi" in task["name"] else None)
    staff.login("pptk")
    staff.open("/tugas")
    link = next(a for a in staff.find_all("a.task-link") if a.text == "Mengarsipkan berkas")
    staff.click(lambda: link)
    if staff.find_all("form button[type=submit]") and staff.driver.find_elements(
            By.XPATH, "//button[normalize-space()='Ambil']"):
        staff.click(lambda: staff.button("Ambil"))
    for box in staff.find_all("form.step-form input[type=checkbox]"):
        if not box.is_selected():
            staff.find(f"label[for='{box.get_attribute('id')}']").click()
    staff.click(lambda: staff.button("Selesaikan"))
    state = server.login("pptk").get(f"/api/process-instance/{case['id']}").json()
    assert state["ended"] and state["tasks"] == [], state


def test_a_problem_shows_on_its_input_and_the_phone_and_keyboard_work(server, staff):
    open_table(staff)
    uraian = field(staff, 2, "uraian")
    uraian.send_keys(Keys.CONTROL, "a")
    uraian.send_keys(Keys.DELETE)
    wait(staff, lambda: field(staff, 2, "uraian").get_attribute("aria-invalid") == "true")
    described = field(staff, 2, "uraian").get_attribute("aria-describedby")
    assert "tidak boleh kosong" in staff.find(f"#{described.split()[-1]}").text
    assert "tidak boleh kosong" in staff.find("#tabel-ringkasan").text
    assert "belum diperbarui" in staff.find("#pratinjau-status").text

    # keyboard: Turun on row 1 moves it, focus stays on the moved row's button
    staff.find("#langkah-daftar > li [data-act='turun']").send_keys(Keys.ENTER)
    active = staff.driver.switch_to.active_element
    assert active.get_attribute("data-act") in ("turun", "naik")
    assert active.find_element(By.XPATH, "./ancestor::li").get_attribute("data-index") == "1"
    assert field(staff, 2, "uraian").get_attribute("value") == "Usulan Pencairan Anggaran"
    labels = staff.driver.execute_script(
        "return [...document.querySelectorAll('#tabel-editor input, #tabel-editor select,"
        " #tabel-editor textarea')].filter(e => e.offsetParent && !(e.labels && e.labels.length)"
        " && !e.getAttribute('aria-label')).map(e => e.id)")
    assert labels == []

    staff.driver.set_window_size(375, 800)
    width = staff.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 375, width
    # a phone: cards, the fields stacked, the preview in the page (not docked) ...
    assert top(staff, field(staff, 3, "waktu")) > top(staff, field(staff, 3, "uraian")) + 40
    assert "is-dok" not in staff.find("#pratinjau-panel").get_attribute("class")
    assert not staff.find("#pratinjau-tombol").is_displayed()
    # ... reached by "Lihat di pratinjau" on a step, and back by "Kembali ke langkah 3"
    press(staff, row(staff, 3).find_element(By.CSS_SELECTOR, "a[data-lihat]"))
    active = staff.driver.switch_to.active_element
    assert active.get_attribute("data-no") == "3" and "is-current" in active.get_attribute("class")
    back = staff.find("#pratinjau-kembali")
    assert back.is_displayed() and back.text == "Kembali ke langkah 3"
    staff.shot("perancang-tabel-ponsel")
    back.click()
    assert staff.driver.switch_to.active_element == field(staff, 3, "uraian")
    assert 0 <= top(staff, row(staff, 3)) < 800
    width = staff.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 375, width


def test_wide_a_step_is_one_table_row_and_the_docked_preview_follows_the_focus(server, staff):
    open_table(staff)
    staff.driver.set_window_size(1280, 800)
    # one row of the official table: Uraian and Waktu on the same line, the column heads above
    for no in (1, 3):
        uraian, waktu = field(staff, no, "uraian"), field(staff, no, "waktu")
        assert abs(top(staff, uraian) - top(staff, waktu)) < 1
    assert staff.find(".langkah-kepala").is_displayed()
    page = staff.driver.execute_script("return document.documentElement.scrollHeight")
    assert page < 3200, page  # was ~5600 px with a card per step
    # the preview is docked at the bottom of the window while the steps are edited
    panel = staff.find("#pratinjau-panel")
    assert "is-dok" in panel.get_attribute("class")
    # focus and type: the preview's highlight follows the step being edited
    field(staff, 3, "waktu").send_keys(" 30 menit")
    highlighted = staff.find("#pratinjau tr.step.is-current")
    assert highlighted.get_attribute("data-no") == "3"
    assert "is-current" in row(staff, 3).get_attribute("class")
    bottom = staff.driver.execute_script("return innerHeight")
    assert abs(staff.driver.execute_script(
        "return arguments[0].getBoundingClientRect().bottom", panel) - bottom) < 2
    inside = staff.driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(), "
        "b = document.getElementById('pratinjau').getBoundingClientRect();"
        "return r.top >= b.top && r.bottom <= b.bottom", highlighted)
    assert inside, "the docked preview scrolled to the step being edited"
    staff.shot("perancang-tabel-lebar")
    # a click on a preview row goes to its step's Uraian, shown above the dock
    staff.find("#pratinjau tr.step[data-no='6'] td.uraian").click()
    assert staff.driver.switch_to.active_element == field(staff, 6, "uraian")
    assert "is-current" in row(staff, 6).get_attribute("class")
    assert staff.find("#pratinjau tr.step.is-current").get_attribute("data-no") == "6"
    dock_top = staff.driver.execute_script(
        "return arguments[0].getBoundingClientRect().top", panel)
    assert 0 <= top(staff, row(staff, 6)) and staff.driver.execute_script(
        "return arguments[0].getBoundingClientRect().bottom", row(staff, 6)) <= dock_top
    # the dock can be put away and brought back
    toggle = staff.find("#pratinjau-tombol")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not staff.find("#pratinjau").is_displayed()
    toggle.click()
    assert staff.find("#pratinjau").is_displayed() and toggle.text == "Sembunyikan pratinjau"


def test_ctrl_s_saves_and_terapkan_waits_for_unsaved_changes(server, staff):
    open_table(staff)
    uraian = field(staff, 5, "uraian")
    uraian.send_keys(" dan lampirannya")
    assert unsaved(staff)
    uraian.send_keys(Keys.CONTROL, "s")
    wait(staff, lambda: "Draf tersimpan" in staff.find("#simpan-status").text)
    assert not unsaved(staff)
    assert staff.driver.switch_to.active_element == field(staff, 5, "uraian")  # typing goes on
    wait(staff, lambda: staff.find("#bpmn-dibuat").is_displayed())
    field(staff, 5, "uraian").send_keys(" lengkap")
    assert unsaved(staff)
    before = PageSession(server.base, "rancang").get(f"/perancang/sop/{KEY}/draf.json").json()
    press(staff, staff.button("Terapkan"))  # would deploy the draft saved before this change
    assert "simpan draf dulu" in staff.find("[data-terapkan-hasil]").text
    draft = PageSession(server.base, "rancang").get(f"/perancang/sop/{KEY}/draf.json").json()
    assert "lampirannya" in draft["bpmn"] and "lampirannya lengkap" not in draft["bpmn"]
    assert draft["fromDraft"]  # nothing was deployed: the draft is still there, the version too
    assert draft["latestVersion"] == before["latestVersion"]
    field(staff, 5, "uraian").send_keys(Keys.CONTROL, "s")
    wait(staff, lambda: not unsaved(staff))
    draft = PageSession(server.base, "rancang").get(f"/perancang/sop/{KEY}/draf.json").json()
    assert "lampirannya lengkap" in draft["bpmn"]
