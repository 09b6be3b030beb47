"""Benchmark: what the designer's pages cost per action (issue 15). Prints figures only.

Deploys the whole library (122 SOPs, 4 instansi, with their jabatan catalogues) into a fresh
SQLite file, then for every SOP times, in-process:
- the deployment's checks on its BPMN (what "Periksa" and ``POST /api/deployment/validate`` run);
- one table-editor keystroke: check the table, make its BPMN, render the flowchart preview;
- opening the table editor: the BPMN read back into a table;
- the version comparison of the SOP against itself with its first step renamed.
and, over the Flask app (real request handling, logged-in session), the "Periksa" and
"pratinjau" endpoints for the largest SOP (median of 10).

    .venv/bin/python bench/designer_bench.py
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from api.app import create_app  # noqa: E402
from api.cli import main  # noqa: E402
from design import table_form, version_diff  # noqa: E402
from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import check, latest_versions  # noqa: E402
from engine.jabatan import catalogue_of  # noqa: E402
from engine.users import DEMO_PASSWORD, ensure_demo_users  # noqa: E402

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def timed(fn, *args, **kwargs) -> float:
    """Milliseconds one call of ``fn(*args, **kwargs)`` takes."""
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def keystroke(table: dict, key: str, instansi: str, catalogue) -> None:
    """What the table editor's preview does per pause in typing."""
    made = table_form.make(table, key=key, instansi=instansi, catalogue=catalogue)
    table_form.preview_html(table, made.bpmn)


def summary(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p90 = ms[int(len(ms) * 0.9) - 1]
    print(f"{name:58s} median {statistics.median(ms):7.1f} ms  p90 {p90:7.1f}  "
          f"max {ms[-1]:7.1f}  (n={len(ms)})")


def main_bench() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        assert CliRunner().invoke(main, ["--database-url", url, "init-db"]).exit_code == 0
        assert CliRunner().invoke(main, ["--database-url", url, "deploy", "bpmn"]).exit_code == 0
        factory = make_session_factory(make_engine(url))
        with transaction(factory, write=True) as db:
            sops = [(d.key, d.instansi, d.bpmn_xml) for d in latest_versions(db)]
            ensure_demo_users(db, latest_versions(db))
        checks, keystrokes, opens, diffs = [], [], [], []
        with transaction(factory) as db:
            for key, instansi, xml in sops:
                checks.append(timed(check, db, [(f"{key}.bpmn", xml.encode(), instansi)]))
                table = table_form.table_from_bpmn(xml, key, instansi)
                opens.append(timed(table_form.table_from_bpmn, xml, key, instansi))
                keystrokes.append(timed(keystroke, table, key, instansi,
                                        catalogue_of(db, instansi)))
                renamed = xml.replace('name="', 'name="Diubah ', 1)
                diffs.append(timed(version_diff.compare, xml, renamed, key))
        print(f"library: {len(sops)} SOPs")
        summary("deployment checks of one SOP (Periksa, /deployment/validate)", checks)
        summary("table editor keystroke (check + importer + preview)", keystrokes)
        summary("table editor open (BPMN -> table)", opens)
        summary("version comparison (two versions of one SOP)", diffs)
        largest = max(sops, key=lambda s: len(s[2]))
        http(url, largest)


def http(url: str, sop: tuple[str, str, str]) -> None:
    """The two endpoints a designer's typing hits, through the Flask app."""
    key, instansi, xml = sop
    app = create_app({"DATABASE_URL": url})
    client = app.test_client()
    token = TOKEN.search(client.get("/masuk").get_data(as_text=True)).group(1)
    done = client.post("/masuk", data={"csrf_token": token, "username": "perancang",
                                       "password": DEMO_PASSWORD})
    assert done.status_code == 302, done.status_code
    token = TOKEN.search(client.get("/perancang").get_data(as_text=True)).group(1)
    headers = {"X-CSRFToken": token, "Accept": "application/json"}
    table = table_form.table_from_bpmn(xml, key, instansi)

    def post(path: str, body: dict) -> None:
        answer = client.post(path, json=body, headers=headers)
        assert answer.status_code == 200, (path, answer.status_code, answer.get_data()[:300])

    periksa, pratinjau = [], []
    for _ in range(10):
        periksa.append(timed(post, f"/perancang/sop/{key}/periksa", {"bpmn": xml}))
        pratinjau.append(timed(post, f"/perancang/sop/{key}/tabel/pratinjau", {"table": table}))
    steps = len(table["langkah"])
    print(f"largest SOP: {key} ({len(xml):,} bytes, {steps} steps)")
    summary("HTTP POST .../periksa (largest SOP)", periksa)
    summary("HTTP POST .../tabel/pratinjau (largest SOP)", pratinjau)
    print(json.dumps({"bundle_bytes": _bundle_size()}))
    app.extensions["sop_engine"].dispose()


def _bundle_size() -> dict[str, int]:
    build = ROOT / "api" / "static" / "build"
    return {p.name: p.stat().st_size for p in sorted(build.glob("*"))} if build.exists() else {}


if __name__ == "__main__":
    main_bench()
