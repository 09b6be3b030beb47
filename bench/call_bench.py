"""Benchmark: a call activity (engine.calls) in process, on SQLite (and PostgreSQL if reachable).

Prints figures, asserts nothing. A caller (tests/fixtures/calls, turned into a loop: a refused
called case sends the caller back to its first step) calls SOP Rapat Internal as a case of its
own; each loop is two user steps: the caller's step, whose completion starts the called case in
the same transaction, and the called step, whose completion ends the called case and resumes
the caller. Reported after 0, 10 and 50 loops: the caller's stored state bytes, the called
case's, and the milliseconds of each of the two completions (median of the loops in between),
beside a plain step of the same SOP without the call (the first step).

    .venv/bin/python bench/call_bench.py [--loops 50] [--db sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.actors import Actor  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import deploy  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.models import ProcessInstance  # noqa: E402
from engine.runtime import Runtime  # noqa: E402

CALLS = ROOT / "tests" / "fixtures" / "calls"
PG_ADMIN = os.environ.get("SOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
STAF = Actor("bench_staf", frozenset({("Staf Umum", "dinas-x"), ("Kepala Seksi", "dinas-x")}))
SEKRETARIS = Actor("bench_sekretaris", frozenset({("Sekretaris Rapat", "dinas-y")}))


def looping_caller() -> bytes:
    """The caller with its refusal path looping back to its first step."""
    xml = (CALLS / "dinas-x" / "sop_permohonan.bpmn").read_bytes()
    xml = xml.replace(b'id="sop_permohonan" name="SOP Permohonan Rapat"',
                      b'id="bench_loop" name="Bench loop"')
    xml = xml.replace(b'<bpmn:endEvent id="ditolak" name="Ditolak"><bpmn:incoming>p_tidak'
                      b'</bpmn:incoming></bpmn:endEvent>', b"")
    xml = xml.replace(b"<bpmn:flowNodeRef>ditolak</bpmn:flowNodeRef>", b"")
    xml = xml.replace(b'sourceRef="cek" targetRef="ditolak"', b'sourceRef="cek" targetRef="terima"')
    return xml.replace(b"<bpmn:incoming>p1</bpmn:incoming>",
                       b"<bpmn:incoming>p1</bpmn:incoming><bpmn:incoming>p_tidak</bpmn:incoming>")


def prepare(url: str) -> Runtime:
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        deploy(db, [("sop_rapat.bpmn", (CALLS / "dinas-y" / "sop_rapat.bpmn").read_bytes(),
                     "dinas-y"), ("bench_loop.bpmn", looping_caller(), "dinas-x")])
    return Runtime(factory)


def state_bytes(runtime: Runtime, instance_id: int) -> int:
    with transaction(runtime.factory) as db:
        return len(db.get(ProcessInstance, instance_id).state)


def waiting_child(runtime: Runtime, parent_id: int):
    with transaction(runtime.factory) as db:
        child = db.query(ProcessInstance).filter_by(parent_id=parent_id, status="active").one()
        child_id = child.id
    return runtime.instance(child_id)


def run(url: str, loops: int) -> None:
    runtime = prepare(url)
    inst = runtime.start("bench_loop", STAF, {})
    call_ms, resume_ms, rows = [], [], []
    plain = []
    for loop in range(loops + 1):
        task = inst.tasks[0]
        began = time.perf_counter()
        inst = runtime.complete(task.id, STAF, {"uraian": f"putaran {loop}"})
        call_ms.append((time.perf_counter() - began) * 1000)
        child = waiting_child(runtime, inst.id)
        if loop in (0, 10, loops):
            rows.append((loop, state_bytes(runtime, inst.id), child.state_bytes,
                         statistics.median(call_ms[-10:]), statistics.median(resume_ms[-10:])
                         if resume_ms else float("nan")))
        began = time.perf_counter()
        runtime.complete(child.tasks[0].id, SEKRETARIS, {"notulen": "-", "keputusan": "Tidak"})
        resume_ms.append((time.perf_counter() - began) * 1000)
        inst = runtime.instance(inst.id)
    start = time.perf_counter()
    other = runtime.start("bench_loop", STAF, {})
    plain.append((time.perf_counter() - start) * 1000)
    print(f"  start of a case (no call yet): {plain[0]:.1f} ms; state {other.state_bytes} B")
    print("  loops  caller state B  called state B  step+start called ms  called step+resume ms")
    for loop, parent_b, child_b, c_ms, r_ms in rows:
        print(f"  {loop:5d}  {parent_b:14d}  {child_b:14d}  {c_ms:20.1f}  {r_ms:21.1f}")
    print(f"  last 10 loops: caller step {statistics.median(call_ms[-10:]):.1f} ms, "
          f"called step {statistics.median(resume_ms[-10:]):.1f} ms (medians)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loops", type=int, default=50)
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.db.split(","):
        if kind == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                print("SQLite")
                run(f"sqlite:///{tmp}/bench.sqlite", args.loops)
        elif kind == "postgresql":
            try:
                import psycopg
                name = f"sop_bench_{uuid.uuid4().hex[:8]}"
                with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
            except Exception as err:  # noqa: BLE001 - PostgreSQL is optional here
                print(f"PostgreSQL skipped: {err}")
                continue
            try:
                print("PostgreSQL")
                run(PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", args.loops)
            finally:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
