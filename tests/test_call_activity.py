"""Call activities (issue 13, item 1): a step calls another deployed SOP, which runs as a case of
its own in its own instansi and lanes; the calling case waits and goes on with the mapped data.
Everything through the real HTTP API (and the case page), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_user

FIXTURES = Path(__file__).parent / "fixtures" / "calls"
CALLEE = FIXTURES / "dinas-y" / "sop_rapat.bpmn"
CALLER = FIXTURES / "dinas-x" / "sop_permohonan.bpmn"
DIRECT = FIXTURES / "dinas-x" / "sop_langsung.bpmn"


def deploy(admin, instansi: str, *files: tuple[str, bytes]):
    return admin.post("/api/deployment/create", data={"instansi": instansi},
                      files=[("data", (name, content, "text/xml")) for name, content in files])


def _file(path: Path) -> tuple[str, bytes]:
    return path.name, path.read_bytes()


@pytest.fixture
def calls_server(db_url, live_server_for):
    server = live_server_for(db_url)
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "staf", [("Staf Umum", "dinas-x")])
    add_user(db_url, "kasi", [("Kepala Seksi", "dinas-x")])
    add_user(db_url, "sekretaris", [("Sekretaris Rapat", "dinas-y")])
    add_user(db_url, "luar", [("Staf Umum", "dinas-z")])
    admin = server.login("admin")
    assert deploy(admin, "dinas-y", _file(CALLEE)).status_code == 200
    resp = deploy(admin, "dinas-x", _file(CALLER), _file(DIRECT))
    assert resp.status_code == 200, resp.text
    users = {name: server.login(name) for name in ("staf", "kasi", "sekretaris", "luar")}
    return server, admin, users


def _start_and_call(users, uraian: str = "anggaran 2027") -> tuple[dict, dict]:
    """Start the caller, complete its first step: the called case starts."""
    staf = users["staf"]
    inst = staf.post("/api/process-definition/key/sop_permohonan/start",
                     json={"variables": {"asal": "loket"}, "title": "Rapat anggaran"}).json()
    task = inst["tasks"][0]
    inst = staf.post(f"/api/task/{task['id']}/complete",
                     json={"variables": {"uraian": uraian}}).json()
    assert inst["status"] == "active" and inst["tasks"] == [], "the caller waits, no inbox row"
    children = staf.get("/api/process-instance",
                        params={"superProcessInstance": inst["id"]}).json()
    assert len(children) == 1
    return inst, children[0]


def test_called_case_runs_in_its_own_instansi_and_resumes_the_caller(calls_server):
    server, admin, users = calls_server
    parent, child = _start_and_call(users)
    assert child["processDefinitionKey"] == "sop_rapat" and child["instansi"] == "dinas-y"
    assert child["superProcessInstanceId"] == parent["id"]
    assert child["startedBy"] == "staf" and child["title"] == "Rapat anggaran"
    assert child["businessKey"] and child["businessKey"] != parent["businessKey"]
    assert parent["superProcessInstanceId"] is None
    # the called step is in the callee's lane for dinas-y staff only
    assert [t["name"] for t in users["sekretaris"].get("/api/task").json()] == ["Pimpin Rapat"]
    for name in ("staf", "kasi", "luar"):
        assert users[name].get("/api/task").json() == [], name
    full = users["sekretaris"].get(f"/api/process-instance/{child['id']}").json()
    assert full["variables"]["uraian"] == "anggaran 2027", "all variables go in"
    assert full["variables"]["asal"] == "loket"
    # the called case's instansi staff see it; a stranger does not; the caller's starter does
    assert users["luar"].get(f"/api/process-instance/{child['id']}").status_code == 404
    assert users["staf"].get(f"/api/process-instance/{child['id']}").status_code == 200
    # filters both ways
    up = admin.get("/api/process-instance", params={"subProcessInstance": child["id"]}).json()
    assert [i["id"] for i in up] == [parent["id"]]
    historic = admin.get("/api/history/process-instance",
                         params={"processInstanceId": child["id"]}).json()
    assert historic[0]["superProcessInstanceId"] == parent["id"]
    # completing the called step resumes the caller with the mapped data
    task = full["tasks"][0]
    done = users["sekretaris"].post(f"/api/task/{task['id']}/complete", json={"variables": {
        "notulen": "disepakati", "keputusan": "Ya"}}).json()
    assert done["status"] == "completed" and done["outcome"] == "selesai"
    resumed = admin.get(f"/api/process-instance/{parent['id']}").json()
    assert [t["name"] for t in resumed["tasks"]] == ["Tindak Lanjut"]
    assert resumed["variables"]["notulen_rapat"] == "disepakati", "camunda:out source/target"
    assert "notulen" not in resumed["variables"], "only the mapped variable comes out"
    assert resumed["variables"]["hasil_sop_rapat"] == "selesai"
    assert [t["name"] for t in users["kasi"].get("/api/task").json()] == ["Tindak Lanjut"]
    acts = admin.get("/api/history/activity-instance",
                     params={"processInstanceId": parent["id"]}).json()
    call = [a for a in acts if a["activityId"] == "panggil_rapat"]
    assert len(call) == 1 and call[0]["calledProcessInstanceId"] == child["id"]
    assert all(a["calledProcessInstanceId"] is None for a in acts if a is not call[0])


def test_a_refused_called_case_is_mapped_out_as_ditolak(calls_server):
    _, admin, users = calls_server
    parent, child = _start_and_call(users)
    full = users["sekretaris"].get(f"/api/process-instance/{child['id']}").json()
    users["sekretaris"].post(f"/api/task/{full['tasks'][0]['id']}/complete", json={
        "variables": {"notulen": "tidak sepakat", "keputusan": "Tidak"}})
    ended = admin.get(f"/api/process-instance/{child['id']}").json()
    assert ended["outcome"] == "ditolak"
    resumed = admin.get(f"/api/process-instance/{parent['id']}").json()
    assert resumed["variables"]["hasil_sop_rapat"] == "ditolak"
    assert resumed["status"] == "completed", "the caller's gateway took the refused path"


def test_call_activity_first_after_start_with_a_pinned_version(calls_server):
    _, admin, users = calls_server
    changed = CALLEE.read_bytes().replace(b'name="Pimpin Rapat"', b'name="Pimpin Rapat v2"')
    assert deploy(admin, "dinas-y", (CALLEE.name, changed)).json()["created"] == [
        {"key": "sop_rapat", "version": 2}]
    inst = users["staf"].post("/api/process-definition/key/sop_langsung/start", json={}).json()
    assert inst["status"] == "active" and inst["tasks"] == []
    child = admin.get("/api/process-instance", params={"superProcessInstance": inst["id"]}).json()
    assert len(child) == 1 and child[0]["processDefinitionVersion"] == 1, "pinned version 1"
    assert [t["name"] for t in child[0]["tasks"]] == ["Pimpin Rapat"]
    # the latest binding takes version 2
    _, latest = _start_and_call(users)
    assert latest["processDefinitionVersion"] == 2
    users["sekretaris"].post(f"/api/task/{child[0]['tasks'][0]['id']}/complete", json={
        "variables": {"keputusan": "Ya"}})
    after = users["staf"].get(f"/api/process-instance/{inst['id']}").json()
    assert [t["name"] for t in after["tasks"]] == ["Arsipkan"], "no mapping: all comes out"
    assert after["variables"]["keputusan"] == "Ya"


def _refusal(admin, instansi: str, content: bytes, name: str = "caller.bpmn") -> str:
    resp = deploy(admin, instansi, (name, content))
    assert resp.status_code == 422 or resp.status_code == 400, resp.text
    return resp.text


def test_deployment_refuses_what_a_call_cannot_run(calls_server):
    _, admin, _ = calls_server
    caller = DIRECT.read_bytes().replace(b'id="sop_langsung"', b'id="sop_lain"')
    text = _refusal(admin, "dinas-x", caller.replace(b' calledElement="sop_rapat"', b""))
    assert "calledElement" in text and "callActivity 'panggil'" in text
    assert "isi calledElement" in text, "in Bahasa Indonesia too"
    text = _refusal(admin, "dinas-x", caller.replace(b'"sop_rapat"', b'"sop_tidak_ada"'))
    assert "sop_tidak_ada" in text and "neither deployed" in text and "belum diterapkan" in text
    text = _refusal(admin, "dinas-x", caller.replace(b'calledElementVersion="1"',
                                                     b'calledElementVersion="7"'))
    assert "version 7" in text and "callActivity 'panggil'" in text
    text = _refusal(admin, "dinas-x", caller.replace(b'calledElementVersion="1"',
                                                     b'calledElementVersion="${v}"'))
    assert "as a number" in text
    # the caller's condition may read the called case's outcome, not an unknown name
    ok = CALLER.read_bytes().replace(b'id="sop_permohonan"', b'id="sop_lain2"')
    assert deploy(admin, "dinas-x", ("ok.bpmn", ok)).status_code == 200
    text = _refusal(admin, "dinas-x", ok.replace(b'id="sop_lain2"', b'id="sop_lain3"').replace(
        b'hasil_sop_rapat == "ditolak"', b'hasil_lain == "ditolak"'))
    assert "hasil_lain" in text
    # a cycle: the callee, redeployed, calls the caller, which calls the callee
    cyclic = CALLEE.read_bytes().replace(
        b'<bpmn:endEvent id="selesai" name="Selesai"><bpmn:incoming>r_ya</bpmn:incoming>'
        b'</bpmn:endEvent>',
        b'<bpmn:callActivity id="balik" name="Balik" calledElement="sop_permohonan">'
        b'<bpmn:incoming>r_ya</bpmn:incoming><bpmn:outgoing>r_end</bpmn:outgoing>'
        b'</bpmn:callActivity><bpmn:endEvent id="selesai" name="Selesai">'
        b'<bpmn:incoming>r_end</bpmn:incoming></bpmn:endEvent>'
        b'<bpmn:sequenceFlow id="r_end" sourceRef="balik" targetRef="selesai"/>')
    cyclic = cyclic.replace(b"<bpmn:flowNodeRef>selesai</bpmn:flowNodeRef>",
                            b"<bpmn:flowNodeRef>selesai</bpmn:flowNodeRef>"
                            b"<bpmn:flowNodeRef>balik</bpmn:flowNodeRef>")
    text = _refusal(admin, "dinas-y", cyclic, "sop_rapat.bpmn")
    assert "cycle" in text and "sop_rapat -> sop_permohonan -> sop_rapat" in text


def test_case_pages_link_both_ways(calls_server):
    server, admin, users = calls_server
    parent, child = _start_and_call(users)
    page = _page(server, "staf", f"/instans/{parent['id']}")
    assert page.count("SOP terkait dijalankan: SOP Rapat Internal") == 1
    assert ">called<" not in page, "the link row is not also an admin action row"
    assert f'href="/instans/{child["id"]}"' in page and child["businessKey"] in page
    page = _page(server, "sekretaris", f"/instans/{child['id']}")
    assert "Dipanggil dari" in page and parent["businessKey"] in page
    assert f'href="/instans/{parent["id"]}"' not in page, "no link where it may not be seen"


def _page(server, username: str, path: str) -> str:
    import requests

    http = requests.Session()
    login = http.get(f"{server.base}/masuk", timeout=10)
    token = _csrf(login.text)
    resp = http.post(f"{server.base}/masuk", data={"username": username, "password": "rahasia",
                                                   "csrf_token": token}, timeout=30)
    assert resp.status_code == 200, resp.status_code
    page = http.get(server.base + path, timeout=30)
    assert page.status_code == 200, page.text[:500]
    return page.text


def _csrf(html: str) -> str:
    import re

    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*'
                      r'name="csrf_token"', html)
    assert found, "login form has a csrf token"
    return found.group(1) or found.group(2)


def test_a_called_case_that_ends_at_once_resumes_the_caller_in_the_same_answer(calls_server):
    _, admin, users = calls_server
    assert deploy(admin, "dinas-y", _file(FIXTURES / "dinas-y" / "sop_kosong.bpmn")
                  ).status_code == 200
    caller = DIRECT.read_bytes().replace(b'id="sop_langsung"', b'id="sop_langsung_kosong"')
    caller = caller.replace(b'calledElement="sop_rapat" camunda:calledElementBinding="version" '
                            b'camunda:calledElementVersion="1"', b'calledElement="sop_kosong"')
    assert deploy(admin, "dinas-x", ("kosong.bpmn", caller)).status_code == 200
    inst = users["staf"].post("/api/process-definition/key/sop_langsung_kosong/start",
                              json={"variables": {"a": 1}}).json()
    assert [t["name"] for t in inst["tasks"]] == ["Arsipkan"]
    assert inst["variables"]["hasil_sop_kosong"] == "selesai"
    child = admin.get("/api/process-instance", params={"superProcessInstance": inst["id"]}).json()
    assert child[0]["status"] == "completed" and child[0]["superProcessInstanceId"] == inst["id"]
