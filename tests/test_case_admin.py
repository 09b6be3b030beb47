"""Issue 13 item 5: admin operations on running cases, through the real HTTP API on SQLite and
PostgreSQL: suspend / activate, cancel, reset to an earlier step, migrate (check, one, bulk)
and retire a version; each admins only, audited and shown in the case's timeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn
from sqlalchemy import select

from engine import case_admin
from engine.db import make_engine, make_session_factory, transaction
from engine.errors import Conflict
from engine.models import AuditEntry, CaseAction, ProcessInstance, TaskEvent

LANES = ("PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan")
EXTRA_STEP = """    <bpmn:userTask id="langkah_04b" name="Pemeriksaan Ulang SPJ" \
camunda:formKey="langkah_04b">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="catatan" label="Catatan" type="string"/>
        </camunda:formData>
      </bpmn:extensionElements>
      <bpmn:incoming>alur_langkah_04_langkah_04b</bpmn:incoming>
      <bpmn:outgoing>alur_langkah_04b_langkah_05</bpmn:outgoing>
    </bpmn:userTask>
"""


def spj_v2(folder: Path) -> Path:
    """The SPJ SOP with one more step, Pemeriksaan Ulang SPJ, between Input SPJ and
    Penggandaan dan Pengarsipan (same key: deployed, it is version 2)."""
    xml = spj_bpmn().read_text(encoding="utf-8")
    xml = xml.replace('<bpmn:outgoing>alur_langkah_04_langkah_05</bpmn:outgoing>',
                      '<bpmn:outgoing>alur_langkah_04_langkah_04b</bpmn:outgoing>')
    xml = xml.replace('<bpmn:incoming>alur_langkah_04_langkah_05</bpmn:incoming>',
                      '<bpmn:incoming>alur_langkah_04b_langkah_05</bpmn:incoming>')
    xml = xml.replace(
        '<bpmn:sequenceFlow id="alur_langkah_04_langkah_05" sourceRef="langkah_04" '
        'targetRef="langkah_05"/>',
        '<bpmn:sequenceFlow id="alur_langkah_04_langkah_04b" sourceRef="langkah_04" '
        'targetRef="langkah_04b"/>\n    <bpmn:sequenceFlow id="alur_langkah_04b_langkah_05" '
        'sourceRef="langkah_04b" targetRef="langkah_05"/>')
    xml = xml.replace('<bpmn:flowNodeRef>langkah_04</bpmn:flowNodeRef>',
                      '<bpmn:flowNodeRef>langkah_04</bpmn:flowNodeRef>\n'
                      '        <bpmn:flowNodeRef>langkah_04b</bpmn:flowNodeRef>')
    xml = xml.replace('    <bpmn:userTask id="langkah_05"', EXTRA_STEP
                      + '    <bpmn:userTask id="langkah_05"', 1)
    assert "langkah_04b" in xml and 'targetRef="langkah_04b"' in xml
    target = folder / SPJ_INSTANSI / f"{SPJ_KEY}.bpmn"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(xml, encoding="utf-8")
    return target


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    add_user(db_url, "admin", [], admin=True)
    for i, lane in enumerate(LANES):
        add_user(db_url, f"user{i}", [(lane, SPJ_INSTANSI)])
    server = live_server_for(db_url)
    clients = {"admin": server.login("admin"),
               **{lane: server.login(f"user{i}") for i, lane in enumerate(LANES)}}
    return db_url, server, clients


def put(client, path: str, body: dict) -> requests.Response:
    return client.http.put(client.base + path, json=body, timeout=30)


def start(clients) -> dict:
    resp = clients["PPTK"].post(f"/api/process-definition/key/{SPJ_KEY}/start", json={})
    assert resp.status_code == 200, resp.text
    return resp.json()


def walk_to(clients, inst: dict, step_id: str) -> dict:
    while inst["tasks"][0]["taskDefinitionKey"] != step_id:
        task = inst["tasks"][0]
        inst = complete_step(clients[task["candidateGroup"]], task)
    return inst


def rows(db_url: str, model, **where) -> list:
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory) as db:
        query = select(model).filter_by(**where).order_by(model.id)
        return [dict(vars(r)) for r in db.scalars(query)]


def test_suspend_refuses_claim_and_complete_until_activated(office):
    db_url, _, clients = office
    admin, pptk = clients["admin"], clients["PPTK"]
    inst = start(clients)
    task = inst["tasks"][0]
    path = f"/api/process-instance/{inst['id']}/suspended"
    assert put(pptk, path, {"suspended": True}).status_code == 403
    assert put(admin, path, {"suspended": True}).status_code == 204
    assert pptk.get(f"/api/process-instance/{inst['id']}").json()["suspended"] is True
    assert [t["suspended"] for t in pptk.get("/api/task").json()] == [True]
    refused = pptk.post(f"/api/task/{task['id']}/claim")
    assert refused.status_code == 409 and "ditangguhkan" in refused.json()["message"]
    assert "suspended" in refused.json()["message_en"]
    refused = pptk.post(f"/api/task/{task['id']}/complete", json={"variables": {}})
    assert refused.status_code == 409 and "ditangguhkan" in refused.json()["message"]
    assert put(admin, path, {"suspended": False}).status_code == 204
    assert pptk.get(f"/api/process-instance/{inst['id']}").json()["suspended"] is False
    inst = complete_step(pptk, task)
    assert inst["tasks"][0]["taskDefinitionKey"] == "langkah_02"
    kinds = [a["kind"] for a in admin.get(f"/api/process-instance/{inst['id']}/actions").json()]
    assert kinds == ["suspended", "activated"]
    audited = [e["action"] for e in rows(db_url, AuditEntry, target=f"case:{inst['id']}")]
    assert audited == ["case_suspended", "case_activated"]


def test_cancel_empties_every_inbox_and_tells_the_starter(office):
    db_url, _, clients = office
    admin, pptk, bendahara = clients["admin"], clients["PPTK"], clients["Bendahara Pengeluaran"]
    inst = complete_step(pptk, start(clients)["tasks"][0])
    assert [t["processInstanceId"] for t in bendahara.get("/api/task").json()] == [inst["id"]]
    assert bendahara.delete(f"/api/process-instance/{inst['id']}").status_code == 403
    resp = admin.delete(f"/api/process-instance/{inst['id']}",
                        params={"deleteReason": "anggaran dibatalkan"})
    assert resp.status_code == 204, resp.text
    assert bendahara.get("/api/task").json() == [] and admin.get("/api/task").json() == []
    ended = pptk.get(f"/api/process-instance/{inst['id']}").json()
    assert (ended["status"], ended["outcome"], ended["tasks"]) == ("completed", "dibatalkan", [])
    assert ended["endTime"] is not None
    events = [e["kind"] for e in rows(db_url, TaskEvent, instance_id=inst["id"])]
    assert events[-1] == "cancelled" and "completed" in events, "the history keeps all"
    told = pptk.get("/api/notification").json()
    assert any(n["kind"] == "case_ended" and "Dibatalkan" in n["body"] for n in told)
    again = admin.delete(f"/api/process-instance/{inst['id']}")
    assert again.status_code == 409
    # the reason as a JSON body, Camunda's other spelling
    other = start(clients)
    resp = admin.delete(f"/api/process-instance/{other['id']}",
                        json={"deleteReason": "salah input"})
    assert resp.status_code == 204
    actions = admin.get(f"/api/process-instance/{other['id']}/actions").json()
    assert [(a["kind"], a["detail"]["reason"]) for a in actions] == [("cancelled", "salah input")]
    audited = rows(db_url, AuditEntry, action="case_cancelled")
    assert [e["detail"]["reason"] for e in audited] == ["anggaran dibatalkan", "salah input"]


def test_reset_brings_an_earlier_step_back_and_keeps_the_history(office):
    db_url, _, clients = office
    admin = clients["admin"]
    inst = walk_to(clients, start(clients), "langkah_03")
    waiting = inst["tasks"][0]
    path = f"/api/process-instance/{inst['id']}/modification"
    body = {"instructions": [{"type": "startBeforeActivity", "activityId": "langkah_01"},
                             {"type": "cancel", "activityId": "langkah_03"}]}
    assert clients["PPTK"].post(path, json=body).status_code == 403
    bad = admin.post(path, json={"instructions": [
        {"type": "startBeforeActivity", "activityId": "keputusan_03"}]})
    assert bad.status_code == 422 and "keputusan_03" in bad.json()["message"]
    wrong = admin.post(path, json={"instructions": [
        {"type": "startBeforeActivity", "activityId": "langkah_01"},
        {"type": "cancel", "activityId": "langkah_02"}]})
    assert wrong.status_code == 422
    assert admin.post(path, json=body).status_code == 204
    now = admin.get(f"/api/process-instance/{inst['id']}").json()
    assert [t["taskDefinitionKey"] for t in now["tasks"]] == ["langkah_01"]
    assert now["tasks"][0]["id"] != waiting["id"]
    assert [t["name"] for t in clients["PPTK"].get("/api/task").json()] == ["Penyerahan SPJ"]
    assert clients["Kepala Sub Bagian Keuangan"].get("/api/task").json() == []
    events = [(e["step_id"], e["kind"]) for e in rows(db_url, TaskEvent, instance_id=inst["id"])]
    assert ("langkah_01", "completed") in events and ("langkah_02", "completed") in events
    assert ("langkah_03", "cancelled") in events
    history = admin.get("/api/history/task", params={"processInstanceId": inst["id"]}).json()
    assert [h["taskDefinitionKey"] for h in history] == [
        "langkah_01", "langkah_02", "langkah_03", "langkah_01"]
    # the case runs on from the step it was sent back to
    inst = complete_step(clients["PPTK"], now["tasks"][0])
    assert inst["tasks"][0]["taskDefinitionKey"] == "langkah_02"
    inst = walk_to(clients, inst, "langkah_05")
    inst = complete_step(clients["Bendahara Pengeluaran"], inst["tasks"][0])
    assert inst["ended"] is True and inst["outcome"] == "selesai"
    [action] = [a for a in rows(db_url, CaseAction, instance_id=inst["id"])]
    assert action["kind"] == "reset" and action["detail"]["to"] == "langkah_01"


def test_migrate_an_spj_case_to_a_version_with_an_extra_step(office, tmp_path):
    db_url, _, clients = office
    admin = clients["admin"]
    at_input = walk_to(clients, start(clients), "langkah_04")
    at_second = walk_to(clients, start(clients), "langkah_02")
    deploy_paths(db_url, spj_v2(tmp_path), base=tmp_path)
    check = admin.get(f"/api/process-instance/{at_input['id']}/migration-check",
                      params={"version": 2})
    assert check.status_code == 200 and check.json()["canMigrate"] is True
    assert clients["PPTK"].get(f"/api/process-instance/{at_input['id']}/migration-check",
                               params={"version": 2}).status_code == 403
    assert clients["PPTK"].post(f"/api/process-instance/{at_input['id']}/migrate",
                                json={"version": 2}).status_code == 403
    task_id = at_input["tasks"][0]["id"]
    resp = admin.post(f"/api/process-instance/{at_input['id']}/migrate", json={"version": 2})
    assert resp.status_code == 204, resp.text
    moved = admin.get(f"/api/process-instance/{at_input['id']}").json()
    assert moved["processDefinitionVersion"] == 2
    assert [t["id"] for t in moved["tasks"]] == [task_id], "the inbox row keeps its id"
    inst = complete_step(clients["Bendahara Pengeluaran"], moved["tasks"][0])
    assert inst["tasks"][0]["taskDefinitionKey"] == "langkah_04b", "runs on version 2's model"
    # back to version 1 it cannot go: its waiting step does not exist there
    back = admin.get(f"/api/process-instance/{inst['id']}/migration-check",
                     params={"version": 1}).json()
    assert back["canMigrate"] is False and "langkah_04b" in back["reason"]
    refused = admin.post(f"/api/process-instance/{inst['id']}/migrate", json={"version": 1})
    assert refused.status_code == 409 and "langkah_04b" in refused.json()["message"]
    # in bulk: every running case of version 1
    checks = admin.get(f"/api/process-definition/key/{SPJ_KEY}/migration-check",
                       params={"fromVersion": 1, "toVersion": 2}).json()
    assert [(c["processInstanceId"], c["canMigrate"]) for c in checks] == [
        (at_second["id"], True)]
    result = admin.post(f"/api/process-definition/key/{SPJ_KEY}/migrate",
                        json={"fromVersion": 1, "toVersion": 2}).json()
    assert result == {"migrated": [at_second["id"]], "failed": []}
    result = admin.post(f"/api/process-definition/key/{SPJ_KEY}/migrate",
                        json={"fromVersion": 2, "toVersion": 1}).json()
    assert result["migrated"] == [at_second["id"]]
    assert [f["processInstanceId"] for f in result["failed"]] == [inst["id"]]
    assert "langkah_04b" in result["failed"][0]["reason"]
    actions = [(a["kind"], a["detail"]) for a in rows(db_url, CaseAction,
                                                     instance_id=at_second["id"])]
    assert [(k, d["fromVersion"], d["toVersion"]) for k, d in actions] == [
        ("migrated", 1, 2), ("migrated", 2, 1)]
    assert len(rows(db_url, AuditEntry, action="case_migrated")) == 3


def test_a_retired_version_starts_no_case_and_its_cases_go_on(office, tmp_path):
    db_url, _, clients = office
    admin, pptk = clients["admin"], clients["PPTK"]
    running = start(clients)
    deploy_paths(db_url, spj_v2(tmp_path), base=tmp_path)
    v2 = admin.get(f"/api/process-definition/key/{SPJ_KEY}").json()
    assert v2["version"] == 2
    path = f"/api/process-definition/{v2['id']}/suspended"
    assert put(pptk, path, {"suspended": True}).status_code == 403
    assert put(admin, path, {"suspended": True}).status_code == 204
    assert admin.get(f"/api/process-definition/key/{SPJ_KEY}").json()["suspended"] is True
    refused = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={"version": 2})
    assert refused.status_code == 409 and "dipensiunkan" in refused.json()["message"]
    assert start(clients)["processDefinitionVersion"] == 1, "the newest one not retired"
    v1 = admin.get(f"/api/process-definition/key/{SPJ_KEY}", params={"version": 1}).json()
    assert put(admin, f"/api/process-definition/{v1['id']}/suspended",
               {"suspended": True}).status_code == 204
    refused = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={})
    assert refused.status_code == 409
    inst = complete_step(pptk, running["tasks"][0])
    assert inst["tasks"][0]["taskDefinitionKey"] == "langkah_02", "running cases go on"
    assert put(admin, path, {"suspended": False}).status_code == 204
    assert start(clients)["processDefinitionVersion"] == 2
    actions = [e["action"] for e in rows(db_url, AuditEntry)
               if e["action"].startswith("version_")]
    assert actions == ["version_retired", "version_retired", "version_reinstated"]


def page_login(server, username: str) -> requests.Session:
    """A staff page session (cookie, CSRF) over the live server."""
    http = requests.Session()
    token = _csrf(http.get(server.base + "/masuk", timeout=30).text)
    resp = http.post(server.base + "/masuk", data={"csrf_token": token, "username": username,
                                                    "password": "rahasia"}, timeout=30)
    assert resp.status_code == 200, resp.text
    return http


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_case_page_buttons_and_timeline_entries(office):
    db_url, server, clients = office
    inst = walk_to(clients, start(clients), "langkah_03")
    http = page_login(server, "admin")
    page = http.get(f"{server.base}/instans/{inst['id']}", timeout=30).text
    assert "Tangguhkan" in page and "Batalkan berkas" in page and "langkah_01" in page
    token = _csrf(page)
    base = f"{server.base}/instans/{inst['id']}"
    assert http.post(f"{base}/tangguhkan", data={"csrf_token": token, "suspended": "1"},
                     timeout=30).status_code == 200
    assert http.post(f"{base}/kembalikan", data={"csrf_token": token, "step": "langkah_02"},
                     timeout=30).status_code == 200
    page = http.post(f"{base}/batalkan", timeout=30,
                     data={"csrf_token": token, "reason": "dobel", "confirm": "1"}).text
    assert "Ditangguhkan oleh" in page
    assert "Dikembalikan ke langkah Penerimaan SPJ" in page
    assert "Dibatalkan: dobel" in page
    staff = page_login(server, "user0")
    page = staff.get(f"{base}", timeout=30).text
    assert "Batalkan berkas" not in page and "Dibatalkan: dobel" in page
    refused = staff.post(f"{base}/batalkan", timeout=30,
                         data={"csrf_token": _csrf(page), "reason": "x", "confirm": "1"})
    assert refused.status_code == 403


def test_versions_page_retires_and_moves_every_case(office, tmp_path):
    db_url, server, clients = office
    waiting = start(clients)
    deploy_paths(db_url, spj_v2(tmp_path), base=tmp_path)
    http = page_login(server, "admin")
    page = http.get(f"{server.base}/admin/sop/{SPJ_KEY}/versi", timeout=30).text
    assert "Pensiunkan versi" in page and "Pindahkan semua kasus" in page
    v1 = clients["admin"].get(f"/api/process-definition/key/{SPJ_KEY}",
                              params={"version": 1}).json()
    page = http.post(f"{server.base}/admin/sop/{SPJ_KEY}/versi/{v1['id']}/pensiun", timeout=30,
                     data={"csrf_token": _csrf(page), "retired": "1"}).text
    assert "Dipensiunkan" in page
    page = http.post(f"{server.base}/admin/sop/{SPJ_KEY}/pindahkan", timeout=30,
                     data={"csrf_token": _csrf(page), "from": "1", "to": "2"}).text
    assert "1 berkas dipindahkan dari versi 1 ke versi 2" in page
    moved = clients["admin"].get(f"/api/process-instance/{waiting['id']}").json()
    assert moved["processDefinitionVersion"] == 2
    page = http.get(f"{server.base}/instans/{waiting['id']}", timeout=30).text
    assert "Dipindahkan dari versi 1 ke versi 2" in page
    staff = page_login(server, "user0")
    assert staff.get(f"{server.base}/admin/sop/{SPJ_KEY}/versi",
                     timeout=30).status_code == 403
    v2 = clients["admin"].get(f"/api/process-definition/key/{SPJ_KEY}").json()
    assert f"/mulai/{SPJ_KEY}" in http.get(f"{server.base}/mulai", timeout=30).text
    assert put(clients["admin"], f"/api/process-definition/{v2['id']}/suspended",
               {"suspended": True}).status_code == 204
    assert f"/mulai/{SPJ_KEY}" not in http.get(f"{server.base}/mulai", timeout=30).text


def test_cancel_takes_the_cases_its_call_activities_started_along(office):
    db_url, _, clients = office
    admin = clients["admin"]
    parent, child = start(clients), start(clients)
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:  # as engine.calls links a called case
        db.get(ProcessInstance, child["id"]).parent_id = parent["id"]
    assert admin.delete(f"/api/process-instance/{parent['id']}").status_code == 204
    ended = admin.get(f"/api/process-instance/{child['id']}").json()
    assert (ended["status"], ended["outcome"]) == ("completed", "dibatalkan")
    assert clients["PPTK"].get("/api/task").json() == []
    [action] = rows(db_url, CaseAction, instance_id=child["id"])
    assert action["detail"]["parent"] == parent["id"]


def test_two_admins_at_once_one_gets_a_conflict(office):
    db_url, _, clients = office
    inst = start(clients)
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory) as seen:
        stale = seen.get(ProcessInstance, inst["id"])
        assert put(clients["admin"], f"/api/process-instance/{inst['id']}/suspended",
                   {"suspended": True}).status_code == 204  # the other admin, meanwhile
        with pytest.raises(Conflict), transaction(factory, write=True) as db:
            case_admin.bump(db, db.merge(stale, load=False), suspended=False)
    assert clients["admin"].get(f"/api/process-instance/{inst['id']}").json()["suspended"]


BOUNDARY_BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"
    targetNamespace="x">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a"/>
    <bpmn:userTask id="a" name="A"/>
    <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b"/>
    <bpmn:userTask id="b" name="B"/>
    <bpmn:boundaryEvent id="t" attachedToRef="b">
      <bpmn:timerEventDefinition><bpmn:timeDuration>"PT1H"</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="e"/>
    <bpmn:sequenceFlow id="f4" sourceRef="t" targetRef="e2"/>
    <bpmn:endEvent id="e"/>
    <bpmn:endEvent id="e2"/>
  </bpmn:process>
</bpmn:definitions>"""


