"""Issue 13, embedded sub-processes over the real HTTP API: the steps inside a sub-process go
to the lane of the sub-process unless they name their own, a Tidak loops inside it, and the
case runs on after it to its end, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from conftest import add_user

from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.errors import DeploymentError

FIXTURE = Path(__file__).parent / "fixtures" / "subproses_loop.bpmn"
KEY = "fixture_subproses"
INSTANSI = "uji-subproses"
PPTK, BENDAHARA, KASUBAG = "PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"


def _deploy(db_url: str, content: bytes) -> None:
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        deploy(db, [("subproses.bpmn", content, INSTANSI)])


@pytest.fixture
def users(db_url, live_server_for):
    _deploy(db_url, FIXTURE.read_bytes())
    server = live_server_for(db_url)
    for name, role in (("pptk", PPTK), ("bendahara", BENDAHARA), ("kasubag", KASUBAG)):
        add_user(db_url, name, [(role, INSTANSI)])
    return server, {role: server.login(name) for name, role in
                    (("pptk", PPTK), ("bendahara", BENDAHARA), ("kasubag", KASUBAG))}


def _do(client, inst: dict, name: str, role: str, **variables) -> dict:
    """The one waiting step is ``name`` for ``role``: claim it and complete it."""
    assert [(t["name"], t["candidateGroup"]) for t in inst["tasks"]] == [(name, role)]
    task = inst["tasks"][0]
    assert client.post(f"/api/task/{task['id']}/claim").status_code == 200
    resp = client.post(f"/api/task/{task['id']}/complete", json={"variables": variables})
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_inner_steps_go_to_their_lanes_loop_and_the_case_ends(users):
    server, clients = users
    pptk, bendahara, kasubag = clients[PPTK], clients[BENDAHARA], clients[KASUBAG]
    inst = pptk.post(f"/api/process-definition/key/{KEY}/start", json={}).json()
    inst = _do(pptk, inst, "Penyerahan SPJ", PPTK, kelengkapan_1=True)
    # inside the sub-process: its own lane (Bendahara), listed nowhere itself
    inner = inst["tasks"][0]
    assert [t["name"] for t in bendahara.get("/api/task").json()] == ["Penerimaan SPJ"]
    assert pptk.get("/api/task").json() == [] and kasubag.get("/api/task").json() == []
    assert kasubag.post(f"/api/task/{inner['id']}/claim").status_code == 403
    fields = bendahara.get(f"/api/task/{inner['id']}/form-variables").json()
    assert [f["id"] for f in fields] == ["catatan"]
    inst = _do(bendahara, inst, "Penerimaan SPJ", BENDAHARA, catatan="diterima")
    # the step that names its own lane goes to Kasubag, not to the sub-process's lane
    assert bendahara.get("/api/task").json() == []
    assert [t["name"] for t in kasubag.get("/api/task").json()] == ["Pemeriksaan SPJ"]
    inst = _do(kasubag, inst, "Pemeriksaan SPJ", KASUBAG, keputusan="Tidak", alasan="kurang")
    inst = _do(bendahara, inst, "Penerimaan SPJ", BENDAHARA)
    inst = _do(kasubag, inst, "Pemeriksaan SPJ", KASUBAG, keputusan="Ya")
    inst = _do(pptk, inst, "Konfirmasi PPTK", PPTK, diterima="Ya")
    assert inst["ended"] is True and inst["status"] == "completed"
    history = pptk.get("/api/history/task", params={"processInstanceId": inst["id"]}).json()
    assert [(h["name"], h["candidateGroup"], h["assignee"]) for h in history] == [
        ("Penyerahan SPJ", PPTK, "pptk"), ("Penerimaan SPJ", BENDAHARA, "bendahara"),
        ("Pemeriksaan SPJ", KASUBAG, "kasubag"), ("Penerimaan SPJ", BENDAHARA, "bendahara"),
        ("Pemeriksaan SPJ", KASUBAG, "kasubag"), ("Konfirmasi PPTK", PPTK, "pptk")]
    assert history[2]["variables"]["alasan"] == "kurang"


def test_the_pages_of_an_inner_step_and_its_case(users, db_url):
    server, clients = users
    pptk = clients[PPTK]
    inst = pptk.post(f"/api/process-definition/key/{KEY}/start", json={}).json()
    inst = _do(pptk, inst, "Penyerahan SPJ", PPTK, kelengkapan_1=True)
    page = _page_session(server.base, "bendahara")
    task = page.get(f"{server.base}/tugas/{inst['tasks'][0]['id']}", timeout=30)
    assert task.status_code == 200 and "Penerimaan SPJ" in task.text and "catatan" in task.text
    case = page.get(f"{server.base}/instans/{inst['id']}", timeout=30)
    assert case.status_code == 200 and "Penerimaan SPJ" in case.text


def _page_session(base: str, username: str) -> requests.Session:
    session = requests.Session()
    form = session.get(f"{base}/masuk", timeout=30).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    resp = session.post(f"{base}/masuk", data={"csrf_token": token, "username": username,
                                               "password": "rahasia"}, timeout=30)
    assert resp.status_code == 200, resp.text[:500]
    return session


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("attribute, word", [
    ('triggeredByEvent="true"', "event sub-process"), ("", "transaksi")])
def test_event_subprocesses_and_transactions_are_refused(db_url, attribute, word):
    xml = FIXTURE.read_text()
    if attribute:
        xml = xml.replace('<bpmn:subProcess id="verifikasi"',
                          f'<bpmn:subProcess id="verifikasi" {attribute}')
    else:
        xml = xml.replace("bpmn:subProcess", "bpmn:transaction")
    with pytest.raises(DeploymentError) as refused:
        _deploy(db_url, xml.encode())
    assert word in refused.value.message and "verifikasi" in refused.value.message
