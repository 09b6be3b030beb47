"""Does a flood of wrong passwords slow down the users who are already logged in?

Starts the server as ``sop run`` does (gunicorn, SQLite, the demo admin), logs one client in,
and measures that client's ``GET /api/task`` latency (p50 / p99) three times, each on a fresh
server: with no flood; while 8 threads post wrong passwords for distinct unknown usernames from
one address (the address limit of the throttle stops them after 20); the same with the
address limit raised out of reach (LOGIN_MAX_FAILURES_ADDRESS), which is what a flood from many
addresses looks like to the server; and, for reference, 8 threads of the cheapest refused
request (GET /api/task without a token). Run it against another tree (e.g. an export of the previous
commit) with ``--source DIR`` to compare.

    .venv/bin/python bench/login_flood.py [--source DIR] [--requests 1000] [--flooders 8]
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
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = (("no flood", None, {}),
             ("flood, one address", "login", {}),
             ("flood, address limit raised", "login",
              {"LOGIN_MAX_FAILURES_ADDRESS": "1000000000"}),
             ("reference: GET flood, no token", "get", {}))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``sop run`` in a subprocess, on a fresh SQLite file, from the tree at ``source``."""

    def __init__(self, source: Path, workdir: Path, env: dict[str, str]):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        url = f"sqlite:///{workdir / 'sop.sqlite'}"
        command = [sys.executable, "-c", "from api.cli import main; main()",
                   "--database-url", url, "run", "--port", str(self.port),
                   "--bpmn", str(workdir / "no-bpmn")]
        environment = {**os.environ, "PYTHONPATH": str(source),
                       "HASH_GATE_PATH": str(workdir / "hash-gate"), **env}
        self.log = (workdir / "server.log").open("w")
        self.process = subprocess.Popen(command, cwd=workdir, env=environment,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited, see {self.log.name}")
            try:
                requests.get(self.base + "/api/openapi.json", timeout=2)
                return
            except requests.ConnectionError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def latencies(base: str, token: str, count: int) -> list[float]:
    """``count`` sequential GET /api/task of a logged-in client, in milliseconds."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    found = []
    for _ in range(count):
        started = time.perf_counter()
        resp = http.get(base + "/api/task", timeout=60)
        found.append((time.perf_counter() - started) * 1000)
        assert resp.status_code == 200, resp.text
    return found


def flood(base: str, kind: str, stop: threading.Event, statuses: Counter) -> None:
    """Wrong passwords for ever-new unknown usernames until ``stop``; or, for reference, the
    cheapest refused request there is (``GET /api/task`` without a token: 401, no database)."""
    http = requests.Session()
    while not stop.is_set():
        try:
            if kind == "get":
                resp = http.get(base + "/api/task", timeout=60)
            else:
                resp = http.post(base + "/api/auth/token", timeout=60,
                                 json={"username": f"nobody-{uuid.uuid4().hex[:12]}",
                                       "password": "salah"})
            statuses[resp.status_code] += 1
        except requests.RequestException:
            statuses["error"] += 1


def scenario(source: Path, name: str, flooding: str | None, env: dict[str, str], count: int,
             flooders: int, ramp: float) -> None:
    with tempfile.TemporaryDirectory(prefix="login-flood-") as tmp:
        server = Server(source, Path(tmp), env)
        try:
            resp = requests.post(server.base + "/api/auth/token", timeout=60,
                                 json={"username": "admin", "password": "demo"})
            token = resp.json()["token"]
            latencies(server.base, token, 20)  # warm up
            stop, statuses = threading.Event(), Counter()
            threads = [threading.Thread(target=flood,
                                        args=(server.base, flooding, stop, statuses))
                       for _ in range(flooders if flooding else 0)]
            for thread in threads:
                thread.start()
            time.sleep(ramp if flooding else 0)  # one address: locked out by then
            started = time.perf_counter()
            found = latencies(server.base, token, count)
            elapsed = time.perf_counter() - started
            stop.set()
            for thread in threads:
                thread.join()
        finally:
            server.stop()
    found.sort()
    p50 = statistics.median(found)
    p99 = found[min(len(found) - 1, int(len(found) * 0.99))]
    tries = sum(statuses.values())
    answered = ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items(), key=str))
    print(f"[{name:30s}] logged-in GET /api/task p50 {p50:7.1f} ms  p99 {p99:7.1f} ms"
          + (f"   flood: {tries} tries in {elapsed + ramp:.0f} s ({answered})" if flooding else ""),
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="the tree whose api/ and engine/ are served (default: this one)")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--ramp", type=float, default=4.0,
                        help="seconds of flood before the logged-in client starts measuring")
    parser.add_argument("--flooders", type=int, default=8)
    args = parser.parse_args()
    print(f"source {args.source}, {os.cpu_count()} CPUs, {args.flooders} flooding threads, "
          f"{args.requests} requests of the logged-in client per scenario", flush=True)
    for name, flooding, env in SCENARIOS:
        scenario(args.source.resolve(), name, flooding, env, args.requests, args.flooders,
                 args.ramp)


if __name__ == "__main__":
    main()
