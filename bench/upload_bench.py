"""Benchmark: document uploads over HTTP, on SQLite and PostgreSQL, behind gunicorn as
``sop run`` serves (2 gthread workers x 8 threads).

Prints figures, asserts nothing:

- uploads/s, MB/s and latency p50/p99 for 100 KB and 2 MB PDFs, a few client threads each
  uploading to its own open step (``POST /api/task/{id}/attachment/create``);
- storage per document: how many bytes the database grows per attachment of distinct content
  (SQLite: used pages x page size; PostgreSQL: pg_total_relation_size of blobs + attachments,
  their TOAST and indexes), the overhead beyond the file's own bytes, and what a duplicate
  (the same bytes again, one more attachment row) costs.

The PDFs carry random bytes (as a real PDF's compressed streams do), so PostgreSQL's TOAST
compression cannot flatter the figures.

    .venv/bin/python bench/upload_bench.py [--clients 4] [--db sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run_bench import INSTANSI, KEY, database, lanes, prepare, start_server  # noqa: E402

from engine.db import make_engine  # noqa: E402

KB, MB = 1024, 1024 * 1024


def pdf_of(size: int) -> bytes:
    """A PDF of ``size`` bytes whose content stream is random (incompressible) bytes."""
    head = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
    tail = b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    body = size - len(head) - len(tail) - len(b" >>\nstream\n") - 12
    stream = os.urandom(max(body, 16))
    out = head + str(len(stream)).encode() + b" >>\nstream\n" + stream + tail
    return out + b" " * max(0, size - len(out))


def login(base: str) -> requests.Session:
    token = requests.post(f"{base}/api/auth/token",
                          json={"username": "bench", "password": "bench"}, timeout=30
                          ).json()["token"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def open_task(session: requests.Session, base: str) -> str:
    """Start a case; its first step (Penyerahan SPJ) is open for uploads."""
    inst = session.post(f"{base}/api/process-definition/key/{KEY}/start", json={},
                        timeout=30).json()
    return inst["tasks"][0]["id"]


def upload(session: requests.Session, base: str, task_id: str, content: bytes,
           name: str = "spj.pdf") -> dict:
    resp = session.post(f"{base}/api/task/{task_id}/attachment/create",
                        data={"attachment-name": name},
                        files={"content": (name, content, "application/pdf")}, timeout=120)
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


def throughput(base: str, clients: int, size: int, per_client: int) -> dict:
    """Each client thread uploads ``per_client`` distinct PDFs of ``size`` bytes to its own
    step; the files are made before the clock starts."""
    sessions = [login(base) for _ in range(clients)]
    tasks = [open_task(s, base) for s in sessions]
    files = [[pdf_of(size) for _ in range(per_client)] for _ in range(clients)]
    latencies: list[float] = []
    lock = threading.Lock()

    def run(i: int) -> None:
        for content in files[i]:
            t0 = time.perf_counter()
            upload(sessions[i], base, tasks[i], content)
            with lock:
                latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    count = len(latencies)
    return {"uploads": count, "per_s": count / wall, "mb_per_s": count * size / MB / wall,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[int(0.99 * (count - 1))]}


def stored_bytes(url: str) -> int:
    """What the database holds for documents: SQLite's used pages (the whole file, WAL frames
    included: the blobs live in the same file); PostgreSQL's blobs and attachments tables with
    their TOAST and indexes."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
                free = conn.exec_driver_sql("PRAGMA freelist_count").scalar()
                size = conn.exec_driver_sql("PRAGMA page_size").scalar()
                return (pages - free) * size
            return conn.execute(text("SELECT pg_total_relation_size('blobs') + "
                                     "pg_total_relation_size('attachments')")).scalar()
    finally:
        engine.dispose()


def storage(url: str, base: str, size: int, count: int, duplicates: int = 40) -> dict:
    """Database growth per attachment of distinct content, and per duplicate."""
    session = login(base)
    task = open_task(session, base)
    before = stored_bytes(url)
    first = pdf_of(size)
    upload(session, base, task, first)
    for _ in range(count - 1):
        upload(session, base, task, pdf_of(size))
    distinct = (stored_bytes(url) - before) / count
    before = stored_bytes(url)
    for _ in range(duplicates):
        upload(session, base, task, first, name="salinan.pdf")
    duplicate = (stored_bytes(url) - before) / duplicates
    return {"per_doc": distinct, "overhead": distinct - size, "duplicate": duplicate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--small", type=int, default=60, help="100 KB uploads per client")
    parser.add_argument("--large", type=int, default=10, help="2 MB uploads per client")
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    print(f"Uploads of PDFs to open SPJ steps ({KEY}, {INSTANSI}, lanes {lanes()}), "
          f"gunicorn 2 gthread workers x 8 threads, {args.clients} client threads\n")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            url, drop = database(kind, Path(tmp))
            try:
                prepare(url)
                proc, base = start_server(url)
                try:
                    report(kind, url, base, args)
                finally:
                    proc.terminate()
                    proc.wait(10)
            finally:
                drop()


def report(kind: str, url: str, base: str, args: argparse.Namespace) -> None:
    for label, size, per_client in (("100 KB", 100 * KB, args.small),
                                    ("2 MB", 2 * MB, args.large)):
        r = throughput(base, args.clients, size, per_client)
        print(f"[{kind}] {label}: {r['per_s']:.1f} uploads/s, {r['mb_per_s']:.1f} MB/s "
              f"({r['uploads']} uploads), latency p50 {r['p50_ms']:.0f} ms, "
              f"p99 {r['p99_ms']:.0f} ms")
    for label, size, count in (("100 KB", 100 * KB, 40), ("2 MB", 2 * MB, 10)):
        s = storage(url, base, size, count)
        print(f"[{kind}] storage per {label} document: {s['per_doc'] / KB:.1f} KB "
              f"(overhead {s['overhead'] / KB:+.1f} KB, {100 * s['overhead'] / size:+.1f}%); "
              f"a duplicate: {s['duplicate']:.0f} B")
    print()


if __name__ == "__main__":
    main()
