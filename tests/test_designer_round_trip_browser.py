"""Round trip between the two editors in real Chromium (issue 15, items 2, 3 and 5).

What one editor saves, the other shows: a step added as a row in the table editor is a task in
its lane in the modeler; renamed and given another waktu in the modeler's panel, it is that row
again in the table editor. The comparison with the deployed version lists the new step; the
table editor deploys the draft, and the deployed version 2 is the model both editors made.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import chromium
from click.testing import CliRunner
from conftest import ROOT, LiveServer, add_user
from modeler_bundle import ensure_bundle
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select
from test_designer_modeler_browser import Modeler
from test_designer_table_browser import field, press

from api.cli import main
from engine.designers import DESIGNER_ROLE
from engine.migrate import upgrade

KEY = "serang_kominfo_pengajuan_spp_spm"
INSTANSI = "serang-diskominfo"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    ensure_bundle()
    url = f"sqlite:///{tmp_path_factory.mktemp('round_trip') / 'sop.sqlite'}"
    upgrade(url)
    done = CliRunner().invoke(main, ["--database-url", url, "deploy",
                                     str(ROOT / "bpmn" / INSTANSI)])
    assert done.exit_code == 0, done.output
    add_user(url, "rancang", [(DESIGNER_ROLE, INSTANSI)])
    add_user(url, "adm", [], admin=True)
    found = LiveServer(url)
    yield found
    found.stop()


@pytest.fixture(scope="module")
def driver(tmp_path_factory) -> Iterator[WebDriver]:
    yield from chromium(tmp_path_factory, console_log=True)


def open_table(page: Modeler) -> None:
    page.open(f"/perancang/sop/{KEY}/tabel")
    page.wait(lambda: page.find("#tabel-editor").is_displayed(), "the table editor")


def lane_of(page: Modeler, element_id: str) -> str:
    return page.js("const reg = window.sopModeler.modeler.get('elementRegistry');"
                   "const lane = reg.filter(e => e.type === 'bpmn:Lane').find(l =>"
                   " (l.businessObject.flowNodeRef || []).some(n => n.id === arguments[0]));"
                   "return lane && lane.businessObject.name;", element_id)


def test_table_then_modeler_then_table_then_deploy(server, driver):
    driver.set_window_size(1280, 900)
    page = Modeler(driver, server.base)
    page.login("rancang", "rahasia")
    driver.get_log("browser")

    # 1. the table editor: a new last row, saved as the draft (the importer makes its BPMN)
    open_table(page)
    press(page, page.find("#langkah-tambah"))
    field(page, 7, "uraian").send_keys("Mengarsipkan berkas")
    Select(field(page, 7, "pelaksana")).select_by_visible_text("PPTK")
    field(page, 7, "kelengkapan").send_keys("SP2D")
    field(page, 7, "waktu").send_keys("1 jam")
    field(page, 7, "output").send_keys("Berkas diarsipkan")
    page.wait(lambda: "Mengarsipkan berkas" in page.find("#pratinjau").text, "the preview")
    press(page, page.button("Simpan draf"))
    page.wait(lambda: page.find_all("#bpmn-dibuat svg [data-id='langkah_07']"), "BPMN made")

    # 2. the modeler opens that draft: the row is a task in the PPTK lane; edit it in the panel
    page.open_modeler()
    assert "Draf Anda" in page.find("#modeler-status").text
    assert page.element_js("langkah_07", "bo.name") == "Mengarsipkan berkas"
    assert lane_of(page, "langkah_07") == "PPTK"
    page.click_shape("langkah_07")
    page.replace_text("#bio-properties-panel-name", "Mengarsipkan SPP/SPM")
    page.replace_text("#bio-properties-panel-sop-waktu", "2 jam")
    page.wait(lambda: page.element_js("langkah_07", "bo.name") == "Mengarsipkan SPP/SPM",
              "renamed in the model")
    page.press("modeler-simpan", "Draf tersimpan")

    # 3. the table editor shows the modeler's edit as that row
    open_table(page)
    assert field(page, 7, "uraian").get_attribute("value") == "Mengarsipkan SPP/SPM"
    assert field(page, 7, "waktu").get_attribute("value") == "2 jam"
    assert Select(field(page, 7, "pelaksana")).first_selected_option.text == "PPTK"
    assert field(page, 7, "kelengkapan").get_attribute("value") == "SP2D"

    # 4. the comparison of the draft with version 1 names the new step, on the diagram too
    page.open(f"/perancang/sop/{KEY}/banding?ke=draf")
    changes = page.find("main").text
    assert "Langkah 'Mengarsipkan SPP/SPM' ditambahkan" in changes, changes

    # 5. deployed from the table editor: version 2 is the model both editors made
    open_table(page)
    press(page, page.button("Terapkan"))
    page.wait(lambda: "Versi 2 diterapkan" in page.find("[data-terapkan-hasil]").text,
              "deployed")
    diff = server.login("adm").get(f"/api/process-definition/key/{KEY}/diff",
                                   params={"from": 1, "to": 2}).json()
    assert [(c["kind"], c["new"]) for c in diff["changes"]] == [
        ("added", "Mengarsipkan SPP/SPM")], diff
    assert page.csp_violations() == []
