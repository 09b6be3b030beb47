"""Issue 4 acceptance: staff play the SPJ SOP through the pages in a real browser.

Headless Debian Chromium driven by Selenium against the app served over real HTTP. Three demo
users (one per lane, password "demo") start the SOP, hand it on, return it with a reason, redo
it, approve it and finish it; the instance page then shows the whole timeline and the diagram.
Screenshots of every page land in artifacts/screenshots/ (full width, and 390 px for the inbox
and the task page: the window is sized, not emulated, so the viewport really is 390 px). Uses
the real SPJ BPMN when the library has it, else the test fixture.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browser import SCREENSHOTS
from conftest import ROOT, LiveServer, add_user
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY

from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy, latest_versions
from engine.migrate import upgrade
from engine.specs import lanes_of, spec_for
from engine.users import DEMO_PASSWORD, ensure_demo_users, slug

FIXTURE = ROOT / "tests" / "fixtures" / "spj_loop.bpmn"
PHONE = 390
REASON = "nota kurang"


def spj_source() -> tuple[Path, str, str]:
    """(file, process key, instansi): the library's SPJ SOP when present, else the fixture."""
    if SPJ_BPMN.exists():
        return SPJ_BPMN, SPJ_KEY, SPJ_INSTANSI
    return FIXTURE, "fixture_spj", ""


# -- fixtures ------------------------------------------------------------------------------------
class Site:
    """The served app with the SPJ SOP deployed and a demo user per lane."""

    def __init__(self, url: str):
        path, self.key, self.instansi = spj_source()
        factory = make_session_factory(make_engine(url))
        with transaction(factory, write=True) as db:
            deploy(db, [(str(path), path.read_bytes(), self.instansi)], name="test")
            ensure_demo_users(db, latest_versions(db))
            definition = latest_versions(db)[0]
            self.sop_name = definition.name
            self.lanes = lanes_of(spec_for(definition))
        add_user(url, "orang-lain", [("Kepala Dinas", self.instansi)])
        self.server = LiveServer(url)

    def user(self, role: str) -> str:
        return f"{slug(role)}@{self.instansi or 'umum'}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Site]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'sop.sqlite'}"
    upgrade(url)
    found = Site(url)
    yield found
    found.server.stop()


@pytest.fixture
def staff(site: Site, driver: WebDriver) -> Staff:
    driver.delete_all_cookies()
    return Staff(driver, site)


def _detached(err: WebDriverException) -> bool:
    return isinstance(err, StaleElementReferenceException) or \
        "does not belong to the document" in (err.msg or "")


