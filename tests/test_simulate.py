"""The office simulator (engine.simulate): cases played through the real runtime as the users
holding each lane, on a simulated clock, towards the states asked, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT, deploy_paths
from sqlalchemy import func, select

from api.resources import validate_task_data
from engine.clock import SimulatedClock
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import latest_versions
from engine.migrate import upgrade
from engine.models import (
    ActiveTask,
    ActivityEvent,
    ProcessInstance,
    Supervisor,
    TaskEvent,
    User,
    as_utc,
)
from engine.simulate import DEMO_ORDERS, Mix, Order, demo_office, simulate
from engine.users import ensure_demo_users

SPJ = "serang_kominfo_penyusunan_spj"
CUTI = "lumajang_dukcapil_pengajuan_cuti"
AKTA = "lumajang_dukcapil_penerbitan_akta_kelahiran"
FILES = [ROOT / "bpmn" / "serang-diskominfo" / f"{SPJ}.bpmn",
         ROOT / "bpmn" / "lumajang-disdukcapil" / f"{CUTI}.bpmn",
         ROOT / "bpmn" / "lumajang-disdukcapil" / f"{AKTA}.bpmn",
         ROOT / "bpmn" / "lumajang-disdukcapil" / "lumajang_dukcapil_penerbitan_akta_kematian.bpmn"]
END = datetime(2026, 6, 15, 7, 30, tzinfo=UTC)  # a Monday, 14.30 WIB: far from the real now
SPAN = timedelta(weeks=4)
ORDERS = [Order(SPJ, {"selesai": 2, "dikembalikan": 2, "menunggu": 2, "diambil": 2,
                      "terlambat": 1}),
          Order(CUTI, {"selesai": 1, "ditolak": 2, "menunggu": 1}),
          Order(AKTA, {"selesai": 1, "dikembalikan": 1, "diambil": 1, "terlambat": 1})]


def _office(url: str):
    deploy_paths(url, *FILES)
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        ensure_demo_users(db, latest_versions(db))
    return factory


def _cases(factory) -> dict[int, tuple[ProcessInstance, list[ActiveTask]]]:
    with transaction(factory) as db:
        instances = list(db.scalars(select(ProcessInstance).order_by(ProcessInstance.id)))
        waiting = list(db.scalars(select(ActiveTask)))
        db.expunge_all()
    return {i.id: (i, [t for t in waiting if t.instance_id == i.id]) for i in instances}


def test_every_state_is_played_with_the_counts_asked_on_the_simulated_clock(db_url):
    factory = _office(db_url)
    report = simulate(factory, ORDERS, SimulatedClock(END), span=SPAN, seed=7,
                      validate=validate_task_data)  # the forms check every submitted step
    cases = _cases(factory)
    assert len(cases) == len(report.cases) == 17
    assert report.by_goal() == {"selesai": 4, "ditolak": 2, "dikembalikan": 3, "menunggu": 3,
                                "diambil": 3, "terlambat": 2}
    for played in report.cases:
        instance, tasks = cases[played.instance_id]
        assert (instance.process_key, instance.business_key, instance.title) == (
            played.key, played.business_key, played.title)
        if played.goal in ("selesai", "ditolak"):
            assert (instance.status, instance.outcome, tasks) == ("completed", played.goal, [])
            continue
        assert instance.status == "active" and len(tasks) == 1, played
        task = tasks[0]
        due = as_utc(task.due_at) if task.due_at is not None else None
        if played.goal == "terlambat":  # ready days ago, past its batas waktu
            assert due is not None and due < END, played
        else:  # reached a moment ago, still within its batas waktu
            assert due is None or due >= END, played
        if played.goal == "diambil":
            assert task.assignee is not None, played
        elif played.goal != "terlambat":  # an overdue step may or may not be claimed
            assert task.assignee is None, played
        if played.goal == "dikembalikan":
            assert task.returned, played
    # nomor berkas unique per SOP, every perihal distinct
    assert len({(c.key, c.business_key) for c in report.cases}) == 17
    assert len({c.title for c in report.cases}) == 17


def test_stored_times_follow_the_simulated_clock_and_the_cases_interleave(db_url):
    factory = _office(db_url)
    simulate(factory, ORDERS, SimulatedClock(END), span=SPAN, seed=11,
             validate=validate_task_data)
    with transaction(factory) as db:
        started = [as_utc(at) for at in db.scalars(
            select(ProcessInstance.started_at).order_by(ProcessInstance.id))]
        ended = [as_utc(at) for at in db.scalars(select(ProcessInstance.ended_at).where(
            ProcessInstance.ended_at.is_not(None)))]
        events = [as_utc(at) for at in db.scalars(select(TaskEvent.at).order_by(TaskEvent.id))]
        activities = [as_utc(at) for at in db.scalars(select(ActivityEvent.at))]
    everything = started + ended + events + activities
    assert min(everything) >= END - SPAN - timedelta(days=4)  # office hours may shift a start
    assert max(everything) <= END
    assert started == sorted(started)  # one queue in time order: ids grow with the start
    assert events == sorted(events)
    assert len({at.date() for at in started}) >= 8  # spread over the weeks, not one burst


def test_the_demo_office_is_played_once(db_url):
    factory = _office(db_url)
    report = demo_office(factory, validate_task_data, now=END, history_months=0)
    asked = sum(sum(order.counts.values()) for order in DEMO_ORDERS)
    assert report is not None and len(report.cases) == asked == 40
    assert set(report.by_goal()) == {"selesai", "ditolak", "dikembalikan", "menunggu",
                                     "diambil", "terlambat"}
    assert demo_office(factory, validate_task_data, now=END, history_months=0) is None
    with transaction(factory) as db:
        assert db.scalar(select(func.count()).select_from(ProcessInstance)) == asked
        started_by = set(db.scalars(select(ProcessInstance.started_by)))
        named = {u.username: u for u in db.scalars(select(User))}
    # started by the demo users of the first steps' lanes, who have names and NIPs
    assert started_by == {"pptk@serang-diskominfo", "pns@lumajang-disdukcapil",
                          "pemohon@lumajang-disdukcapil"}
    pptk = named["pptk@serang-diskominfo"]
    assert pptk.full_name != "PPTK" and len(pptk.nip) == 18 and pptk.nip.isdigit()
    assert named["pemohon@lumajang-disdukcapil"].nip == ""  # a citizen has no NIP
    with transaction(factory) as db:
        pengawas = set(db.execute(select(User.username, Supervisor.instansi).join(
            Supervisor, Supervisor.user_id == User.id)).all())
    assert pengawas == {("kepala-sub-bagian-keuangan@serang-diskominfo", "serang-diskominfo"),
                        ("sekretaris@lumajang-disdukcapil", "lumajang-disdukcapil")}


@pytest.mark.parametrize("order, words", [
    (Order(SPJ, {"ditolak": 1}), "no Tidak that ends it"),
    (Order(SPJ, {"lupa": 1}), "unknown goal"),
    (Order("tidak_ada", {"selesai": 1}), "cannot be played"),
])
def test_an_order_that_cannot_be_met_is_refused_before_anything_is_played(db_url, order,
                                                                          words):
    factory = _office(db_url)
    with pytest.raises(ValueError, match=words):
        simulate(factory, [Order(CUTI, {"selesai": 1}), order], SimulatedClock(END))
    with transaction(factory) as db:
        assert db.scalar(select(func.count()).select_from(ProcessInstance)) == 0


def test_a_mix_without_tidak_or_lateness_sends_nothing_back(db_url):
    factory = _office(db_url)
    calm = Mix(tidak_share=0.0, late_share=0.0)
    simulate(factory, [Order(SPJ, {"selesai": 3})], SimulatedClock(END), mix=calm,
             validate=validate_task_data)
    with transaction(factory) as db:
        answers = [e.data.get("keputusan") for e in db.scalars(select(TaskEvent).where(
            TaskEvent.kind == "completed", TaskEvent.step_id == "langkah_03"))]
    assert answers == ["Ya", "Ya", "Ya"]


def test_every_sop_of_the_library_can_be_played_to_its_end(tmp_path):
    """The generator is reusable for longer histories: each SOP's forms are filled so that the
    forms validator accepts them, and every lane has a demo user (also lanes spelt "Staf" in one
    SOP and "STAF" in another, which share one demo account)."""
    url = f"sqlite:///{tmp_path / 'semua.sqlite'}"
    upgrade(url)
    deploy_paths(url, ROOT / "bpmn")
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        ensure_demo_users(db, latest_versions(db))
        keys = sorted(d.key for d in latest_versions(db))
    report = simulate(factory, [Order(key, {"selesai": 1}) for key in keys],
                      SimulatedClock(END), validate=validate_task_data)
    with transaction(factory) as db:
        done = db.scalar(select(func.count()).select_from(ProcessInstance).where(
            ProcessInstance.status == "completed", ProcessInstance.parent_id.is_(None)))
        called = db.scalar(select(func.count()).select_from(ProcessInstance).where(
            ProcessInstance.parent_id.is_not(None), ProcessInstance.status != "completed"))
    assert len(report.cases) == done == len(keys) >= 120
    assert called == 0  # the cases call activities started were played to their end too
