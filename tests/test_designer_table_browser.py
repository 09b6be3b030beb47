"""The SOP table editor in real Chromium (issue 15, item 2): a designer adds the row
"Mengarsipkan berkas" for PPTK after the last step of the SPP/SPM SOP, sees the SOP AP preview
show it, saves the draft, sees the BPMN diagram with the new step, deploys it; then the PPTK
plays a case to the new step and completes it. Also: a problem is shown on its input, the page
fits a 375 px phone, and the row buttons are reachable and keep focus by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
from click.testing import CliRunner
from conftest import ROOT, LiveServer, add_user
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


def test_a_row_added_in_the_table_is_deployed_and_staff_complete_it(server, staff):
    open_table(staff)
    assert len(staff.find_all("#langkah-daftar > li")) == 6
    staff.find("#langkah-tambah").click()
    uraian = field(staff, 7, "uraian")
    assert staff.driver.switch_to.active_element == uraian  # focus goes to the new row
    uraian.send_keys("Mengarsipkan berkas")
    Select(field(staff, 7, "pelaksana")).select_by_visible_text("PPTK")
    field(staff, 7, "kelengkapan").send_keys("SP2D")
    field(staff, 7, "waktu").send_keys("1 jam")
    field(staff, 7, "output").send_keys("Berkas diarsipkan")
    wait(staff, lambda: "Mengarsipkan berkas" in staff.find("#pratinjau").text)
    assert "Berkas diarsipkan" in staff.find("#pratinjau tr.step[data-no='7']").text
    # the flowchart's lines were set through the CSSOM (the CSP forbids inline styles)
    assert staff.driver.execute_script(
        "return [...document.querySelectorAll('#pratinjau td.pl')]"
        ".some(td => td.style.background !== '')")
    staff.shot("perancang-tabel-langkah-baru")

    staff.button("Simpan draf").click()
    wait(staff, lambda: staff.find_all("#bpmn-dibuat svg [data-id='langkah_07']"))
    assert "Draf tersimpan" in staff.find("#simpan-status").text
    assert staff.driver.switch_to.active_element == staff.find("#bpmn-judul")
    assert staff.find("#bpmn-dibuat").find_element(By.LINK_TEXT, "Buka di modeler")
    staff.button("Terapkan").click()
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
    staff.shot("perancang-tabel-ponsel")
