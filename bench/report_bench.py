"""Report benchmark (issue 14 item 6): the monitoring over a year of a busy instansi.

Fills a database with ``--cases`` cases (default 50,000) of one instansi's SOPs (the 14 SOPs of
serang-diskominfo; the SPJ SOP gets ``--busiest`` of them) over the past year, inserted in bulk
with SQLAlchemy Core and shaped as the runtime writes them: one process_instances row per case,
task_events ready / claimed / completed per step occurrence (the completed event with its ready
time, batas waktu and working minutes, as the runtime writes it since migration 0010; a
decision answered Tidak is done again, as a return does), active_tasks with their batas waktu
for the cases of the last days still running. Step durations are seeded random around each
step's standard, some late.

Then times, warm (median of ``--repeat``), ``monitor()`` of the busiest SOP over the year and
over the semester, ``overview()`` of the instansi over the year and the semester, and the HTTP
report (gunicorn, as ``sop run`` serves), on SQLite and PostgreSQL. Prints figures, asserts
nothing.

    .venv/bin/python bench/report_bench.py [--cases 50000] [--db sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run_bench import database, start_server  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deadlines import deadline  # noqa: E402
from engine.deployment import collect_files, deploy, instansi_of  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.models import ActiveTask, ProcessDefinition, ProcessInstance, TaskEvent  # noqa: E402
from engine.users import create_user, hash_password  # noqa: E402
from engine.working_time import working_minutes  # noqa: E402
from reports.monitoring import monitor, overview  # noqa: E402
from reports.periods import Period  # noqa: E402
from reports.steps import steps_of  # noqa: E402

INSTANSI = "serang-diskominfo"
BUSIEST = "serang_kominfo_penyusunan_spj"
PASSWORD = "bench-rahasia"
CHUNK = 2000


def prepare(url: str) -> None:
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    files = [(str(f), f.read_bytes(), instansi_of(f, base))
             for f, base in collect_files([ROOT / "bpmn" / INSTANSI])]
    with transaction(factory, write=True) as db:
        deploy(db, files, name="report-bench")
        create_user(db, "admin", "", [], is_admin=True, password_hash=hash_password(PASSWORD))


def _sops(url: str) -> list[tuple[ProcessDefinition, list]]:
    factory = make_session_factory(make_engine(url))
    with transaction(factory) as db:
        found = list(db.scalars(select(ProcessDefinition)
                                .where(ProcessDefinition.instansi == INSTANSI)))
        for d in found:
            d.bpmn_xml  # noqa: B018 - load the deferred text before the session closes
        return [(d, steps_of(d)) for d in found]


def fill(url: str, cases: int, busiest: float, now: datetime, seed: int = 14) -> float:
    """``cases`` cases over the year before ``now``; returns the seconds it took."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    sops = [(d, s) for d, s in _sops(url) if s]
    spj = next(i for i, (d, _s) in enumerate(sops) if d.key == BUSIEST)
    rest = [i for i in range(len(sops)) if i != spj]
    factory = make_session_factory(make_engine(url))
    start, span = now - timedelta(days=365), timedelta(days=365)
    with transaction(factory) as db:
        first = (db.scalar(select(func.max(ProcessInstance.id))) or 0) + 1
    batch: tuple[list, list, list] = ([], [], [])
    for n in range(cases):
        which = spj if rng.random() < busiest else rng.choice(rest)
        opened = _office_time(start + span * (n / cases), rng)
        _case(batch, first + n, sops[which], opened, now, rng, n)
        if len(batch[0]) >= CHUNK:
            _flush(factory, batch)
    _flush(factory, batch)
    if url.startswith("postgresql"):
        with transaction(factory, write=True) as db:
            db.execute(text("SELECT setval(pg_get_serial_sequence('process_instances', 'id'), "
                            "(SELECT max(id) FROM process_instances))"))
            db.execute(text("ANALYZE"))
    return time.perf_counter() - t0


def _office_time(moment: datetime, rng: random.Random) -> datetime:
    """A weekday between 08.00 and 15.00 WIB (01.00-08.00 UTC) near ``moment``."""
    while moment.weekday() >= 5:
        moment += timedelta(days=1)
    return moment.replace(hour=1 + rng.randint(0, 6), minute=rng.randint(0, 59), second=0,
                          microsecond=0)


