"""A condition that raises at run time: the completion is rolled back (the step waits, nothing
stored, the client and the page keep what was typed), the answer is a 422 naming the gateway
and the flow, and an incident is kept for admins (API, Camunda shape, and /admin/insiden)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from conftest import add_user

from engine import audit
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
FAILING = FIXTURE.read_text().replace('keputusan == "Ya"',
                                      'keputusan == "Ya" and int(alasan) &gt; 3')
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def server(db_url, live_server_for):
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        deploy(db, [("spj.bpmn", FAILING.encode(), "uji")])
    for name, role in (("pptk", "PPTK"), ("bendahara", "Bendahara Pengeluaran"),
                       ("kasubag", "Kepala Sub Bagian Keuangan")):
        add_user(db_url, name, [(role, "uji")])
    add_user(db_url, "admin1", [], admin=True)
    live = live_server_for(db_url)
    live.db_url = db_url
    return live


def _complete(client, task_id: str, variables: dict) -> requests.Response:
    return client.post(f"/api/task/{task_id}/complete", json={"variables": variables})


def _at_the_decision(server) -> tuple[int, str]:
    """Start the SOP and complete the first two steps; the instance and the decision task."""
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    started = pptk.post("/api/process-definition/key/fixture_spj/start", json={}).json()
    step2 = _complete(pptk, started["tasks"][0]["id"],
                      {"kelengkapan_1": True, "output": "SPJ", "jumlah": 5}).json()
    step3 = _complete(bendahara, step2["tasks"][0]["id"], {"catatan": "diterima"}).json()
    return started["id"], step3["tasks"][0]["id"]


def test_a_failing_condition_is_422_the_step_waits_and_admins_see_an_incident(server):
    instance_id, task_id = _at_the_decision(server)
    kasubag, admin, staff = server.login("kasubag"), server.login("admin1"), server.login("pptk")

    refused = _complete(kasubag, task_id, {"keputusan": "Ya", "alasan": "bukan angka"})
    assert refused.status_code == 422, refused.text
    body = refused.json()
    assert "keputusan_03" in body["message"] and "f_ya" in body["message"]
    assert "tidak dapat dievaluasi" in body["message"] and "ValueError" in body["message_en"]
    assert body["activityId"] == "keputusan_03" and body["flowId"] == "f_ya"

    # Rolled back: the step still waits, nothing of the submission is stored.
    assert kasubag.get(f"/api/task/{task_id}").status_code == 200
    history = kasubag.get(f"/api/history/task?processInstanceId={instance_id}").json()
    [decision] = [h for h in history if h["id"] == task_id]
    assert decision["endTime"] is None and decision["variables"] is None
    variables = kasubag.get(f"/api/process-instance/{instance_id}").json()["variables"]
    assert "alasan" not in variables

    # The incident, Camunda's shape, admins only.
    [incident] = admin.get("/api/incident").json()
    assert incident["id"] == body["incidentId"]
    assert incident["processInstanceId"] == str(instance_id)
    assert incident["incidentType"] == "failedCondition"
    assert incident["activityId"] == "keputusan_03" and "f_ya" in incident["incidentMessage"]
    assert incident["incidentTimestamp"] and incident["resolvedTimestamp"] is None
    assert admin.get("/api/incident/count").json() == {"count": 1}
    assert admin.get(f"/api/incident/count?processInstanceId={instance_id + 1}").json() == \
        {"count": 0}
    assert admin.get("/api/incident?incidentType=failedJob").json() == []
    assert staff.get("/api/incident").status_code == 403
    assert staff.get("/api/incident/count").status_code == 403
    assert staff.delete(f"/api/incident/{incident['id']}").status_code == 403

    # The same failure again is the same open incident, not a second one.
    again = _complete(kasubag, task_id, {"keputusan": "Ya", "alasan": "bukan angka"})
    assert again.status_code == 422 and again.json()["incidentId"] == incident["id"]
    assert admin.get("/api/incident/count").json() == {"count": 1}

    # Corrected data goes through.
    done = _complete(kasubag, task_id, {"keputusan": "Ya", "alasan": "7"})
    assert done.status_code == 200 and done.json()["status"] == "completed"

    # Resolving: Camunda's DELETE, audited; twice is a conflict; unknown is 404.
    assert admin.delete(f"/api/incident/{incident['id']}").status_code == 204
    assert admin.get("/api/incident/count").json() == {"count": 0}
    [resolved] = admin.get("/api/incident?resolved=true").json()
    assert resolved["resolvedTimestamp"] is not None
    assert admin.delete(f"/api/incident/{incident['id']}").status_code == 409
    assert admin.http.put(f"{server.base}/api/incident/999999/resolve",
                          timeout=30).status_code == 404
    with transaction(make_session_factory(make_engine(server.db_url))) as db:
        [entry] = audit.entries(db, action=audit.INCIDENT_RESOLVED)
    assert entry.actor == "admin1" and entry.target == f"incident:{incident['id']}"


def _page_login(server, username: str) -> requests.Session:
    http = requests.Session()
    token = TOKEN.search(http.get(f"{server.base}/masuk", timeout=30).text).group(1)
    done = http.post(f"{server.base}/masuk", timeout=30,
                     data={"csrf_token": token, "username": username, "password": "rahasia"})
    assert done.status_code == 200
    return http


def test_the_task_page_keeps_what_was_typed_and_admins_see_the_incident_page(server):
    _, task_id = _at_the_decision(server)
    page = _page_login(server, "kasubag")
    url = f"{server.base}/tugas/{task_id}"
    token = TOKEN.search(page.get(url, timeout=30).text).group(1)
    refused = page.post(url, timeout=30,
                        data={"csrf_token": token, "keputusan": "Ya", "alasan": "tiga"})
    assert refused.status_code == 422
    assert "keputusan_03" in refused.text and "tidak dapat dievaluasi" in refused.text
    assert re.search(r'name="alasan"[^>]*>\s*tiga|value="tiga"', refused.text)

    listing = _page_login(server, "admin1").get(f"{server.base}/admin/insiden", timeout=30)
    assert listing.status_code == 200
    assert "keputusan_03" in listing.text and "Fixture SPJ" in listing.text
    assert "Tandai Selesai" in listing.text
    staff = _page_login(server, "pptk").get(f"{server.base}/admin/insiden", timeout=30)
    assert staff.status_code == 403


START_GATEWAY = FIXTURE.read_text().replace(
    '<bpmn:startEvent id="mulai" name="Mulai"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>',
    '<bpmn:startEvent id="mulai" name="Mulai"><bpmn:extensionElements><camunda:properties>'
    '<camunda:property name="startVariables" value="nilai"/></camunda:properties>'
    '</bpmn:extensionElements><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>'
    '<bpmn:exclusiveGateway id="gw_awal"><bpmn:incoming>f1</bpmn:incoming>'
    '<bpmn:outgoing>f1a</bpmn:outgoing><bpmn:outgoing>f1b</bpmn:outgoing></bpmn:exclusiveGateway>'
).replace('<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>',
          '<bpmn:incoming>f1a</bpmn:incoming><bpmn:incoming>f1b</bpmn:incoming>'
          '<bpmn:outgoing>f2</bpmn:outgoing>').replace(
    '<bpmn:sequenceFlow id="f1" sourceRef="mulai" targetRef="langkah_01"/>',
    '<bpmn:sequenceFlow id="f1" sourceRef="mulai" targetRef="gw_awal"/>'
    '<bpmn:sequenceFlow id="f1a" sourceRef="gw_awal" targetRef="langkah_01">'
    '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">int(nilai) &gt; 3'
    '</bpmn:conditionExpression></bpmn:sequenceFlow>'
    '<bpmn:sequenceFlow id="f1b" sourceRef="gw_awal" targetRef="langkah_01">'
    '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">int(nilai) &lt;= 3'
    '</bpmn:conditionExpression></bpmn:sequenceFlow>')


def test_a_start_whose_first_gateway_fails_is_422_and_stores_no_case(db_url, live_server_for):
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        deploy(db, [("awal.bpmn", START_GATEWAY.encode(), "uji")])
    add_user(db_url, "pptk", [("PPTK", "uji")])
    pptk = live_server_for(db_url).login("pptk")
    start = "/api/process-definition/key/fixture_spj/start"
    refused = pptk.post(start, json={"variables": {"nilai": "banyak"}})
    assert refused.status_code == 422, refused.text
    assert "gw_awal" in refused.json()["message"] and "f1a" in refused.json()["message"]
    assert pptk.get("/api/process-instance").json() == []
    assert pptk.post(start, json={"variables": {"nilai": "5"}}).status_code == 200
