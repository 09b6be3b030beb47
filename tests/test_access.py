"""Issue 9 item 1: one rule for who may see a case (engine.access), over real HTTP, both databases.

A Serang SPJ must be invisible to a Lumajang user (404, as if it did not exist) in the instance,
its task history and its activities, and left out of the list and the count; its lane holders,
its starter, whoever acted in it (even after losing the role) and admins see it. The staff page
/instans/{id} follows the same rule.
"""

from __future__ import annotations

import re

import pytest
import requests
from conftest import ROOT, add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn
from sqlalchemy import delete, select

from engine.db import make_engine, make_session_factory, transaction
from engine.models import User, UserRole

LUMAJANG = "lumajang-disdukcapil"
IJIN_BPMN = ROOT / "bpmn" / LUMAJANG / "lumajang_dukcapil_ijin_keluar.bpmn"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def office(db_url, live_server_for):
    """The SPJ of Serang and an SOP of Lumajang, with users of both and an admin."""
    deploy_paths(db_url, spj_bpmn(), IJIN_BPMN)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "bendahara", [("Bendahara Pengeluaran", SPJ_INSTANSI)])
    add_user(db_url, "kasubag-semua", [("Kepala Sub Bagian Keuangan", "*")])
    add_user(db_url, "kepala", [("Kepala Dinas", SPJ_INSTANSI)])  # no lane of the SPJ
    # Lumajang: its own SOP's role, and the SPJ's role name in the wrong instansi
    add_user(db_url, "staf-lumajang", [("Staf", LUMAJANG), ("PPTK", LUMAJANG)])
    add_user(db_url, "admin", [], admin=True)
    return db_url, live_server_for(db_url)


def _start(client, key: str = SPJ_KEY) -> dict:
    resp = client.post(f"/api/process-definition/key/{key}/start", json={})
    assert resp.status_code == 200, resp.text
    return resp.json()


def _ijin_key(client) -> str:
    keys = [d["key"] for d in client.get("/api/process-definition").json()]
    return next(k for k in keys if k.startswith("lumajang_"))


def _remove_roles(url: str, username: str) -> None:
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        user_id = db.scalar(select(User.id).where(User.username == username))
        db.execute(delete(UserRole).where(UserRole.user_id == user_id))


def _reads(client, instance_id: int) -> list[requests.Response]:
    """Everything one can read of a case: the instance, its task history, its activities."""
    params = {"processInstanceId": instance_id}
    return [client.get(f"/api/process-instance/{instance_id}"),
            client.get("/api/history/task", params=params),
            client.get("/api/history/activity-instance", params=params)]


def _listed(client, **params) -> list[int]:
    resp = client.get("/api/process-instance", params={"maxResults": 1000, **params})
    assert resp.status_code == 200, resp.text
    return [i["id"] for i in resp.json()]


def _count(client, **params) -> int:
    resp = client.get("/api/process-instance/count", params=params)
    assert resp.status_code == 200, resp.text
    return resp.json()["count"]


def test_a_case_of_another_instansi_does_not_exist_for_its_stranger(office):
    _, server = office
    pptk, lumajang = server.login("pptk"), server.login("staf-lumajang")
    spj = _start(pptk)
    spj = complete_step(pptk, spj["tasks"][0], alasan="")  # history now holds form data
    own = _start(lumajang, _ijin_key(lumajang))
    missing = 10_000 + spj["id"]
    for hidden, absent in zip(_reads(lumajang, spj["id"]), _reads(lumajang, missing),
                              strict=True):
        assert hidden.status_code == 404, hidden.text
        assert "SPJ" not in hidden.text and "output" not in hidden.text
        # answered exactly like a case that does not exist
        assert hidden.json()["message"] == absent.json()["message"].replace(
            str(missing), str(spj["id"]))
    assert _listed(lumajang) == [own["id"]] and _count(lumajang) == 1
    assert _listed(lumajang, processDefinitionKey=SPJ_KEY) == []
    assert _count(lumajang, processDefinitionKey=SPJ_KEY) == 0
    assert all(r.status_code == 200 for r in _reads(lumajang, own["id"]))
    # a role held elsewhere in Serang that is no lane of the SPJ does not open it either
    kepala = server.login("kepala")
    assert [r.status_code for r in _reads(kepala, spj["id"])] == [404, 404, 404]
    assert _listed(kepala) == [] and _count(kepala) == 0


