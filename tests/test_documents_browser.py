"""Documents on the task page in a real browser (headless Chromium, api/static/documents.js):
two files chosen at once upload with a progress bar each and appear in the list; the required
slot turns from Belum ada to Ada; a file dropped on the drop zone uploads; the preview page
frames the PDF and shows the image, and their bytes load with the session; Unduh is an
attachment; Hapus asks in a dialog and removes one's own document; a later step's holder sees
the documents, an outsider is refused; a too-large file says the limit (the browser's courtesy
check and the server's 413 alike); the section fits a phone's width. Screenshots land in
artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator

import browser
import pytest
import requests
from conftest import LiveServer
from docfiles import pdf_bytes, png_bytes
from documents_site import KEY, set_up
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from engine.migrate import upgrade

LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("documents")
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    set_up(url, folder / "bpmn")
    found = LiveServer(url)
    found.app.extensions["sop_documents"].max_bytes = LIMIT
    yield found
    found.stop()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("files")
    made = {"SPJ Oktober.pdf": pdf_bytes(), "kuitansi.png": png_bytes(),
            "besar.pdf": pdf_bytes() + b"%" * (LIMIT + 1024)}
    for name, content in made.items():
        (folder / name).write_bytes(content)
    return {name: str(folder / name) for name in made}


class Browser(browser.StaffBrowser):
    def session(self) -> requests.Session:
        """The browser's session cookie in requests (to fetch what the page points at)."""
        http = requests.Session()
        for cookie in self.driver.get_cookies():
            http.cookies.set(cookie["name"], cookie["value"])
        return http

    def wait_uploaded(self) -> None:
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(
            "var f = document.querySelector('form[data-upload]');"
            "return f && f.getAttribute('data-upload-state') === 'done';"))

    def listed(self) -> list[str]:
        return [e.text for e in self.find_all("#daftar-dokumen .doc-name strong")]


@pytest.fixture
def page(server: LiveServer, driver: WebDriver) -> Browser:
    driver.delete_all_cookies()
    driver.set_window_size(1280, 900)
    return Browser(driver, server.base)


def first_task(server: LiveServer) -> str:
    case = server.login("pptk").post(f"/api/process-definition/key/{KEY}/start", json={})
    return case.json()["tasks"][0]["id"]


