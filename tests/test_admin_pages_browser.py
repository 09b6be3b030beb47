"""Issue 9 acceptance in a real browser: an admin creates a user, resets the password, the user
logs in and is forced to change it, the admin disables the user and imports staff, and the
audit page lists all of it. Headless Debian Chromium through Selenium against the app served
over real HTTP (like tests/test_pages_browser.py); screenshots land in artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser
from conftest import LiveServer, add_user
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.users import DEMO_PASSWORD, create_user, hash_password

GOOD = "kuda-lari-pagi-7"
BETTER = "perahu-biru-sungai-9"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('admin') / 'sop.sqlite'}"
    upgrade(url)
    add_user(url, "admin", [], admin=True)
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        create_user(db, "pptk@uji", "", [("PPTK", "uji")],
                    password_hash=hash_password(DEMO_PASSWORD), demo=True)
    found = LiveServer(url)
    yield found
    found.stop()



@pytest.fixture
def browser(server: LiveServer, driver: WebDriver) -> Browser:
    driver.delete_all_cookies()
    return Browser(driver, server.base)


def test_login_page_says_demo_mode_while_a_demo_password_remains(browser: Browser):
    browser.open("/masuk")
    banner = browser.find(".demo-banner")
    assert "Mode demo" in banner.text and "sop serve" in banner.text
    browser.shot("login-mode-demo")


def test_admin_creates_resets_and_the_user_must_change_the_password(browser: Browser):
    browser.login("admin", "rahasia")
    assert browser.h1() == "Tugas Saya"
    browser.click(lambda: browser.link("Pengguna"))
    assert browser.h1() == "Pengguna"
    browser.click(lambda: browser.link("Tambah pengguna"))
    browser.type("#username", "budi")
    browser.type("#full_name", "Budi Santoso")
    browser.type("#nip", "198001012005011001")
    browser.type("#email", "budi@serangkota.go.id")
    browser.type("#password", "rahasia123")
    browser.type("#roles", "PPTK@uji")
    browser.click(lambda: browser.button("Simpan"))
    error = browser.find(".has-error .field-error")
    assert "terlalu umum" in error.text and browser.h1() == "Tambah pengguna"
    browser.type("#password", GOOD)
    browser.click(lambda: browser.button("Simpan"))
    assert browser.h1() == "budi" and "dibuat" in browser.text()
    assert "PPTK" in browser.find("ul.roles").text
    browser.shot("admin-pengguna-budi")

    browser.click(lambda: browser.button("Atur ulang kata sandi"))
    temporary = browser.find("#kata-sandi-sementara").text.strip()
    assert len(temporary) >= 10
    browser.shot("admin-kata-sandi-sementara")
    browser.logout()

    browser.login("budi", GOOD)  # the admin's first password no longer works
    assert browser.h1() == "Masuk" and "salah" in browser.text()
    browser.login("budi", temporary)
    assert browser.path() == "/akun/kata-sandi"
    assert "diatur ulang oleh admin" in browser.text()
    browser.open("/tugas")
    assert browser.path() == "/akun/kata-sandi"  # every page leads here until it is changed
    browser.shot("akun-wajib-ganti-sandi")
    browser.type("#old_password", temporary)
    browser.type("#password", "budi-santoso-99")
    browser.type("#confirm", "budi-santoso-99")
    browser.click(lambda: browser.button("Simpan kata sandi baru"))
    assert "nama pengguna" in browser.find(".field-error").text
    browser.type("#old_password", temporary)
    browser.type("#password", BETTER)
    browser.type("#confirm", BETTER)
    browser.click(lambda: browser.button("Simpan kata sandi baru"))
    assert browser.h1() == "Masuk" and "Kata sandi telah diganti" in browser.text()
    browser.login("budi", BETTER)
    assert browser.h1() == "Tugas Saya"
    assert not browser.driver.find_elements(By.XPATH, "//nav//a[normalize-space()='Pengguna']")
    browser.open("/admin/pengguna")
    assert "Akses ditolak" in browser.text()
    browser.open("/akun")
    assert browser.find("#nip").get_attribute("value") == "198001012005011001"


def test_admin_disables_a_user_imports_staff_and_reads_the_audit_log(browser: Browser,
                                                                      tmp_path: Path):
    browser.login("admin", "rahasia")
    browser.open("/admin/pengguna?q=budi")
    browser.click(lambda: browser.find("tr[data-username='budi'] a"))
    browser.click(lambda: browser.button("Nonaktifkan"))
    assert "dinonaktifkan" in browser.text() and browser.button("Aktifkan")

    bad = tmp_path / "pegawai.csv"
    bad.write_text("username,nama,nip,email,jabatan\nsiti,Siti,,,Kasubag@uji\n"
                   "rudi,Rudi,12AB,,PPTK@uji\n", encoding="utf-8")
    browser.open("/admin/pengguna/impor")
    browser.find("#file").send_keys(str(bad))
    browser.click(lambda: browser.button("Impor"))
    problems = browser.find("table.import-errors").text
    assert "3" in problems and "nip" in problems and "18 angka" in problems
    browser.shot("admin-impor-kesalahan")
    browser.open("/admin/pengguna?q=siti")
    assert "Tidak ada pengguna yang cocok" in browser.text()

    browser.click(lambda: browser.link("Log Audit"))
    actions = [row.get_attribute("data-action") for row in browser.find_all("table.audit tbody tr")]
    for expected in ("user_created", "password_reset", "password_changed", "user_disabled"):
        assert expected in actions
    assert actions.index("user_disabled") < actions.index("user_created")  # newest first
    Select(browser.find("#saring-tindakan")).select_by_value("password_reset")
    browser.click(lambda: browser.button("Saring"))
    rows = browser.find_all("table.audit tbody tr")
    assert len(rows) == 1 and "budi" in rows[0].text and "admin" in rows[0].text
    browser.shot("admin-log-audit")
    browser.logout()
    browser.login("budi", BETTER)
    assert browser.h1() == "Masuk" and "salah" in browser.text()
