"""Issue 10 item 7: Plt. / Plh. over real HTTP, both databases.

An admin records that a staff member acts as Plh. Kepala Sub Bagian Keuangan from one date to
another;
between those dates the staff member sees the SPJ's Kasubag step in their task list (API and
Tugas Saya page), claims and completes it, and the history says "Plh. Kepala Sub Bagian
Keuangan". The day
after the end (the office's "today" moved with engine.clock), before the start, and after an
admin ended it early, the same person gets 403 and the task is not listed. Bad requests are
refused naming the field; every change is in the audit log.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, complete_step, spj_bpmn

from engine.clock import SimulatedClock, using
from engine.deadlines import office_today

KASUBAG = "Kepala Sub Bagian Keuangan"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "bendahara", [("Bendahara Pengeluaran", SPJ_INSTANSI)])
    add_user(db_url, "kasubag", [(KASUBAG, SPJ_INSTANSI)])
    add_user(db_url, "staf", [("Analis Keuangan", SPJ_INSTANSI)])  # no lane of the SPJ
    add_user(db_url, "admin", [], admin=True)
    return db_url, live_server_for(db_url)


def _at_kasubag_step(server) -> dict:
    """An SPJ waiting at Verifikasi SPJ (the Kasubag's step)."""
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    case = pptk.post("/api/process-definition/key/serang_kominfo_penyusunan_spj/start",
                     json={}).json()
    case = complete_step(pptk, case["tasks"][0])
    case = complete_step(bendahara, case["tasks"][0])
    assert case["tasks"][0]["candidateGroup"] == KASUBAG
    return case


def _record(admin, start: date, end: date, **overrides) -> requests.Response:
    body = {"userId": "staf", "role": KASUBAG, "instansi": SPJ_INSTANSI,
            "from": start.isoformat(), "to": end.isoformat(), "kind": "Plh", **overrides}
    return admin.post("/api/substitution", json=body)


def _listed(client) -> list[str]:
    resp = client.get("/api/task")
    assert resp.status_code == 200, resp.text
    return [t["id"] for t in resp.json()]


def _page_inbox(server, username: str) -> str:
    http = requests.Session()
    match = CSRF.search(http.get(f"{server.base}/masuk", timeout=10).text)
    done = http.post(f"{server.base}/masuk", timeout=10, allow_redirects=False, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    assert done.status_code == 302, done.text
    return http.get(f"{server.base}/tugas", timeout=10).text


def _office_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 5, 0, tzinfo=UTC)  # 12:00 WIB


def test_a_plh_between_the_dates_acts_in_the_jabatan(office):
    _, server = office
    admin = server.login("admin")
    case = _at_kasubag_step(server)
    task = case["tasks"][0]
    staf = server.login("staf")
    assert task["id"] not in _listed(staf)
    assert staf.post(f"/api/task/{task['id']}/claim").status_code == 403
    today = office_today()
    made = _record(admin, today, today + timedelta(days=2))
    assert made.status_code == 200, made.text
    record = made.json()
    assert record["label"] == "Plh. Kepala Sub Bagian Keuangan" and record["active"] is True
    assert record["from"] == today.isoformat() and record["endedAt"] is None
    staf = server.login("staf")
    assert task["id"] in _listed(staf)
    assert "Verifikasi SPJ" in _page_inbox(server, "staf")  # Tugas Saya honours the Plh.
    assert staf.get(f"/api/process-instance/{case['id']}").status_code == 200
    done = complete_step(staf, task)
    assert done["tasks"][0]["name"] == "Input SPJ"
    history = staf.get("/api/history/task", params={"processInstanceId": case["id"]}).json()
    verified = next(h for h in history if h["name"] == "Verifikasi SPJ")
    assert verified["assignee"] == "staf"
    assert verified["actingAs"] == "Plh. Kepala Sub Bagian Keuangan"
    own = next(h for h in history if h["name"] == "Penerimaan SPJ")
    assert own["assignee"] == "bendahara" and own["actingAs"] is None
    # the instance page's timeline says it too
    page = _page_instance(server, "staf", case["id"])
    assert "Plh. Kepala Sub Bagian Keuangan" in page
    logged = admin.get("/api/history/user-operation",
                       params={"operationType": "substitution_added"}).json()
    assert [e["entityId"] for e in logged] == ["staf"]


def _page_instance(server, username: str, instance_id: int) -> str:
    http = requests.Session()
    match = CSRF.search(http.get(f"{server.base}/masuk", timeout=10).text)
    http.post(f"{server.base}/masuk", timeout=10, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    found = http.get(f"{server.base}/instans/{instance_id}", timeout=10)
    assert found.status_code == 200, found.text
    return found.text


def test_outside_the_dates_the_plh_is_nobody(office):
    _, server = office
    admin = server.login("admin")
    today = office_today()
    start, end = today + timedelta(days=3), today + timedelta(days=5)
    assert _record(admin, start, end).status_code == 200
    case = _at_kasubag_step(server)
    task = case["tasks"][0]
    for day, expected in ((start - timedelta(days=1), False), (start, True), (end, True),
                          (end + timedelta(days=1), False)):
        with using(SimulatedClock(_office_noon(day))):
            staf = server.login("staf")  # a fresh token: its actor is read on this day
            assert (task["id"] in _listed(staf)) is expected, day
            assert staf.get(f"/api/task/{task['id']}").status_code == (200 if expected
                                                                       else 403), day
            if not expected:
                assert staf.post(f"/api/task/{task['id']}/claim").status_code == 403
                assert staf.get(f"/api/process-instance/{case['id']}").status_code == 404


def test_ended_early_the_plh_stops_at_once(office):
    _, server = office
    admin = server.login("admin")
    today = office_today()
    record = _record(admin, today, today + timedelta(days=10)).json()
    case = _at_kasubag_step(server)
    task = case["tasks"][0]
    staf = server.login("staf")
    assert task["id"] in _listed(staf)
    assert admin.delete(f"/api/substitution/{record['id']}").status_code == 204
    # the same token: this worker forgot its cached actor when the substitution ended
    assert task["id"] not in _listed(staf)
    assert staf.post(f"/api/task/{task['id']}/claim").status_code == 403
    active = admin.get("/api/substitution", params={"active": "true"}).json()
    assert active == []
    kept = admin.get("/api/substitution", params={"userId": "staf"}).json()
    assert [r["id"] for r in kept] == [record["id"]] and kept[0]["endedAt"] is not None
    assert kept[0]["active"] is False
    again = admin.delete(f"/api/substitution/{record['id']}")
    assert again.status_code == 409 and again.json()["field"] == "id"
    assert admin.delete("/api/substitution/999999").status_code == 404
    logged = admin.get("/api/history/user-operation",
                       params={"operationType": "substitution_ended"}).json()
    assert [e["entityId"] for e in logged] == ["staf"]


def test_bad_substitutions_are_refused_naming_the_field(office):
    _, server = office
    admin = server.login("admin")
    today = office_today()
    week = today + timedelta(days=7)
    cases = [({"kind": "Pjs"}, 422, "kind"),
             ({"from": week.isoformat(), "to": today.isoformat()}, 422, "to"),
             ({"from": (today - timedelta(days=9)).isoformat(),
               "to": (today - timedelta(days=2)).isoformat()}, 422, "to"),
             ({"role": "Juru Masak"}, 422, "role"),
             ({"instansi": "*"}, 422, "instansi"),
             ({"userId": "tidak-ada"}, 422, "userId"),
             ({"userId": "kasubag"}, 409, "userId"),
             ({"from": "kemarin"}, 422, "from")]
    for overrides, status, field in cases:
        resp = _record(admin, today, week, **overrides)
        assert resp.status_code == status, (overrides, resp.text)
        body = resp.json()
        assert body["message"] and body["message_en"], body
        named = body.get("field") or next(iter(body.get("errors") or [{}])).get("field")
        assert named == field or field in resp.text, (overrides, body)
    assert _record(admin, today, week).status_code == 200
    twice = _record(admin, today + timedelta(days=1), week + timedelta(days=3))
    assert twice.status_code == 409, twice.text
    staf = server.login("staf")
    assert _record(staf, today, week).status_code == 403
    assert staf.get("/api/substitution").status_code == 403
    assert admin.get("/api/substitution", params={"instansi": SPJ_INSTANSI,
                                                   "active": "true"}).json()[0]["userId"] == "staf"


def test_a_plt_starts_the_sops_the_jabatan_starts(office):
    _, server = office
    start = "/api/process-definition/key/serang_kominfo_penyusunan_spj/start"
    assert server.login("staf").post(start, json={}).status_code == 403
    today = office_today()
    made = _record(server.login("admin"), today, today, role="PPTK", kind="Plt")
    assert made.status_code == 200 and made.json()["label"] == "Plt. PPTK"
    case = server.login("staf").post(start, json={})
    assert case.status_code == 200, case.text
    assert case.json()["startedBy"] == "staf"