# -- a staff member at the browser ---------------------------------------------------------------
class Staff:
    def __init__(self, driver: WebDriver, site: Site):
        self.driver, self.site = driver, site
        self.base = site.server.base

    # navigation
    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def login(self, role_or_user: str, password: str = DEMO_PASSWORD) -> None:
        username = role_or_user if "@" in role_or_user or role_or_user == "orang-lain" \
            else self.site.user(role_or_user)
        self.driver.delete_all_cookies()
        self.open("/masuk")
        self.find("#username").send_keys(username)
        self.find("#password").send_keys(password)
        self.click(lambda: self.button("Masuk"))
        assert self.h1() == "Tugas Saya", self.text()

    def click(self, locate: Callable[[], WebElement]) -> None:
        """Click what ``locate`` finds and wait for the next page (every action here is a full
        page load). Chromium sometimes reports a just-found node as detached (after a window
        resize re-lays the page out); the element is then found again, at most three times."""
        for attempt in range(3):
            token = self._mark_page()
            try:
                locate().click()
            except WebDriverException as err:
                if attempt == 2 or not _detached(err):
                    raise
                continue
            self._wait_for_new_page(token)
            return

    def _mark_page(self) -> str:
        """Tag the current document so the next one can be told apart from it."""
        token = uuid.uuid4().hex
        self.driver.execute_script(
            "document.documentElement.setAttribute('data-test-page', arguments[0]);", token)
        return token

    def _wait_for_new_page(self, token: str) -> None:
        """Wait until a fully loaded document without ``token`` is shown. Waiting for the old
        node to go stale is not enough: while the page is swapped Chromium may answer "node does
        not belong to the document" instead of "stale element", so every driver error during
        the swap just means "not yet"."""
        script = ("return document.readyState === 'complete' && "
                  "document.documentElement.getAttribute('data-test-page') !== arguments[0];")
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: driver.execute_script(script, token))

    # reading
    def find(self, css: str, within: WebElement | None = None) -> WebElement:
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str, within: WebElement | None = None) -> list[WebElement]:
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def button(self, text: str, within: WebElement | None = None) -> WebElement:
        xpath = f".//button[normalize-space()='{text}']"
        return (within or self.driver).find_element(By.XPATH, xpath)

    def link(self, text: str, within: WebElement | None = None) -> WebElement:
        return (within or self.driver).find_element(By.XPATH, f".//a[normalize-space()='{text}']")

    def h1(self) -> str:
        """The page title without its eyebrow ("Langkah 2", "Berkas #3")."""
        heading = self.find("h1")
        eyebrow = self.find_all(".eyebrow", heading)
        text = heading.text
        return text[len(eyebrow[0].text):].strip() if eyebrow else text.strip()

    def text(self) -> str:
        return self.find("body").text

    def flashes(self) -> str:
        return " ".join(e.text for e in self.find_all(".flash"))

    # the inbox
    def inbox_row(self, step: str, instance_id: int) -> WebElement:
        self.open("/tugas")
        for row in self.find_all("table.tasks tbody tr"):
            if step in row.text and f"#{instance_id}" in row.text:
                return row
        raise AssertionError(f"{step} of #{instance_id} not in the inbox:\n{self.text()}")

    def open_task(self, step: str, instance_id: int) -> None:
        row = self.inbox_row(step, instance_id)
        self.click(lambda: self.find("a.task-link", row))
        assert self.h1() == step

    # the task page
    def tick_all(self) -> None:
        for box in self.find_all("form.step-form input[type=checkbox]"):
            if not box.is_selected():
                self.find(f"label[for='{box.get_attribute('id')}']").click()

    def fill(self, name: str, text: str) -> None:
        field = self.find(f"form.step-form [name='{name}']")
        field.clear()
        field.send_keys(text)

    def complete(self, button: str = "Selesaikan", **texts: str) -> None:
        self.tick_all()
        for name, text in texts.items():
            self.fill(name, text)
        self.click(lambda: self.button(button))

    def instance_id(self) -> int:
        link = self.find(".breadcrumbs a[href*='/instans/']").get_attribute("href")
        return int(link.rsplit("/", 1)[1])

    # evidence
    def resize(self, width: int, height: int = 900) -> None:
        """Make the viewport ``width`` x ``height`` CSS pixels.

        Headless Chromium gives the viewport the window's width (even below its 500 px
        minimum outer width) but takes its frame off the height, so only the height is padded.
        """
        self.driver.set_window_size(width, height)
        frame = self.driver.execute_script("return window.outerHeight - window.innerHeight")
        self.driver.set_window_size(width, height + int(frame))

    def shot(self, name: str, width: int = 1280) -> Path:
        """A full-page PNG at ``width`` CSS pixels (the window made as tall as the page)."""
        self.resize(width)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.resize(width, max(int(height), 300))
        path = SCREENSHOTS / f"{name}.png"
        path.write_bytes(self.driver.get_screenshot_as_png())
        self.resize(1280)
        return path

    def overflows_at(self, width: int) -> int:
        """How many CSS pixels the page is wider than a ``width`` screen (0 = fits)."""
        self.resize(width)
        try:
            return int(self.driver.execute_script(
                "return document.documentElement.scrollWidth")) - width
        finally:
            self.resize(1280)


def start_spj(staff: Staff, screenshot: bool = False) -> int:
    """PPTK starts the SOP from Mulai SOP; returns the instance id (now on its first task)."""
    staff.login("PPTK")
    staff.click(lambda: staff.link("Mulai SOP"))
    assert staff.h1() == "Mulai SOP"
    card = next(c for c in staff.find_all("li.sop") if staff.site.sop_name in c.text)
    assert "PPTK" in card.text
    staff.find("input[name=title]", card).send_keys("SPJ perjalanan dinas Maret")
    if screenshot:
        staff.shot("mulai-sop")
    staff.click(lambda: staff.button("Mulai", card))
    assert staff.h1() == "Penyerahan SPJ"
    assert "dimulai" in staff.flashes()
    return staff.instance_id()


