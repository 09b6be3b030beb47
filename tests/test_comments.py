"""Issue 11 item 4: comments (catatan) on a task and on a case over real HTTP, both databases.

Camunda's shapes (``POST /api/task/{id}/comment/create``, ``GET /api/task/{id}/comment[/{cid}]``)
and the case's own (``/api/process-instance/{id}/comment[/create]``); whoever may see the case
reads and writes, anyone else gets 404 exactly as for a missing id; each comment keeps the
jabatan its author wrote in (the task's role, "Plh. ..." for a substitute, Pengawas, Admin).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY, complete_step

from engine.comments import MAX_CHARS, clean_message
from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import office_today
from engine.errors import InvalidData
from engine.supervisors import mark
from engine.users import create_user, hash_password

BENDAHARA, KASUBAG = "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"
SHAPE = {"id", "userId", "taskId", "processInstanceId", "time", "message", "removalTime",
         "rootProcessInstanceId", "jabatan", "fullName"}
_SECRET = hash_password("rahasia")


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, SPJ_BPMN)
    people = [("pptk", "Agus Salim", [("PPTK", SPJ_INSTANSI)], False),
              ("bendahara", "Budi Santoso", [(BENDAHARA, SPJ_INSTANSI)], False),
              ("kasubag", "Sri Wahyuni", [(KASUBAG, SPJ_INSTANSI)], False),
              ("staf", "Rina Wati", [("Analis Keuangan", SPJ_INSTANSI)], False),
              ("kepala", "Kepala Dinas", [], False),
              ("luar", "Orang Luar", [("PPTK", "lumajang-disdukcapil")], False),
              ("admin", "Administrator", [], True)]
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        for username, name, roles, admin in people:
            create_user(db, username, "", roles, full_name=name, is_admin=admin,
                        password_hash=_SECRET)
        mark(db, "kepala", SPJ_INSTANSI)
    server = live_server_for(db_url)
    pptk = server.login("pptk")
    case = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                     json={"businessKey": "SPJ-1"}).json()
    return server, case


def test_a_comment_on_a_task_has_camundas_shape_and_is_listed(office):
    server, case = office
    pptk = server.login("pptk")
    task_id = case["tasks"][0]["id"]
    made = pptk.post(f"/api/task/{task_id}/comment/create",
                     json={"message": "  Nota dari toko belum ada.  "})
    assert made.status_code == 200, made.text
    comment = made.json()
    assert set(comment) == SHAPE
    assert comment["message"] == "Nota dari toko belum ada."  # stripped
    assert (comment["userId"], comment["taskId"], comment["processInstanceId"],
            comment["rootProcessInstanceId"]) == ("pptk", task_id, case["id"], case["id"])
    assert comment["removalTime"] is None and comment["time"].endswith("+00:00")
    assert (comment["jabatan"], comment["fullName"]) == ("PPTK", "Agus Salim")
    second = pptk.post(f"/api/task/{task_id}/comment/create", json={"message": "Sudah."}).json()
    listed = pptk.get(f"/api/task/{task_id}/comment").json()
    assert [c["id"] for c in listed] == [comment["id"], second["id"]]
    one = pptk.get(f"/api/task/{task_id}/comment/{comment['id']}")
    assert one.status_code == 200 and one.json() == comment
    # a colleague of another lane of the SOP sees the case, so reads and writes too
    bendahara = server.login("bendahara")
    assert len(bendahara.get(f"/api/task/{task_id}/comment").json()) == 2
    theirs = bendahara.post(f"/api/task/{task_id}/comment/create", json={"message": "Oke"})
    assert theirs.json()["jabatan"] == BENDAHARA  # not the task's role: their own jabatan


def test_case_comments_and_the_case_list_holds_every_comment_in_order(office):
    server, case = office
    pptk, kepala, admin = (server.login(u) for u in ("pptk", "kepala", "admin"))
    task_id = case["tasks"][0]["id"]
    on_task = pptk.post(f"/api/task/{task_id}/comment/create", json={"message": "a"}).json()
    on_case = kepala.post(f"/api/process-instance/{case['id']}/comment/create",
                          json={"message": "Mohon disegerakan."})
    assert on_case.status_code == 200, on_case.text
    assert on_case.json()["taskId"] is None and on_case.json()["jabatan"] == "Pengawas"
    by_admin = admin.post(f"/api/process-instance/{case['id']}/comment/create",
                          json={"message": "Dicatat."}).json()
    assert by_admin["jabatan"] == "Admin"
    by_pptk = pptk.post(f"/api/process-instance/{case['id']}/comment/create",
                        json={"message": "Siap."}).json()
    assert by_pptk["jabatan"] == "PPTK"  # a lane of the SOP they hold in its instansi
    listed = pptk.get(f"/api/process-instance/{case['id']}/comment").json()
    assert [c["id"] for c in listed] == [on_task["id"], on_case.json()["id"], by_admin["id"],
                                         by_pptk["id"]]
    assert [c["taskId"] for c in listed] == [task_id, None, None, None]
    # case comments are not the task's
    assert [c["id"] for c in pptk.get(f"/api/task/{task_id}/comment").json()] == [on_task["id"]]
    assert pptk.get(f"/api/task/{task_id}/comment/{on_case.json()['id']}").status_code == 404


def test_a_finished_task_still_takes_and_shows_comments(office):
    server, case = office
    pptk = server.login("pptk")
    first = case["tasks"][0]
    pptk.post(f"/api/task/{first['id']}/comment/create", json={"message": "sebelum"})
    complete_step(pptk, first)
    after = pptk.post(f"/api/task/{first['id']}/comment/create", json={"message": "sesudah"})
    assert after.status_code == 200, after.text
    assert [c["message"] for c in pptk.get(f"/api/task/{first['id']}/comment").json()] == [
        "sebelum", "sesudah"]


def test_an_outsider_gets_404_exactly_like_a_missing_id(office):
    server, case = office
    pptk, luar = server.login("pptk"), server.login("luar")
    task_id = case["tasks"][0]["id"]
    made = pptk.post(f"/api/task/{task_id}/comment/create", json={"message": "rahasia"}).json()
    missing_task = "00000000-0000-0000-0000-000000000000"
    for path in (f"/api/task/{task_id}/comment", f"/api/task/{task_id}/comment/{made['id']}",
                 f"/api/process-instance/{case['id']}/comment",
                 f"/api/task/{missing_task}/comment", "/api/process-instance/999999/comment"):
        answer = luar.get(path)
        assert answer.status_code == 404, (path, answer.text)
    for path in (f"/api/task/{task_id}/comment/create",
                 f"/api/process-instance/{case['id']}/comment/create",
                 f"/api/task/{missing_task}/comment/create"):
        answer = luar.post(path, json={"message": "masuk?"})
        assert answer.status_code == 404, (path, answer.text)
    mine = luar.get(f"/api/task/{missing_task}/comment").json()
    theirs = luar.get(f"/api/task/{task_id}/comment").json()
    assert {k: v for k, v in mine.items() if k not in ("message", "message_en")} == \
        {k: v for k, v in theirs.items() if k not in ("message", "message_en")}
    assert len(pptk.get(f"/api/process-instance/{case['id']}/comment").json()) == 1
    assert pptk.get(f"/api/task/{task_id}/comment/tidak-ada").status_code == 404


@pytest.mark.parametrize("message", ["", "   \n ", "x" * (MAX_CHARS + 1)])
def test_a_message_must_hold_1_to_5000_characters(office, message):
    server, case = office
    pptk = server.login("pptk")
    for path in (f"/api/task/{case['tasks'][0]['id']}/comment/create",
                 f"/api/process-instance/{case['id']}/comment/create"):
        answer = pptk.post(path, json={"message": message})
        assert answer.status_code == 422, answer.text
        assert answer.json()["field"] == "message"
    assert pptk.get(f"/api/process-instance/{case['id']}/comment").json() == []


def test_message_limits_at_the_edges(office):
    server, case = office
    pptk = server.login("pptk")
    path = f"/api/process-instance/{case['id']}/comment/create"
    assert pptk.post(path, json={"message": "x" * MAX_CHARS}).status_code == 200
    assert pptk.post(path, json={"message": " " + "y" * MAX_CHARS + " "}).status_code == 200
    missing = pptk.post(path, json={})
    assert missing.status_code == 422 and missing.json()["field"] == "message"
    assert pptk.post(path, json={"message": 5}).status_code == 422
    assert pptk.post(path, json={"message": "a\x00b"}).status_code == 400  # api.limits
    with pytest.raises(InvalidData) as refused:
        clean_message("a\x00b")
    assert refused.value.details["field"] == "message"


def test_a_substitute_writes_as_plh_of_the_tasks_role(office):
    server, case = office
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    today = office_today()
    made = server.login("admin").post("/api/substitution", json={
        "userId": "staf", "role": KASUBAG, "instansi": SPJ_INSTANSI, "kind": "Plh",
        "from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat()})
    assert made.status_code == 200, made.text
    case = complete_step(pptk, case["tasks"][0])
    case = complete_step(bendahara, case["tasks"][0])
    verifikasi = case["tasks"][0]
    staf = server.login("staf")
    on_task = staf.post(f"/api/task/{verifikasi['id']}/comment/create",
                        json={"message": "Diperiksa besok."}).json()
    assert on_task["jabatan"] == f"Plh. {KASUBAG}" and on_task["fullName"] == "Rina Wati"
    on_case = staf.post(f"/api/process-instance/{case['id']}/comment/create",
                        json={"message": "Catatan umum."}).json()
    assert on_case["jabatan"] == f"Plh. {KASUBAG}"  # the SOP lane they hold today


def test_the_timeline_puts_each_comment_after_the_steps_that_began_before_it():
    from datetime import UTC, datetime

    from api.pages.timeline import CommentEntry, Row, with_comments

    def row(name: str, hour: int) -> Row:
        ready = datetime(2026, 11, 30, hour, tzinfo=UTC)
        return Row(no="", task_id=name, step_id=name, name=name, role="r", who=None,
                   ready_at=ready, completed_at=None, took=None, standard="", deadline=None,
                   late=False, status="menunggu")

    def note(text: str, hour: int, minute: int = 0) -> CommentEntry:
        return CommentEntry(at=datetime(2026, 11, 30, hour, minute, tzinfo=UTC), by="x",
                            jabatan="PPTK", message=text)

    merged = with_comments([row("a", 8), row("b", 10), row("c", 12)],
                           [note("late", 13), note("early", 7), note("mid", 10, 30)])
    assert [(m.kind, getattr(m, "name", None) or m.message) for m in merged] == [
        ("comment", "early"), ("step", "a"), ("step", "b"), ("comment", "mid"), ("step", "c"),
        ("comment", "late")]
