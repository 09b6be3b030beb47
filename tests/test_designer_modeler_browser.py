"""The BPMN modeler page in a real browser (issue 15, item 1): headless Chromium against the app
served over real HTTP on SQLite.

A designer opens an SOP, renames a step and changes its Waktu through the properties panel,
saves the draft and finds it again after a reload; "Periksa" lists a lane that is no jabatan
and marks it on the diagram; "Terapkan" deploys, and the lane's staff get the renamed step in
their inbox and complete it. The page fits a phone, is usable by keyboard and breaks no rule
of the site's Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser, chromium
from click.testing import CliRunner
from conftest import LiveServer, add_user
from designer_client import PageSession
from modeler_bundle import ensure_bundle
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait
from spj import complete_step

from api.cli import main
from engine.designers import DESIGNER_ROLE
from engine.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
KEY = "serang_kominfo_pengajuan_spp_spm"
PAGE = f"/perancang/sop/{KEY}"
NEW_NAME = "Usulan Pencairan Dana"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    ensure_bundle()
    url = f"sqlite:///{tmp_path_factory.mktemp('modeler') / 'sop.sqlite'}"
    upgrade(url)
    result = CliRunner().invoke(main, ["--database-url", url, "deploy",
                                       str(ROOT / "bpmn" / "serang-diskominfo")])
    assert result.exit_code == 0, result.output
    add_user(url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(url, "pptk", [("PPTK", "serang-diskominfo")])
    found = LiveServer(url)
    yield found
    found.stop()


@pytest.fixture(scope="module")
def driver(tmp_path_factory) -> Iterator[WebDriver]:
    """Chromium keeping its console: the page must break no CSP rule."""
    yield from chromium(tmp_path_factory, console_log=True)


class Modeler(Browser):
    """The designer at the modeler page."""

    def open_modeler(self, query: str = "") -> None:
        self.open(PAGE + query)
        self.wait(lambda: self.js("return document.documentElement.dataset.modeler") == "ready",
                  "the modeler loads the SOP")

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition, what: str, timeout: float = 15):
        return WebDriverWait(self.driver, timeout, ignored_exceptions=(WebDriverException,)
                             ).until(lambda _: condition(), message=what)

    def element_js(self, element_id: str, expression: str):
        """``expression`` of the diagram element (``el``) and its business object (``bo``)."""
        return self.js("const el = window.sopModeler.modeler.get('elementRegistry')"
                       ".get(arguments[0]); const bo = el.businessObject; return "
                       + expression + ";", element_id)

    def click_shape(self, element_id: str, at_left: bool = False) -> None:
        """Click a shape on the canvas (a lane on its label strip, where it is picked)."""
        shape = self.find(f'.djs-element[data-element-id="{element_id}"]')
        if at_left:
            width = shape.rect["width"]
            ActionChains(self.driver).move_to_element_with_offset(
                shape, -int(width / 2) + 12, 0).click().perform()
        else:
            shape.click()
        self.wait(lambda: self.js("return window.sopModeler.modeler.get('selection').get()"
                                  ".map(e => e.id)") == [element_id], f"{element_id} selected")

    def open_group(self, group: str) -> None:
        """Open a properties panel group (its header is a toggle) unless it is open."""
        header = self.find(f'[data-group-id="group-{group}"] .bio-properties-panel-group-header')
        if "open" not in (header.get_attribute("class") or ""):
            header.click()

    def replace_text(self, css: str, text: str) -> None:
        """Select the field's text and type over it, as a person does (in the General group
        when it is not in the product's own, open, group)."""
        if "sop-" not in css:
            self.open_group("general")
        field = self.wait(lambda: self.find(css), f"{css} shown")
        field.click()
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(text)

    def choose(self, css: str, option: str) -> None:
        """Pick an option of a select by typing its start, as by keyboard (Selenium's Select
        sets the value without the input event the panel listens to)."""
        select = self.find(css)
        select.send_keys(option)
        self.wait(lambda: Select(self.find(css)).first_selected_option.text == option,
                  f"{css}: {option}")

    def press(self, button_id: str, expect: str) -> str:
        """Press a toolbar button; the message that says it is done."""
        self.find(f"#{button_id}").click()
        return self.wait(lambda: expect in self.find("#modeler-pesan").text
                         and self.find("#modeler-pesan").text, f"{button_id}: {expect}", 30)

    def csp_violations(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser")
                if "Content Security Policy" in e["message"]]


@pytest.fixture
def modeler(server: LiveServer, driver: WebDriver) -> Modeler:
    driver.set_window_size(1280, 900)
    found = Modeler(driver, server.base)
    found.login("rancang", "rahasia")
    driver.get_log("browser")  # start with an empty console
    return found


