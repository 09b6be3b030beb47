"""Issue 11 item 6: who is told what (engine.notify), on SQLite and PostgreSQL.

The SPJ fixture (PPTK -> Bendahara Pengeluaran -> Kepala Sub Bagian Keuangan, whose Tidak sends
the case
back to the Bendahara) played through the runtime: a step reaching a jabatan tells its holders
(own, '*', Plt. today; not a disabled one, not the actor, not a holder in another instansi); a
returned step goes to whoever did it before; the end goes to the starter; the overdue scan
tells once, and two PostgreSQL workers scanning at once never tell twice.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from api.cli import main
from engine import notify, outbox
from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import office_today
from engine.deployment import deploy
from engine.errors import NotFound
from engine.models import Notification, User, UserRole, utcnow
from engine.notifications import Notifications
from engine.runtime import Runtime
from engine.substitutions import create as substitute
from engine.users import create_user, hash_password

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
DINAS = "dinas"
BENDAHARA, KASUBAG = "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"
_HASH = hash_password("rahasia")
PPTK = Actor("pptk", frozenset({("PPTK", DINAS)}))
BEND1 = Actor("bend1", frozenset({(BENDAHARA, DINAS)}))
KASUBAG_ACTOR = Actor("kasubag", frozenset({(KASUBAG, DINAS)}))


@pytest.fixture
def office(db_url):
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), DINAS)])
        for name, roles in [("pptk", [("PPTK", DINAS)]), ("pptk2", [("PPTK", DINAS)]),
                            ("bend1", [(BENDAHARA, DINAS)]), ("bend-star", [(BENDAHARA, "*")]),
                            ("bend-lain", [(BENDAHARA, "lain")]),
                            ("bend-off", [(BENDAHARA, DINAS)]), ("plt", []),
                            ("kasubag", [(KASUBAG, DINAS)])]:
            create_user(db, name, "", roles, password_hash=_HASH)
        db.execute(update(User).where(User.username == "bend-off").values(disabled=True))
        today = office_today()
        substitute(db, "plt", BENDAHARA, DINAS, today, today + timedelta(days=3), "Plt", "admin")
    return factory, Runtime(factory)


def _told(factory, kind: str | None = None) -> list[tuple[str, str]]:
    with transaction(factory) as db:
        query = select(Notification.username, Notification.kind).order_by(Notification.id)
        if kind:
            query = query.where(Notification.kind == kind)
        return [(r.username, r.kind) for r in db.execute(query)]


def _to_bendahara(runtime: Runtime):
    case = runtime.start("fixture_spj", PPTK, business_key="SPJ-1", title="Perjalanan dinas")
    return runtime.complete(case.tasks[0].id, PPTK, {"kelengkapan_1": True})


def test_a_step_reaching_a_jabatan_tells_its_holders_and_no_one_else(office):
    factory, runtime = office
    case = runtime.start("fixture_spj", PPTK, business_key="SPJ-1", title="Perjalanan dinas")
    assert _told(factory) == [("pptk2", "task_ready")], "the starter (the actor) is not told"
    runtime.complete(case.tasks[0].id, PPTK, {"kelengkapan_1": True})
    told = {user for user, _ in _told(factory, "task_ready")} - {"pptk2"}
    assert told == {"bend1", "bend-star", "plt"}  # own, '*', Plt.; not bend-lain nor bend-off
    with transaction(factory) as db:
        row = db.scalars(select(Notification).where(Notification.username == "plt")).one()
    assert row.instance_id == case.id and row.task_id and row.read_at is None
    assert row.data["nomor"] == "SPJ-1" and row.data["perihal"] == "Perjalanan dinas"
    assert row.data["step"] == "Penerimaan SPJ" and row.data["role"] == BENDAHARA
    assert row.data["by"] == "pptk"


def test_the_actor_holding_the_next_jabatan_is_not_told(office):
    factory, runtime = office
    both = Actor("bend1", frozenset({("PPTK", DINAS), (BENDAHARA, DINAS)}))
    with transaction(factory, write=True) as db:
        user = db.scalars(select(User).where(User.username == "bend1")).one()
        db.add(UserRole(user_id=user.id, role="PPTK", instansi=DINAS))
    case = runtime.start("fixture_spj", both)
    runtime.complete(case.tasks[0].id, both, {"kelengkapan_1": True})
    assert "bend1" not in {user for user, _ in _told(factory)}


def test_a_returned_step_goes_to_whoever_did_it_before(office):
    factory, runtime = office
    case = _to_bendahara(runtime)
    case = runtime.complete(case.tasks[0].id, BEND1, {})
    case = runtime.complete(case.tasks[0].id, KASUBAG_ACTOR, {"keputusan": "Tidak",
                                                               "alasan": "nota kurang"})
    assert _told(factory, "task_returned") == [("bend1", "task_returned")]
    words = notify.describe("task_returned", {"step": "Penerimaan SPJ", "nomor": "SPJ-1"},
                            case.id, case.tasks[0].id)
    assert words["title"] == "Tugas dikembalikan: Penerimaan SPJ"
    assert words["link"] == f"/tugas/{case.tasks[0].id}"


def test_a_returned_step_whose_doer_left_the_jabatan_goes_to_all_holders(office):
    factory, runtime = office
    case = _to_bendahara(runtime)
    case = runtime.complete(case.tasks[0].id, BEND1, {})
    with transaction(factory, write=True) as db:
        db.execute(update(User).where(User.username == "bend1").values(disabled=True))
    before = len(_told(factory, "task_ready"))
    runtime.complete(case.tasks[0].id, KASUBAG_ACTOR, {"keputusan": "Tidak", "alasan": "x"})
    assert _told(factory, "task_returned") == []
    assert {u for u, _ in _told(factory, "task_ready")[before:]} == {"bend-star", "plt"}


def test_the_end_tells_the_starter_with_the_outcome(office):
    factory, runtime = office
    case = _to_bendahara(runtime)
    case = runtime.complete(case.tasks[0].id, BEND1, {})
    runtime.complete(case.tasks[0].id, KASUBAG_ACTOR, {"keputusan": "Ya"})
    assert _told(factory, "case_ended") == [("pptk", "case_ended")]
    with transaction(factory) as db:
        row = db.scalars(select(Notification).where(Notification.kind == "case_ended")).one()
    words = notify.describe(row.kind, row.data, row.instance_id, row.task_id)
    assert row.data["outcome"] == "selesai" and "Hasil: Selesai" in words["body"]
    assert words["link"] == f"/instans/{case.id}" and "Outcome: Completed" in words["body_en"]


def test_the_starter_finishing_their_own_case_is_not_told(office):
    factory, runtime = office
    everyone = Actor("pptk", frozenset({("PPTK", DINAS), (BENDAHARA, DINAS), (KASUBAG, DINAS)}))
    case = runtime.start("fixture_spj", everyone)
    case = runtime.complete(case.tasks[0].id, everyone, {"kelengkapan_1": True})
    case = runtime.complete(case.tasks[0].id, everyone, {})
    runtime.complete(case.tasks[0].id, everyone, {"keputusan": "Ya"})
    assert _told(factory, "case_ended") == []


def test_the_words_name_the_case_the_due_time_and_a_refusal():
    data = {"nomor": "SPJ-7", "perihal": "Perjalanan", "sop": "Penyusunan SPJ",
            "step": "Verifikasi SPJ", "role": KASUBAG, "due": "2026-11-30T07:00:00+00:00",
            "outcome": "ditolak"}
    ready = notify.describe("task_ready", data, 4, "t-1")
    assert ready["title"] == "Tugas baru: Verifikasi SPJ"
    assert "Batas waktu: Senin, 30 November 2026 pukul 14.00 WIB" in ready["body"]
    assert "Due: Monday, 30 November 2026 at 14:00 WIB" in ready["body_en"]
    assert "SPJ-7 (Perjalanan)" in ready["body"] and "Penyusunan SPJ" in ready["body"]
    ended = notify.describe("case_ended", data, 4, None)
    assert ended["title"] == "Berkas ditolak: SPJ-7" and "Hasil: Ditolak" in ended["body"]
    assert ended["title_en"] == "Case rejected: SPJ-7" and ended["link"] == "/instans/4"
    late = notify.describe("task_overdue", data, 4, "t-1")
    assert late["title"] == "Tugas terlambat: Verifikasi SPJ" and late["link"] == "/tugas/t-1"


def test_the_overdue_scan_tells_the_holders_once(office):
    factory, runtime = office
    runtime.start("fixture_spj", PPTK)  # Penyerahan SPJ: 1 jam
    later = utcnow() + timedelta(hours=2)
    with transaction(factory, write=True) as db:
        assert notify.overdue_scan(db, utcnow()) == 0, "not yet late"
        assert notify.overdue_scan(db, later) == 2
    with transaction(factory, write=True) as db:
        assert notify.overdue_scan(db, later) == 0, "told once only"
    assert sorted(_told(factory, "task_overdue")) == [("pptk", "task_overdue"),
                                                      ("pptk2", "task_overdue")]


def test_the_overdue_scan_tells_only_the_assignee_of_a_claimed_task(office):
    factory, runtime = office
    case = runtime.start("fixture_spj", PPTK)
    runtime.claim(case.tasks[0].id, PPTK)
    with transaction(factory, write=True) as db:
        assert notify.overdue_scan(db, utcnow() + timedelta(hours=2)) == 1
    assert _told(factory, "task_overdue") == [("pptk", "task_overdue")]


def test_mail_on_hands_the_inserted_rows_with_ids_to_the_outbox(office, monkeypatch):
    factory, runtime = office
    handed: list[list[int]] = []
    monkeypatch.setattr(outbox, "enqueue_immediate",
                        lambda session, rows: handed.append([r.id for r in rows]))
    runtime.mail_enabled = True
    _to_bendahara(runtime)
    assert len(handed) == 2 and all(handed) and all(isinstance(i, int) for i in handed[1])
    assert len(handed[1]) == 3


def test_the_service_lists_counts_and_marks_only_the_users_own(office):
    factory, runtime = office
    _to_bendahara(runtime)
    _to_bendahara_again = runtime.start("fixture_spj", PPTK)
    runtime.complete(_to_bendahara_again.tasks[0].id, PPTK, {"kelengkapan_1": True})
    service = Notifications(factory)
    mine = service.list("bend1")
    assert len(mine) == 2 and mine[0].id > mine[1].id, "newest first"
    assert service.count_unread("bend1") == 2
    assert mine[0].title("en").startswith("New task: ") and mine[0].link.startswith("/tugas/")
    other = service.list("pptk2")[0]
    with pytest.raises(NotFound):
        service.mark_read(other.id, "bend1")
    assert service.mark_read(mine[1].id, "bend1").read
    assert service.count_unread("bend1") == 1
    assert [n.id for n in service.list("bend1", unread_only=True)] == [mine[0].id]
    assert service.mark_all_read("bend1") == 1 and service.count_unread("bend1") == 0
    assert service.count_unread("pptk2") == 2, "another user's stay unread"
    assert len(service.list("bend1", first=1, max=5)) == 1


def test_two_workers_scanning_at_once_never_tell_twice(pg_url):
    factory = make_session_factory(make_engine(pg_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), DINAS)])
        for name in ("pptk", "pptk2"):
            create_user(db, name, "", [("PPTK", DINAS)], password_hash=_HASH)
    runtime = Runtime(factory)
    for _ in range(3):
        runtime.start("fixture_spj", PPTK)
    later = utcnow() + timedelta(hours=2)
    first, second = factory(), factory()
    try:
        told_first = notify.overdue_scan(first, later)  # holds its rows locked, uncommitted
        told_second = notify.overdue_scan(second, later)  # skips them
        first.commit()
        second.commit()
    finally:
        first.close()
        second.close()
    assert (told_first, told_second) == (6, 0)
    with transaction(factory, write=True) as db:
        assert notify.overdue_scan(db, later) == 0
    assert len(_told(factory, "task_overdue")) == 6


def test_create_user_on_the_command_line_takes_the_mail_mode(db_url):
    made = CliRunner().invoke(main, ["--database-url", db_url, "create-user", "sari",
                                     "--password", "kuda-lari-pagi-7", "--notify", "mati"])
    assert made.exit_code == 0, made.output
    with transaction(make_session_factory(make_engine(db_url))) as db:
        assert db.scalar(select(User.notify_mode).where(User.username == "sari")) == "mati"
    bad = CliRunner().invoke(main, ["--database-url", db_url, "create-user", "tono",
                                    "--password", "kuda-lari-pagi-7", "--notify", "kadang"])
    assert bad.exit_code != 0
