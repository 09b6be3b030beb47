"""Issue 10 item 4: a refused request ends "ditolak", never a green "Selesai".

Lumajang's Prosedur Pengajuan Cuti asks at step 2 "Masih ada sisa cuti tahunan?"; its Tidak
("Tidak ada") ends the SOP (through the end's merge gateway). A case refused there ends with
outcome ``ditolak`` in the API, a red Ditolak badge on its page and the flash says so; the same
SOP run on its Ya path ends ``selesai``. The rule (engine.outcomes) also honours an explicit
``hasil`` property on an end event.
"""

from __future__ import annotations

import re

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import CUTI_BPMN, valid_data  # CUTI_BPMN: the SOP without its dokumen marks

LUMAJANG = "lumajang-disdukcapil"
CUTI_KEY = "lumajang_dukcapil_pengajuan_cuti"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
LANES = ["PNS", "Kepala Sub Bagian Umum dan Kepegawaian", "Staf", "Sekretaris", "Kepala Dinas"]


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, CUTI_BPMN)
    add_user(db_url, "pns", [("PNS", LUMAJANG)])
    add_user(db_url, "umpeg", [("Kepala Sub Bagian Umum dan Kepegawaian", LUMAJANG)])
    for lane in LANES[2:]:  # one holder per jabatan: a check is never its own work's checker
        add_user(db_url, lane.lower().replace(" ", "-"), [(lane, LUMAJANG)])
    return db_url, live_server_for(db_url)


def holder(server, role: str):
    """The API session of the fixture's user holding ``role``."""
    name = {"PNS": "pns", LANES[1]: "umpeg"}.get(role, role.lower().replace(" ", "-"))
    return server.login(name)


def page_session(server, username: str) -> requests.Session:
    http = requests.Session()
    match = CSRF.search(http.get(f"{server.base}/masuk", timeout=10).text)
    done = http.post(f"{server.base}/masuk", timeout=10, allow_redirects=False, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    assert done.status_code == 302, done.text
    return http


def _first_step_done(server) -> dict:
    pns = server.login("pns")
    case = pns.post(f"/api/process-definition/key/{CUTI_KEY}/start",
                    json={"title": "Cuti tahunan 5 hari"}).json()
    task = case["tasks"][0]
    assert pns.post(f"/api/task/{task['id']}/claim").status_code == 200
    fields = pns.get(f"/api/task/{task['id']}/form-variables").json()
    after = pns.post(f"/api/task/{task['id']}/complete",
                     json={"variables": valid_data(fields)}).json()
    assert [t["candidateGroup"] for t in after["tasks"]] == [
        "Kepala Sub Bagian Umum dan Kepegawaian"]
    return after


def test_tidak_at_step_2_ends_the_case_ditolak_in_api_page_and_flash(office):
    _, server = office
    case = _first_step_done(server)
    step = case["tasks"][0]
    umpeg = page_session(server, "umpeg")
    form = umpeg.get(f"{server.base}/tugas/{step['id']}", timeout=10).text
    match = CSRF.search(form)
    fields = server.login("umpeg").get(f"/api/task/{step['id']}/form-variables").json()
    data = {k: ("y" if v is True else v) for k, v in valid_data(fields, "Tidak").items()}
    data.update({"csrf_token": match.group(1) or match.group(2), "keputusan": "Tidak",
                 "alasan": "Sisa cuti tahunan sudah habis."})
    done = umpeg.post(f"{server.base}/tugas/{step['id']}", data=data, timeout=10)
    assert done.status_code == 200, done.text
    assert f"/instans/{case['id']}" in done.url
    flash = re.search(r'class="flash flash-(\w+)">([^<]+)<', done.text)
    assert flash and "ditolak" in flash.group(2) and case["businessKey"] in flash.group(2)
    assert "dikembalikan" not in flash.group(2)
    status = re.search(r'class="instance-status">(.*?)</dd>', done.text, re.S).group(1)
    assert "badge-ditolak" in status and "Ditolak" in status and "badge-selesai" not in status

    api = server.login("pns").get(f"/api/process-instance/{case['id']}").json()
    assert (api["ended"], api["outcome"]) == (True, "ditolak")
    history = server.login("pns").get("/api/history/process-instance",
                                      params={"processInstanceId": case["id"]}).json()
    assert [(h["outcome"], h["state"]) for h in history] == [("ditolak", "COMPLETED")]
    mine = page_session(server, "pns").get(f"{server.base}/berkas?status=ditolak",
                                           timeout=10).text
    assert case["businessKey"] in mine and "badge-ditolak" in mine


def test_the_ya_path_ends_selesai(office):
    _, server = office
    case = _first_step_done(server)
    for _ in range(30):
        if not case["tasks"]:
            break
        task = case["tasks"][0]
        user = holder(server, task["candidateGroup"])
        assert user.post(f"/api/task/{task['id']}/claim").status_code == 200
        fields = user.get(f"/api/task/{task['id']}/form-variables").json()
        answer = user.post(f"/api/task/{task['id']}/complete",
                           json={"variables": valid_data(fields, "Ya")})
        assert answer.status_code == 200, answer.text
        case = answer.json()
    assert (case["ended"], case["outcome"]) == (True, "selesai")


def test_an_end_event_may_declare_its_outcome(tmp_path, db_url, live_server_for):
    text = CUTI_BPMN.read_text(encoding="utf-8")
    end = '<bpmn:endEvent id="selesai" name="Selesai">'
    assert end in text
    text = text.replace(end, end + '<bpmn:extensionElements><camunda:properties>'
                        '<camunda:property name="hasil" value="selesai"/></camunda:properties>'
                        '</bpmn:extensionElements>', 1)
    path = tmp_path / LUMAJANG / CUTI_BPMN.name
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    deploy_paths(db_url, path, base=tmp_path)
    add_user(db_url, "pns", [("PNS", LUMAJANG)])
    add_user(db_url, "umpeg", [("Kepala Sub Bagian Umum dan Kepegawaian", LUMAJANG)])
    server = live_server_for(db_url)
    case = _first_step_done(server)
    umpeg = server.login("umpeg")
    step = case["tasks"][0]
    assert umpeg.post(f"/api/task/{step['id']}/claim").status_code == 200
    fields = umpeg.get(f"/api/task/{step['id']}/form-variables").json()
    done = umpeg.post(f"/api/task/{step['id']}/complete",
                      json={"variables": valid_data(fields, "Tidak", "habis")}).json()
    assert (done["ended"], done["outcome"]) == (True, "selesai")  # the model said so
