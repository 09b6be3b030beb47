"""Benchmark: the SPJ SOP on SQLite and PostgreSQL behind gunicorn with 2 workers.

Prints figures, asserts nothing. Measures instances started per second, task completions per
second over HTTP, completion latency p50/p99, stored state bytes and engine cost per step after
0, 10 and 50 Tidak loops, and, as the reference, SpiffWorkflow's own in-memory cost and its
whole-blob serialisation cost for the same steps.

    .venv/bin/python bench/run_bench.py [--clients 8] [--instances 300] [--db sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.actors import Actor  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import collect_files, deploy, instansi_of  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.runtime import Runtime  # noqa: E402
from engine.users import create_user, hash_password  # noqa: E402

# the SPJ SOP without its dokumen marks (tests/spj.py): the figures stay comparable over time
SPJ = (ROOT / "tests" / "fixtures" / "bpmn" / "serang-diskominfo"
       / "serang_kominfo_penyusunan_spj.bpmn")
KEY = "serang_kominfo_penyusunan_spj"
INSTANSI = "serang-diskominfo"
PG_ADMIN = os.environ.get("SOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
CHECKER = "bench_pemeriksa"


def lanes() -> list[str]:
    from lxml import etree
    ns = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
    return [el.get("name") for el in etree.parse(str(SPJ)).iterfind(".//bpmn:lane", ns)]


def prepare(url: str) -> None:
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    files = [(str(f), f.read_bytes(), instansi_of(f, base))
             for f, base in collect_files([ROOT / "bpmn"]) if f.name != SPJ.name]
    files.append((str(SPJ), SPJ.read_bytes(), INSTANSI))
    with transaction(factory, write=True) as db:
        deploy(db, files)
        create_user(db, "bench", "", [(lane, INSTANSI) for lane in lanes()],
                    password_hash=hash_password("bench"))
        # pemisahan tugas: a decision that checks the work of "bench" is done by another user
        create_user(db, CHECKER, "", [(lane, INSTANSI) for lane in lanes()],
                    password_hash=hash_password("bench"))


def checks_work(properties: dict) -> bool:
    """Whether a step declares pemisahan tugas (engine.separation): its checker acts."""
    return bool(properties.get("pemisahan_tugas"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench"}
    proc = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-w", "2", "--worker-class", "gthread",
         "--threads", "8", "-b", f"127.0.0.1:{port}",  # as `sop run` serves
         "--log-level", "warning", "api.wsgi:app"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            requests.get(base + "/api/openapi.json", timeout=5)
            return proc, base
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def form_data(session: requests.Session, base: str, task: dict, keputusan: str) -> dict:
    fields = session.get(f"{base}/api/task/{task['id']}/form-variables").json()
    data = {}
    for f in fields:
        if f["type"] == "boolean":
            data[f["id"]] = True
        elif f["id"] == "keputusan":
            data["keputusan"] = keputusan
        elif f["id"] == "alasan" and keputusan == "Tidak":
            data["alasan"] = "kurang lengkap"
    return data


def run_http(base: str, clients: int, instances: int) -> dict:
    token, checker_token = (
        requests.post(f"{base}/api/auth/token",
                      json={"username": name, "password": "bench"}).json()["token"]
        for name in ("bench", CHECKER))
    per_client = instances // clients
    start_times: list[float] = []
    latencies: list[float] = []
    lock = threading.Lock()
    started: list[list[dict]] = [[] for _ in range(clients)]

    def starter(i: int) -> None:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {token}"
        for _ in range(per_client):
            t0 = time.perf_counter()
            inst = s.post(f"{base}/api/process-definition/key/{KEY}/start", json={}).json()
            with lock:
                start_times.append(time.perf_counter() - t0)
            started[i].append(inst)

    def completer(i: int) -> None:
        s, checker = requests.Session(), requests.Session()
        s.headers["Authorization"] = f"Bearer {token}"
        checker.headers["Authorization"] = f"Bearer {checker_token}"
        forms: dict[str, dict] = {}
        for inst in started[i]:
            loops = 0
            while inst["tasks"]:
                task = inst["tasks"][0]
                choice = "Tidak" if loops == 0 else "Ya"
                key = task["taskDefinitionKey"] + choice
                if key not in forms:  # a real client caches the form of a step
                    forms[key] = form_data(s, base, task, choice)
                if task["taskDefinitionKey"] and "keputusan" in forms[key]:
                    loops += 1
                t0 = time.perf_counter()
                resp = (checker if checks_work(task["properties"]) else s).post(
                    f"{base}/api/task/{task['id']}/complete", json={"variables": forms[key]})
                elapsed = time.perf_counter() - t0
                assert resp.status_code == 200, resp.text
                with lock:
                    latencies.append(elapsed)
                inst = resp.json()

    t0 = time.perf_counter()
    _parallel(starter, clients)
    start_wall = time.perf_counter() - t0
    t0 = time.perf_counter()
    _parallel(completer, clients)
    complete_wall = time.perf_counter() - t0
    latencies.sort()
    return {
        "instances": len(start_times), "starts_per_s": len(start_times) / start_wall,
        "completions": len(latencies), "completions_per_s": len(latencies) / complete_wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
    }


def _parallel(fn, n: int) -> None:
    threads = [threading.Thread(target=fn, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def per_step_cost(url: str) -> list[tuple[int, int, float]]:
    """(loops, stored state bytes, ms per engine step incl. DB) for 0, 10 and 50 Tidak loops."""
    runtime = Runtime(make_session_factory(make_engine(url)))
    actor = Actor("bench", frozenset((lane, INSTANSI) for lane in lanes()))
    actor = (actor, Actor(CHECKER, actor.roles))  # (worker, checker): pemisahan tugas
    from api.resources import validate_task_data
    rows = []
    for loops in (0, 10, 50):
        inst = runtime.start(KEY, actor[0])
        inst = _complete(runtime, actor, inst, "Ya", validate_task_data)  # Penyerahan
        for _ in range(loops):
            inst = _complete(runtime, actor, inst, "Ya", validate_task_data)
            inst = _complete(runtime, actor, inst, "Tidak", validate_task_data)
        n, t0 = 20, time.perf_counter()
        for _ in range(n // 2):  # steady state: Penerimaan + Verifikasi(Tidak) at this depth
            inst = _complete(runtime, actor, inst, "Ya", validate_task_data)
            inst = _complete(runtime, actor, inst, "Tidak", validate_task_data)
        rows.append((loops, inst.state_bytes, 1000 * (time.perf_counter() - t0) / n))
    return rows


_FIELDS: dict[str, list] = {}


def _complete(runtime, actors, inst, choice, validate):
    task = inst.tasks[0]
    actor = actors[1] if checks_work(task.properties) else actors[0]
    if task.step_id not in _FIELDS:  # a client reads a step's form once
        _FIELDS[task.step_id] = runtime.task_spec(task).form.fields
    data = {}
    for f in _FIELDS[task.step_id]:
        if f.type == "boolean":
            data[f.id] = True
        elif f.id == "keputusan":
            data["keputusan"] = choice
        elif f.id == "alasan" and choice == "Tidak":
            data["alasan"] = "kurang"
    return runtime.complete(task.id, actor, data, validate)


def spiff_reference() -> list[tuple[int, float, int, float]]:
    """SpiffWorkflow alone: (loops, in-memory ms/step, whole-blob bytes, blob ms/step)."""
    from SpiffWorkflow.bpmn import BpmnWorkflow
    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.camunda.parser import CamundaParser
    from SpiffWorkflow.camunda.serializer.config import CAMUNDA_CONFIG
    from SpiffWorkflow.util.task import TaskState

    parser = CamundaParser()
    parser.add_bpmn_file(str(SPJ))
    spec = parser.get_spec(KEY)
    ser = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(CAMUNDA_CONFIG))

    def step(wf, choice):
        task = wf.get_tasks(state=TaskState.READY)[0]
        fields = task.task_spec.form.fields
        task.data.update({f.id: True for f in fields if f.type == "boolean"})
        if any(f.id == "keputusan" for f in fields):
            task.data["keputusan"] = choice
        task.run()
        wf.do_engine_steps()

    rows = []
    for loops in (0, 10, 50):
        wf = BpmnWorkflow(spec)
        wf.do_engine_steps()
        step(wf, "Ya")
        for _ in range(loops):
            step(wf, "Ya")
            step(wf, "Tidak")
        n, t0 = 20, time.perf_counter()
        for i in range(n):
            step(wf, "Ya" if i % 2 == 0 else "Tidak")
        mem_ms = 1000 * (time.perf_counter() - t0) / n
        blob = ser.serialize_json(wf)
        t0 = time.perf_counter()
        for i in range(n):
            wf = ser.deserialize_json(blob)
            step(wf, "Ya" if i % 2 == 0 else "Tidak")
            blob = ser.serialize_json(wf)
        rows.append((loops, mem_ms, len(blob), 1000 * (time.perf_counter() - t0) / n))
    return rows


def database(kind: str, tmp: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'bench.sqlite'}", lambda: None
    name = f"sop_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--instances", type=int, default=400)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--latency-instances", type=int, default=60,
                        help="instances for the unloaded latency run (1 client)")
    args = parser.parse_args()
    print(f"SPJ SOP ({KEY}), gunicorn 2 gthread workers x 8 threads, "
          f"{args.clients} client threads, {args.instances} instances, "
          "each: 5 steps + 1 Tidak loop = 7 completions\n")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            url, drop = database(kind, Path(tmp))
            try:
                prepare(url)
                proc, base = start_server(url)
                try:
                    r = run_http(base, args.clients, args.instances)
                    one = run_http(base, 1, args.latency_instances)
                finally:
                    proc.terminate()
                    proc.wait(10)
                print(f"[{kind}] {args.clients} clients: starts/s {r['starts_per_s']:.0f}   "
                      f"completions/s {r['completions_per_s']:.0f} ({r['completions']} "
                      f"completions)   completion p50 {r['p50_ms']:.1f} ms  "
                      f"p99 {r['p99_ms']:.1f} ms (queueing included)")
                print(f"[{kind}] 1 client:  completion p50 {one['p50_ms']:.1f} ms  "
                      f"p99 {one['p99_ms']:.1f} ms ({one['completions']} completions, "
                      f"{one['completions_per_s']:.0f}/s)")
                for loops, size, ms in per_step_cost(url):
                    print(f"[{kind}] after {loops:2d} Tidak loops: state {size} B, "
                          f"{ms:.2f} ms per step (engine + DB, in-process)")
            finally:
                drop()
    print()
    for loops, mem_ms, blob, blob_ms in spiff_reference():
        print(f"[spiff reference] after {loops:2d} loops: in-memory {mem_ms:.2f} ms/step; "
              f"whole-blob serialise per step: {blob} B, {blob_ms:.2f} ms/step")


if __name__ == "__main__":
    main()