def test_two_files_at_once_upload_with_progress_and_fill_the_slot(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    slot = page.find("#slot-dokumen [data-slot=kelengkapan_1]")
    assert "SPJ" in slot.text and "Wajib" in slot.text and "Belum ada" in slot.text
    assert not page.find_all("input[name=kelengkapan_1]")  # the tick is the document's
    assert "Belum ada" in page.find("#isian-kelengkapan_1").text
    assert page.find("[data-plain-submit]").get_attribute("hidden") is not None  # JS took over
    page.find("#dokumen-berkas").send_keys(
        files["SPJ Oktober.pdf"] + "\n" + files["kuitansi.png"])
    page.wait_uploaded()
    rows = page.find_all(".doc-progress-item")
    assert [r.find_element("css selector", ".doc-progress-name").text for r in rows] == [
        "SPJ Oktober.pdf", "kuitansi.png"]
    for row in rows:
        assert "is-done" in row.get_attribute("class") and "Terunggah" in row.text
        assert row.find_element("css selector", "progress").get_attribute("value") == "100"
    assert page.listed() == ["SPJ Oktober.pdf", "kuitansi.png"]
    assert "Ada" in page.find("#slot-dokumen [data-slot=kelengkapan_1]").text
    assert "Belum ada" not in page.find("#isian-kelengkapan_1").text  # swapped in, no reload
    assert "Agus Saputra" in page.find("#daftar-dokumen").text
    page.driver.execute_script("document.getElementById('dokumen').scrollIntoView();")
    page.shot("documents-task-page")
    page.click(lambda: page.button("Selesaikan"))  # the server ticks SPJ from the document
    assert "selesai" in page.text()


def test_a_file_dropped_on_the_drop_zone_uploads(server, page):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    page.driver.execute_script("""
        var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
        var data = new DataTransfer();
        data.items.add(new File([bytes], "foto-kuitansi.png", {type: "image/png"}));
        var zone = document.querySelector("[data-drop]");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: data, bubbles: true,
                                                      cancelable: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true,
                                                  cancelable: true}));
    """, __import__("base64").b64encode(png_bytes()).decode())
    page.wait_uploaded()
    assert page.listed() == ["foto-kuitansi.png"]


def test_preview_frames_the_pdf_and_shows_the_image_and_unduh_downloads(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    page.find("#dokumen-berkas").send_keys(
        files["SPJ Oktober.pdf"] + "\n" + files["kuitansi.png"])
    page.wait_uploaded()
    links = page.find_all("#daftar-dokumen a.button")
    lihat = [a.get_attribute("href") for a in links if a.text.startswith("Lihat")]
    page.open(lihat[0].removeprefix(server.base))
    frame = page.find("iframe.doc-preview-pdf")
    http = page.session()
    inline = http.get(frame.get_attribute("src"), timeout=10)
    assert inline.status_code == 200 and inline.content == pdf_bytes()
    assert inline.headers["Content-Type"] == "application/pdf"
    assert inline.headers["Content-Disposition"].startswith("inline")
    assert "frame-ancestors 'self'" in inline.headers["Content-Security-Policy"]
    unduh = page.link("Unduh").get_attribute("href")
    download = http.get(unduh, timeout=10)
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert download.content == pdf_bytes()
    page.shot("documents-preview-pdf")
    page.open(lihat[1].removeprefix(server.base))
    image = page.find("img.doc-preview-image")
    WebDriverWait(page.driver, 10).until(
        lambda d: d.execute_script("return arguments[0].complete && "
                                   "arguments[0].naturalWidth === 8;", image))
    assert http.get(image.get_attribute("src"), timeout=10).content == png_bytes()


def test_hapus_asks_then_removes_my_document(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    page.find("#dokumen-berkas").send_keys(files["kuitansi.png"])
    page.wait_uploaded()
    page.find("#daftar-dokumen .doc-actions button").click()
    alert = WebDriverWait(page.driver, 5).until(lambda d: d.switch_to.alert)
    assert "kuitansi.png" in alert.text
    alert.dismiss()  # Batal: nothing happens
    assert page.listed() == ["kuitansi.png"]
    page.click(lambda: (page.find("#daftar-dokumen .doc-actions button").click(),
                        WebDriverWait(page.driver, 5).until(lambda d: d.switch_to.alert)
                        .accept()) and page.find("body"))
    assert "Dokumen \u201ckuitansi.png\u201d dihapus." in page.text()
    assert page.listed() == []


def test_the_next_step_sees_the_documents_an_outsider_is_refused(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    page.find("#dokumen-berkas").send_keys(files["SPJ Oktober.pdf"])
    page.wait_uploaded()
    case_link = page.find(".breadcrumbs li:nth-child(2) a").get_attribute("href")
    page.click(lambda: page.button("Selesaikan"))
    page.login("bendahara")
    page.open(case_link.removeprefix(server.base))  # the next step, from its case's page
    page.click(lambda: page.find(".current-steps a"))
    assert page.h1().endswith("Penerimaan SPJ")
    assert page.listed() == ["SPJ Oktober.pdf"]
    assert "Penyerahan SPJ" in page.find("#daftar-dokumen").text
    assert not page.find_all("#daftar-dokumen form")  # not theirs to delete
    assert not page.find_all("#slot-dokumen")  # this step asks for no document
    lihat = page.find("#daftar-dokumen a.button").get_attribute("href")
    page.open(case_link.removeprefix(server.base))
    assert "SPJ Oktober.pdf" in page.find("#dokumen").text
    page.login("luar")
    for address in (case_link, lihat):
        page.open(address.removeprefix(server.base))
        assert page.h1() == "Akses ditolak" and "SPJ Oktober" not in page.text()


def test_too_large_says_the_limit_in_the_browser_and_from_the_server(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.open(f"/tugas/{task}")
    page.find("#dokumen-berkas").send_keys(files["besar.pdf"])
    refused = page.find(".doc-progress-item.is-error")  # the courtesy check
    assert "Berkas terlalu besar: paling besar 64 KB per berkas." in refused.text
    page.driver.execute_script(  # without it, the server decides: 413 with the same words
        "document.querySelector('form[data-upload]').removeAttribute('data-max-bytes');")
    page.find("#dokumen-berkas").send_keys(files["besar.pdf"])
    WebDriverWait(page.driver, 20).until(
        lambda d: len(d.find_elements("css selector", ".doc-progress-item.is-error")) == 2)
    server_said = page.find_all(".doc-progress-item.is-error")[1].text
    assert "Berkas terlalu besar: paling besar 64 KB per berkas." in server_said
    assert page.listed() == []


def test_phone_width_the_list_wraps_and_the_drop_zone_fills(server, page, files):
    task = first_task(server)
    page.login("pptk")
    page.driver.set_window_size(390, 844)
    page.open(f"/tugas/{task}")
    page.find("#dokumen-berkas").send_keys(files["SPJ Oktober.pdf"])
    page.wait_uploaded()
    fits = page.driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth;")
    zone = page.driver.execute_script(
        "var z = document.querySelector('[data-drop]').getBoundingClientRect();"
        "var f = document.querySelector('form[data-upload]').getBoundingClientRect();"
        "return [z.width, f.width];")
    page.driver.execute_script("document.getElementById('daftar-dokumen').scrollIntoView();")
    page.shot("documents-phone")
    assert fits and zone[0] >= zone[1] - 1