def test_edit_save_check_deploy_and_staff_complete_the_renamed_step(modeler, server):
    pptk = server.login("pptk")
    assert pptk.post(f"/api/process-definition/key/{KEY}/start", json={}).status_code == 200
    modeler.open_modeler()
    assert "Versi 1 yang diterapkan" in modeler.find("#modeler-status").text

    modeler.click_shape("langkah_01")
    modeler.replace_text("#bio-properties-panel-name", NEW_NAME)
    modeler.replace_text("#bio-properties-panel-sop-waktu", "dua jam")
    error = modeler.wait(lambda: modeler.find(".bio-properties-panel-error"), "waktu refused")
    assert "tidak dapat dibaca" in error.text
    modeler.replace_text("#bio-properties-panel-sop-waktu", "2 jam")
    modeler.wait(lambda: modeler.element_js("langkah_01", "bo.name") == NEW_NAME
                 and "2 jam" in modeler.element_js(
                     "langkah_01", "JSON.stringify(bo.extensionElements)"), "the model edited")
    assert not modeler.find_all(".bio-properties-panel-error")
    assert "belum disimpan" in modeler.find("#modeler-status").text
    assert modeler.js("const e = new Event('beforeunload', {cancelable: true}); "
                      "window.dispatchEvent(e); return e.defaultPrevented;")

    assert "Draf tersimpan" in modeler.press("modeler-simpan", "Draf tersimpan")
    assert not modeler.js("const e = new Event('beforeunload', {cancelable: true}); "
                          "window.dispatchEvent(e); return e.defaultPrevented;")
    modeler.driver.refresh()
    modeler.wait(lambda: modeler.js("return document.documentElement.dataset.modeler")
                 == "ready", "reloaded")
    assert "Draf Anda, disimpan" in modeler.find("#modeler-status").text
    label = modeler.find('.djs-element[data-element-id="langkah_01"] text')
    assert "Dana" in label.get_attribute("textContent")
    modeler.click_shape("langkah_01")
    assert modeler.find("#bio-properties-panel-sop-waktu").get_attribute("value") == "2 jam"

    # a lane that is no jabatan of the catalogue: listed, marked, and picked from the list
    modeler.click_shape("lane_01", at_left=True)
    modeler.replace_text("#bio-properties-panel-name", "Tukang Kebun")
    pelaksana = modeler.wait(lambda: modeler.find("#bio-properties-panel-sop-pelaksana"),
                             "the lane's jabatan select")
    modeler.wait(lambda: "tidak ada di katalog" in Select(pelaksana).first_selected_option.text,
                 "the select says the name is not in the catalogue")
    # saving keeps the draft and checks it at once: the problem is shown before anyone asks
    saved = modeler.press("modeler-simpan", "masalah ditemukan")
    assert "Draf tersimpan" in saved
    assert modeler.find_all('.djs-element.problem[data-element-id="lane_01"]')
    modeler.press("modeler-periksa", "masalah ditemukan")
    problems = modeler.find_all("#modeler-masalah li")
    assert len(problems) == 1 and "lane_01" in problems[0].text
    assert "bukan jabatan" in problems[0].text
    assert modeler.find_all('.djs-element.problem[data-element-id="lane_01"]')
    assert modeler.find_all(".problem-badge")
    modeler.click_shape("langkah_02")
    problems[0].find_element(By.TAG_NAME, "button").click()
    modeler.wait(lambda: modeler.js("return window.sopModeler.modeler.get('selection').get()"
                                    ".map(e => e.id)") == ["lane_01"], "the problem selects")
    modeler.shot("perancang-periksa")
    modeler.choose("#bio-properties-panel-sop-pelaksana", "PPTK")
    modeler.wait(lambda: modeler.element_js("lane_01", "bo.name") == "PPTK", "lane renamed")
    modeler.press("modeler-periksa", "Tidak ada masalah")
    assert not modeler.find_all(".djs-element.problem") and not modeler.find_all(".problem-badge")

    done = modeler.press("modeler-terapkan", "diterapkan")
    assert "Versi 2 diterapkan" in done
    assert "1 berkas masih berjalan pada versi 1" in done and "Admin dapat" in done
    assert modeler.link("Lihat halaman SOP").get_attribute("href").endswith(f"/sop/{KEY}")
    assert "Versi 2 yang diterapkan" in modeler.find("#modeler-status").text
    assert modeler.csp_violations() == []

    # the lane's staff: the new version's step, by its new name, in the inbox; completed
    started = pptk.post(f"/api/process-definition/key/{KEY}/start", json={}).json()
    tasks = pptk.get("/api/task", params={"processInstanceId": started["id"]}).json()
    assert [t["name"] for t in tasks] == [NEW_NAME]
    assert NEW_NAME in PageSession(server.base, "pptk").get("/tugas").text
    after = complete_step(pptk, tasks[0])
    assert after["id"] == started["id"]
    nxt = pptk.get("/api/task", params={"processInstanceId": started["id"]}).json()
    assert NEW_NAME not in [t["name"] for t in nxt]


