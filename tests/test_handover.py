"""Issue 10 item 6: hand-over over real HTTP, both databases.

A pengawas of the SPJ's instansi (engine.supervisors) or an admin hands a waiting step, claimed
or not, to another holder of its role, own or Plh. (``POST /api/task/{id}/assignee``, Camunda's
Set Assignee); a peer, the PPTK or a pengawas of another instansi gets 403, a non-holder is a 422
naming ``userId``, a finished step a 409. The new holder completes it, the old one no longer
may; /api/history/task lists the hand-over, the instance page shows it, the audit log has it.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn

from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import office_today
from engine.supervisors import mark

BENDAHARA = "Bendahara Pengeluaran"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "bendahara1", [(BENDAHARA, SPJ_INSTANSI)])
    add_user(db_url, "bendahara2", [(BENDAHARA, SPJ_INSTANSI)])
    add_user(db_url, "kepala", [("Kepala Dinas", SPJ_INSTANSI)])
    add_user(db_url, "kepala-lain", [("Kepala Dinas", "lumajang-disdukcapil")])
    add_user(db_url, "staf", [("Analis Keuangan", SPJ_INSTANSI)])
    add_user(db_url, "admin", [], admin=True)
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        mark(db, "kepala", SPJ_INSTANSI)
        mark(db, "kepala-lain", "lumajang-disdukcapil")
    return db_url, live_server_for(db_url)


def _at_bendahara_step(server) -> tuple[dict, dict]:
    """(case, task): an SPJ whose Penerimaan SPJ is claimed by bendahara1."""
    pptk = server.login("pptk")
    case = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    case = complete_step(pptk, case["tasks"][0])
    task = case["tasks"][0]
    assert server.login("bendahara1").post(f"/api/task/{task['id']}/claim").status_code == 200
    return case, task


def _assign(client, task_id: str, user_id: str | None) -> requests.Response:
    return client.post(f"/api/task/{task_id}/assignee", json={"userId": user_id})


def test_a_pengawas_hands_a_claimed_step_to_a_colleague(office):
    _, server = office
    case, task = _at_bendahara_step(server)
    kepala = server.login("kepala")
    assert kepala.get(f"/api/task/{task['id']}").status_code == 200  # a pengawas sees it
    done = _assign(kepala, task["id"], "bendahara2")
    assert done.status_code == 204, done.text
    bendahara1, bendahara2 = server.login("bendahara1"), server.login("bendahara2")
    assert bendahara2.get(f"/api/task/{task['id']}").json()["assignee"] == "bendahara2"
    fields = bendahara1.get(f"/api/task/{task['id']}/form-variables").json()
    refused = bendahara1.post(f"/api/task/{task['id']}/complete",
                              json={"variables": {f["id"]: True for f in fields
                                                  if f["type"] == "boolean"}})
    assert refused.status_code == 403, refused.text
    after = complete_step(bendahara2, task)
    assert after["tasks"][0]["name"] == "Verifikasi SPJ"
    history = kepala.get("/api/history/task", params={"processInstanceId": case["id"]}).json()
    received = next(h for h in history if h["id"] == task["id"])
    assert received["assignee"] == "bendahara2" and received["claimedBy"] == "bendahara2"
    assert [(h["from"], h["to"], h["by"]) for h in received["handovers"]] == [
        ("bendahara1", "bendahara2", "kepala")]
    first = next(h for h in history if h["name"] == "Penyerahan SPJ")
    assert first["handovers"] == []
    page = _page(server, "kepala", f"/instans/{case['id']}")
    assert "Diserahkan oleh kepala kepada bendahara2" in page
    logged = server.login("admin").get("/api/history/user-operation",
                                       params={"operationType": "task_assigned"}).json()
    assert [(e["userId"], e["entityId"], e["detail"]["to"]) for e in logged] == [
        ("kepala", f"task:{task['id']}", "bendahara2")]


def test_only_a_pengawas_of_the_instansi_or_an_admin_may_hand_over(office):
    _, server = office
    _, task = _at_bendahara_step(server)
    for who in ("bendahara2", "pptk", "kepala-lain", "staf"):
        refused = _assign(server.login(who), task["id"], "bendahara2")
        assert refused.status_code == 403, (who, refused.text)
    assert server.login("bendahara2").get(f"/api/task/{task['id']}").json()["assignee"] \
        == "bendahara1"
    admin = server.login("admin")
    assert _assign(admin, task["id"], "bendahara2").status_code == 204
    assert _assign(admin, task["id"], None).status_code == 204  # back to every holder
    assert admin.get(f"/api/task/{task['id']}").json()["assignee"] is None
    assert admin.post(f"/api/task/{task['id']}/claim").status_code == 403  # not a holder


def test_a_step_goes_only_to_a_holder_of_its_role_today(office):
    url, server = office
    _, task = _at_bendahara_step(server)
    kepala = server.login("kepala")
    for user_id in ("pptk", "staf", "tidak-ada", "kepala"):
        refused = _assign(kepala, task["id"], user_id)
        assert refused.status_code == 422, (user_id, refused.text)
        assert refused.json()["field"] == "userId"
    assert _assign(kepala, task["id"], "").status_code == 422  # not a user id at all
    # a Plh. Bendahara Pengeluaran holds the role today, so may receive it
    today = office_today()
    made = server.login("admin").post("/api/substitution", json={
        "userId": "staf", "role": BENDAHARA, "instansi": SPJ_INSTANSI, "kind": "Plh",
        "from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat()})
    assert made.status_code == 200, made.text
    assert _assign(kepala, task["id"], "staf").status_code == 204
    after = complete_step(server.login("staf"), task)
    history = kepala.get("/api/history/task",
                         params={"processInstanceId": after["id"]}).json()
    received = next(h for h in history if h["id"] == task["id"])
    assert received["assignee"] == "staf" and received["actingAs"] == "Plh. Bendahara Pengeluaran"
    finished = _assign(kepala, task["id"], "bendahara2")
    assert finished.status_code == 409, finished.text


def _page(server, username: str, path: str) -> str:
    http = requests.Session()
    match = CSRF.search(http.get(f"{server.base}/masuk", timeout=10).text)
    http.post(f"{server.base}/masuk", timeout=10, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    found = http.get(f"{server.base}{path}", timeout=10)
    assert found.status_code == 200, found.text
    return found.text
