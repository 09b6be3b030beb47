"""Benchmark: stored state and cost per step after 1 and 50 loops, by the shape of the model.

In-process (the runtime on a SQLite file or PostgreSQL, no HTTP), so the figures are the
engine's and the database's own: state bytes stored for the case after the loops, and the
milliseconds one completion costs at that depth (load, run, dump, inbox and history writes).

- plain: the fixture SPJ SOP (tests/fixtures/spj_loop.bpmn), a Tidak loop of two steps;
- sub-process, inside: tests/fixtures/subproses_loop.bpmn, the Tidak loop inside its embedded
  sub-process; around: the loop around the sub-process (through it, then Tidak after it);
- call activity: a caller looping around a call activity whose called SOP (the plain one) runs
  as a case of its own (engine.calls); both cases' state is shown.

Prints figures, asserts nothing.

    .venv/bin/python bench/state_bench.py [--db sqlite,postgresql] [--steps 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy import event

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.actors import Actor  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import deploy  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.runtime import Runtime  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
INSTANSI = "bench-bentuk"
ROLES = ("PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan")
ACTOR = Actor("bench", frozenset((r, INSTANSI) for r in ROLES))
PG_ADMIN = os.environ.get("SOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
CALLER = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_caller"
  targetNamespace="http://example.org/sop">
  <bpmn:process id="bench_pemanggil" name="Bench pemanggil" isExecutable="true">
    <bpmn:laneSet id="lanes"><bpmn:lane id="l1" name="PPTK">
      <bpmn:flowNodeRef>mulai</bpmn:flowNodeRef><bpmn:flowNodeRef>gabung</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>panggil</bpmn:flowNodeRef><bpmn:flowNodeRef>konfirmasi</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>cek</bpmn:flowNodeRef><bpmn:flowNodeRef>selesai</bpmn:flowNodeRef>
    </bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="mulai"><bpmn:outgoing>c1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:exclusiveGateway id="gabung"><bpmn:incoming>c1</bpmn:incoming>
      <bpmn:incoming>c_ulang</bpmn:incoming><bpmn:outgoing>c2</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:callActivity id="panggil" name="SPJ" calledElement="fixture_spj">
      <bpmn:incoming>c2</bpmn:incoming><bpmn:outgoing>c3</bpmn:outgoing></bpmn:callActivity>
    <bpmn:userTask id="konfirmasi" name="Konfirmasi">
      <bpmn:extensionElements><camunda:formData>
        <camunda:formField id="diterima" label="Diterima" type="enum">
          <camunda:value id="Ya" name="Ya"/><camunda:value id="Tidak" name="Tidak"/>
        </camunda:formField></camunda:formData></bpmn:extensionElements>
      <bpmn:incoming>c3</bpmn:incoming><bpmn:outgoing>c4</bpmn:outgoing></bpmn:userTask>
    <bpmn:exclusiveGateway id="cek"><bpmn:incoming>c4</bpmn:incoming>
      <bpmn:outgoing>c_ya</bpmn:outgoing><bpmn:outgoing>c_ulang</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:endEvent id="selesai"><bpmn:incoming>c_ya</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="c1" sourceRef="mulai" targetRef="gabung"/>
    <bpmn:sequenceFlow id="c2" sourceRef="gabung" targetRef="panggil"/>
    <bpmn:sequenceFlow id="c3" sourceRef="panggil" targetRef="konfirmasi"/>
    <bpmn:sequenceFlow id="c4" sourceRef="konfirmasi" targetRef="cek"/>
    <bpmn:sequenceFlow id="c_ya" sourceRef="cek" targetRef="selesai">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">diterima == "Ya"
      </bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="c_ulang" sourceRef="cek" targetRef="gabung">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">diterima == "Tidak"
      </bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>
</bpmn:definitions>
"""

# the data each step is completed with, by step id (a Tidak where the loop goes back)
TIDAK = {"langkah_01": {"kelengkapan_1": True}, "langkah_02": {},
         "langkah_03": {"keputusan": "Tidak", "alasan": "kurang"},
         "sub_langkah_01": {}, "sub_langkah_02": {"keputusan": "Tidak", "alasan": "kurang"},
         "langkah_03_luar": {"diterima": "Tidak"}, "konfirmasi": {"diterima": "Tidak"}}
YA = {**TIDAK, "langkah_03": {"keputusan": "Ya"}, "sub_langkah_02": {"keputusan": "Ya"}}


