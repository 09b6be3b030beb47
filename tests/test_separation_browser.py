"""Pemisahan tugas on the task page, in a real browser (issue 12 item 6: "the pages say why").

"budi" did Penyusunan SPJ and holds the Kasubag's jabatan too: the Verifikasi page tells him in
a notice why he may not check it and offers him neither Ambil nor the decision buttons, at
desktop and phone width, and the keyboard reaches no button that would act; "sari" (Kasubag)
gets the buttons. The case is moved over the engine (the inbox is not under test here).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import StaffBrowser
from conftest import LiveServer, add_user, deploy_paths
from selenium.webdriver.common.keys import Keys
from test_separation import BENDAHARA, BUDI, INSTANSI, KASUBAG, KEY, REFUSED, fixture_bpmn

from engine.db import make_engine, make_session_factory
from engine.migrate import upgrade
from engine.runtime import Runtime


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[LiveServer, str]]:
    """The served app with the fixture SOP waiting at Verifikasi SPJ after budi's work."""
    folder = tmp_path_factory.mktemp("pemisahan")
    url = f"sqlite:///{folder / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, fixture_bpmn(folder), base=folder)
    add_user(url, "budi", [(BENDAHARA, INSTANSI), (KASUBAG, INSTANSI)])
    add_user(url, "sari", [(KASUBAG, INSTANSI)])
    runtime = Runtime(make_session_factory(make_engine(url)))
    inst = runtime.start(KEY, BUDI)
    task_id = runtime.complete(inst.tasks[0].id, BUDI, {}).tasks[0].id
    server = LiveServer(url)
    yield server, task_id
    server.stop()


@pytest.fixture
def person(site, driver) -> StaffBrowser:
    driver.set_window_size(1280, 900)
    return StaffBrowser(driver, site[0].base)


def _buttons(person: StaffBrowser) -> list[str]:
    return [b.text.strip() for b in person.find_all(".task-form button")]


def test_the_worker_is_told_why_and_offered_no_action(person, site):
    person.login("budi")
    person.open(f"/tugas/{site[1]}")
    notice = person.find("#pemisahan-tugas")
    assert notice.text.strip() == REFUSED
    assert notice.get_attribute("role") == "note"
    assert _buttons(person) == []  # no Ambil, no Setujui / Kembalikan, no Simpan draf
    person.shot("pemisahan-tugas")
    person.driver.set_window_size(390, 844)  # phone width: the notice wraps, no side scroll
    person.open(f"/tugas/{site[1]}")
    assert person.find("#pemisahan-tugas").is_displayed()
    assert person.driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth;")
    focused = person.driver.switch_to.active_element
    for _ in range(60):  # every Tab stop of the page: none is a button that acts on the step
        focused.send_keys(Keys.TAB)
        focused = person.driver.switch_to.active_element
        assert focused.get_attribute("value") not in ("Ya", "Tidak"), focused.text
        assert focused.text.strip() not in ("Ambil", "Selesaikan")
    person.shot("pemisahan-tugas-ponsel")


def test_another_holder_of_the_jabatan_gets_the_buttons(person, site):
    person.login("sari")
    person.open(f"/tugas/{site[1]}")
    assert not person.find_all("#pemisahan-tugas")
    assert "Ambil" in _buttons(person)
    assert {b.get_attribute("value") for b in person.find_all(".decision button")} == {
        "Ya", "Tidak"}
