"""The accounts API over real HTTP (SQLite and PostgreSQL): Camunda-shaped users, credentials,
group membership (roles) and the user operation log (our audit log)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from conftest import add_user

GOOD = "kuda-lari-pagi-7"
BETTER = "perahu-biru-sungai-9"


@pytest.fixture
def server(db_url: str, live_server_for):
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "pptk", [("PPTK", "uji")])
    return live_server_for(db_url)


def _login(server, username: str, password: str) -> requests.Response:
    return requests.post(f"{server.base}/api/auth/token", timeout=10,
                         json={"username": username, "password": password})


def _create_budi(admin, **profile) -> requests.Response:
    body = {"profile": {"id": "budi", "firstName": "Budi", "lastName": "Santoso",
                        "email": "budi@serangkota.go.id", "nip": "198001012005011001",
                        **profile}, "credentials": {"password": GOOD}}
    return admin.post("/api/user/create", json=body)


def _change_own(server, username: str, token_client, old: str, new: str) -> requests.Response:
    return token_client.http.put(f"{server.base}/api/user/{username}/credentials", timeout=10,
                                 json={"password": new, "authenticatedUserPassword": old})


def test_staff_get_403_and_admins_manage_users(server):
    admin, staff = server.login("admin"), server.login("pptk")
    for path in ("/api/user", "/api/user/count", "/api/history/user-operation",
                 "/api/history/user-operation/count", "/api/user/admin/profile"):
        refused = staff.get(path)
        assert refused.status_code == 403, path
        assert refused.json()["message"] and refused.json()["message_en"]
    assert staff.post("/api/user/create", json={}).status_code in (403, 422)
    assert staff.post("/api/user/create", json={
        "profile": {"id": "x1"}, "credentials": {"password": GOOD}}).status_code == 403
    assert staff.post("/api/user/admin/disable").status_code == 403
    assert staff.get("/api/user/pptk/profile").json()["id"] == "pptk"
    assert _create_budi(admin).status_code == 204
    found = admin.get("/api/user", params={"id": "budi"}).json()
    assert [(u["id"], u["firstName"], u["nip"], u["mustChangePassword"]) for u in found] == \
        [("budi", "Budi Santoso", "198001012005011001", True)]
    assert admin.get("/api/user/count").json() == {"count": 3}
    page = admin.get("/api/user", params={"firstResult": 1, "maxResults": 1}).json()
    assert [u["id"] for u in page] == ["budi"]  # admin, budi, pptk by username
    assert _create_budi(admin).status_code == 409


def test_policy_and_field_errors_are_422_naming_the_field(server):
    admin = server.login("admin")
    for body, field in (
            ({"profile": {"id": "budi"}, "credentials": {"password": "rahasia"}}, "password"),
            ({"profile": {"id": "budi"}, "credentials": {"password": "budi-12345678"}},
             "password"),
            ({"profile": {"id": "budi", "nip": "12AB"}, "credentials": {"password": GOOD}},
             "nip"),
            ({"profile": {"id": "budi", "email": "x"}, "credentials": {"password": GOOD}},
             "email"),
            ({"profile": {"id": "bu di"}, "credentials": {"password": GOOD}}, "username"),
            ({"credentials": {"password": GOOD}}, "profile")):
        answer = admin.post("/api/user/create", json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["field"] == field and answer.json()["message"]
    assert admin.get("/api/user/count").json()["count"] == 2
    bad = admin.http.put(f"{server.base}/api/user/pptk/profile", json={"nip": "1"}, timeout=10)
    assert bad.status_code == 422 and bad.json()["field"] == "nip"


def test_admin_reset_forces_a_password_change_before_anything_else(server):
    admin = server.login("admin")
    assert _create_budi(admin).status_code == 204
    wrong_admin_password = admin.http.put(
        f"{server.base}/api/user/budi/credentials", timeout=10,
        json={"password": BETTER, "authenticatedUserPassword": "salah-sekali-123"})
    assert wrong_admin_password.status_code == 422
    assert wrong_admin_password.json()["field"] == "authenticatedUserPassword"
    assert admin.http.put(f"{server.base}/api/user/budi/credentials", timeout=10, json={
        "password": BETTER, "authenticatedUserPassword": "rahasia"}).status_code == 204
    budi = server.login("budi", BETTER)
    blocked = budi.get("/api/task")
    assert blocked.status_code == 403 and blocked.json()["field"] == "password"
    assert budi.get("/api/user/budi/profile").status_code == 403
    weak = _change_own(server, "budi", budi, BETTER, "budi-baru-2026")
    assert weak.status_code == 422 and weak.json()["field"] == "password"
    wrong = _change_own(server, "budi", budi, "bukan-sandinya", GOOD + "x")
    assert wrong.status_code == 422 and wrong.json()["field"] == "authenticatedUserPassword"
    assert _change_own(server, "budi", budi, BETTER, GOOD + "x").status_code == 204
    assert budi.get("/api/task").status_code == 401  # every token of budi ended
    again = server.login("budi", GOOD + "x")
    assert again.get("/api/task").status_code == 200
    assert again.get("/api/user/budi/profile").json()["mustChangePassword"] is False


def test_disabled_user_cannot_log_in_and_their_token_stops_working(server):
    admin, staff = server.login("admin"), server.login("pptk")
    assert staff.get("/api/task").status_code == 200  # the token is cached by the worker now
    assert admin.post("/api/user/pptk/disable").status_code == 204
    assert staff.get("/api/task").status_code == 401
    refused, wrong = _login(server, "pptk", "rahasia"), _login(server, "pptk", "salah-salah")
    assert refused.status_code == wrong.status_code == 401
    assert refused.json() == wrong.json()
    assert admin.post("/api/user/admin/disable").status_code == 403  # not one's own
    assert admin.post("/api/user/pptk/enable").status_code == 204
    assert _login(server, "pptk", "rahasia").status_code == 200
    assert admin.post("/api/user/tidak-ada/disable").status_code == 404


def test_roles_are_group_memberships(server):
    admin, staff = server.login("admin"), server.login("pptk")
    group = "/api/group/Kasubag%20Keuangan@uji/members/pptk"
    assert staff.http.put(server.base + group, timeout=10).status_code == 403
    assert admin.http.put(server.base + group, timeout=10).status_code == 204
    assert admin.http.put(server.base + group, timeout=10).status_code == 409
    roles = admin.get("/api/user", params={"id": "pptk"}).json()[0]["roles"]
    assert {"role": "Kasubag Keuangan", "instansi": "uji"} in roles
    assert admin.delete(group).status_code == 204
    assert admin.delete(group).status_code == 404
    assert admin.delete("/api/group/PPTK@uji/members/pptk").status_code == 204
    assert admin.get("/api/user", params={"id": "pptk"}).json()[0]["roles"] == []
    assert staff.get("/api/task", params={"candidateGroup": "PPTK"}).json() == []


def test_the_user_operation_log_lists_admin_actions_newest_first(server):
    admin = server.login("admin")  # the login itself is audited (engine.sessions)
    assert _create_budi(admin).status_code == 204
    assert admin.post("/api/user/budi/disable").status_code == 204
    assert admin.post("/api/day-off", json={"day": "2026-12-03", "name": "Hari Jadi",
                                            "instansi": "uji"}).status_code == 201
    assert admin.delete("/api/day-off/2026-12-03", params={"instansi": "uji"}).status_code == 204
    log = admin.get("/api/history/user-operation", params={"userId": "admin"}).json()
    assert [e["operationType"] for e in log] == [
        "day_off_removed", "day_off_added", "user_disabled", "user_created", "login"]
    created = log[3]
    assert (created["entityType"], created["entityId"], created["userId"]) == \
        ("User", "budi", "admin")
    assert created["timestamp"] and created["address"] == "127.0.0.1"
    assert log[1]["entityType"] == "DayOff" and log[1]["newValue"] == "Hari Jadi"
    only = admin.get("/api/history/user-operation",
                     params={"operationType": "user_disabled"}).json()
    assert [(e["operationType"], e["entityId"]) for e in only] == [("user_disabled", "budi")]
    since = {"afterTimestamp": created["timestamp"], "userId": "admin"}
    assert admin.get("/api/history/user-operation/count", params=since).json() == {"count": 4}
    later = {"afterTimestamp": (datetime.now(UTC) + timedelta(hours=1)).isoformat()}
    assert admin.get("/api/history/user-operation/count", params=later).json() == {"count": 0}
    earlier = {"beforeTimestamp": created["timestamp"], "userId": "admin"}
    assert [e["operationType"] for e in admin.get("/api/history/user-operation",
                                                  params=earlier).json()] == ["login"]
    paged = admin.get("/api/history/user-operation",
                      params={"userId": "admin", "firstResult": 1, "maxResults": 1}).json()
    assert [e["operationType"] for e in paged] == ["day_off_added"]
    for method in ("put", "delete", "post"):
        answer = getattr(admin.http, method)(f"{server.base}/api/history/user-operation",
                                             timeout=10)
        assert answer.status_code == 405
    bad = admin.get("/api/history/user-operation", params={"afterTimestamp": "kemarin"})
    assert bad.status_code == 422 and bad.json()["field"] == "afterTimestamp"
