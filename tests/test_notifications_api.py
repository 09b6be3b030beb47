"""Issue 11 item 6: the notifications API over real HTTP, both databases.

GET /api/notification (newest first, ``unread=true``, paging), GET /api/notification/count,
POST /api/notification/{id}/read and /read-all; each user sees only their own (another user's
id is a 404 like a missing one); the words follow the request's language.
"""

from __future__ import annotations

from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn

BENDAHARA = "Bendahara Pengeluaran"


def _office(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "bendahara", [(BENDAHARA, SPJ_INSTANSI)])
    add_user(db_url, "bendahara2", [(BENDAHARA, SPJ_INSTANSI)])
    return live_server_for(db_url)


def _case_at_bendahara(pptk, title: str) -> dict:
    resp = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={"title": title})
    assert resp.status_code == 200, resp.text
    return complete_step(pptk, resp.json()["tasks"][0])


def test_list_count_read_and_read_all(db_url, live_server_for):
    server = _office(db_url, live_server_for)
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    first = _case_at_bendahara(pptk, "Perjalanan dinas ke Jakarta")
    second = _case_at_bendahara(pptk, "Rapat koordinasi")
    assert bendahara.get("/api/notification/count").json() == {"count": 2}
    assert pptk.get("/api/notification/count").json() == {"count": 0}, "the actor is not told"

    items = bendahara.get("/api/notification").json()
    assert [n["processInstanceId"] for n in items] == [second["id"], first["id"]]
    newest = items[0]
    assert newest["kind"] == "task_ready" and newest["read"] is False
    assert newest["taskId"] == second["tasks"][0]["id"]
    assert newest["link"] == f"/tugas/{newest['taskId']}"
    assert newest["title"] == "Tugas baru: Penerimaan SPJ"
    assert "Rapat koordinasi" in newest["body"] and newest["created"].endswith("+00:00")

    assert bendahara.post(f"/api/notification/{items[1]['id']}/read").status_code == 204
    assert bendahara.get("/api/notification/count").json() == {"count": 1}
    unread = bendahara.get("/api/notification", params={"unread": "true"}).json()
    assert [n["id"] for n in unread] == [newest["id"]]
    paged = bendahara.get("/api/notification", params={"firstResult": 1, "maxResults": 1})
    assert [n["id"] for n in paged.json()] == [items[1]["id"]]
    assert paged.json()[0]["read"] is True

    assert bendahara.post("/api/notification/read-all").status_code == 204
    assert bendahara.get("/api/notification/count").json() == {"count": 0}
    assert server.login("bendahara2").get("/api/notification/count").json() == {"count": 2}


def test_another_users_notification_is_not_found(db_url, live_server_for):
    server = _office(db_url, live_server_for)
    _case_at_bendahara(server.login("pptk"), "Perjalanan dinas")
    theirs = server.login("bendahara").get("/api/notification").json()[0]
    other = server.login("bendahara2")
    mine = other.get("/api/notification").json()[0]
    resp = other.post(f"/api/notification/{theirs['id']}/read")
    assert resp.status_code == 404 and resp.json()["message_en"].startswith("Notification")
    assert other.post("/api/notification/999999/read").status_code == 404
    assert server.login("bendahara").get("/api/notification/count").json() == {"count": 1}
    assert other.post(f"/api/notification/{mine['id']}/read").status_code == 204


def test_words_follow_the_request_language_and_a_token_is_required(db_url, live_server_for):
    server = _office(db_url, live_server_for)
    _case_at_bendahara(server.login("pptk"), "Perjalanan dinas")
    bendahara = server.login("bendahara")
    english = bendahara.get("/api/notification", headers={"Accept-Language": "en"}).json()[0]
    assert english["title"] == "New task: Penerimaan SPJ"
    assert "is waiting for Bendahara Pengeluaran" in english["body"]
    assert bendahara.get("/api/notification?lang=en").json()[0]["title"].startswith("New task")
    assert server.login("pptk").http.get(f"{server.base}/api/notification/count",
                                         headers={"Authorization": ""}).status_code == 401


def test_the_mail_mode_is_read_and_set_on_the_profile(db_url, live_server_for):
    server = _office(db_url, live_server_for)
    bendahara = server.login("bendahara")
    assert bendahara.get("/api/user/bendahara/profile").json()["notifyMode"] == "segera"
    resp = bendahara.http.put(f"{server.base}/api/user/bendahara/profile",
                              json={"notifyMode": "harian"}, timeout=10)
    assert resp.status_code == 204, resp.text
    assert bendahara.get("/api/user/bendahara/profile").json()["notifyMode"] == "harian"
    bad = bendahara.http.put(f"{server.base}/api/user/bendahara/profile",
                             json={"notifyMode": "kadang"}, timeout=10)
    assert bad.status_code == 422
    assert bendahara.get("/api/user/bendahara/profile").json()["notifyMode"] == "harian"
