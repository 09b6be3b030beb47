"""Issue 10 item 2/9: the task list at scale over real HTTP, on SQLite and PostgreSQL.

``GET /api/task`` and ``/api/task/count`` filter, search, sort and page in the database (engine
.tasklist); a task row carries its case's nomor berkas (businessKey) and perihal (title), its
stored batas waktu (due) and whether it came back (returned). Tasks are created quickly through
the in-process runtime, then read as staff over HTTP.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import ROOT, add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY, complete_step
from sqlalchemy import update

from engine.actors import Actor
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ActiveTask, Substitution, User
from engine.runtime import Runtime

PPTK = Actor("pptk", frozenset({("PPTK", SPJ_INSTANSI)}))


class Office:
    """The SPJ SOP deployed, one user per lane, a PPTK of another instansi and an admin."""

    def __init__(self, url: str, live_server_for):
        deploy_paths(url, SPJ_BPMN)
        add_user(url, "pptk", [("PPTK", SPJ_INSTANSI)])
        add_user(url, "bendahara", [("Bendahara Pengeluaran", SPJ_INSTANSI)])
        add_user(url, "kasubag", [("Kepala Sub Bagian Keuangan", SPJ_INSTANSI)])
        add_user(url, "pptk-lain", [("PPTK", "instansi-lain")])
        add_user(url, "admin", [], admin=True)
        self.factory = make_session_factory(make_engine(url))
        self.runtime = Runtime(self.factory)
        self.server = live_server_for(url)

    def start(self, nomor: str, perihal: str = "") -> int:
        return self.runtime.start(SPJ_KEY, PPTK, business_key=nomor, title=perihal).id

    def client(self, username: str):
        return self.server.login(username)


def _ids(client, **params) -> list[int]:
    resp = client.get("/api/task", params=params)
    assert resp.status_code == 200, resp.text
    return [t["processInstanceId"] for t in resp.json()]


def _count(client, **params) -> int:
    resp = client.get("/api/task/count", params=params)
    assert resp.status_code == 200, resp.text
    return resp.json()["count"]


def test_205_tasks_page_in_fifties_and_only_their_holders_see_them(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    started = {office.start(f"SPJ/2026/{n:04d}", f"Perihal {n}") for n in range(1, 206)}
    pptk = office.client("pptk")
    assert _count(pptk) == 205
    pages = [_ids(pptk, firstResult=first, maxResults=50) for first in range(0, 250, 50)]
    assert [len(p) for p in pages] == [50, 50, 50, 50, 5]
    assert set().union(*pages) == started and sum(len(p) for p in pages) == 205
    first = pptk.get("/api/task", params={"maxResults": 1}).json()[0]
    assert first["businessKey"].startswith("SPJ/2026/") and first["title"].startswith("Perihal")
    assert first["returned"] is False and first["due"] is not None
    # another role of the instansi and the same role of another instansi: never listed/counted
    for outsider in ("kasubag", "pptk-lain"):
        other = office.client(outsider)
        assert _count(other) == 0 and _ids(other) == []
    assert _count(office.client("admin")) == 205


def test_sort_by_batas_waktu_puts_overdue_first_and_none_last(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    now = datetime.now(UTC)
    with using(SimulatedClock(now - timedelta(days=3))) as clock:
        oldest = office.start("A", "tiga hari lalu")
        clock.advance(timedelta(days=3) - timedelta(hours=2))
        older = office.start("B", "dua jam lalu")
    fresh = office.start("C", "baru")
    pptk = office.client("pptk")
    assert _ids(pptk) == [oldest, older, fresh]  # dueDate asc is the default
    assert _ids(pptk, sortBy="dueDate", sortOrder="desc") == [fresh, older, oldest]
    assert _ids(pptk, sortBy="created", sortOrder="asc") == [oldest, older, fresh]
    assert _ids(pptk, sortBy="created", sortOrder="desc") == [fresh, older, oldest]
    # overdue: the batas waktu (PT1H after ready) has passed for the two old ones
    assert sorted(_ids(pptk, overdue="true")) == sorted([oldest, older])
    assert _count(pptk, overdue="true") == 2
    cutoff = (now - timedelta(minutes=90)).isoformat()
    assert _ids(pptk, dueBefore=cutoff) == [oldest]
    # a task without batas waktu comes last, in either direction
    with transaction(office.factory, write=True) as db:
        db.execute(update(ActiveTask).where(ActiveTask.instance_id == oldest).values(due_at=None))
    assert _ids(pptk) == [older, fresh, oldest]
    assert _ids(pptk, sortOrder="desc") == [fresh, older, oldest]


def test_due_is_stored_at_ready_time_from_the_mutu_baku(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    ready = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # a Monday, 10.00 in Serang
    with using(SimulatedClock(ready)):
        case = office.start("D", "disimpan")
    with transaction(office.factory) as db:
        stored = db.query(ActiveTask).filter_by(instance_id=case).one().due_at
    assert stored.replace(tzinfo=UTC) == ready + timedelta(hours=1)  # Penyerahan: PT1H
    task = office.client("pptk").get("/api/task").json()[0]
    assert datetime.fromisoformat(task["due"]) == ready + timedelta(hours=1)


def test_filters_and_search(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    honor = office.start("SPJ/2026/0001", "Honor narasumber rapat koordinasi")
    trip = office.start("SPJ/2026/0002", "Perjalanan dinas ke Cilegon")
    atk = office.start("NOTA/7", "Belanja ATK")
    pptk, admin = office.client("pptk"), office.client("admin")

    def found(**params) -> set[int]:
        ids = _ids(pptk, **params)
        assert _count(pptk, **params) == len(ids)  # the count uses the same WHERE
        return set(ids)

    assert found(search="perjalanan") == {trip}
    assert found(search="CILEGON") == {trip}  # case-insensitive
    assert found(search="honor rapat") == {honor}  # every word, anywhere
    assert found(search="spj/2026") == {honor, trip}  # nomor berkas
    assert found(search="penyerahan") == {honor, trip, atk}  # the step's name
    assert found(search="penyusunan spj") == {honor, trip, atk}  # the SOP's name
    assert found(search="%") == set()  # wildcards typed are literal
    assert found(search="tidak ada sama sekali") == set()
    assert found(processInstanceBusinessKey="NOTA/7") == {atk}
    assert found(processInstanceBusinessKeyLike="SPJ/2026/%") == {honor, trip}
    assert found(processInstanceId=trip) == {trip}
    assert found(processDefinitionKey=SPJ_KEY) == {honor, trip, atk}
    assert found(processDefinitionKey="sop_lain") == set()
    assert found(candidateGroup="PPTK") == {honor, trip, atk}
    assert found(candidateGroup="Kepala Sub Bagian Keuangan") == set()
    assert found(instansi="instansi-lain") == set()
    task = pptk.get("/api/task", params={"processInstanceId": honor}).json()[0]
    assert pptk.post(f"/api/task/{task['id']}/claim").status_code == 200
    assert found(assignee="pptk") == {honor}
    # the admin sees them all; sorted by step name, the step that moved on comes first
    complete_step(pptk, pptk.get("/api/task", params={"processInstanceId": atk}).json()[0])
    names = [t["name"] for t in admin.get("/api/task", params={"sortBy": "name"}).json()]
    assert names == sorted(names) and names[0] == "Penerimaan SPJ"
    assert _count(admin, candidateGroup="Bendahara Pengeluaran") == 1


def test_bad_list_parameters_name_the_field(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    pptk = office.client("pptk")
    for params, field in (({"sortBy": "umur"}, "sortBy"), ({"sortOrder": "naik"}, "sortOrder"),
                          ({"maxResults": 5000}, "maxResults"), ({"overdue": "mungkin"},
                                                                 "overdue"),
                          ({"dueBefore": "kemarin"}, "dueBefore")):
        resp = pptk.get("/api/task", params=params)
        assert resp.status_code in (400, 422), (params, resp.status_code)
        assert field in resp.text, resp.text


def test_returned_after_a_tidak_loop(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    looped = office.start("SPJ/2026/0100", "dikembalikan")
    straight = office.start("SPJ/2026/0101", "lancar")
    clients = {"PPTK": office.client("pptk"),
               "Bendahara Pengeluaran": office.client("bendahara"),
               "Kepala Sub Bagian Keuangan": office.client("kasubag")}

    def step(case: int, keputusan: str | None = None) -> dict:
        task = office.client("admin").get("/api/task", params={"processInstanceId": case}).json()
        return complete_step(clients[task[0]["candidateGroup"]], task[0], keputusan,
                             "nota kurang" if keputusan == "Tidak" else "")

    for case in (looped, straight):
        step(case)  # Penyerahan
        step(case)  # Penerimaan
    step(looped, "Tidak")  # Verifikasi: back to Penerimaan
    bendahara = clients["Bendahara Pengeluaran"]
    back = bendahara.get("/api/task", params={"returned": "true"}).json()
    assert [(t["processInstanceId"], t["name"], t["returned"]) for t in back] == \
        [(looped, "Penerimaan SPJ", True)]
    assert _count(bendahara, returned="true") == 1
    verifikasi = clients["Kepala Sub Bagian Keuangan"].get("/api/task").json()
    assert [(t["processInstanceId"], t["returned"]) for t in verifikasi] == [(straight, False)]
    step(looped)  # Penerimaan again, then Verifikasi is ready again: it too was done before
    again = clients["Kepala Sub Bagian Keuangan"].get(
        "/api/task", params={"returned": "true"}).json()
    assert [t["processInstanceId"] for t in again] == [looped]


def test_plh_sees_the_role_only_while_acting(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    add_user(db_url, "pengganti", [("Sekretaris", SPJ_INSTANSI)])
    case = office.start("SPJ/2026/0200", "Plh")
    pengganti = office.client("pengganti")
    assert _count(pengganti) == 0 and _ids(pengganti) == []
    today = datetime.now(UTC).date()
    with transaction(office.factory, write=True) as db:
        user = db.query(User).filter_by(username="pengganti").one()
        db.add(Substitution(user_id=user.id, role="PPTK", instansi=SPJ_INSTANSI, kind="Plh",
                            starts_on=today - timedelta(days=1),
                            ends_on=today + timedelta(days=1), created_by="admin"))
    pengganti = office.client("pengganti")  # a fresh token reads today's standing
    assert _ids(pengganti) == [case] and _count(pengganti) == 1


def test_a_day_off_moves_the_stored_batas_waktu_of_waiting_tasks(db_url, live_server_for):
    office = Office(db_url, live_server_for)
    backup = ROOT / "bpmn" / "lumajang-disdukcapil" / "lumajang_dukcapil_backup_database.bpmn"
    deploy_paths(db_url, backup)
    add_user(db_url, "kasi", [("Kepala Seksi", "lumajang-disdukcapil")])
    kasi = Actor("kasi", frozenset({("Kepala Seksi", "lumajang-disdukcapil")}))
    monday = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10.00 in WIB; step 1 is "1 hari kerja"
    with using(SimulatedClock(monday)):
        office.runtime.start("lumajang_dukcapil_backup_database", kasi, business_key="BK/1")
    client, admin = office.client("kasi"), office.client("admin")

    def due() -> datetime:
        return datetime.fromisoformat(client.get("/api/task").json()[0]["due"])

    assert due() == monday + timedelta(days=1)
    made = admin.post("/api/day-off", json={"day": "2026-03-03", "name": "Hari Jadi",
                                            "instansi": "lumajang-disdukcapil"})
    assert made.status_code in (200, 201), made.text
    assert due() == monday + timedelta(days=2)  # Tuesday is off: due Wednesday
    gone = admin.delete("/api/day-off/2026-03-03", params={"instansi": "lumajang-disdukcapil"})
    assert gone.status_code in (200, 204), gone.text
    assert due() == monday + timedelta(days=1)
