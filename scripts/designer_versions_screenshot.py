"""The screenshot of the designer's version comparison (docs/screenshots/perancang-banding.png).

A library SOP is deployed into a scratch SQLite file, then a version 2 made through the SOP
table (a step renamed, one removed, one added, one given to another lane, a waktu changed), and
the page ``/perancang/sop/<key>/banding`` is photographed in headless Chromium at 1280 px.

    .venv/bin/python scripts/designer_versions_screenshot.py [--width 1280]
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
SOURCE = ROOT / "bpmn" / "serang-diskominfo" / f"{KEY}.bpmn"
OUT = ROOT / "docs" / "screenshots" / "perancang-banding.png"


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


def prepare(folder: Path) -> str:
    """A database with versions 1 and 2 of the SOP and the designer ``perancang``."""
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    for path in (SOURCE, folder / "v2" / f"{KEY}.bpmn"):
        if path != SOURCE:
            path.parent.mkdir()
            path.write_bytes(version_2())
        result = CliRunner().invoke(cli, ["--database-url", url, "deploy", str(path)])
        if result.exit_code:
            raise SystemExit(result.output)
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "perancang", "", [(DESIGNER_ROLE, "serang-diskominfo")],
                    full_name="Perancang SOP", password_hash=hash_password(DEMO_PASSWORD),
                    demo=True)
    return url


def photograph(base: str, width: int) -> None:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},900", "--lang=id-ID", "--hide-scrollbars"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(f"{base}/masuk?lang=id")  # the page in Bahasa Indonesia
        driver.find_element(By.ID, "username").send_keys("perancang")
        driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        driver.get(f"{base}/perancang/sop/{KEY}/banding")
        driver.find_element(By.ID, "perubahan")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, int(height) + 150)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(driver.get_screenshot_as_png())
    finally:
        driver.quit()


def run(width: int) -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"DATABASE_URL": prepare(Path(tmp)), "TESTING": False})
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            photograph(f"http://127.0.0.1:{server.server_port}", width)
        finally:
            server.shutdown()
            app.extensions["sop_engine"].dispose()
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    run(parser.parse_args().width)
