"""The version comparison page in Chromium: it fits a 375 px phone (the diagrams stacked, the
page never wider than the screen), sits side by side on a wide screen, and "Tunjukkan di
diagram" outlines a change's element on both diagrams."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import StaffBrowser
from click.testing import CliRunner
from conftest import LiveServer, add_user
from designer_client import PageSession
from test_designer_versions_http import KEY, PAGE, V2

from api.cli import main
from engine.designers import DESIGNER_ROLE
from engine.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('banding') / 'sop.sqlite'}"
    upgrade(url)
    result = CliRunner().invoke(main, ["--database-url", url, "deploy",
                                       str(ROOT / "bpmn" / "serang-diskominfo" / f"{KEY}.bpmn")])
    assert result.exit_code == 0, result.output
    add_user(url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    found = LiveServer(url)
    me = PageSession(found.base, "rancang")
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json", {"bpmn": V2, "baseVersion": 1})
    assert me.json("POST", f"/perancang/sop/{KEY}/terapkan").json()["version"] == 2
    yield found
    found.stop()


@pytest.fixture
def designer(server: LiveServer, driver) -> Iterator[StaffBrowser]:
    browser = StaffBrowser(driver, server.base)
    browser.login("rancang")
    yield browser
    driver.set_window_size(1280, 900)


def test_at_phone_width_nothing_overflows_and_the_diagrams_stack(designer: StaffBrowser):
    designer.driver.set_window_size(375, 800)
    designer.open(PAGE)
    assert designer.h1().endswith("Bandingkan versi: Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls")
    inner, scroll = designer.driver.execute_script(
        "return [window.innerWidth, document.documentElement.scrollWidth]")
    assert inner <= 375 and scroll <= inner, (inner, scroll)
    old, new = designer.find("#diagram-old"), designer.find("#diagram-new")
    assert new.location["y"] >= old.location["y"] + old.size["height"]
    items = designer.find_all(".diff-item")
    assert len(items) == 3 and all(i.is_displayed() for i in items)
    assert "dipindah dari Pelaksana ke Bendahara Pengeluaran" in designer.text()
    designer.shot("perancang-banding-ponsel")


def test_wide_screen_side_by_side_and_show_in_diagram(designer: StaffBrowser):
    designer.open(PAGE)
    old, new = designer.find("#diagram-old"), designer.find("#diagram-new")
    assert old.location["y"] == new.location["y"] and new.location["x"] > old.location["x"]
    moved = next(i for i in designer.find_all(".diff-item")
                 if i.get_attribute("data-kind") == "moved_lane")
    show = designer.find("[data-diff-show]", moved)
    assert show.is_displayed() and show.text == "Tunjukkan di diagram"
    show.click()
    focused = designer.driver.execute_script(
        "return Array.from(document.querySelectorAll('g.node.diff-focus'))"
        ".map(g => g.closest('.diff-side').id + ':' + g.getAttribute('data-id'))")
    assert sorted(focused) == ["diagram-new:langkah_05", "diagram-old:langkah_05"]
    assert "diff-focus" in moved.get_attribute("class")
