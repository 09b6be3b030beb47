"""Issue 10 items 3 and 4: Berkas Saya, Berkas Unit and pengawas, over real HTTP, both databases.

Nobody lists a case they may not see: a Lumajang user never sees Serang cases, a pengawas of
Serang (marked by an admin through the API, audited) sees every Serang case and no other, and
loses them when unmarked. Paging (rel=next/prev) and the CSV / XLSX exports hold the same rows.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from click.testing import CliRunner
from conftest import ROOT, add_user, deploy_paths
from openpyxl import load_workbook
from spj import SPJ_INSTANSI, SPJ_KEY, spj_bpmn
from sqlalchemy import update
from test_outcomes import CSRF, CUTI_BPMN, CUTI_KEY, LUMAJANG, page_session

from api.cli import main
from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import office_today
from engine.models import ActiveTask, utcnow

CASE_ROW = re.compile(r'data-case-id="(\d+)"')


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn(), CUTI_BPMN)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "kepala", [("Kepala Dinas", SPJ_INSTANSI)])  # no lane of the SPJ
    add_user(db_url, "pns", [("PNS", LUMAJANG)])
    add_user(db_url, "admin", [], admin=True)
    server = live_server_for(db_url)
    pptk, pns = server.login("pptk"), server.login("pns")
    serang = [_start(pptk, SPJ_KEY, f"SPJ kegiatan {n}") for n in range(27)]
    serang.append(_start(pptk, SPJ_KEY, "Honor narasumber rapat"))
    lumajang = [_start(pns, CUTI_KEY, f"Cuti {n}") for n in range(2)]
    return server, serang, lumajang


def _start(client, key: str, title: str) -> dict:
    resp = client.post(f"/api/process-definition/key/{key}/start", json={"title": title})
    assert resp.status_code == 200, resp.text
    return resp.json()


def _ids(html: str) -> list[int]:
    return [int(n) for n in CASE_ROW.findall(html)]


def _pengawas(server, method: str, user: str = "kepala", instansi: str = SPJ_INSTANSI):
    admin = server.login("admin")
    return admin.http.request(method.upper(), f"{admin.base}/api/user/{user}/pengawas/{instansi}",
                              timeout=30)


def test_my_cases_page_paging_and_exports_hold_the_same_rows(office):
    server, serang, _ = office
    http = page_session(server, "pptk")
    first = http.get(f"{server.base}/berkas", timeout=10)
    assert first.status_code == 200
    assert "28 berkas" in first.text
    page1 = _ids(first.text)
    assert len(page1) == 25 and page1 == sorted(page1, reverse=True)  # newest first
    following = re.search(r'<a rel="next" href="([^"]+)"', first.text).group(1)
    second = http.get(server.base + following.replace("&amp;", "&"), timeout=10).text
    assert 'rel="prev"' in second and 'rel="next"' not in second.split("</nav>")[-2]
    page2 = _ids(second)
    assert sorted(page1 + page2) == sorted(c["id"] for c in serang)

    exported = http.get(f"{server.base}/berkas/unduh.csv", timeout=10)
    assert exported.status_code == 200
    day = office_today().isoformat()
    assert f'filename="berkas-saya-{day}.csv"' in exported.headers["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert lines[0][0] == "Nomor berkas" and len(lines) == 29
    assert sorted(int(line[-1]) for line in lines[1:]) == sorted(page1 + page2)
    assert {line[0] for line in lines[1:]} == {c["businessKey"] for c in serang}

    book = http.get(f"{server.base}/berkas/unduh.xlsx", timeout=10)
    assert book.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(book.content), read_only=True).active
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert cells[0][:2] == ["Nomor berkas", "Perihal"]
    assert sorted(r[-1] for r in cells[1:]) == sorted(page1 + page2)
    assert "Honor narasumber rapat" in {r[1] for r in cells[1:]}


def test_search_and_filters_narrow_page_and_export_alike(office):
    server, serang, _ = office
    http = page_session(server, "pptk")
    found = http.get(f"{server.base}/berkas", params={"q": "narasumber"}, timeout=10).text
    assert _ids(found) == [serang[-1]["id"]]
    by_nomor = http.get(f"{server.base}/berkas", params={"q": serang[3]["businessKey"]},
                        timeout=10).text
    assert serang[3]["id"] in _ids(by_nomor)
    refused = http.get(f"{server.base}/berkas", params={"status": "ditolak"}, timeout=10).text
    assert _ids(refused) == [] and "0 berkas" in refused
    running = http.get(f"{server.base}/berkas", params={"status": "berjalan", "per": 100},
                       timeout=10).text
    assert len(_ids(running)) == 28
    export = http.get(f"{server.base}/berkas/unduh.csv", params={"q": "narasumber"},
                      timeout=10).content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(export)))) == 2
    oldest = http.get(f"{server.base}/berkas", params={"urut": "terlama"}, timeout=10).text
    assert _ids(oldest)[0] == serang[0]["id"]


def test_a_lumajang_user_never_lists_serang_cases(office):
    server, serang, lumajang = office
    http = page_session(server, "pns")
    html = http.get(f"{server.base}/berkas", params={"per": 100}, timeout=10).text
    assert sorted(_ids(html)) == sorted(c["id"] for c in lumajang)
    assert http.get(f"{server.base}/berkas/unit", timeout=10).status_code == 403
    assert http.get(f"{server.base}/berkas/unit/unduh.csv", timeout=10).status_code == 403
    searched = http.get(f"{server.base}/berkas", params={"q": "SPJ"}, timeout=10).text
    assert _ids(searched) == []
    api = server.login("pns").get("/api/process-instance", params={"maxResults": 100}).json()
    assert {c["id"] for c in api} == {c["id"] for c in lumajang}


def test_a_pengawas_of_serang_sees_every_serang_case_and_only_those(office):
    server, serang, lumajang = office
    kepala = page_session(server, "kepala")
    assert kepala.get(f"{server.base}/berkas/unit", timeout=10).status_code == 403
    assert server.login("kepala").get("/api/process-instance/count").json()["count"] == 0

    assert _pengawas(server, "put").status_code == 204
    assert _pengawas(server, "put").status_code == 204  # idempotent
    kepala = page_session(server, "kepala")  # a new login reads the new standing
    unit = kepala.get(f"{server.base}/berkas/unit", params={"per": 100}, timeout=10).text
    assert "Berkas Unit" in unit
    assert sorted(_ids(unit)) == sorted(c["id"] for c in serang)
    api = server.login("kepala")
    assert api.get("/api/process-instance/count").json()["count"] == len(serang)
    assert api.get(f"/api/process-instance/{lumajang[0]['id']}").status_code == 404
    assert api.get(f"/api/process-instance/{serang[0]['id']}").status_code == 200
    export = kepala.get(f"{server.base}/berkas/unit/unduh.csv", timeout=10)
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))[1:]
    assert sorted(int(r[-1]) for r in rows) == sorted(c["id"] for c in serang)
    page = kepala.get(f"{server.base}/instans/{serang[0]['id']}", timeout=10)
    assert page.status_code == 200 and serang[0]["businessKey"] in page.text

    log = server.login("admin").get("/api/history/user-operation",
                                    params={"operationType": "pengawas_added"}).json()
    assert [(e["userId"], e["entityId"]) for e in log] == [("admin", "kepala")]
    assert _pengawas(server, "delete").status_code == 204
    assert _pengawas(server, "delete").status_code == 404
    assert server.login("kepala").get("/api/process-instance/count").json()["count"] == 0
    pptk = server.login("pptk")
    assert pptk.http.put(f"{pptk.base}/api/user/kepala/pengawas/{SPJ_INSTANSI}",
                         timeout=30).status_code == 403


def test_admins_see_every_instansi_in_berkas_unit(office):
    server, serang, lumajang = office
    html = page_session(server, "admin").get(f"{server.base}/berkas/unit",
                                             params={"per": 100}, timeout=10).text
    assert sorted(_ids(html)) == sorted(c["id"] for c in serang + lumajang)
    assert ROOT.exists()


def test_terlambat_lists_running_cases_with_a_step_past_its_batas_waktu(office, db_url):
    server, serang, _ = office
    late = serang[5]["id"]
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:  # as if the step had waited far too long
        db.execute(update(ActiveTask).where(ActiveTask.instance_id == late)
                   .values(due_at=utcnow() - timedelta(days=3)))
    http = page_session(server, "pptk")
    html = http.get(f"{server.base}/berkas", params={"status": "terlambat"}, timeout=10).text
    assert _ids(html) == [late] and "badge-terlambat" in html


def test_the_admin_page_and_the_cli_mark_a_pengawas(office, db_url):
    server, serang, _ = office
    admin = page_session(server, "admin")
    page = admin.get(f"{server.base}/admin/pengguna/kepala", timeout=10).text
    token = CSRF.search(page)
    done = admin.post(f"{server.base}/admin/pengguna/kepala/pengawas", timeout=10, data={
        "csrf_token": token.group(1) or token.group(2), "instansi": SPJ_INSTANSI})
    assert done.status_code == 200 and "kini pengawas" in done.text
    assert SPJ_INSTANSI in re.search(r'<ul class="plain-list supervised">(.*?)</ul>', done.text,
                                     re.S).group(1)
    unit = page_session(server, "kepala").get(f"{server.base}/berkas/unit",
                                              params={"per": 100}, timeout=10).text
    assert sorted(_ids(unit)) == sorted(c["id"] for c in serang)

    runner = CliRunner()
    removed = runner.invoke(main, ["--database-url", db_url, "user", "pengawas", "remove",
                                   "kepala", SPJ_INSTANSI])
    assert removed.exit_code == 0, removed.output
    assert page_session(server, "kepala").get(f"{server.base}/berkas/unit",
                                              timeout=10).status_code == 403
    made = runner.invoke(main, ["--database-url", db_url, "create-user", "sekretaris",
                                "--password", "kuda-lari-pagi-7", "--pengawas", SPJ_INSTANSI,
                                "--pengawas", LUMAJANG])
    assert made.exit_code == 0, made.output
    api = server.login("sekretaris", "kuda-lari-pagi-7")
    assert api.get("/api/process-instance/count").json()["count"] == 30
    log = server.login("admin").get("/api/history/user-operation",
                                    params={"entityId": "sekretaris"}).json()
    assert {e["operationType"] for e in log} >= {"pengawas_added", "user_created"}