# -- the acceptance test -------------------------------------------------------------------------
def test_spj_played_by_its_three_roles_to_the_end(staff: Staff):
    pptk, bendahara, kasubag = staff.site.lanes
    assert (pptk, bendahara) == ("PPTK", "Bendahara Pengeluaran") and "Keuangan" in kasubag

    # PPTK: Mulai SOP, then the first task; keyboard users land on the skip link first
    staff.login(pptk)
    ActionChains(staff.driver).send_keys(Keys.TAB).perform()
    assert staff.driver.switch_to.active_element.text == "Langsung ke isi utama"
    instance_id = start_spj(staff, screenshot=True)
    page = staff.text()
    assert "Pelaksana" in page and "PPTK" in page and "Mutu baku" in page
    assert "1 jam" in page and "Batas waktu" in page
    assert staff.find_all("fieldset.checklist input[type=checkbox]"), "kelengkapan checklist"
    for box in staff.find_all("form.step-form input, form.step-form textarea"):
        if box.get_attribute("type") not in ("hidden",):
            assert staff.find_all(f"label[for='{box.get_attribute('id')}']"), "label tied"
    staff.shot("tugas-penyerahan-spj")
    staff.shot("tugas-penyerahan-spj-390", PHONE)
    assert staff.overflows_at(PHONE) <= 0
    staff.complete(output="SPJ bulan November")
    assert "Penyerahan SPJ" in staff.flashes() and "selesai" in staff.flashes()

    # Bendahara: sees the task in Tugas Saya, claims it (Ambil) and completes it
    staff.login(bendahara)
    row = staff.inbox_row("Penerimaan SPJ", instance_id)
    assert staff.site.sop_name in row.text and "belum diambil" in row.text
    assert re.search(r"\d{1,2} \w+ \d{4} \d{2}\.\d{2}", row.text), row.text
    assert "yang lalu" in row.text
    staff.shot("tugas-saya")
    staff.shot("tugas-saya-390", PHONE)
    assert staff.overflows_at(PHONE) <= 0
    staff.click(lambda: staff.button("Ambil", row))
    assert staff.h1() == "Penerimaan SPJ"
    facts = staff.find(".task-facts").text  # the holder by name and NIP, not the login name
    assert "(NIP " in facts and staff.site.user(bendahara) not in facts, facts
    staff.complete()

    # Kasubag: returns it; without a reason the same form refuses, by the alasan field
    staff.login(kasubag)
    staff.open_task("Verifikasi SPJ", instance_id)
    assert not staff.find_all("form.step-form select"), "a decision is two buttons"
    staff.complete("Kembalikan untuk Perbaikan")
    error = staff.find("#isian-alasan-error")
    assert "Alasan wajib diisi" in error.text
    assert "isian-alasan-error" in staff.find("#isian-alasan").get_attribute("aria-describedby")
    staff.shot("tugas-verifikasi-tanpa-alasan")
    staff.complete("Kembalikan untuk Perbaikan", alasan=REASON)
    assert "dikembalikan" in staff.flashes()

    # Bendahara: the reason is on the task page, prominently; redoes the step
    staff.login(bendahara)
    staff.open_task("Penerimaan SPJ", instance_id)
    notice = staff.find(".returned")
    assert notice.text.startswith(f"Dikembalikan oleh {kasubag}: {REASON}"), notice.text
    staff.shot("tugas-dikembalikan")
    staff.shot("tugas-dikembalikan-390", PHONE)
    staff.complete(catatan="Nota sudah dilengkapi")

    # Kasubag approves (Setujui)
    staff.login(kasubag)
    staff.open_task("Verifikasi SPJ", instance_id)
    staff.complete("Setujui")

    finish_remaining_steps(staff, instance_id)

    # the instance page: whole timeline and the diagram with completed marks
    staff.open(f"/instans/{instance_id}")
    assert staff.find(".instance-status").text == "Selesai"
    rows = staff.find_all("table.timeline tbody tr")
    names = [staff.find("td:nth-child(2)", r).text for r in rows]
    assert names[:5] == ["Penyerahan SPJ", "Penerimaan SPJ", "Verifikasi SPJ", "Penerimaan SPJ",
                         "Verifikasi SPJ"]
    roles = [staff.find("td.role", r).text for r in rows]
    assert roles[:5] == [pptk, bendahara, kasubag, bendahara, kasubag]
    statuses = [staff.find("td.status", r).text for r in rows]
    assert statuses[2] == "Dikembalikan" and statuses[4] == "Disetujui"
    assert all(s == "Selesai" for i, s in enumerate(statuses) if i not in (2, 4)), statuses
    assert REASON in rows[2].text
    by = [staff.find("td:nth-child(4)", r).text for r in rows]  # name (NIP ...), not login
    assert all("(NIP " in b and "@" not in b for b in by), by
    svg = staff.find("svg.bpmn-diagram")
    done = staff.find_all("g.node.done", svg)
    assert {"Penyerahan SPJ", "Verifikasi SPJ"} <= {d.get_attribute("aria-label")
                                                    .split(": ", 1)[1] for d in done}
    assert not staff.find_all("g.node.current", svg), "nothing is current once ended"
    assert staff.find_all("g.flow.done", svg), "flows taken are marked"
    lane_labels = {" ".join(span.get_attribute("textContent") for span in
                            staff.find_all("tspan", label))
                   for label in staff.find_all("g.lane text", svg)}
    assert {pptk, bendahara, kasubag} <= lane_labels
    staff.shot("instans-selesai")