def _case(batch, case_id: int, sop, opened: datetime, now: datetime, rng: random.Random,
          n: int) -> None:
    cases, events, active = batch
    definition, steps = sop
    at, status, ended = opened, "completed", None
    # a case of the last three days stops at one of its steps: it waits there now
    stop = rng.randrange(len(steps)) if opened > now - timedelta(days=3) else None
    for index, step in enumerate(steps):
        repeats = 2 if step.decision and rng.random() < 0.1 else 1
        for turn in range(repeats):
            standard = step.standard_minutes or 60.0
            took = timedelta(minutes=standard * rng.lognormvariate(-0.6, 0.6))
            task = str(uuid.uuid4())
            row = {"instance_id": case_id, "task_id": task, "step_id": step.step_id,
                   "name": step.name, "role": step.role, "acting_as": None,
                   "ready_at": None, "due_at": None, "work_minutes": None}
            due = deadline(at, step.waktu_iso, step.waktu_hari)
            if at + took > now or index == stop:  # waiting: the inbox row with its batas waktu
                events.append({**row, "kind": "ready", "actor": None, "at": at, "data": None})
                active.append({"id": task, "instance_id": case_id, "definition_key":
                               definition.key, "instansi": INSTANSI, "step_id": step.step_id,
                               "name": step.name, "role": step.role, "ready_at": at,
                               "due_at": due,
                               "returned": turn > 0, "overdue_notified": False})
                status = "active"
                break
            data = {"keputusan": "Tidak" if turn + 1 < repeats else "Ya",
                    "alasan": "kurang"} if step.decision else {"catatan": ""}
            events.append({**row, "kind": "ready", "actor": None, "at": at, "data": None})
            events.append({**row, "kind": "claimed", "actor": "bench",
                           "at": at + took / 3, "data": None})
            ready, at = at, at + took
            # as the runtime writes a completion: the inbox row's times and the working minutes
            events.append({**row, "kind": "completed", "actor": "bench", "at": at,
                           "data": data, "ready_at": ready, "due_at": due,
                           "work_minutes": working_minutes(ready, at)})
        if status == "active":
            break
    if status == "completed":
        ended = at
    cases.append({"id": case_id, "definition_id": definition.id, "process_key": definition.key,
                  "instansi": INSTANSI, "business_key": f"B/{n:06d}", "title": f"Berkas {n}",
                  "status": status, "outcome": "selesai" if ended else None, "state": b"",
                  "revision": 1, "started_by": "bench", "started_at": opened,
                  "ended_at": ended, "suspended": False})


def _flush(factory, batch) -> None:
    cases, events, active = batch
    with transaction(factory, write=True) as db:
        for table, rows in ((ProcessInstance.__table__, cases), (TaskEvent.__table__, events),
                            (ActiveTask.__table__, active)):
            if rows:
                db.execute(insert(table), rows)
    for rows in batch:
        rows.clear()


def timed(fn, repeat: int) -> tuple[float, float]:
    """(first call, median of the warm calls) in milliseconds."""
    took = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        fn()
        took.append(1000 * (time.perf_counter() - t0))
    return took[0], statistics.median(took[1:])


def measure(url: str, now: datetime, repeat: int) -> None:
    factory = make_session_factory(make_engine(url))
    today = now.date()
    year = Period(today - timedelta(days=364), today)
    semester = Period(date(today.year, 7 if today.month > 6 else 1, 1), today)

    def in_session(fn):
        def run():
            with transaction(factory) as db:
                return fn(db)
        return run

    found = in_session(lambda db: monitor(db, BUSIEST, year, now))()
    print(f"    busiest SOP over the year: {found.step_completions} step completions, "
          f"{found.started} cases started, on time {found.on_time:.2f}, "
          f"rework {found.rework_rate:.2f}, {found.running} running", flush=True)
    for label, fn in (
            ("monitor(busiest SOP, one year)", lambda db: monitor(db, BUSIEST, year, now)),
            ("monitor(busiest SOP, semester)", lambda db: monitor(db, BUSIEST, semester, now)),
            ("overview(instansi, one year)", lambda db: overview(db, INSTANSI, year, now)),
            ("overview(instansi, semester)", lambda db: overview(db, INSTANSI, semester, now))):
        first, warm = timed(in_session(fn), repeat)
        print(f"    {label:34s} first {first:7.0f} ms   warm median {warm:7.0f} ms", flush=True)
    proc, base = start_server(url)
    try:
        token = requests.post(f"{base}/api/auth/token", json={
            "username": "admin", "password": PASSWORD}, timeout=60).json()["token"]
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {token}"
        for label, path in (
                ("HTTP report, busiest SOP, one year",
                 f"/api/report/monitoring?processDefinitionKey={BUSIEST}"
                 f"&from={year.start}&to={year.end}"),
                ("HTTP overview, instansi, one year",
                 f"/api/report/monitoring/overview?instansi={INSTANSI}"
                 f"&from={year.start}&to={year.end}")):
            status = []
            first, warm = timed(lambda p=path, s=status: s.append(
                http.get(base + p, timeout=120).status_code), repeat)
            print(f"    {label:34s} first {first:7.0f} ms   warm median {warm:7.0f} ms "
                  f"({status[-1]})", flush=True)
    finally:
        proc.terminate()
        proc.wait(10)


def keep(url: str, cases: int, now: datetime) -> None:
    """Fill a database and leave it (for profiling: ``--keep URL``)."""
    prepare(url)
    print(f"filled in {fill(url, cases, 0.4, now):.0f} s: {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--busiest", type=float, default=0.4,
                        help="share of the cases that are of the busiest SOP")
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            url, drop = database(kind, Path(tmp))
            try:
                prepare(url)
                took = fill(url, args.cases, args.busiest, now)
                print(f"[{kind}] {args.cases} cases over a year of {INSTANSI} inserted in "
                      f"{took:.0f} s", flush=True)
                measure(url, now, args.repeat)
            finally:
                drop()


if __name__ == "__main__":
    main()
