"""Months of history (engine.history): six months of cases played through the real runtime in
office hours, with late steps, returns, refusals, and cases still running and overdue at the
end; deterministic for a seed; and `sop run`'s demo office holds six months of it."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT
from history import CUTI, END, SMALL_HISTORY_KEYS, small_history
from sqlalchemy import select

import api.cli
from engine.db import make_engine, make_session_factory, transaction
from engine.deadlines import DEFAULT_ZONE, deadline, is_working_day
from engine.models import ActiveTask, ActivityEvent, ProcessInstance, TaskEvent, as_utc
from engine.simulate import DEMO_HISTORY, read_sop


def _rows(factory):
    with transaction(factory) as db:
        cases = list(db.scalars(select(ProcessInstance)))
        events = list(db.scalars(select(TaskEvent).order_by(TaskEvent.id)))
        activity = list(db.scalars(select(ActivityEvent.at)))
        waiting = list(db.scalars(select(ActiveTask)))
        db.expunge_all()
    return cases, events, activity, waiting


def _late(factory, events: list[TaskEvent], keys) -> tuple[int, int]:
    """(completions after their batas waktu, completions with a standard), recomputed from each
    step's mutu baku waktu in the model and its ready event."""
    specs = {key: read_sop(factory, key).spec for key in keys}
    with transaction(factory) as db:
        key_of = dict(db.execute(select(ProcessInstance.id, ProcessInstance.process_key)).all())
    ready = {e.task_id: e.at for e in events if e.kind == "ready"}
    late = measured = 0
    for event in events:
        if event.kind != "completed":
            continue
        props = dict(specs[key_of[event.instance_id]].task_specs[event.step_id].extensions)
        due = deadline(as_utc(ready[event.task_id]), props.get("waktu_iso"),
                       props.get("waktu_hari") or "kerja")
        if due is not None:
            measured += 1
            late += as_utc(event.at) > due
    return late, measured


def _in_office(moment: datetime) -> bool:
    local = as_utc(moment).astimezone(DEFAULT_ZONE)
    return is_working_day(local.date()) and 8 <= local.hour < 15


def test_six_months_with_late_returned_refused_running_and_overdue(db_url):
    factory, report = small_history(db_url)
    cases, events, activity, waiting = _rows(factory)
    assert len(cases) == len(report.cases) > 60
    months = Counter(as_utc(c.started_at).astimezone(DEFAULT_ZONE).strftime("%Y-%m")
                     for c in cases)
    assert sorted(months) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    assert all(count >= 4 for count in months.values()), months
    for key in SMALL_HISTORY_KEYS:
        assert {c.process_key for c in cases} >= {key}

    late, measured = _late(factory, events, SMALL_HISTORY_KEYS)
    assert measured > 300 and 0 < late < measured * 0.35  # most on time, a tail late

    readies = Counter((e.instance_id, e.step_id) for e in events if e.kind == "ready")
    tidak = [e for e in events if e.kind == "completed" and (e.data or {}).get("keputusan")
             == "Tidak"]
    assert tidak and any(n > 1 for n in readies.values())  # sent back: the step again

    outcomes = Counter(c.outcome for c in cases if c.status == "completed")
    assert outcomes["ditolak"] >= 2 and outcomes["selesai"] > 40
    assert all(c.process_key == CUTI for c in cases if c.outcome == "ditolak")

    running = [c for c in cases if c.status == "active"]
    assert len(running) >= 6
    overdue = [t for t in waiting if t.due_at is not None and as_utc(t.due_at) < END]
    assert overdue and len(overdue) < len(waiting)

    moments = [e.at for e in events] + activity + [c.started_at for c in cases]
    assert max(as_utc(m) for m in moments) <= END
    assert min(as_utc(m) for m in moments) >= END - timedelta(days=6 * 31)
    outside = [m for m in moments if not _in_office(m)]
    assert not outside, outside[:5]  # starts, claims and completions in office hours only


def test_a_seed_gives_the_same_history(tmp_path: Path, sqlite_template):
    def played(name: str, seed: int):
        url = f"sqlite:///{tmp_path / name}"
        (tmp_path / name).write_bytes(sqlite_template.read_bytes())
        factory, report = small_history(url, seed=seed, per_month=2)
        cases, events, _, waiting = _rows(factory)
        return (report.by_goal(), Counter(c.outcome for c in cases),
                Counter(e.kind for e in events), len(waiting),
                [(c.business_key, as_utc(c.started_at)) for c in cases])

    first = played("a.sqlite", 7)
    assert played("b.sqlite", 7) == first
    assert played("c.sqlite", 8)[4] != first[4]


def test_sop_run_demo_office_holds_six_months_of_history(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(api.cli, "serve", lambda *args, **kw: None)
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    result = CliRunner().invoke(api.cli.main, ["--database-url", url, "run",
                                               "--bpmn", str(ROOT / "bpmn")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with transaction(make_session_factory(make_engine(url))) as db:
        cases = list(db.scalars(select(ProcessInstance)))
    now = datetime.now(UTC)
    for key, per_month in DEMO_HISTORY.items():
        mine = [c for c in cases if c.process_key == key]
        assert len(mine) >= 6 * per_month, key
        ages = {(now - as_utc(c.started_at)).days // 31 for c in mine}
        assert ages >= {0, 1, 2, 3, 4, 5}, (key, ages)
        assert any(c.status == "active" for c in mine)
        assert sum(c.status == "completed" for c in mine) >= 5 * per_month
