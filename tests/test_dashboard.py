"""The Kepala Dinas dashboard (/laporan) and the per-SOP chart block, over real HTTP on a known
history played through the runtime on a simulated clock (the live server runs in this process,
so the clock stands still for it too: "now" is Wednesday 17 June 2026, 12:00 WIB)."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime

import pytest
import requests
from browser import StaffBrowser
from conftest import ROOT, LiveServer, add_user, deploy_paths
from lxml import html as lxml_html
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from spj_play import WIB, play, wib

from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.models import MonitoringReview, ProcessInstance
from engine.runtime import Runtime

NOW = datetime(2026, 6, 17, 12, 0, tzinfo=WIB)
LIBRARY = ROOT / "bpmn" / SPJ_INSTANSI
IKU, LKJIP = "serang_kominfo_penyusunan_iku", "serang_kominfo_penyusunan_lkjip"
DOCS = ROOT / "docs" / "screenshots"
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def history(url: str) -> None:
    """SPJ (every step's standard 1 jam), times WIB:

    A  Mon 2 Feb 09:00, every step 20-30 minutes: selesai
    E  Mon 15 Jun 09:00, every step 10 minutes: ended; the SPJ has no refusing Tidak, so the
       case is relabelled ditolak as a refusing end stores it (outcome, ended_at): refused in June
    B  Mon 15 Jun 10:00: l1 10:30, l2 13:00 (late), l3 13:10 Tidak; l2 waits since 13:10
       (overdue now)
    C  Wed 17 Jun 11:30: l1 waits, due 12:30 (not overdue at noon)

    => running 2, overdue 1, refused in June 1; 12 of 13 completions on time, rework 1/3:
    proposed "tidak_baik". IKU: no case, a MonitoringReview confirmed "baik". LKJIP: no data.
    """
    deploy_paths(url, SPJ_BPMN)
    deploy_paths(url, LIBRARY / f"{IKU}.bpmn", LIBRARY / f"{LKJIP}.bpmn")
    factory = make_session_factory(make_engine(url))
    runtime = Runtime(factory)
    clock = SimulatedClock(wib(2026, 2, 2, 9))
    with using(clock):
        play(runtime, clock, "A", wib(2026, 2, 2, 9), [
            (wib(2026, 2, 2, 9, 30), None), (wib(2026, 2, 2, 10), None),
            (wib(2026, 2, 2, 10, 20), "Ya"), (wib(2026, 2, 2, 10, 40), None),
            (wib(2026, 2, 2, 11), None)])
        refused = play(runtime, clock, "E", wib(2026, 6, 15, 9), [
            (wib(2026, 6, 15, 9, 10 * i), "Ya" if i == 3 else None) for i in range(1, 6)])
        play(runtime, clock, "B", wib(2026, 6, 15, 10), [
            (wib(2026, 6, 15, 10, 30), None), (wib(2026, 6, 15, 13), None),
            (wib(2026, 6, 15, 13, 10), "Tidak")])
        play(runtime, clock, "C", wib(2026, 6, 17, 11, 30), [])
    with transaction(factory, write=True) as db:
        db.get(ProcessInstance, refused).outcome = "ditolak"
        db.add(MonitoringReview(instansi=SPJ_INSTANSI, process_key=IKU,
                                period_from=date(2026, 1, 1), period_to=date(2026, 6, 30),
                                proposed=None, penilaian="baik", catatan="", tindakan=""))
    add_user(url, "kadin", [("Kepala Dinas", SPJ_INSTANSI)])
    add_user(url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(url, "admin", [], admin=True)


def page_login(server: LiveServer, username: str) -> requests.Session:
    http = requests.Session()
    token = TOKEN.search(http.get(f"{server.base}/masuk", timeout=10).text).group(1)
    resp = http.post(f"{server.base}/masuk", timeout=30, data={
        "csrf_token": token, "username": username, "password": "rahasia"})
    assert resp.status_code == 200 and 'id="password"' not in resp.text, resp.text[:500]
    return http


def figures(page: str) -> tuple[dict[str, int], list[tuple[str, str, str, list[int]]]]:
    doc = lxml_html.fromstring(page)
    totals = {li.get("data-total"): int(li.find_class("total-value")[0].text_content())
              for li in doc.xpath("//li[@data-total]")}
    rows = []
    for tr in doc.xpath("//tr[@data-sop]"):
        numbers = [int(td.find_class("num-value")[0].text_content()) for td in
                   tr.xpath("td[contains(@class, 'num')]")]
        words = " ".join(tr.xpath("td[contains(@class, 'penilaian')]")[0].text_content().split())
        rows.append((tr.get("data-sop"), tr.get("data-penilaian"), words, numbers))
    return totals, rows


@pytest.fixture
def server(db_url: str, live_server_for):
    history(db_url)
    server = live_server_for(db_url)
    _chart_route(server)
    with using(SimulatedClock(NOW.astimezone(UTC))):
        yield server


def test_the_kepala_dinas_sees_every_sop_worst_first(server: LiveServer):
    http = page_login(server, "kadin")
    inbox = http.get(f"{server.base}/", timeout=30).text
    assert ">Laporan</a>" in inbox  # the navigation offers it
    resp = http.get(f"{server.base}/laporan", timeout=30)
    assert resp.status_code == 200, resp.text[:500]
    totals, rows = figures(resp.text)
    assert totals == {"running": 2, "overdue": 1, "refused": 1, "tidak_baik": 1}
    assert [r[0] for r in rows] == [SPJ_KEY, LKJIP, IKU]  # tidak baik, no data, baik
    spj, lkjip, iku = rows
    assert spj[1:] == ("tidak_baik", "Tidak berjalan dengan baik usulan", [2, 1, 1])
    assert lkjip[1:] == ("", "Belum ada data", [0, 0, 0])
    assert iku[1:] == ("baik", "Berjalan dengan baik ditetapkan penilai", [0, 0, 0])
    text = " ".join(lxml_html.fromstring(resp.text).text_content().split())
    assert "Semester I 2026" in text and "ditolak Juni 2026" in text
    assert "dari 3 SOP tidak berjalan dengan baik" in text
    assert f"/laporan/monitoring?sop={SPJ_KEY}&amp;dari=2026-01-01&amp;sampai=2026-06-30" \
        in resp.text


def test_staff_are_refused_and_see_no_laporan_link(server: LiveServer):
    http = page_login(server, "pptk")
    assert ">Laporan</a>" not in http.get(f"{server.base}/", timeout=30).text
    resp = http.get(f"{server.base}/laporan", timeout=30)
    assert resp.status_code == 403
    assert "Laporan hanya untuk" in resp.text


def test_an_instansi_not_ones_own_is_refused_and_admins_choose(server: LiveServer):
    kadin = page_login(server, "kadin")
    assert kadin.get(f"{server.base}/laporan?instansi=lain", timeout=30).status_code == 403
    admin = page_login(server, "admin")
    resp = admin.get(f"{server.base}/laporan?instansi={SPJ_INSTANSI}", timeout=30)
    assert resp.status_code == 200
    assert figures(resp.text)[0]["running"] == 2
    bad = admin.get(f"{server.base}/laporan?dari=kemarin", timeout=30)
    assert bad.status_code == 400 and "Tanggal &#39;dari&#39; tidak valid" in bad.text
    other = admin.get(f"{server.base}/laporan?dari=2026-01-01&sampai=2026-03-31", timeout=30)
    assert "2026-01-01 s.d. 2026-03-31" in other.text and "ditolak pada periode" in other.text


def test_the_chart_block_draws_the_known_history(server: LiveServer):
    """_monitoring_charts.html with only ``monitoring`` given: every completion a dot, the
    months of the semester as bars, the slowest steps coloured darkest in the diagram."""
    http = page_login(server, "kadin")
    resp = http.get(f"{server.base}/uji/grafik", timeout=30)
    assert resp.status_code == 200, resp.text[:500]
    doc = lxml_html.fromstring(resp.text)
    durations = doc.xpath("//*[local-name()='svg'][contains(@class, 'chart-durations')]")[0]
    steps = durations.xpath(".//*[local-name()='g'][@class='step']")
    dots = {g.get("data-step"): len(g.xpath(".//*[local-name()='circle']")) for g in steps}
    assert dots == {"langkah_01": 3, "langkah_02": 3, "langkah_03": 3, "langkah_04": 2,
                    "langkah_05": 2}  # A, E, B (B's l1, l2, l3), then A and E only
    trend = doc.xpath("//*[local-name()='svg'][contains(@class, 'chart-trend')]")[0]
    bars = trend.xpath(".//*[local-name()='rect'][@class='bar']")
    assert [(b.get("data-month"), b.get("data-count")) for b in bars] == [
        (f"2026-0{m}", "1" if m == 2 else "0") for m in range(1, 7)]
    assert "Target 80%" in trend.text_content()
    heat = {node.get("data-id"): node.get("class").split()[-1] for node in doc.xpath(
        "//*[local-name()='svg'][contains(@class, 'bpmn-diagram')]"
        "//*[local-name()='g'][contains(@class, 'heat-')]")}
    # medians: l1 30, l2 30 (ties share the darkest), l3 10, l4 15, l5 15 minutes
    assert heat["langkah_01"] == heat["langkah_02"] == "heat-0"
    assert heat["langkah_03"] == "heat-4" and heat["langkah_04"] == heat["langkah_05"]
    rows = [[td.text_content() for td in tr.xpath("td")]
            for tr in doc.xpath("//table[@class='heat-table']//tbody/tr")]
    assert [r[1:] for r in rows[:2]] == [["30 mnt", "1"], ["30 mnt", "1"]]  # B at l2, C at l1


# -- the browser: phone width, and the per-SOP charts ---------------------------------------------
CHART_PAGE = """{% extends "base.html" %}{% block title %}Grafik{% endblock %}
{% block content %}<h1>{{ monitoring.name }}</h1>
<p class="lead">{{ monitoring.period.label }}</p>{% include "_monitoring_charts.html" %}
{% endblock %}"""


@pytest.fixture(scope="module")
def browser_server(tmp_path_factory, sqlite_template):
    path = tmp_path_factory.mktemp("dash") / "sop.sqlite"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    history(url)
    server = LiveServer(url)
    _chart_route(server)
    with using(SimulatedClock(NOW.astimezone(UTC))):
        yield server
    server.stop()


def _chart_route(server: LiveServer) -> None:
    """The per-SOP chart block as helper R's monitoring page includes it, on a bare page of
    its own (the test does not depend on R's page being there)."""
    from flask import render_template_string
    from flask_login import login_required

    from engine.models import utcnow
    from reports.monitoring import Period, monitor

    @login_required
    def charts() -> str:
        factory = server.app.extensions["sop_factory"]
        with transaction(factory) as db:
            found = monitor(db, SPJ_KEY, Period(date(2026, 1, 1), date(2026, 6, 30)), utcnow())
        return render_template_string(CHART_PAGE, monitoring=found)

    server.app.add_url_rule("/uji/grafik", "uji_grafik", charts)


class Kadin(StaffBrowser):
    """The Kepala Dinas at a browser that can be made phone-narrow and photographed."""

    def resize(self, width: int, height: int = 900) -> None:
        self.driver.set_window_size(width, height)
        frame = self.driver.execute_script("return window.outerHeight - window.innerHeight")
        self.driver.set_window_size(width, height + int(frame))

    def overflow(self, width: int) -> int:
        """How many CSS pixels the page is wider than a ``width`` screen (0 = fits)."""
        self.resize(width)
        return int(self.driver.execute_script(
            "return document.documentElement.scrollWidth")) - width

    def photo(self, name: str, width: int) -> None:
        """A full-page PNG at ``width`` CSS pixels into docs/screenshots/."""
        self.resize(width)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.resize(width, max(int(height), 300))
        DOCS.mkdir(parents=True, exist_ok=True)
        (DOCS / name).write_bytes(self.driver.get_screenshot_as_png())
        self.resize(1280)


def test_dashboard_at_phone_width_and_the_charts(driver, browser_server: LiveServer):
    kadin = Kadin(driver, browser_server.base)
    kadin.login("kadin")
    kadin.click(lambda: kadin.link("Laporan"))
    assert kadin.h1() == f"Laporan: {SPJ_INSTANSI}"
    assert kadin.overflow(390) <= 0
    kadin.photo("laporan-dasbor.png", 390)
    kadin.photo("laporan-dasbor-lebar.png", 1280)
    kadin.open("/uji/grafik")
    assert len(kadin.find_all("svg.chart")) == 2
    assert kadin.find_all("svg.bpmn-diagram .node.heat-0")
    assert kadin.overflow(390) <= 0
    kadin.photo("laporan-grafik.png", 390)
    kadin.photo("laporan-grafik-lebar.png", 1280)
