"""Issue 2 acceptance: the SPJ SOP driven over HTTP by its three roles, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn, valid_data

ROLES = ("PPTK", "Bendahara Pengeluaran")  # the third lane is read from the model


@pytest.fixture
def spj_server(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    server = live_server_for(db_url)
    admin_roles: list[tuple[str, str]] = []
    add_user(db_url, "admin", admin_roles, admin=True)
    lanes = _lanes(server)
    for i, lane in enumerate(lanes):
        add_user(db_url, f"user{i}", [(lane, SPJ_INSTANSI)])
    add_user(db_url, "orang-lain", [("Kepala Dinas", SPJ_INSTANSI)])
    clients = {lane: server.login(f"user{i}") for i, lane in enumerate(lanes)}
    return server, clients


def _lanes(server) -> list[str]:
    from lxml import etree
    xml = spj_bpmn().read_bytes()
    ns = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
    return [lane.get("name") for lane in etree.fromstring(xml).iterfind(".//bpmn:lane", ns)]


def test_spj_lanes_are_the_three_roles(spj_server):
    _, clients = spj_server
    assert list(clients)[:2] == list(ROLES)
    assert len(clients) == 3 and "Keuangan" in list(clients)[2]


def test_spj_through_one_tidak_loop_to_the_end(spj_server):
    server, clients = spj_server
    pptk, bendahara, kasubag = clients.values()
    inst = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    assert [t["name"] for t in inst["tasks"]] == ["Penyerahan SPJ"]
    inst = complete_step(pptk, inst["tasks"][0])
    assert [(t["name"], t["candidateGroup"]) for t in inst["tasks"]] == [
        ("Penerimaan SPJ", "Bendahara Pengeluaran")]
    # the task is in Bendahara's inbox, not in PPTK's
    assert [t["name"] for t in bendahara.get("/api/task").json()] == ["Penerimaan SPJ"]
    assert pptk.get("/api/task").json() == []
    inst = complete_step(bendahara, inst["tasks"][0])
    assert inst["tasks"][0]["name"] == "Verifikasi SPJ"
    inst = complete_step(kasubag, inst["tasks"][0], keputusan="Tidak", alasan="nota kurang")
    assert [t["name"] for t in inst["tasks"]] == ["Penerimaan SPJ"], "Tidak goes back"
    inst = complete_step(bendahara, inst["tasks"][0])
    inst = complete_step(kasubag, inst["tasks"][0], keputusan="Ya")
    while inst["tasks"]:
        task = inst["tasks"][0]
        inst = complete_step(clients[task["candidateGroup"]], task)
    assert inst["ended"] is True and inst["status"] == "completed"
    history = pptk.get("/api/history/task", params={"processInstanceId": inst["id"]}).json()
    names = [h["name"] for h in history]
    assert names[:5] == ["Penyerahan SPJ", "Penerimaan SPJ", "Verifikasi SPJ",
                         "Penerimaan SPJ", "Verifikasi SPJ"]
    assert all(h["endTime"] and h["assignee"] and h["claimedBy"] == h["assignee"]
               for h in history)
    tidak = history[2]
    assert tidak["variables"]["keputusan"] == "Tidak"
    assert tidak["variables"]["alasan"] == "nota kurang"
    assert tidak["candidateGroup"] == list(clients)[2]


def _snapshot(client, instance_id: int) -> tuple:
    inst = client.get(f"/api/process-instance/{instance_id}").json()
    history = client.get("/api/history/task", params={"processInstanceId": instance_id}).json()
    return inst, history


def test_other_role_gets_403_and_nothing_changes(spj_server, db_url):
    server, clients = spj_server
    pptk = clients["PPTK"]
    stranger = server.login("orang-lain")
    inst = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    task = inst["tasks"][0]
    before = _snapshot(pptk, inst["id"])
    claim = stranger.post(f"/api/task/{task['id']}/claim")
    assert claim.status_code == 403 and claim.json()["field"] == "role"
    done = stranger.post(f"/api/task/{task['id']}/complete", json={"variables": {}})
    assert done.status_code == 403
    assert stranger.get(f"/api/task/{task['id']}").status_code == 403
    assert stranger.get("/api/task").json() == []
    assert _snapshot(pptk, inst["id"]) == before
    # once claimed, only the claimant may complete: another PPTK is refused
    add_user(db_url, "pptk-2", [("PPTK", SPJ_INSTANSI)])
    other_pptk = server.login("pptk-2")
    assert pptk.post(f"/api/task/{task['id']}/claim").status_code == 200
    fields = pptk.get(f"/api/task/{task['id']}/form-variables").json()
    refused = other_pptk.post(f"/api/task/{task['id']}/complete",
                              json={"variables": valid_data(fields)})
    assert refused.status_code == 403 and refused.json()["field"] == "assignee"
    assert other_pptk.post(f"/api/task/{task['id']}/claim").status_code == 409


@pytest.mark.parametrize("bad, field, code", [
    ({"keputusan": "Mungkin"}, "keputusan", "enum"),
    ({"keputusan": 1}, "keputusan", "type_string"),
    ({}, "keputusan", "required"),
    ({"keputusan": "Tidak"}, "alasan", "required_if"),
    ({"keputusan": "Ya", "catatan": "x" * 1001}, "catatan", "maxlength"),
    ({"keputusan": "Ya", "tidak_ada": 1}, "tidak_ada", "unknown"),
])
def test_invalid_data_gets_422_naming_the_field(spj_server, bad, field, code):
    _, clients = spj_server
    pptk, bendahara, kasubag = clients.values()
    inst = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    inst = complete_step(pptk, inst["tasks"][0])
    inst = complete_step(bendahara, inst["tasks"][0])
    task = inst["tasks"][0]
    fields = kasubag.get(f"/api/task/{task['id']}/form-variables").json()
    data = {k: v for k, v in valid_data(fields).items() if k not in ("keputusan", "alasan")}
    before = _snapshot(kasubag, inst["id"])
    resp = kasubag.post(f"/api/task/{task['id']}/complete", json={"variables": {**data, **bad}})
    assert resp.status_code == 422, resp.text
    body = resp.json()
    errors = {e["field"]: e for e in body["errors"]}
    assert errors[field]["code"] == code
    assert errors[field]["message"] and errors[field]["message_en"]
    assert errors[field]["message"] != errors[field]["message_en"]
    assert _snapshot(kasubag, inst["id"]) == before


def test_missing_checkbox_and_wrong_type_on_first_step(spj_server):
    _, clients = spj_server
    pptk = clients["PPTK"]
    inst = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    task = inst["tasks"][0]
    fields = pptk.get(f"/api/task/{task['id']}/form-variables").json()
    box = next(f["id"] for f in fields if f["type"] == "boolean")
    resp = pptk.post(f"/api/task/{task['id']}/complete",
                     json={"variables": {box: "ya", "output": 5}})
    assert resp.status_code == 422
    codes = {e["field"]: e["code"] for e in resp.json()["errors"]}
    assert codes[box] == "type_boolean" and codes["output"] == "type_string"
    resp = pptk.post(f"/api/task/{task['id']}/complete", json={"variables": {}})
    assert {e["field"]: e["code"] for e in resp.json()["errors"]}[box] == "required_checkbox"


def test_unauthenticated_and_malformed_requests_get_json_errors(spj_server):
    server, clients = spj_server
    import requests
    assert requests.get(server.base + "/api/task", timeout=10).status_code == 401
    bad_login = requests.post(server.base + "/api/auth/token",
                              json={"username": "user0", "password": "salah"}, timeout=10)
    assert bad_login.status_code == 401 and bad_login.json()["field"] == "password"
    pptk = clients["PPTK"]
    for resp in (
        pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", data="{",
                  headers={"Content-Type": "application/json"}),
        pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={"variables": 3}),
        pptk.post("/api/process-definition/key/tidak_ada/start", json={}),
        pptk.get("/api/process-instance/999999"),
        pptk.post("/api/task/not-a-task/complete", json={}),
        pptk.get("/api/history/task"),
    ):
        assert 400 <= resp.status_code < 500, resp.text
        assert resp.json()["message"]


def test_openapi_document_is_served(spj_server):
    server, _ = spj_server
    import requests
    doc = requests.get(server.base + "/api/openapi.json", timeout=10).json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/task/{task_id}/complete", "/api/process-definition/key/{key}/start",
                 "/api/history/task", "/api/deployment/create"):
        assert path in doc["paths"]


def test_instance_list_shows_each_instance_with_its_own_tasks(spj_server):
    _, clients = spj_server
    pptk, bendahara, _ = clients.values()
    first = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    second = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    complete_step(pptk, second["tasks"][0])
    listed = {i["id"]: [t["name"] for t in i["tasks"]]
              for i in pptk.get("/api/process-instance",
                                params={"processDefinitionKey": SPJ_KEY}).json()}
    assert listed == {first["id"]: ["Penyerahan SPJ"], second["id"]: ["Penerimaan SPJ"]}


def test_only_the_first_steps_role_may_start_and_a_refusal_creates_nothing(spj_server):
    """The engine enforces the same rule the Mulai SOP page lists by (engine.starting)."""
    server, clients = spj_server
    pptk, bendahara, _ = clients.values()
    outsider = server.login("orang-lain")
    for client in (bendahara, outsider):
        resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={})
        assert resp.status_code == 403, resp.text
        assert "langkah pertama" in resp.json()["message"]
    assert pptk.get("/api/process-instance",
                    params={"processDefinitionKey": SPJ_KEY}).json() == []
    assert pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).status_code == 200
