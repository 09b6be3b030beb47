"""Issue 13 item 3: several background loops on PostgreSQL fire each timer exactly once.

Two loops (each its own engine and Runtime, like two machines running ``sop worker``) race over
the same due timers: rows are claimed ``FOR UPDATE SKIP LOCKED``, so every interrupting timer
moves its case on once, and a three-round cycle reminds exactly three times.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from conftest import add_user
from sqlalchemy import func, select
from timer_models import INSTANSI, ROLE, boundary_model

from engine import timers
from engine.actors import Actor
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.models import ActiveTask, TaskEvent, Timer
from engine.runtime import Runtime

STAF = Actor("staf", frozenset({(ROLE, INSTANSI)}))
CASES = 30


def _race(url: str, clock: SimulatedClock, loops: int = 2, rounds: int = 1) -> list[int]:
    fired = [0] * loops
    barrier = threading.Barrier(loops)

    def loop(i: int) -> None:
        factory = make_session_factory(make_engine(url))
        runtime = Runtime(factory)
        barrier.wait()
        for _ in range(rounds):
            fired[i] += timers.fire_due(factory, runtime, clock())
        factory.kw["bind"].dispose()

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(loops)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return fired


def test_two_loops_fire_each_timer_once(pg_url):
    add_user(pg_url, "staf", [(ROLE, INSTANSI)])
    factory = make_session_factory(make_engine(pg_url))
    clock = SimulatedClock(datetime(2026, 12, 1, 2, tzinfo=UTC))
    with using(clock):
        with transaction(factory, write=True) as db:
            deploy(db, [("a.bpmn", boundary_model("uji_a", value="PT3S"), INSTANSI),
                        ("c.bpmn", boundary_model("uji_c", "timeCycle", "R3/PT1H",
                                                  interrupting=False), INSTANSI)])
        runtime = Runtime(factory)
        cases = [runtime.start("uji_a", STAF).id for _ in range(CASES)]
        cycle_case = runtime.start("uji_c", STAF).id
        clock.advance(seconds=3)
        fired = _race(pg_url, clock)
        assert sum(fired) == CASES, fired
        for _ in range(3):
            clock.advance(hours=1)
            assert sum(_race(pg_url, clock)) == 1
        clock.advance(hours=5)
        assert sum(_race(pg_url, clock)) == 0
    with transaction(factory) as db:
        assert db.scalar(select(func.count()).select_from(Timer)) == 0
        follow_ups = dict(db.execute(
            select(ActiveTask.instance_id, func.count()).where(ActiveTask.step_id == "lanjut")
            .group_by(ActiveTask.instance_id)).all())
        cancelled = db.scalar(select(func.count()).select_from(TaskEvent)
                              .where(TaskEvent.kind == "cancelled"))
    assert {c: follow_ups.get(c) for c in cases} == dict.fromkeys(cases, 1)
    assert follow_ups[cycle_case] == 3
    assert cancelled == CASES
