"""The screenshot of the SOP table editor (docs/screenshots/perancang-tabel.png).

The Serang Diskominfo SOPs are deployed into a scratch SQLite file; the designer ``perancang``
opens the SPP/SPM SOP as its table, adds the row "Mengarsipkan berkas" for PPTK after the last
step, and once the SOP AP preview shows it, the window (the steps as rows of the table, the
preview docked under them with the new step's row highlighted) is photographed in headless
Chromium.

    .venv/bin/python scripts/designer_table_screenshot.py [--width 1280] [--height 1800]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from pathlib import Path

from click.testing import CliRunner
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.app import create_app  # noqa: E402
from api.cli import main as cli  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.designers import DESIGNER_ROLE  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.users import DEMO_PASSWORD, create_user, hash_password  # noqa: E402

KEY = "serang_kominfo_pengajuan_spp_spm"
INSTANSI = "serang-diskominfo"
OUT = ROOT / "docs" / "screenshots" / "perancang-tabel.png"


def prepare(folder: Path) -> str:
    """A database with the instansi's SOPs (and its jabatan catalogue) and ``perancang``."""
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    result = CliRunner().invoke(cli, ["--database-url", url, "deploy",
                                      str(ROOT / "bpmn" / INSTANSI)])
    if result.exit_code:
        raise SystemExit(result.output)
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "perancang", "", [(DESIGNER_ROLE, INSTANSI)],
                    full_name="Perancang SOP", password_hash=hash_password(DEMO_PASSWORD),
                    demo=True)
    return url


def press(driver, element) -> None:
    """Click ``element`` as a person would: scrolled to the middle of the window first, out from
    under the preview docked at the bottom."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def edit(driver) -> None:
    """Add the last row as a designer would, and wait for the preview to show it."""
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: d.find_element(By.ID, "tabel-editor").is_displayed())
    press(driver, driver.find_element(By.ID, "langkah-tambah"))
    row = driver.find_elements(By.CSS_SELECTOR, "#langkah-daftar > li")[-1]
    row.find_element(By.CSS_SELECTOR, "[data-f=uraian]").send_keys("Mengarsipkan berkas")
    Select(row.find_element(By.CSS_SELECTOR, "[data-f=pelaksana]")).select_by_visible_text("PPTK")
    row.find_element(By.CSS_SELECTOR, "[data-f=kelengkapan]").send_keys("SP2D")
    row.find_element(By.CSS_SELECTOR, "[data-f=waktu]").send_keys("1 jam")
    row.find_element(By.CSS_SELECTOR, "[data-f=output]").send_keys("Berkas diarsipkan")
    wait.until(lambda d: "Mengarsipkan berkas" in d.find_element(By.ID, "pratinjau").text)


def photograph(base: str, width: int, height: int) -> None:
    """The steps as table rows with the SOP AP preview docked under them, the new row's
    preview row highlighted: one window of ``width`` x ``height`` pixels."""
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=id-ID", "--hide-scrollbars"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(f"{base}/masuk?lang=id")  # the page in Bahasa Indonesia
        driver.find_element(By.ID, "username").send_keys("perancang")
        driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        driver.get(f"{base}/perancang/sop/{KEY}/tabel")
        edit(driver)
        driver.execute_script(  # the steps from their column heads, the last one above the dock
            "const rows = document.querySelectorAll('#langkah-daftar > li');"
            "const dock = document.getElementById('pratinjau-panel');"
            "const heads = document.querySelector('.langkah-kepala').getBoundingClientRect().top;"
            "const last = rows[rows.length - 1].getBoundingClientRect().bottom + 12"
            " - (innerHeight - dock.offsetHeight);"
            "window.scrollBy(0, Math.max(heads, last))")
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(driver.get_screenshot_as_png())
    finally:
        driver.quit()


def run(width: int, height: int) -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"DATABASE_URL": prepare(Path(tmp)), "TESTING": False})
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            photograph(f"http://127.0.0.1:{server.server_port}", width, height)
        finally:
            server.shutdown()
            app.extensions["sop_engine"].dispose()
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1800, help="window height (px)")
    arguments = parser.parse_args()
    run(arguments.width, arguments.height)
