"""Issue 13 item 3: timer events as Camunda Modeler draws them, fired by the background job.

Engine level with the simulated clock (engine.clock): boundary timers (interrupting and not),
a cycle firing three times, a date, an intermediate catch event, a suspended case that waits,
the working-time ``batas`` escalation to the pengawas, and deployment refusing what would not
run. Each scenario is a real SQLite file migrated like production.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import add_user
from sqlalchemy import select, update
from timer_models import INSTANSI, ROLE, boundary_model, catch_model, subprocess_model

from engine import timers
from engine.actors import Actor
from engine.background import Background
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.errors import Conflict, DeploymentError
from engine.mailer import MailSettings
from engine.models import Notification, ProcessInstance, TaskEvent, Timer
from engine.runtime import Runtime
from engine.supervisors import mark

STAF = Actor("staf", frozenset({(ROLE, INSTANSI)}))
START = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # a Tuesday, 09:00 WIB
TIMER = (b'<bpmn:timerEventDefinition id="t0"><bpmn:timeDuration>PT1H</bpmn:timeDuration>'
         b"</bpmn:timerEventDefinition>")


@pytest.fixture
def office(sqlite_template: Path, tmp_path: Path):
    path = tmp_path / "sop.sqlite"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    add_user(url, "staf", [(ROLE, INSTANSI)])
    factory = make_session_factory(make_engine(url))
    clock = SimulatedClock(START)
    with using(clock):
        yield factory, Runtime(factory), clock


def deploy_model(factory, name: str, content: bytes) -> None:
    with transaction(factory, write=True) as db:
        deploy(db, [(name, content, INSTANSI)])


def fire(factory, runtime, clock) -> int:
    return timers.fire_due(factory, runtime, clock())


def rows(factory) -> list[Timer]:
    with transaction(factory) as db:
        return list(db.scalars(select(Timer).order_by(Timer.id)))


def names(runtime, instance_id: int) -> list[str]:
    return sorted(t.name for t in runtime.instance(instance_id).tasks)


def test_interrupting_boundary_cancels_the_step_and_its_inbox_row(office):
    factory, runtime, clock = office
    deploy_model(factory, "a.bpmn", boundary_model("uji_a", value="PT3S"))
    case = runtime.start("uji_a", STAF)
    periksa = case.tasks[0].id
    [row] = rows(factory)
    assert (row.kind, row.event_id) == ("duration", "timer")
    assert row.due_at.replace(tzinfo=UTC) == START + timedelta(seconds=3)
    assert fire(factory, runtime, clock) == 0  # not due yet
    clock.advance(seconds=3)
    assert fire(factory, runtime, clock) == 1
    assert names(runtime, case.id) == ["Tindak lanjut"]
    assert rows(factory) == []
    assert runtime.tasks(STAF) and all(t.id != periksa for t in runtime.tasks(STAF))
    kinds = [e.kind for e in runtime.events(case.id) if e.task_id == periksa]
    assert kinds == ["ready", "cancelled"]
    assert "timer" in [a.node_id for a in runtime.activities(case.id)]
    assert fire(factory, runtime, clock) == 0  # fired once


def test_completing_the_step_first_deletes_its_timer(office):
    factory, runtime, clock = office
    deploy_model(factory, "a.bpmn", boundary_model("uji_a", value='"PT3S"'))  # quoted: Spiff
    case = runtime.start("uji_a", STAF)
    assert len(rows(factory)) == 1
    done = runtime.complete(case.tasks[0].id, STAF, {})
    assert done.status == "completed" and rows(factory) == []
    clock.advance(minutes=1)
    assert fire(factory, runtime, clock) == 0


def test_non_interrupting_keeps_the_step_and_runs_the_other_path(office):
    factory, runtime, clock = office
    deploy_model(factory, "b.bpmn", boundary_model("uji_b", value="P2D", interrupting=False))
    case = runtime.start("uji_b", STAF)
    clock.advance(days=2)
    assert fire(factory, runtime, clock) == 1
    assert names(runtime, case.id) == ["Periksa", "Tindak lanjut"]
    assert rows(factory) == []  # a duration fires once


def test_a_cycle_reminds_three_times(office):
    factory, runtime, clock = office
    deploy_model(factory, "c.bpmn", boundary_model("uji_c", "timeCycle", "R3/PT1H",
                                                   interrupting=False))
    case = runtime.start("uji_c", STAF)
    dues = []
    for _ in range(5):
        clock.advance(hours=1)
        dues += [r.due_at.replace(tzinfo=UTC) for r in rows(factory)]
        fire(factory, runtime, clock)
    assert dues == [START + timedelta(hours=h) for h in (1, 2, 3)]
    assert names(runtime, case.id) == ["Periksa"] + ["Tindak lanjut"] * 3
    assert rows(factory) == []
    rounds = [a for a in runtime.activities(case.id) if a.node_id == "timer"]
    assert len(rounds) == 3  # each round in the timeline, once


def test_a_date_timer_fires_at_its_date(office):
    factory, runtime, clock = office
    deploy_model(factory, "d.bpmn", boundary_model("uji_d", "timeDate",
                                                   "2026-12-03T09:00:00+07:00"))
    case = runtime.start("uji_d", STAF)
    assert rows(factory)[0].due_at.replace(tzinfo=UTC) == datetime(2026, 12, 3, 2, tzinfo=UTC)
    clock.advance(days=1)
    assert fire(factory, runtime, clock) == 0
    clock.advance(days=1)
    assert fire(factory, runtime, clock) == 1
    assert names(runtime, case.id) == ["Tindak lanjut"]


def test_an_intermediate_catch_event_waits_then_goes_on(office):
    factory, runtime, clock = office
    deploy_model(factory, "e.bpmn", catch_model("uji_e", value="PT1H"))
    case = runtime.start("uji_e", STAF)
    assert rows(factory) == []  # not waiting on it yet
    runtime.complete(case.tasks[0].id, STAF, {})
    assert names(runtime, case.id) == [] and len(rows(factory)) == 1
    clock.advance(minutes=61)
    background = Background(factory, MailSettings(), clock=clock, runtime=runtime)
    assert background.run_once()["timers"] == 1  # the loop's job
    assert names(runtime, case.id) == ["Arsipkan"]


def test_a_suspended_case_does_not_fire_until_activated(office):
    factory, runtime, clock = office
    deploy_model(factory, "a.bpmn", boundary_model("uji_a", value="PT3S"))
    case = runtime.start("uji_a", STAF)
    with transaction(factory, write=True) as db:
        db.execute(update(ProcessInstance).where(ProcessInstance.id == case.id)
                   .values(suspended=True))
    clock.advance(minutes=5)
    assert fire(factory, runtime, clock) == 0
    assert names(runtime, case.id) == ["Periksa"] and len(rows(factory)) == 1
    with transaction(factory, write=True) as db:
        db.execute(update(ProcessInstance).where(ProcessInstance.id == case.id)
                   .values(suspended=False))
    assert fire(factory, runtime, clock) == 1
    assert names(runtime, case.id) == ["Tindak lanjut"]


def test_batas_timer_escalates_to_the_pengawas_in_working_time(office):
    factory, runtime, clock = office
    add_user(str(factory.kw["bind"].url), "kadis", [])
    with transaction(factory, write=True) as db:
        mark(db, "kadis", INSTANSI)
    deploy_model(factory, "f.bpmn", boundary_model("uji_f", "batas", interrupting=False,
                                                   waktu="P2D"))
    friday = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 09:00 WIB: 2 working days -> Tuesday
    clock.now = friday
    case = runtime.start("uji_f", STAF)
    [row] = rows(factory)
    assert row.kind == "batas" and row.due_at.replace(tzinfo=UTC) == case.tasks[0].due_at
    assert row.due_at.replace(tzinfo=UTC) == datetime(2026, 12, 8, 2, tzinfo=UTC)
    clock.now = datetime(2026, 12, 7, 2, tzinfo=UTC)  # Monday: not yet
    assert fire(factory, runtime, clock) == 0
    clock.now = datetime(2026, 12, 8, 3, tzinfo=UTC)
    assert fire(factory, runtime, clock) == 1
    with transaction(factory) as db:
        told = list(db.scalars(select(Notification).where(Notification.kind == "task_escalated")))
    assert [(n.username, n.data["step"]) for n in told] == [("kadis", "Periksa")]
    assert names(runtime, case.id) == ["Periksa", "Tindak lanjut"]


def test_a_timer_changed_meanwhile_fires_once(office):
    """The step completed between claim and fire (Conflict-free path): the stale row goes."""
    factory, runtime, clock = office
    deploy_model(factory, "a.bpmn", boundary_model("uji_a", value="PT3S"))
    case = runtime.start("uji_a", STAF)
    runtime.complete(case.tasks[0].id, STAF, {})
    with transaction(factory, write=True) as db:  # a row left behind by a crash, say
        db.add(Timer(instance_id=case.id, task_id="00000000-0000-0000-0000-000000000000",
                     event_id="timer", kind="duration", due_at=START))
    assert fire(factory, runtime, clock) == 0 and rows(factory) == []
    with transaction(factory) as db:
        assert db.scalar(select(TaskEvent.kind).where(TaskEvent.kind == "cancelled")) is None


@pytest.mark.parametrize(("model", "element", "words"), [
    (boundary_model("uji_x", value="PT3X"), "bpmn:boundaryEvent 'timer'", "PT3X"),
    (boundary_model("uji_x", "timeDate", "besok pagi"), "bpmn:boundaryEvent 'timer'",
     "besok pagi"),
    (boundary_model("uji_x", "timeCycle", "R3"), "bpmn:boundaryEvent 'timer'", "R3"),
    (catch_model("uji_x", value="PT1H").replace(b"intermediateCatchEvent",
                                                b"intermediateThrowEvent"),
     "bpmn:intermediateThrowEvent 'tunggu'", "timers run on"),
    (catch_model("uji_x", value="PT1H").replace(b"<bpmn:outgoing>f1</bpmn:outgoing></bpmn:s",
                                                b"<bpmn:outgoing>f1</bpmn:outgoing>" + TIMER
                                                + b"</bpmn:s"),
     "bpmn:startEvent 'mulai'", "not supported"),
])
def test_deployment_refuses_a_timer_that_cannot_run(office, model, element, words):
    factory, _, _ = office
    with pytest.raises(DeploymentError) as refused:
        deploy_model(factory, "x.bpmn", model)
    problems = refused.value.details["problems"]
    found = [p for p in problems if p["element"] == element and words in p["message"]]
    assert found and found[0]["line"], problems
    assert "nilai timer" in refused.value.message or "timer pada" in refused.value.message


def test_a_timer_inside_an_embedded_sub_process_fires(office):
    factory, runtime, clock = office
    deploy_model(factory, "s.bpmn", subprocess_model("uji_s"))
    case = runtime.start("uji_s", STAF)
    assert names(runtime, case.id) == ["Periksa"] and len(rows(factory)) == 1
    clock.advance(hours=1)
    assert fire(factory, runtime, clock) == 1
    assert names(runtime, case.id) == ["Tindak lanjut"] and rows(factory) == []
    after = runtime.complete(runtime.instance(case.id).tasks[0].id, STAF, {})
    assert after.status == "completed"


def test_a_case_changed_at_that_moment_keeps_its_row_for_the_next_round(office):
    factory, runtime, clock = office
    deploy_model(factory, "a.bpmn", boundary_model("uji_a", value="PT3S"))
    case = runtime.start("uji_a", STAF)
    clock.advance(seconds=3)

    class Busy(Runtime):
        def advance(self, *args, **kwargs):
            raise Conflict("Berkas ini baru saja diubah.", "This case was just changed.")

    assert fire(factory, Busy(factory), clock) == 0
    assert len(rows(factory)) == 1 and names(runtime, case.id) == ["Periksa"]
    assert fire(factory, runtime, clock) == 1  # the next round
    assert names(runtime, case.id) == ["Tindak lanjut"]