def test_lane_holders_the_starter_and_admins_see_the_case(office):
    url, server = office
    pptk = server.login("pptk")
    spj = _start(pptk)
    other = _start(pptk)
    for who in ("bendahara", "kasubag-semua", "admin"):  # lane in Serang, lane in '*', admin
        client = server.login(who)
        assert [r.status_code for r in _reads(client, spj["id"])] == [200, 200, 200], who
        assert _listed(client) == [other["id"], spj["id"]] and _count(client) == 2, who
    history = server.login("bendahara").get(
        "/api/history/task", params={"processInstanceId": spj["id"]}).json()
    assert [h["name"] for h in history] == ["Penyerahan SPJ"]
    # the starter keeps seeing what they started after moving to another post, and only that
    _remove_roles(url, "pptk")
    moved = server.login("pptk")
    assert [r.status_code for r in _reads(moved, spj["id"])] == [200, 200, 200]
    assert _listed(moved) == [other["id"], spj["id"]] and _count(moved) == 2
    admin = server.login("admin")
    lumajang_case = _start(server.login("staf-lumajang"),
                           _ijin_key(admin))
    assert _listed(admin) == [lumajang_case["id"], other["id"], spj["id"]]
    assert _count(admin) == 3
    assert _listed(moved) == [other["id"], spj["id"]]


def test_who_completed_a_step_sees_the_case_after_losing_the_role(office):
    url, server = office
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    worked = complete_step(pptk, _start(pptk)["tasks"][0])
    worked = complete_step(bendahara, worked["tasks"][0])
    untouched = _start(pptk)
    _remove_roles(url, "bendahara")
    moved = server.login("bendahara")  # a fresh token: the new roles, no cached holder
    assert [r.status_code for r in _reads(moved, worked["id"])] == [200, 200, 200]
    assert [r.status_code for r in _reads(moved, untouched["id"])] == [404, 404, 404]
    assert _listed(moved) == [worked["id"]] and _count(moved) == 1
    done = {h["name"]: h["assignee"] for h in moved.get(
        "/api/history/task", params={"processInstanceId": worked["id"]}).json()}
    assert done["Penerimaan SPJ"] == "bendahara"


def test_paging_counts_only_visible_cases(office):
    """30 visible among 60, started alternately, so cutting a page before filtering would fail."""
    _, server = office
    pptk, lumajang = server.login("pptk"), server.login("staf-lumajang")
    ijin = _ijin_key(pptk)
    mine = []
    for _ in range(30):
        mine.append(_start(pptk)["id"])
        _start(lumajang, ijin)
    mine.reverse()  # newest first
    pages = [_listed(pptk, firstResult=first, maxResults=10) for first in (0, 10, 20, 30)]
    assert pages == [mine[:10], mine[10:20], mine[20:30], []]
    assert _count(pptk) == 30 and _count(lumajang) == 30
    assert _count(server.login("admin")) == 60
    assert _count(pptk, status="active") == 30 and _count(pptk, status="completed") == 0
    bad = pptk.get("/api/process-instance", params={"maxResults": -1})
    assert bad.status_code == 422 and bad.json()["field"] == "maxResults"


def _page_session(server, username: str) -> requests.Session:
    http = requests.Session()
    form = http.get(f"{server.base}/masuk", timeout=10).text
    match = CSRF.search(form)
    assert match, "the login page carries a CSRF token"
    done = http.post(f"{server.base}/masuk", timeout=10, allow_redirects=False, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    assert done.status_code == 302, done.text
    return http


def test_the_instance_page_follows_the_same_rule(office):
    url, server = office
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    spj = complete_step(bendahara, complete_step(pptk, _start(pptk)["tasks"][0])["tasks"][0])
    _remove_roles(url, "bendahara")
    page = f"{server.base}/instans/{spj['id']}"
    for who in ("pptk", "bendahara", "kasubag-semua", "admin"):
        seen = _page_session(server, who).get(page, timeout=10)
        assert seen.status_code == 200 and "Penerimaan SPJ" in seen.text, who
    for who in ("staf-lumajang", "kepala"):
        refused = _page_session(server, who).get(page, timeout=10)
        assert refused.status_code == 403, who
        assert f"Anda tidak berhak melihat berkas #{spj['id']}" in refused.text
        assert "Penerimaan SPJ" not in refused.text
    absent = _page_session(server, "admin").get(f"{server.base}/instans/99999", timeout=10)
    assert absent.status_code == 404
