"""The designer guide's screenshots of the designer pages (docs/screenshots/perancang-*.png).

The Serang Diskominfo SOPs are deployed into a scratch SQLite file, the designer ``perancang``
is added, the app is served on a free local port, and the SPP/SPM SOP is photographed in
headless Chromium:

- ``perancang-modeler.png``: the modeler, step 1 selected, the "Mutu baku (SOP AP)" group open;
- ``perancang-periksa.png``: lane 1 renamed to a name outside the jabatan catalogue, "Periksa"
  pressed: the lane marked on the diagram and the problem listed under it;
- ``perancang-tabel.png``: the SOP table editor, the row "Mengarsipkan berkas" for PPTK added
  after the last step, the SOP AP preview docked under the rows with the new row highlighted;
- ``perancang-banding.png``: the version comparison, after a version 2 made through the SOP
  table (a step renamed, one removed, one added, one given to another lane, a waktu changed).

    .venv/bin/python scripts/designer_screenshots.py [--width 1280] [--height 1800]

Needs the bundle (`make setup` or `npm run build:designer`) and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.app import create_app  # noqa: E402
from api.cli import main as cli  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.designers import DESIGNER_ROLE  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.soptable.exporter import model_to_table  # noqa: E402
from engine.soptable.importer import table_to_bpmn  # noqa: E402
from engine.soptable.model import table_from_dict, table_to_dict  # noqa: E402
from engine.soptable.reader import read_model  # noqa: E402
from engine.users import DEMO_PASSWORD, create_user, hash_password  # noqa: E402

KEY = "serang_kominfo_pengajuan_spp_spm"
INSTANSI = "serang-diskominfo"
SOURCE = ROOT / "bpmn" / INSTANSI / f"{KEY}.bpmn"
SHOTS = ROOT / "docs" / "screenshots"
BUNDLE = ROOT / "api" / "static" / "build" / "designer.js"


# --- the product: a scratch database, the app served ---------------------------------------

def deploy(url: str, path: Path) -> None:
    """Deploy a BPMN file or a folder of them (with its jabatan catalogue) as `sop deploy` does."""
    result = CliRunner().invoke(cli, ["--database-url", url, "deploy", str(path)])
    if result.exit_code:
        raise SystemExit(result.output)


@contextmanager
def serve(folder: Path) -> Iterator[tuple[str, str]]:
    """The product on a scratch database with the Serang SOPs and the designer ``perancang``:
    yields (base URL, database URL); the database URL lets a scene deploy more versions."""
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    deploy(url, ROOT / "bpmn" / INSTANSI)
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "perancang", "", [(DESIGNER_ROLE, INSTANSI)],
                    full_name="Perancang SOP", password_hash=hash_password(DEMO_PASSWORD),
                    demo=True)
    app = create_app({"DATABASE_URL": url, "TESTING": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", url
    finally:
        server.shutdown()
        app.extensions["sop_engine"].dispose()


# --- the browser ---------------------------------------------------------------------------

@contextmanager
def chromium(width: int, height: int) -> Iterator[WebDriver]:
    """Headless Chromium in Bahasa Indonesia, a window of ``width`` x ``height``: the window's
    first size matters, the modeler fits its diagram to the canvas it has when it opens."""
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=id-ID", "--hide-scrollbars"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: WebDriver, script: str, *args: object) -> None:
    """Wait until ``script`` returns something true (the pages finish their work in JS)."""
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(script, *args))


def login(driver: WebDriver, base: str) -> None:
    """Sign in as ``perancang``, the page in Bahasa Indonesia, and wait until the login is done
    (opening the next page before that would land on the login page again)."""
    driver.get(f"{base}/masuk?lang=id")
    driver.find_element(By.ID, "username").send_keys("perancang")
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(driver, "return location.pathname !== '/masuk'")


def save(driver: WebDriver, name: str) -> None:
    """Write the window as docs/screenshots/``name``."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / name).write_bytes(driver.get_screenshot_as_png())
    print(f"wrote docs/screenshots/{name}")


# --- the modeler: perancang-modeler.png, perancang-periksa.png -----------------------------

def select(driver: WebDriver, element_id: str, at_left: bool = False) -> None:
    """Click a shape (a lane on its label strip) and wait until it is selected."""
    shape = driver.find_element(By.CSS_SELECTOR, f'.djs-element[data-element-id="{element_id}"]')
    offset = -int(shape.rect["width"] / 2) + 12 if at_left else 0
    ActionChains(driver).move_to_element_with_offset(shape, offset, 0).click().perform()
    wait(driver, "return window.sopModeler.modeler.get('selection').get()[0]?.id === arguments[0]",
         element_id)


def page_shot(driver: WebDriver, name: str, width: int) -> None:
    """The page from the top down to the end of the modeler (and its problem list)."""
    driver.set_window_size(width, 1400)  # tall enough for the canvas's full 680 px
    driver.execute_script("window.scrollTo(0, 0)")
    bottom = driver.execute_script(
        "const m = document.querySelector('#modeler-masalah');"
        "const el = m.hidden ? document.querySelector('.modeler-layout') : m;"
        "return el.getBoundingClientRect().bottom + window.scrollY + 16;")
    driver.set_window_size(width, int(bottom))
    frame = driver.execute_script("return window.outerHeight - window.innerHeight")
    driver.set_window_size(width, int(bottom) + int(frame))
    driver.execute_script("window.scrollTo(0, 0)")
    save(driver, name)