def test_decision_kelengkapan_and_a_new_lane_then_a_refused_terapkan_and_buang_draf(modeler):
    modeler.open_modeler()
    modeler.click_shape("alur_keputusan_03_ya")
    keputusan = Select(modeler.find("#bio-properties-panel-sop-keputusan"))
    assert keputusan.first_selected_option.text == "Ya"
    modeler.choose("#bio-properties-panel-sop-keputusan", "Tidak")
    modeler.wait(lambda: modeler.element_js(
        "alur_keputusan_03_ya", "bo.conditionExpression.body") == 'keputusan == "Tidak"'
        and modeler.element_js("alur_keputusan_03_ya", "bo.name") == "Tidak", "condition set")
    modeler.click_shape("langkah_01")  # the canvas has the keyboard: Ctrl+Z undoes
    ActionChains(modeler.driver).key_down(Keys.CONTROL).send_keys("z").key_up(
        Keys.CONTROL).perform()
    modeler.wait(lambda: modeler.element_js(
        "alur_keputusan_03_ya", "bo.conditionExpression.body") == 'keputusan == "Ya"', "undone")

    # kelengkapan, one per line: the property (a JSON list) and the checkboxes staff tick
    modeler.click_shape("langkah_02")
    modeler.replace_text("#bio-properties-panel-sop-kelengkapan", "Draft Usulan Pencairan Anggaran")
    modeler.find("#bio-properties-panel-sop-kelengkapan").send_keys(Keys.ENTER, "Nota dinas")
    fields = ("bo.extensionElements.values.find(v => v.$type === 'camunda:FormData').fields"
              ".filter(f => f.id.startsWith('kelengkapan_')).map(f => [f.id, f.label, f.type,"
              " f.validation.constraints[0].name])")
    modeler.wait(lambda: modeler.element_js("langkah_02", fields) == [
        ["kelengkapan_1", "Draft Usulan Pencairan Anggaran", "boolean", "required"],
        ["kelengkapan_2", "Nota dinas", "boolean", "required"]], "the form follows")
    assert modeler.element_js("langkah_02", "bo.extensionElements.values.find(v => v.$type === "
                              "'camunda:Properties').values.find(p => p.name === 'kelengkapan')"
                              ".value") == '["Draft Usulan Pencairan Anggaran","Nota dinas"]'

    # a lane added from the context pad is named by a jabatan no other lane holds
    modeler.click_shape("lane_05", at_left=True)
    modeler.find('.djs-context-pad .entry[data-action="lane-insert-below"]').click()
    lanes = modeler.js("return window.sopModeler.modeler.get('elementRegistry').filter("
                       "e => e.type === 'bpmn:Lane').map(e => e.businessObject.name)")
    assert len(lanes) == 6 and len(set(lanes)) == 6
    assert lanes[-1] not in ("", None) and "Tukang" not in lanes[-1]
    modeler.press("modeler-periksa", "Tidak ada masalah")

    # Terapkan refuses what the deployment refuses, and lists it
    modeler.js("const m = window.sopModeler.modeler; m.get('modeling').updateProperties("
               "m.get('elementRegistry').get('lane_02'), {name: 'Tukang Kebun'});")
    refused = modeler.press("modeler-terapkan", "ditolak")
    assert "Tukang Kebun" in refused
    assert "lane_02" in modeler.find("#modeler-masalah").text
    assert modeler.find_all('.djs-element.problem[data-element-id="lane_02"]')

    assert modeler.find("#modeler-buang").is_displayed()  # Terapkan saved the draft first
    modeler.js("window.confirm = () => true;")
    modeler.click(lambda: modeler.find("#modeler-buang"))
    modeler.wait(lambda: modeler.js("return document.documentElement.dataset.modeler")
                 == "ready", "reloaded")
    assert "yang diterapkan" in modeler.find("#modeler-status").text
    assert not modeler.find("#modeler-buang").is_displayed()
    assert modeler.element_js("lane_02", "bo.name") != "Tukang Kebun"
    assert modeler.csp_violations() == []


def test_phone_width_and_keyboard(modeler):
    modeler.driver.set_window_size(375, 800)
    try:
        modeler.open_modeler()
        overflow = modeler.js("return document.documentElement.scrollWidth") - modeler.js(
            "return window.innerWidth")
        assert overflow <= 0, f"{overflow}px wider than the phone"
        toolbar = modeler.find(".modeler-toolbar").rect
        assert toolbar["x"] >= 0 and toolbar["x"] + toolbar["width"] <= 375
        canvas, panel = modeler.find("#modeler-canvas").rect, modeler.find("#modeler-panel").rect
        assert canvas["height"] >= 300 and canvas["width"] >= 300
        assert panel["y"] >= canvas["y"] + canvas["height"] - 1  # the panel below the canvas
        assert modeler.find_all(".djs-element[data-element-id='langkah_01']")
        modeler.shot("perancang-modeler-ponsel")
    finally:
        modeler.driver.set_window_size(1280, 900)
    modeler.find("#modeler-status").click()
    reached = []
    for _ in range(40):
        ActionChains(modeler.driver).send_keys(Keys.TAB).perform()
        reached.append(modeler.js("return document.activeElement.id"))
        if "modeler-terapkan" in reached:
            break
    assert reached[-3:] == ["modeler-simpan", "modeler-periksa", "modeler-terapkan"], reached
    focused = modeler.js("return getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none"