class Case:
    """One case driven by its waiting step (whatever case of the family holds it): the next
    step is read from the completion's answer, or from the inbox when the answer has none
    (a called case started or ended)."""

    def __init__(self, runtime: Runtime, key: str):
        self.runtime = runtime
        self.next = runtime.start(key, ACTOR).tasks
        self.steps = 0

    def step(self, data: dict) -> None:
        tasks = self.next or self.runtime.tasks(ACTOR)
        assert len(tasks) == 1, [t.name for t in tasks]
        task = tasks[0]
        self.next = self.runtime.complete(task.id, ACTOR, data.get(_step_key(task), {})).tasks
        self.steps += 1

    def state_bytes(self) -> str:
        shown = [f"{inst.definition_key} {inst.state_bytes} B"
                 for inst in self.runtime.instances(limit=1000) if inst.status == "active"]
        return " + ".join(sorted(shown))


def _step_key(task) -> str:
    return "langkah_03_luar" if task.definition_key == "fixture_subproses" and \
        task.step_id == "langkah_03" else task.step_id


def _loop_plain(case: Case) -> None:
    case.step(TIDAK)  # Penerimaan
    case.step(TIDAK)  # Verifikasi: Tidak


def _loop_inside(case: Case) -> None:
    case.step(TIDAK)  # Penerimaan (inside)
    case.step(TIDAK)  # Pemeriksaan (inside): Tidak


def _loop_around(case: Case) -> None:
    case.step(YA)  # Penerimaan (inside)
    case.step(YA)  # Pemeriksaan (inside): Ya, the sub-process ends
    case.step(TIDAK)  # Konfirmasi: Tidak, back into the sub-process


def _loop_call(case: Case) -> None:
    case.step(YA)  # Penyerahan (called case)
    case.step(YA)  # Penerimaan (called case)
    case.step(YA)  # Verifikasi: Ya, the called case ends, the caller resumes
    case.step(TIDAK)  # Konfirmasi: Tidak, a new called case starts


SHAPES: list[tuple[str, str, Callable[[Case], None], int]] = [
    ("plain SOP, Tidak loop", "fixture_spj", _loop_plain, 1),
    ("sub-process, loop inside it", "fixture_subproses", _loop_inside, 1),
    ("sub-process, loop around it", "fixture_subproses", _loop_around, 1),
    ("call activity, loop around it", "bench_pemanggil", _loop_call, 0),
]


def measure(url: str, key: str, loop: Callable[[Case], None], first: int, loops: int,
            steps: int) -> tuple[str, float, float, float]:
    """State after ``loops`` loops, then per step: wall and CPU ms (the median of 5 batches of
    at least ``steps`` steps; CPU time is what the engine and the driver cost, wall time also
    holds the database's waits and other processes' turns) and SQL statements sent (a figure
    the machine's load does not move)."""
    engine = make_engine(url)
    statements = [0]
    event.listen(engine, "before_cursor_execute",
                 lambda *_: statements.__setitem__(0, statements[0] + 1))
    case = Case(Runtime(make_session_factory(engine)), key)
    for _ in range(first):
        case.step(YA)  # the first step (Penyerahan SPJ)
    for _ in range(loops):
        loop(case)
    state = case.state_bytes()
    wall, cpu, sent, start = [], [], statements[0], case.steps
    for _ in range(5):
        before, t0, c0 = case.steps, time.perf_counter(), time.process_time()
        while case.steps - before < steps:
            loop(case)
        done = case.steps - before
        wall.append(1000 * (time.perf_counter() - t0) / done)
        cpu.append(1000 * (time.process_time() - c0) / done)
    per_step = (statements[0] - sent) / (case.steps - start)
    return state, statistics.median(wall), statistics.median(cpu), per_step


def database(kind: str, tmp: Path) -> tuple[str, Callable[[], None]]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / f'bench-{uuid.uuid4().hex[:6]}.sqlite'}", lambda: None
    name = f"sop_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name, drop


def prepare(url: str, with_call: bool) -> None:
    upgrade(url)
    files = [("spj_loop.bpmn", (FIXTURES / "spj_loop.bpmn").read_bytes(), INSTANSI),
             ("subproses_loop.bpmn", (FIXTURES / "subproses_loop.bpmn").read_bytes(), INSTANSI)]
    if with_call:
        files.append(("pemanggil.bpmn", CALLER.encode(), INSTANSI))
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        deploy(db, files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--steps", type=int, default=12)
    args = parser.parse_args()
    print("State stored and cost per step (in-process: engine + DB) after 1 and 50 loops\n")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            for label, key, loop, first in SHAPES:
                for loops in (1, 50):
                    url, drop = database(kind, Path(tmp))
                    try:
                        prepare(url, key == "bench_pemanggil")
                        state, wall, cpu, sql = measure(url, key, loop, first, loops,
                                                        args.steps)
                    except Exception as err:  # noqa: BLE001 - a shape that cannot run yet
                        print(f"[{kind}] {label}: not measured ({type(err).__name__}: {err})")
                        break
                    finally:
                        drop()
                    print(f"[{kind}] {label:29} after {loops:2} loops: state {state}; per "
                          f"step {wall:.2f} ms wall, {cpu:.2f} ms CPU, {sql:.1f} SQL statements")


if __name__ == "__main__":
    main()
