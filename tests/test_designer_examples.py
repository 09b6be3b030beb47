"""The example models of docs/designer-guide.md run as the guide says, through the real server.

The guide's sections on call activities, sub-processes and timers describe
docs/examples/*.bpmn; these tests keep those sentences true: who gets which step, that the
called SOP runs as a case of its own and the calling case continues with ``hasil_<id>``, and
which timers a waiting step has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from conftest import add_user
from SpiffWorkflow.util.task import TaskState
from spj import complete_step
from sqlalchemy import select

from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.models import ProcessInstance, Timer
from engine.runtime import Runtime

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
INSTANSI = "serang-diskominfo"
PEOPLE = {"pptk": "PPTK", "bendahara": "Bendahara Pengeluaran",
          "kasubag": "Kepala Sub Bagian Keuangan", "kadin": "Kepala Dinas",
          "sekretaris": "Sekretaris", "pelaksana": "Pelaksana"}


@pytest.fixture
def office(db_url, live_server_for):
    """The four examples deployed as the guide says (`sop deploy docs/examples/`: instansi from
    their own property), one user per lane, the real server."""
    factory = make_session_factory(make_engine(db_url))
    files = [(str(p), p.read_bytes(), "") for p in sorted(EXAMPLES.glob("*.bpmn"))]
    with transaction(factory, write=True) as db:
        result = deploy(db, files)
    assert sorted(k for k, _ in result.created) == [
        "contoh_pencairan_dana", "contoh_pengingat_disposisi", "contoh_penyusunan_spj",
        "contoh_subproses_verifikasi"]
    for user, lane in PEOPLE.items():
        add_user(db_url, user, [(lane, INSTANSI)])
    server = live_server_for(db_url)
    return factory, {user: server.login(user) for user in PEOPLE}


def start(client, key: str) -> dict:
    resp = client.post(f"/api/process-definition/key/{key}/start", json={})
    assert resp.status_code == 200, resp.text
    return resp.json()


def inbox(client) -> list[dict]:
    return client.get("/api/task").json()


def only_task(client) -> dict:
    tasks = inbox(client)
    assert len(tasks) == 1, tasks
    return tasks[0]


def test_call_activity_example_runs_the_called_sop_as_a_case_of_its_own(office):
    factory, users = office
    caller = start(users["pptk"], "contoh_pencairan_dana")
    waiting = complete_step(users["pptk"], caller["tasks"][0])
    assert waiting["tasks"] == [], "the calling case waits at the call activity, in no inbox"
    step = only_task(users["bendahara"])
    assert step["taskDefinitionKey"] == "langkah_01" and step["processInstanceId"] != caller["id"]
    called = users["bendahara"].get(f"/api/process-instance/{step['processInstanceId']}").json()
    assert called["superProcessInstanceId"] == caller["id"]
    complete_step(users["bendahara"], step)
    ended = complete_step(users["kasubag"], only_task(users["kasubag"]))
    assert ended["status"] == "completed"
    resumed = only_task(users["bendahara"])
    assert (resumed["processInstanceId"], resumed["taskDefinitionKey"]) == (caller["id"],
                                                                            "langkah_03")
    with transaction(factory) as db:
        parent = db.get(ProcessInstance, caller["id"])
        child = db.get(ProcessInstance, step["processInstanceId"])
        assert child.parent_id == parent.id and child.business_key != parent.business_key
        [waiting] = [t for t in Runtime(factory)._load(parent).get_tasks(state=TaskState.READY)
                     if t.task_spec.name == "langkah_03"]
    assert waiting.data["hasil_contoh_penyusunan_spj"] == "selesai"
    assert waiting.data["nama_kegiatan"] == "isi"


def test_subprocess_example_steps_go_to_the_subprocess_lane_or_their_own(office):
    _, users = office
    case = start(users["pptk"], "contoh_subproses_verifikasi")
    complete_step(users["pptk"], case["tasks"][0])
    inner = only_task(users["bendahara"])
    assert inner["taskDefinitionKey"] == "langkah_02", "in the lane of the sub-process"
    assert inbox(users["kasubag"]) == []
    complete_step(users["bendahara"], inner)
    own = only_task(users["kasubag"])
    assert own["taskDefinitionKey"] == "langkah_03", "listed in its own lane"
    complete_step(users["kasubag"], own)
    last = only_task(users["pptk"])
    assert last["taskDefinitionKey"] == "langkah_04"
    assert complete_step(users["pptk"], last)["status"] == "completed"


def timers_of(factory, instance_id: int) -> dict[str, str]:
    with transaction(factory) as db:
        rows = db.scalars(select(Timer).where(Timer.instance_id == instance_id))
        return {row.event_id: row.kind for row in rows}


def test_timer_example_waits_on_its_boundary_timers_then_the_intermediate_one(office):
    factory, users = office
    case = start(users["kadin"], "contoh_pengingat_disposisi")
    assert timers_of(factory, case["id"]) == {"pengingat": "cycle", "lewat_waktu": "duration"}
    after = complete_step(users["kadin"], case["tasks"][0])
    assert after["tasks"] == [], "the case waits at 'Tunggu 1 hari'"
    assert timers_of(factory, case["id"]) == {"tunggu": "duration"}
    assert inbox(users["sekretaris"]) == [] and inbox(users["pelaksana"]) == []



def test_a_step_with_boundary_timers_is_reset_with_its_timers_as_the_guide_says(office, db_url):
    """Guide section 12: a step's boundary timers belong to the step: a reset to it cancels the
    waiting occurrence and its timers and arms them again for the new one."""
    factory, users = office
    add_user(db_url, "admin", [], admin=True)
    case = start(users["kadin"], "contoh_pengingat_disposisi")
    before = {r.event_id: r.task_id for r in _timer_rows(factory, case["id"])}
    admin = users["kadin"].__class__(users["kadin"].base, _token(users["kadin"].base, "admin"))
    resp = admin.post(f"/api/process-instance/{case['id']}/modification",
                      json={"instructions": [{"type": "startBeforeActivity",
                                              "activityId": "langkah_01"}]})
    assert resp.status_code == 204, resp.text
    waiting = inbox(users["kadin"])
    assert [t["taskDefinitionKey"] for t in waiting] == ["langkah_01"]
    assert waiting[0]["id"] != case["tasks"][0]["id"], "a new occurrence of the step"
    after = {r.event_id: r.task_id for r in _timer_rows(factory, case["id"])}
    assert set(after) == {"pengingat", "lewat_waktu"}
    assert not set(after.values()) & set(before.values()), "the timers are armed again"


def _timer_rows(factory, instance_id: int) -> list:
    with transaction(factory) as db:
        return list(db.scalars(select(Timer).where(Timer.instance_id == instance_id)))


def _token(base: str, username: str) -> str:
    resp = requests.post(f"{base}/api/auth/token",
                         json={"username": username, "password": "rahasia"}, timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()["token"]
