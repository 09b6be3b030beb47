"""Scale benchmark (issue 10 item 9): lists and counts with a year of history in the database.

Loads ``--finished`` finished cases of a short SOP (Prosedur Kebersihan Kantor: 2 steps) and
``--waiting`` cases waiting at a step (mostly that SOP, a fifth SPJ cases) through the
in-process runtime, spread over a year with a simulated clock, then serves the app with
gunicorn (2 workers) and measures over real HTTP, sequentially, the median and p90 of the task
list (first page, a filtered page, a deep page), the task count, the inbox page, the case list
and count of the API, a case's page and (when present) the Berkas pages; as a staff user with
one role and as an admin, on SQLite and PostgreSQL. Prints figures, asserts nothing.

    .venv/bin/python bench/scale_bench.py [--finished 100000] [--waiting 5000]
        [--db sqlite,postgresql] [--repeat 30] [--keep DIR]
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run_bench import database, start_server  # noqa: E402

from engine.actors import Actor  # noqa: E402
from engine.clock import SimulatedClock, using  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import deploy  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.runtime import Runtime  # noqa: E402
from engine.users import create_user, hash_password  # noqa: E402

SHORT = (ROOT / "tests" / "fixtures" / "bpmn" / "lumajang-disdukcapil"  # without dokumen marks
         / "lumajang_dukcapil_kebersihan_kantor.bpmn")
SHORT_KEY, SHORT_INSTANSI = "lumajang_dukcapil_kebersihan_kantor", "lumajang-disdukcapil"
# the SPJ SOP without its dokumen marks (tests/spj.py): the cases stay comparable over time
SPJ = (ROOT / "tests" / "fixtures" / "bpmn" / "serang-diskominfo"
       / "serang_kominfo_penyusunan_spj.bpmn")
SPJ_KEY, SPJ_INSTANSI = "serang_kominfo_penyusunan_spj", "serang-diskominfo"
# the first step of the short SOP: the staff user's one role
STAFF_ROLE = "Kepala Sub Bagian Umum dan Kepegawaian"
CLEANER = Actor("petugas", frozenset({("Petugas Kebersihan", SHORT_INSTANSI)}))
KASUBAG = Actor("kasubag", frozenset({(STAFF_ROLE, SHORT_INSTANSI)}))
PPTK = Actor("pptk", frozenset({("PPTK", SPJ_INSTANSI)}))
PASSWORD = "bench-rahasia"


def prepare(url: str) -> None:
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        deploy(db, [(str(SHORT), SHORT.read_bytes(), SHORT_INSTANSI),
                    (str(SPJ), SPJ.read_bytes(), SPJ_INSTANSI)], name="scale")
        hashed = hash_password(PASSWORD)
        create_user(db, "kasubag", "", [(STAFF_ROLE, SHORT_INSTANSI)], password_hash=hashed)
        create_user(db, "admin", "", [], is_admin=True, password_hash=hashed)


def load(url: str, finished: int, waiting: int, workers: int) -> dict[str, float]:
    """The history, through the runtime: ``finished`` cases over the past year (each started
    and completed step by step at simulated times; ``workers`` processes each load a slice of
    the year), then ``waiting`` cases of the last 20 days: of the short SOP's, half wait at its
    first step (the staff user's role), half at its second; a fifth are SPJ cases of another
    instansi."""
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    share = -(-finished // workers)
    slices = [(url, lo, min(lo + share, finished), finished, now)
              for lo in range(0, finished, share)]
    with multiprocessing.get_context("spawn").Pool(len(slices) or 1) as pool:
        pool.starmap(_load_finished, slices)
    timings = {"finished_s": time.perf_counter() - t0}
    timings["waiting_s"] = _load_waiting(url, waiting, now)
    return timings


def multiply(url: str, copies: int) -> float:
    """Add ``copies`` copies of every finished case as it is stored (its row, task events and
    activities, times shifted a few minutes per copy, nomor berkas suffixed): the runtime's own
    output, multiplied in bulk, when loading every case through the runtime would not fit."""
    from sqlalchemy import func, insert, select, text

    from engine.models import ActivityEvent, ProcessInstance, TaskEvent

    t0 = time.perf_counter()
    factory = make_session_factory(make_engine(url))
    inst_t, ev_t, act_t = (ProcessInstance.__table__, TaskEvent.__table__,
                           ActivityEvent.__table__)
    with transaction(factory) as db:
        cases = [dict(r) for r in db.execute(
            select(inst_t).where(inst_t.c.status == "completed")).mappings()]
        ids = [c["id"] for c in cases]
        events = [dict(r) for r in db.execute(
            select(ev_t).where(ev_t.c.instance_id.in_(ids))).mappings()]
        acts = [dict(r) for r in db.execute(
            select(act_t).where(act_t.c.instance_id.in_(ids))).mappings()]
        top = db.scalar(select(func.max(inst_t.c.id)))
    for copy in range(1, copies + 1):
        shift, offset = timedelta(minutes=7 * copy), top * copy
        moved = {"started_at", "ended_at", "at"}

        def shifted(row: dict, moved=moved, shift=shift, offset=offset) -> dict:
            out = {k: (v - shift if k in moved and v is not None else v)
                   for k, v in row.items() if k != "id"}
            out["instance_id"] = row["instance_id"] + offset
            return out

        with transaction(factory, write=True) as db:
            db.execute(insert(inst_t), [
                {**{k: v for k, v in c.items()}, "id": c["id"] + offset,
                 "business_key": f"{c['business_key']}-{copy}",
                 "started_at": c["started_at"] - shift, "ended_at": c["ended_at"] - shift}
                for c in cases])
            db.execute(insert(ev_t), [shifted(e) for e in events])
            db.execute(insert(act_t), [shifted(a) for a in acts])
        print(f"  copy {copy}/{copies}: {time.perf_counter() - t0:.0f} s", flush=True)
    if url.startswith("postgresql"):
        with transaction(factory, write=True) as db:
            db.execute(text("SELECT setval(pg_get_serial_sequence('process_instances', 'id'), "
                            "(SELECT max(id) FROM process_instances))"))
    return time.perf_counter() - t0


def _load_finished(url: str, lo: int, hi: int, total: int, now: datetime) -> None:
    """Finished cases ``lo``..``hi`` of ``total``, at their own part of the past year."""
    runtime = Runtime(make_session_factory(make_engine(url)))
    gap = timedelta(days=340) / max(total, 1)
    clock = SimulatedClock(now - timedelta(days=365) + gap * lo)
    t0 = time.perf_counter()
    with using(clock):
        for n in range(lo, hi):
            case = runtime.start(SHORT_KEY, KASUBAG, business_key=f"KBR/{n:06d}",
                                 title=f"Kebersihan ruang {n % 97} gedung {n % 7}")
            clock.advance(minutes=5)
            case = runtime.complete(case.tasks[0].id, KASUBAG, {})
            clock.advance(minutes=30)
            runtime.complete(case.tasks[0].id, CLEANER, {})
            clock.advance(gap - timedelta(minutes=35))
            if (n - lo) and (n - lo) % 10000 == 0:
                print(f"  worker {lo}: {n - lo} finished cases, {time.perf_counter() - t0:.0f} s",
                      flush=True)


def _load_waiting(url: str, waiting: int, now: datetime) -> float:
    runtime = Runtime(make_session_factory(make_engine(url)))
    clock = SimulatedClock(now - timedelta(days=20))
    t0 = time.perf_counter()
    with using(clock):
        spj = waiting // 5
        for n in range(waiting):
            clock.advance(timedelta(days=20) / waiting)
            if n < spj:
                runtime.start(SPJ_KEY, PPTK, business_key=f"SPJ/{n:05d}",
                              title=f"Perjalanan dinas {n % 31}")
                continue
            case = runtime.start(SHORT_KEY, KASUBAG, business_key=f"KBR/W{n:05d}",
                                 title=f"Kebersihan ruang {n % 97} gedung {n % 7}")
            if n % 2:
                runtime.complete(case.tasks[0].id, KASUBAG, {})
    return time.perf_counter() - t0


def api_client(base: str, username: str) -> requests.Session:
    token = requests.post(f"{base}/api/auth/token",
                          json={"username": username, "password": PASSWORD}, timeout=30)
    token.raise_for_status()
    client = requests.Session()
    client.headers["Authorization"] = f"Bearer {token.json()['token']}"
    return client


def page_client(base: str, username: str) -> requests.Session:
    client = requests.Session()
    form = client.get(f"{base}/masuk", timeout=30).text
    csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form)
    resp = client.post(f"{base}/masuk", data={"csrf_token": csrf.group(1) if csrf else "",
                                              "username": username, "password": PASSWORD},
                       timeout=30)
    resp.raise_for_status()
    return client


def measure(client: requests.Session, url: str, repeat: int) -> tuple[float, float, int]:
    """(median ms, p90 ms, status) of ``repeat`` sequential GETs after two warm-ups."""
    for _ in range(2):
        client.get(url, timeout=60)
    times, status = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        resp = client.get(url, timeout=60)
        times.append(1000 * (time.perf_counter() - t0))
        status = resp.status_code
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], status


def targets(base: str, api: requests.Session, case_id: int) -> list[tuple[str, str, str]]:
    """(label, kind, path) of what is measured; kind says which client asks."""
    count = api.get(f"{base}/api/task/count").json()["count"]
    deep = max(0, count - 50)
    found = [
        ("GET /api/task (first page of 50)", "api", "/api/task?maxResults=50"),
        ("GET /api/task (filtered: search + overdue)", "api",
         "/api/task?maxResults=50&search=ruang%2012&overdue=true"),
        (f"GET /api/task (deep page, firstResult={deep})", "api",
         f"/api/task?maxResults=50&firstResult={deep}"),
        ("GET /api/task?sortBy=created&sortOrder=desc", "api",
         "/api/task?maxResults=50&sortBy=created&sortOrder=desc"),
        ("GET /api/task/count", "api", "/api/task/count"),
        ("GET /api/task/count?overdue=true", "api", "/api/task/count?overdue=true"),
        ("inbox page /tugas", "page", "/tugas"),
        ("inbox page /tugas?q=ruang+12&hal=2", "page", "/tugas?q=ruang+12&hal=2"),
        ("GET /api/process-instance (first 50)", "api", "/api/process-instance?maxResults=50"),
        ("GET /api/process-instance (deep, firstResult=50000)", "api",
         "/api/process-instance?maxResults=50&firstResult=50000"),
        ("GET /api/process-instance/count", "api", "/api/process-instance/count"),
        ("case page /instans/<id>", "page", f"/instans/{case_id}"),
    ]
    probe = requests.get(f"{base}/berkas", timeout=30, allow_redirects=False)
    if probe.status_code != 404:  # the case lists (another part of issue 10) exist
        found += [("Berkas Saya /berkas", "page", "/berkas"),
                  ("Berkas Unit /berkas/unit", "page", "/berkas/unit")]
    return found


def analyze(url: str) -> None:
    """Refresh the planner's statistics after the bulk load, as PostgreSQL's autovacuum does
    within a minute of such a load (and ``sop`` operators would after an import)."""
    engine = make_engine(url)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    engine.dispose()


def explain(url: str) -> None:
    """Print the database's plan of the task list's page and count queries (staff, admin)."""
    from engine import tasklist

    engine = make_engine(url)
    now = datetime.now(UTC)
    staff, admin = KASUBAG, Actor("admin", is_admin=True)
    cases = [
        ("staff: first page, dueDate", tasklist.page_query(staff, tasklist.TaskFilter(), now)),
        ("staff: count", tasklist.count_query(staff, tasklist.TaskFilter(), now)),
        ("staff: search + overdue", tasklist.page_query(
            staff, tasklist.TaskFilter(search="ruang 12", overdue=True), now)),
        ("admin: deep page, dueDate", tasklist.page_query(
            admin, tasklist.TaskFilter(), now, offset=4950)),
        ("admin: count overdue", tasklist.count_query(
            admin, tasklist.TaskFilter(overdue=True), now)),
    ]
    prefix = "EXPLAIN QUERY PLAN " if url.startswith("sqlite") else "EXPLAIN (ANALYZE, COSTS OFF) "
    with engine.connect() as conn:
        for label, query in cases:
            compiled = query.compile(dialect=conn.dialect,
                                     compile_kwargs={"render_postcompile": True})
            params = compiled.params
            if compiled.positional:
                params = tuple(params[name] for name in compiled.positiontup)
            rows = conn.exec_driver_sql(prefix + str(compiled), params).all()
            print(f"  plan, {label}:")
            for row in rows:
                print("    " + " | ".join(str(v) for v in row))
    engine.dispose()


def run(kind: str, tmp: Path, args: argparse.Namespace) -> None:
    url, drop = database(kind, tmp)
    try:
        prepare(url)
        t0 = time.perf_counter()
        through = min(args.finished, args.through_runtime)
        copies = max(0, -(-args.finished // max(through, 1)) - 1)
        timings = load(url, through, 0, args.workers)
        bulk = multiply(url, copies) if copies else 0.0
        timings["waiting_s"] = _load_waiting(url, args.waiting, datetime.now(UTC))
        analyze(url)
        print(f"[{kind}] loaded in {time.perf_counter() - t0:.0f} s: {through} finished cases "
              f"through the runtime ({args.workers} processes, {timings['finished_s']:.0f} s = "
              f"{1000 * timings['finished_s'] / max(through, 1):.1f} ms/case of 3 runtime "
              f"calls), {copies} bulk copies of them ({bulk:.0f} s), {args.waiting} waiting "
              f"cases through the runtime ({timings['waiting_s']:.0f} s)", flush=True)
        proc, base = start_server(url)
        try:
            for username in ("kasubag", "admin"):
                api, page = api_client(base, username), page_client(base, username)
                tasks = api.get(f"{base}/api/task/count").json()["count"]
                cases = api.get(f"{base}/api/process-instance/count").json()["count"]
                case_id = api.get(f"{base}/api/process-instance?maxResults=1&firstResult=7")
                case_id = case_id.json()[0]["id"]
                print(f"[{kind}] as {username} ({tasks} tasks, {cases} cases visible):")
                for label, who, path in targets(base, api, case_id):
                    client = api if who == "api" else page
                    median, p90, status = measure(client, base + path, args.repeat)
                    print(f"[{kind}]   {label:52s} median {median:6.1f} ms  p90 {p90:6.1f} ms"
                          f"  ({status})", flush=True)
        finally:
            proc.terminate()
            proc.wait(10)
        if args.explain:
            explain(url)
    finally:
        if args.keep is None:
            drop()
        else:
            print(f"[{kind}] kept: {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--finished", type=int, default=100_000)
    parser.add_argument("--waiting", type=int, default=5_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--explain", action="store_true",
                        help="print the query plans of the task list")
    parser.add_argument("--through-runtime", type=int, default=5_000,
                        help="finished cases made by the runtime; the rest up to --finished "
                             "are bulk copies of them")
    parser.add_argument("--workers", type=int, default=2,
                        help="processes loading the finished cases")
    parser.add_argument("--keep", default=None,
                        help="a folder for the SQLite file; keeps both databases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            run(kind, Path(args.keep or tmp), args)


if __name__ == "__main__":
    main()
