"""Regional days off (libur daerah): recorded by operators and admins, skipped by deadlines."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from click.testing import CliRunner
from conftest import ROOT, add_user, deploy_paths
from test_pages_http import csrf

from api.app import create_app
from api.cli import main
from api.pages.timefmt import DEFAULT_ZONE
from engine.days_off import add_day_off, days_off_of, list_days_off, remove_day_off
from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import add_working_days, is_working_day
from engine.deployment import latest_versions
from engine.errors import Conflict, InvalidData, NotFound
from engine.migrate import upgrade
from engine.users import DEMO_PASSWORD, ensure_demo_users

BACKUP = ROOT / "bpmn" / "lumajang-disdukcapil" / "lumajang_dukcapil_backup_database.bpmn"
LUMAJANG = "lumajang-disdukcapil"
DUE = re.compile(r'class="deadline">[^<]*<time datetime="([^"]+)"')


def _factory(url: str):
    return make_session_factory(make_engine(url))


def test_days_off_are_recorded_once_per_instansi_and_listed_with_the_general_ones(db_url):
    factory = _factory(db_url)
    with transaction(factory, write=True) as db:
        add_day_off(db, date(2026, 12, 3), "Hari Jadi Lumajang", LUMAJANG)
        add_day_off(db, date(2026, 12, 10), "Libur seluruh instansi")
        add_day_off(db, date(2026, 12, 3), "Hari Jadi Serang", "serang-diskominfo")
    with pytest.raises(Conflict, match="2026-12-03"), transaction(factory, write=True) as db:
        add_day_off(db, date(2026, 12, 3), "lagi", LUMAJANG)
    with pytest.raises(InvalidData), transaction(factory, write=True) as db:
        add_day_off(db, date(2026, 12, 4), "  ", LUMAJANG)
    with transaction(factory) as db:
        assert days_off_of(db, LUMAJANG) == {date(2026, 12, 3), date(2026, 12, 10)}
        assert [d.name for d in list_days_off(db)] == [
            "Hari Jadi Lumajang", "Hari Jadi Serang", "Libur seluruh instansi"]
        assert list_days_off(db, LUMAJANG, year=2027) == []
    with transaction(factory, write=True) as db:
        remove_day_off(db, date(2026, 12, 3), LUMAJANG)
    with pytest.raises(NotFound, match="2026-12-03"), transaction(factory, write=True) as db:
        remove_day_off(db, date(2026, 12, 3), LUMAJANG)
    with transaction(factory) as db:
        assert days_off_of(db, LUMAJANG) == {date(2026, 12, 10)}


def test_working_days_skip_a_regional_day_off():
    friday = datetime(2026, 12, 4, 10, 0, tzinfo=DEFAULT_ZONE)
    assert add_working_days(friday, 1) == friday + timedelta(days=3)
    assert add_working_days(friday, 1, frozenset({date(2026, 12, 7)})) == friday + timedelta(4)
    assert not is_working_day(date(2026, 12, 7), frozenset({date(2026, 12, 7)}))


def test_the_cli_adds_lists_and_removes_days_off(db_url):
    runner = CliRunner()

    def sop(*args):
        return runner.invoke(main, ["--database-url", db_url, "holiday", *args])

    added = sop("add", "2026-12-03", "Hari Jadi Lumajang", "--instansi", LUMAJANG)
    assert added.exit_code == 0, added.output
    twice = sop("add", "2026-12-03", "Hari Jadi Lumajang", "--instansi", LUMAJANG)
    assert twice.exit_code != 0 and "already a day off" in twice.output
    bad = sop("add", "3-12-2026", "x")
    assert bad.exit_code != 0 and "3-12-2026" in bad.output
    listed = sop("list", "--instansi", LUMAJANG, "--year", "2026").output
    assert "2026-12-03  lumajang-disdukcapil" in listed
    assert "2026-08-17  nasional" in listed and "Kemerdekaan" in listed
    assert sop("remove", "2026-12-03", "--instansi", LUMAJANG).exit_code == 0
    gone = sop("remove", "2026-12-03", "--instansi", LUMAJANG)
    assert gone.exit_code != 0 and "not a recorded day off" in gone.output


@pytest.fixture
def api(db_url, live_server_for):
    deploy_paths(db_url, BACKUP)
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "budi", [("Operator", LUMAJANG)])
    server = live_server_for(db_url)
    return server, server.login("admin"), server.login("budi")


def test_the_api_lets_admins_record_days_off_and_everyone_read_them(api):
    server, admin, budi = api
    body = {"day": "2026-12-03", "name": "Hari Jadi Lumajang", "instansi": LUMAJANG}
    refused = budi.post("/api/day-off", json=body)
    assert refused.status_code == 403 and "admin" in refused.json()["message"]
    made = admin.post("/api/day-off", json=body)
    assert made.status_code == 201 and made.json() == body
    assert admin.post("/api/day-off", json=body).status_code == 409
    bad = admin.post("/api/day-off", json={"day": "3 Desember", "name": ""})
    assert bad.status_code == 422
    assert {"day", "name"} <= {e["field"] for e in bad.json()["errors"]}
    assert budi.get("/api/day-off", params={"instansi": LUMAJANG}).json() == [body]
    assert budi.get("/api/day-off", params={"instansi": "lain"}).json() == []
    assert budi.delete("/api/day-off/2026-12-03").status_code == 403
    assert admin.delete("/api/day-off/2026-12-03").status_code == 404  # it is Lumajang's
    gone = admin.delete("/api/day-off/2026-12-03", params={"instansi": LUMAJANG})
    assert gone.status_code == 204
    not_a_date = admin.delete("/api/day-off/kemarin")
    assert not_a_date.status_code == 422 and not_a_date.json()["field"] == "day"


def test_a_regional_day_off_moves_the_batas_waktu_on_the_task_page(tmp_path):
    url = f"sqlite:///{tmp_path / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, BACKUP)
    with transaction(_factory(url), write=True) as db:
        made = ensure_demo_users(db, latest_versions(db))
    app = create_app({"DATABASE_URL": url})
    client = app.test_client()
    username = made[0][0]
    client.post("/masuk", data={"csrf_token": csrf(client.get("/masuk")),
                                "username": username, "password": DEMO_PASSWORD})
    started = client.post(f"/mulai/{_key()}", data={"csrf_token": csrf(client.get("/mulai")),
                                                   "title": "Izin keluar kantor"})
    assert started.status_code == 302 and "/tugas/" in started.location, started.location
    before = _due(client.get(started.location).get_data(as_text=True))
    day_off = before.astimezone(DEFAULT_ZONE).date()
    with transaction(_factory(url), write=True) as db:
        add_day_off(db, day_off, "Hari Jadi Lumajang", LUMAJANG)
    after = _due(client.get(started.location).get_data(as_text=True))
    expected = before + timedelta(days=1)
    while not is_working_day(expected.astimezone(DEFAULT_ZONE).date(), frozenset({day_off})):
        expected += timedelta(days=1)
    assert after == expected
    app.extensions["sop_engine"].dispose()


def _key() -> str:
    return re.search(rb'<bpmn:process id="([^"]+)"', BACKUP.read_bytes()).group(1).decode()


def _due(html: str) -> datetime:
    match = DUE.search(html)
    assert match, "the task page shows a batas waktu"
    return datetime.fromisoformat(match.group(1))


def test_the_api_gives_each_task_its_due_date_skipping_regional_days_off(api):
    server, admin, budi = api
    started = admin.post(f"/api/process-definition/key/{_key()}/start", json={}).json()
    task = started["tasks"][0]
    assert task["properties"]["waktu_iso"] == "P1D"
    ready = datetime.fromisoformat(task["created"])
    due = datetime.fromisoformat(task["due"])
    assert due == add_working_days(ready.astimezone(DEFAULT_ZONE), 1)
    day_off = due.astimezone(DEFAULT_ZONE).date()
    body = {"day": day_off.isoformat(), "name": "Hari Jadi Lumajang", "instansi": LUMAJANG}
    assert admin.post("/api/day-off", json=body).status_code == 201
    moved = datetime.fromisoformat(admin.get(f"/api/task/{task['id']}").json()["due"])
    assert moved == add_working_days(ready.astimezone(DEFAULT_ZONE), 1, frozenset({day_off}))
    assert moved > due
    listed = admin.get("/api/task", params={"processInstanceId": started["id"]}).json()
    assert [datetime.fromisoformat(t["due"]) for t in listed] == [moved]


def test_two_admins_adding_the_same_day_at_once_get_one_record_and_one_conflict(db_url):
    import threading
    factory, barrier, outcomes = _factory(db_url), threading.Barrier(4), []

    def add(i: int) -> None:
        barrier.wait()
        try:
            with transaction(factory, write=True) as db:
                add_day_off(db, date(2026, 12, 3), f"Hari Jadi {i}", LUMAJANG)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=add, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "conflict", "conflict", "ok"]
    with transaction(factory) as db:
        assert len(list_days_off(db, LUMAJANG)) == 1
