"""Monitoring figures (reports.monitoring) on a known history played through the runtime on a
simulated clock, on SQLite and PostgreSQL; the JSON API over real HTTP."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from spj_play import PPTK, WIB, play, wib
from sqlalchemy import func, select, text, update

from engine.actors import Actor
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.models import MonitoringSetting, TaskEvent, as_utc
from engine.runtime import Runtime
from engine.working_time import standard_minutes, working_minutes
from reports.access import may_report
from reports.monitoring import Period, PeriodError, monitor, overview, parse_period, percentile

SEMESTER_I = Period(date(2026, 1, 1), date(2026, 6, 30))
NOW = datetime(2026, 7, 1, 12, 0, tzinfo=WIB)


def history(url: str) -> None:
    """The known history (times WIB; every step's standard is 1 jam):

    A  Mon 2 Feb:  l1 09:00-09:30, l2 -11:00 (late), l3 -11:20 Ya, l4 -12:00, l5 -12:50: selesai
    B  Fri 6 Mar 15:00: l1 done Mon 9 Mar 09:00 (1080 working minutes, late), l2 -09:45,
       l3 -10:00 Tidak, l2 -11:30 (late), l3 -12:00 Ya; l4 waits since 9 Mar 12:00 (overdue)
    C  Tue 30 Jun 14:00: l1 -14:30; l2 done 1 Jul 09:00 (after the semester); l3 waits (overdue)
    D  Wed 1 Jul 11:30 (after the semester): l1 waits, due 12:30 (not overdue at NOW, 12:00)
    """
    deploy_paths(url, SPJ_BPMN)
    runtime = Runtime(make_session_factory(make_engine(url)))
    clock = SimulatedClock(wib(2026, 2, 2, 9))
    with using(clock):
        play(runtime, clock, "A", wib(2026, 2, 2, 9, 0), [
            (wib(2026, 2, 2, 9, 30), None), (wib(2026, 2, 2, 11, 0), None),
            (wib(2026, 2, 2, 11, 20), "Ya"), (wib(2026, 2, 2, 12, 0), None),
            (wib(2026, 2, 2, 12, 50), None)])
        play(runtime, clock, "B", wib(2026, 3, 6, 15, 0), [
            (wib(2026, 3, 9, 9, 0), None), (wib(2026, 3, 9, 9, 45), None),
            (wib(2026, 3, 9, 10, 0), "Tidak"), (wib(2026, 3, 9, 11, 30), None),
            (wib(2026, 3, 9, 12, 0), "Ya")])
        play(runtime, clock, "C", wib(2026, 6, 30, 14, 0), [
            (wib(2026, 6, 30, 14, 30), None), (wib(2026, 7, 1, 9, 0), None)])
        play(runtime, clock, "D", wib(2026, 7, 1, 11, 30), [])


@pytest.fixture
def known(db_url: str) -> str:
    history(db_url)
    return db_url


def _session(url: str):
    return transaction(make_session_factory(make_engine(url)))


def _rows(found) -> dict:
    return {row.step_id: row for row in found.steps}


def test_steps_of_the_semester(known: str):
    with _session(known) as db:
        found = monitor(db, SPJ_KEY, SEMESTER_I, NOW)
    assert [r.step_id for r in found.steps] == [f"langkah_0{i}" for i in range(1, 6)]
    rows = _rows(found)
    one = rows["langkah_01"]
    assert (one.count, one.standard, one.standard_minutes) == (3, "1 jam", 60.0)
    assert sorted(one.durations) == [30.0, 30.0, 1080.0]  # B's Friday-Monday: working minutes
    assert one.median == 30.0 and one.p90 == pytest.approx(870.0)
    assert one.on_time == pytest.approx(2 / 3) and one.late == 1
    assert (one.tidak, one.tidak_rate, one.waiting, one.overdue) == (None, None, 1, 0)
    two = rows["langkah_02"]  # C's completion on 1 July is outside the semester
    assert sorted(two.durations) == [45.0, 90.0, 90.0] and two.on_time == pytest.approx(1 / 3)
    assert (two.median, two.p90) == (90.0, 90.0)
    three = rows["langkah_03"]
    assert (three.count, three.on_time, three.tidak, three.decision) == (3, 1.0, 1, True)
    assert three.tidak_rate == pytest.approx(1 / 3)
    assert (three.waiting, three.overdue) == (1, 1)  # C's, due 1 July 10:00
    assert (rows["langkah_04"].count, rows["langkah_04"].waiting,
            rows["langkah_04"].overdue) == (1, 1, 1)  # B's, waiting since March
    assert rows["langkah_05"].durations == [50.0]


def test_summary_months_and_proposal(known: str):
    with _session(known) as db:
        found = monitor(db, SPJ_KEY, SEMESTER_I, NOW)
    assert (found.started, found.completed, found.refused) == (3, 1, 0)
    assert (found.running, found.overdue) == (3, 2)
    assert found.step_completions == 11
    assert found.on_time == pytest.approx(8 / 11)
    assert found.rework_rate == pytest.approx(1 / 3)
    assert found.proposed == "tidak_baik"  # 73% on time < 80%, and rework 33% >= 20%
    assert found.period.label == "Semester I 2026"
    months = {m.month: m for m in found.monthly}
    assert list(months) == [f"2026-0{m}" for m in range(1, 7)]
    assert (months["2026-02"].completed, months["2026-02"].median) == (1, 230.0)
    assert months["2026-02"].on_time == pytest.approx(4 / 5)
    assert months["2026-03"].on_time == pytest.approx(3 / 5)
    assert months["2026-06"].on_time == 1.0
    assert months["2026-01"].on_time is None and months["2026-04"].completed == 0


def test_rule_both_ways(known: str):
    factory = make_session_factory(make_engine(known))
    with transaction(factory, write=True) as db:
        db.add(MonitoringSetting(instansi=SPJ_INSTANSI, min_on_time=0.7, max_rework=0.4))
    with transaction(factory) as db:
        assert monitor(db, SPJ_KEY, SEMESTER_I, NOW).proposed == "baik"
    with transaction(factory, write=True) as db:
        db.get(MonitoringSetting, SPJ_INSTANSI).max_rework = 1 / 3  # not under: tidak baik
    with transaction(factory) as db:
        assert monitor(db, SPJ_KEY, SEMESTER_I, NOW).proposed == "tidak_baik"
        empty = monitor(db, SPJ_KEY, Period(date(2025, 1, 1), date(2025, 6, 30)), NOW)
    assert empty.proposed is None and empty.step_completions == 0


def test_period_boundary_the_day_after(known: str):
    july = Period(date(2026, 7, 1), date(2026, 7, 31))
    with _session(known) as db:
        found = monitor(db, SPJ_KEY, july, NOW)
        listed = overview(db, SPJ_INSTANSI, SEMESTER_I, NOW)
    two = _rows(found)["langkah_02"]
    assert two.durations == [570.0 + 540.0] and two.on_time == 0.0  # 30 Jun 14:30 - 1 Jul 09:00
    assert found.started == 1 and found.step_completions == 1
    assert [m.key for m in listed] == [SPJ_KEY]
    summary = listed[0]
    assert (summary.step_completions, summary.proposed) == (11, "tidak_baik")
    assert summary.on_time == pytest.approx(8 / 11) and summary.steps[0].durations == []
    assert summary.steps[0].median is None and summary.steps[2].tidak == 1


def test_working_minutes_rules():
    friday, monday = wib(2026, 3, 6, 15), wib(2026, 3, 9, 9)
    assert working_minutes(friday, monday) == 1080.0
    assert working_minutes(monday, friday) == 0.0
    # Idul Fitri and its cuti bersama (18-24 March 2026) count nothing
    assert working_minutes(wib(2026, 3, 17, 23), wib(2026, 3, 25, 1)) == 120.0
    assert working_minutes(friday, monday, frozenset({date(2026, 3, 6)})) == 540.0
    assert standard_minutes("P1D") == 1440.0 and standard_minutes("PT2H") == 120.0
    assert standard_minutes(None) is None
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.9) == pytest.approx(3.7)


def test_parse_period():
    today = date(2026, 11, 30)
    assert parse_period(None, None, today) == Period(date(2026, 7, 1), date(2026, 12, 31))
    assert parse_period("2026-02-10", None, today) == Period(date(2026, 2, 10),
                                                             date(2026, 6, 30))
    with pytest.raises(PeriodError) as bad:
        parse_period("2026-13-01", None, today)
    assert bad.value.details["field"] == "from" and bad.value.status == 400
    with pytest.raises(PeriodError) as reversed_:
        parse_period("2026-05-01", "2026-04-01", today)
    assert reversed_.value.details["field"] == "to"


def test_may_report(db_url: str):
    deploy_paths(db_url, SPJ_BPMN)
    factory = make_session_factory(make_engine(db_url))
    head = Actor("kadis", frozenset({("Kepala Dinas", SPJ_INSTANSI)}))
    penilai = Actor("kasubbag", frozenset({("Kepala Sub Bagian Program", SPJ_INSTANSI)}))
    with transaction(factory, write=True) as db:
        assert may_report(db, head, SPJ_INSTANSI)
        assert not may_report(db, head, "lumajang-disdukcapil")
        assert not may_report(db, penilai, SPJ_INSTANSI) and not may_report(db, PPTK,
                                                                          SPJ_INSTANSI)
        assert may_report(db, Actor("x", supervises=frozenset({SPJ_INSTANSI})), SPJ_INSTANSI)
        assert may_report(db, Actor("root", is_admin=True), SPJ_INSTANSI)
        db.add(MonitoringSetting(instansi=SPJ_INSTANSI,
                                 penilai_jabatan="Kepala Sub Bagian Program"))
        db.flush()
        assert may_report(db, penilai, SPJ_INSTANSI)


def test_api_over_http(known: str, live_server_for):
    add_user(known, "admin", [], admin=True)
    add_user(known, "kadis", [("Kepala Dinas", SPJ_INSTANSI)])
    add_user(known, "pptk", [("PPTK", SPJ_INSTANSI)])
    server = live_server_for(known)
    admin, kadis, pptk = (server.login(u) for u in ("admin", "kadis", "pptk"))
    path = f"/api/report/monitoring?processDefinitionKey={SPJ_KEY}&from=2026-01-01&to=2026-06-30"
    body = kadis.get(path).json()
    assert body["periodLabel"] == "Semester I 2026" and body["penilaian"] == "tidak_baik"
    rows = {r["stepId"]: r for r in body["rows"]}
    assert (rows["langkah_01"]["count"], rows["langkah_01"]["median"],
            rows["langkah_01"]["standardMinutes"]) == (3, 30.0, 60.0)
    assert rows["langkah_03"]["tidak"] == 1 and rows["langkah_01"]["tidak"] is None
    assert rows["langkah_01"]["onTime"] == pytest.approx(2 / 3)
    assert {r["penilaian"] for r in body["rows"]} == {"tidak_baik"}
    assert pptk.get(path).status_code == 404
    bad = admin.get(f"/api/report/monitoring?processDefinitionKey={SPJ_KEY}&from=2026-02-30")
    assert bad.status_code == 400 and bad.json()["field"] == "from"
    assert admin.get("/api/report/monitoring?processDefinitionKey=nope").status_code == 404
    overview_path = "/api/report/monitoring/overview"
    listed = kadis.get(f"{overview_path}?instansi={SPJ_INSTANSI}&from=2026-01-01"
                       "&to=2026-06-30")
    assert listed.status_code == 200 and [m["key"] for m in listed.json()] == [SPJ_KEY]
    assert listed.json()[0]["stepCompletions"] == 11
    assert pptk.get(f"{overview_path}?instansi={SPJ_INSTANSI}").status_code == 403
    assert admin.get("/api/report/monitoring").status_code == 400
    pointed = admin.get(f"/api/report/monitoring?instansi={SPJ_INSTANSI}")
    assert pointed.status_code == 400 and pointed.json()["field"] == "instansi"
    assert admin.get(f"{overview_path}?instansi=nowhere").json() == []


def _figures(db) -> tuple:
    """Everything monitor() and overview() say of the known history (durations sorted)."""
    found = monitor(db, SPJ_KEY, SEMESTER_I, NOW)
    listed = overview(db, SPJ_INSTANSI, SEMESTER_I, NOW)
    for item in (found, *listed):
        for row in item.steps:
            row.durations = sorted(row.durations)
    return found, listed


@pytest.mark.parametrize("backfilled", [False, True])
def test_history_stored_before_0010_reports_the_same(known: str, backfilled: bool):
    """Completions stored before migration 0010 carry no times (work_minutes NULL; ready_at
    copied by the migration from the ready event, or not at all): the reports compute them,
    and every figure is the one of completions stored with their times. Half the completions
    are made old, so both paths add up in one report."""
    factory = make_session_factory(make_engine(known))
    with transaction(factory) as db:
        fresh = _figures(db)
    events = TaskEvent.__table__
    with transaction(factory, write=True) as db:
        completed = db.scalars(select(events.c.id).where(events.c.kind == "completed")
                               .order_by(events.c.id)).all()
        assert db.scalar(select(func.count()).where(events.c.kind == "completed",
                                                    events.c.work_minutes.is_(None))) == 0
        db.execute(update(events).where(events.c.id.in_(completed[::2]))
                   .values(ready_at=None, due_at=None, work_minutes=None))
        if backfilled:
            db.execute(text(_migration_0010().BACKFILL))
            assert db.scalar(select(func.count()).where(events.c.kind == "completed",
                                                        events.c.ready_at.is_(None))) == 0
    with transaction(factory) as db:
        assert _figures(db) == fresh


def _migration_0010():
    """The migration module (its BACKFILL statement), loaded from its file."""
    import importlib.util
    from pathlib import Path

    import engine.migrate

    path = next((Path(engine.migrate.__file__).parent / "migrations" / "versions")
                .glob("0010_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_completion_stores_its_times(known: str):
    """The runtime writes a completion with its ready time, batas waktu and working minutes:
    B's first step, ready Friday 6 March 15:00, done Monday 09:00, due Friday 16:00."""
    events = TaskEvent.__table__
    with _session(known) as db:
        row = db.execute(select(events.c.ready_at, events.c.due_at, events.c.work_minutes)
                         .where(events.c.kind == "completed", events.c.step_id == "langkah_01")
                         .order_by(events.c.id).offset(1).limit(1)).one()
    assert as_utc(row.ready_at) == wib(2026, 3, 6, 15) and as_utc(row.due_at) == wib(2026, 3, 6, 16)
    assert row.work_minutes == 1080.0