def test_a_step_with_a_batas_waktu_timer_is_one_token_and_keeps_its_timer():
    """Transplant (engine.transplant) on a step with a boundary timer: the timer belongs to the
    step's token; a reset and a migration re-arm it, and a migrated step keeps its id."""
    from SpiffWorkflow.bpmn import BpmnWorkflow
    from SpiffWorkflow.util.task import TaskState

    from engine.specs import parse_spec
    from engine.state import dump_state, load_state
    from engine.transplant import live_tasks, place

    spec = parse_spec("p", BOUNDARY_BPMN)
    workflow = BpmnWorkflow(spec)
    workflow.do_engine_steps()
    workflow.get_tasks(state=TaskState.READY)[0].run()
    workflow.do_engine_steps()
    workflow = load_state(dump_state(workflow), spec)
    assert [t.task_spec.name for t in live_tasks(workflow)] == ["b"]
    place(workflow, "a")
    workflow.do_engine_steps()
    assert [t.task_spec.name for t in live_tasks(workflow)] == ["a"]
    workflow.get_tasks(state=TaskState.READY)[0].run()
    workflow.do_engine_steps()
    step = live_tasks(workflow)[0]
    place(workflow, "b", parse_spec("p", BOUNDARY_BPMN), keep_id=step.id)
    workflow.do_engine_steps()
    workflow = load_state(dump_state(workflow), spec)
    waiting = {t.task_spec.name: t for t in workflow.get_tasks(
        state=TaskState.READY | TaskState.WAITING)}
    assert set(waiting) == {"b", "t"} and waiting["b"].id == step.id
    waiting["b"].run()
    workflow.do_engine_steps()
    assert workflow.is_completed()