def finish_remaining_steps(staff: Staff, instance_id: int) -> None:
    """Whatever the SOP has after the verification, done by whoever's lane it is."""
    for _ in range(10):
        staff.open(f"/instans/{instance_id}")
        if staff.find(".instance-status").text == "Selesai":
            return
        current = staff.find("dd.current-steps")
        link = staff.find("a", current)
        href, step = link.get_attribute("href"), link.text
        role = re.search(r"\((.+?)\)", current.text).group(1)
        staff.login(role)
        staff.driver.get(href)
        assert staff.h1() == step
        staff.complete()
    raise AssertionError("the SOP did not end")


def test_instance_page_marks_the_current_step(staff: Staff):
    instance_id = start_spj(staff)
    staff.complete()
    staff.open(f"/instans/{instance_id}")
    svg = staff.find("svg.bpmn-diagram")
    current = staff.find("g.node.current", svg)
    assert current.get_attribute("aria-label") == "Langkah saat ini: Penerimaan SPJ"
    assert "Berjalan" in staff.find(".instance-status").text
    staff.shot("instans-berjalan")


# -- refusals ------------------------------------------------------------------------------------
def test_missing_checkbox_and_too_long_text_are_shown_by_their_fields(staff: Staff):
    start_spj(staff)
    too_long = "SPJ " + "x" * 1000
    staff.driver.execute_script(  # paste-speed typing: the text is what matters, not the keys
        "arguments[0].value = arguments[1];", staff.find("[name=output]"), too_long)
    staff.click(lambda: staff.button("Selesaikan"))
    assert staff.h1() == "Penyerahan SPJ"
    box = staff.find("fieldset.checklist input[type=checkbox]")
    box_error = staff.find(f"#{box.get_attribute('id')}-error")
    assert "wajib dicentang" in box_error.text
    assert box.get_attribute("aria-invalid") == "true"
    assert box_error.get_attribute("id") in box.get_attribute("aria-describedby")
    output = staff.find("[name=output]")
    assert "maksimal" in staff.find("#isian-output-error").text
    assert "isian-output-error" in output.get_attribute("aria-describedby")
    assert output.get_attribute("value") == too_long, "what was typed is kept"
    summary = staff.find(".error-summary")
    assert staff.driver.switch_to.active_element == summary, "focus moves to the summary"
    staff.shot("tugas-isian-ditolak")
    staff.shot("tugas-isian-ditolak-390", PHONE)


def test_other_role_gets_the_refusal_page_not_the_form(staff: Staff):
    start_spj(staff)
    task_url = staff.driver.current_url
    staff.login("orang-lain", "rahasia")
    staff.driver.get(task_url)
    assert staff.h1() == "Akses ditolak"
    assert "hanya untuk jabatan PPTK" in staff.text()
    assert not staff.find_all("form.step-form")
    staff.shot("akses-ditolak")
    staff.driver.get(task_url.replace("/tugas/", "/tugas/bukan-tugas-"))
    assert staff.h1() == "Halaman tidak ditemukan"


def test_a_task_completed_elsewhere_gives_a_clear_conflict_page(staff: Staff):
    start_spj(staff)
    task_id = staff.driver.current_url.rsplit("/", 1)[1]
    api = staff.site.server.login(staff.site.user("PPTK"), DEMO_PASSWORD)
    fields = api.get(f"/api/task/{task_id}/form-variables").json()
    data = {f["id"]: True for f in fields if f["type"] == "boolean"}
    assert api.post(f"/api/task/{task_id}/complete", json={"variables": data}).status_code == 200
    staff.complete()  # completed over the API as the same user: no conflict with oneself
    assert staff.h1() == "Anda sudah menyelesaikan langkah ini"
    staff.login("orang-lain", "rahasia")
    staff.open(f"/tugas/{task_id}")
    assert staff.h1() == "Sudah didahului pengguna lain"
    assert "sudah diselesaikan oleh" in staff.text()
    assert "Traceback" not in staff.driver.page_source
    staff.shot("konflik")


# -- language ------------------------------------------------------------------------------------
def test_english_locale_shows_english_labels(staff: Staff):
    instance_id = start_spj(staff)
    staff.open("/tugas?lang=en")
    assert staff.h1() == "My tasks"
    assert staff.link("Start an SOP") and staff.button("Log out")
    staff.open_task("Penyerahan SPJ", instance_id)  # the SOP's own words stay as written
    assert staff.find("fieldset.checklist legend").text == "Required items"
    assert "Quality standard" in staff.text() and "Due:" in staff.text()
    staff.click(lambda: staff.button("Complete"))
    assert "must be checked" in staff.find(".checklist .field-error").text
    staff.shot("task-en")
    staff.click(lambda: staff.link("Bahasa Indonesia"))
    assert staff.find("fieldset.checklist legend").text == "Kelengkapan"
    assert staff.find("html").get_attribute("lang") == "id"