def modeler_scene(base: str, width: int) -> None:
    """Step 1 selected with its Mutu baku group; then lane 1 renamed and "Periksa" pressed."""
    with chromium(width, 1000) as driver:
        login(driver, base)
        driver.get(f"{base}/perancang/sop/{KEY}")
        wait(driver, "return document.documentElement.dataset.modeler === 'ready'")
        select(driver, "langkah_01")
        page_shot(driver, "perancang-modeler.png", width)
        driver.set_window_size(width, 1000)
        select(driver, "lane_01", at_left=True)
        driver.execute_script(
            "const m = window.sopModeler.modeler;"
            "m.get('modeling').updateProperties(m.get('elementRegistry').get('lane_01'),"
            "{name: 'Tukang Kebun'});")
        driver.find_element(By.ID, "modeler-periksa").click()
        wait(driver, "return document.querySelectorAll('#modeler-masalah li').length > 0")
        driver.execute_script("window.sopModeler.modeler.get('selection').select(null)")
        page_shot(driver, "perancang-periksa.png", width)


# --- the SOP table editor: perancang-tabel.png ---------------------------------------------

def press(driver: WebDriver, element: WebElement) -> None:
    """Click ``element`` as a person would: scrolled to the middle of the window first, out from
    under the preview docked at the bottom."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def add_last_row(driver: WebDriver) -> None:
    """Add the last row as a designer would, and wait for the preview to show it."""
    waiting = WebDriverWait(driver, 20)
    waiting.until(lambda d: d.find_element(By.ID, "tabel-editor").is_displayed())
    press(driver, driver.find_element(By.ID, "langkah-tambah"))
    row = driver.find_elements(By.CSS_SELECTOR, "#langkah-daftar > li")[-1]
    row.find_element(By.CSS_SELECTOR, "[data-f=uraian]").send_keys("Mengarsipkan berkas")
    Select(row.find_element(By.CSS_SELECTOR, "[data-f=pelaksana]")).select_by_visible_text("PPTK")
    row.find_element(By.CSS_SELECTOR, "[data-f=kelengkapan]").send_keys("SP2D")
    row.find_element(By.CSS_SELECTOR, "[data-f=waktu]").send_keys("1 jam")
    row.find_element(By.CSS_SELECTOR, "[data-f=output]").send_keys("Berkas diarsipkan")
    waiting.until(lambda d: "Mengarsipkan berkas" in d.find_element(By.ID, "pratinjau").text)


def table_scene(base: str, width: int, height: int) -> None:
    """The steps as table rows with the SOP AP preview docked under them, the new row's
    preview row highlighted: one window of ``width`` x ``height`` pixels."""
    with chromium(width, height) as driver:
        login(driver, base)
        driver.get(f"{base}/perancang/sop/{KEY}/tabel")
        add_last_row(driver)
        driver.execute_script(  # the steps from their column heads, the last one above the dock
            "const rows = document.querySelectorAll('#langkah-daftar > li');"
            "const dock = document.getElementById('pratinjau-panel');"
            "const heads = document.querySelector('.langkah-kepala').getBoundingClientRect().top;"
            "const last = rows[rows.length - 1].getBoundingClientRect().bottom + 12"
            " - (innerHeight - dock.offsetHeight);"
            "window.scrollBy(0, Math.max(heads, last))")
        save(driver, "perancang-tabel.png")


# --- the version comparison: perancang-banding.png -----------------------------------------

def version_2() -> bytes:
    """Version 1 edited as the table editor would: every kind of step change once."""
    data = table_to_dict(model_to_table(read_model(SOURCE), []))
    steps = data["langkah"]
    steps[0]["uraian"] = "Usulan Pencairan Dana"
    steps[3]["waktu"] = "2 jam"
    steps[5]["pelaksana"] = "Bendahara Pengeluaran"
    del steps[4]
    steps.append({"no": 0, "uraian": "Pengarsipan SPP/SPM", "pelaksana": "Pelaksana",
                  "kelengkapan": ["SPP/SPM terkirim"], "waktu": "30 menit",
                  "output": "SPP/SPM diarsipkan"})
    for no, step in enumerate(steps, start=1):
        step["no"] = no
    return table_to_bpmn(table_from_dict(data))


def versions_scene(base: str, url: str, folder: Path, width: int) -> None:
    """Version 2 deployed (so it runs last: the other scenes show version 1), then the whole
    comparison page of versions 1 and 2."""
    path = folder / "v2" / f"{KEY}.bpmn"
    path.parent.mkdir()
    path.write_bytes(version_2())
    deploy(url, path)
    with chromium(width, 900) as driver:
        login(driver, base)
        driver.get(f"{base}/perancang/sop/{KEY}/banding")
        driver.find_element(By.ID, "perubahan")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, int(height) + 150)
        save(driver, "perancang-banding.png")


def main() -> None:
    """Serve the product once and take the scenes' pictures in order."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1800, help="the table editor's window (px)")
    arguments = parser.parse_args()
    if not BUNDLE.exists():
        raise SystemExit("api/static/build/designer.js missing: run `make setup`")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    width = arguments.width
    with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp)) as (base, url):
        modeler_scene(base, width)
        table_scene(base, width, arguments.height)
        versions_scene(base, url, Path(tmp), width)


if __name__ == "__main__":
    main()
