"""The modeler page's screenshots for the designer guide (docs/screenshots/perancang-*.png).

The Serang Diskominfo SOPs are deployed into a scratch SQLite file and the app is served on a
free local port; the designer ``perancang`` opens the SPP/SPM SOP in the modeler (headless
Chromium), and two pictures are taken:

- ``perancang-modeler.png``: step 1 selected, the "Mutu baku (SOP AP)" group open;
- ``perancang-periksa.png``: lane 1 renamed to a name outside the jabatan catalogue, "Periksa"
  pressed: the lane marked on the diagram and the problem listed under it.

    .venv/bin/python scripts/designer_screenshots.py [--width 1280]

Needs the bundle (`make setup` or `npm run build:designer`) and /usr/bin/chromium.
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
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
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
SHOTS = ROOT / "docs" / "screenshots"
BUNDLE = ROOT / "api" / "static" / "build" / "designer.js"


def serve(folder: Path) -> tuple[str, object]:
    """The product on a scratch database with the Serang SOPs and the designer ``perancang``."""
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    result = CliRunner().invoke(cli, ["--database-url", url, "deploy",
                                      str(ROOT / "bpmn" / INSTANSI)])
    if result.exit_code:
        raise SystemExit(result.output)
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "perancang", "", [(DESIGNER_ROLE, INSTANSI)],
                    password_hash=hash_password(DEMO_PASSWORD))
    server = make_server("127.0.0.1", 0, create_app({"DATABASE_URL": url}), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def browser(width: int) -> WebDriver:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},1000", "--lang=id-ID", "--hide-scrollbars"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id"})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def wait(driver: WebDriver, script: str, *args) -> None:
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(script, *args))


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
    (SHOTS / name).write_bytes(driver.get_screenshot_as_png())
    print(f"wrote docs/screenshots/{name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    width = parser.parse_args().width
    if not BUNDLE.exists():
        raise SystemExit("api/static/build/designer.js missing: run `make setup`")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        base, server = serve(Path(folder))
        driver = browser(width)
        try:
            driver.get(base + "/masuk")
            driver.find_element(By.ID, "username").send_keys("perancang")
            driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD, Keys.ENTER)
            wait(driver, "return location.pathname !== '/masuk'")
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
        finally:
            driver.quit()
            server.shutdown()


if __name__ == "__main__":
    main()
