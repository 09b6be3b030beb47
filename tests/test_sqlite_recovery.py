"""A server whose SQLite file was read-only for a while recovers without a restart (issue 9).

Making the file read-only for the test: the suite runs as root, and root ignores permission
bits, so ``chmod`` proves nothing. The immutable attribute (``chattr +i``) is honoured by root:
opening the file for writing fails with EPERM, so SQLite opens new connections read-only and
writes through connections opened earlier fail with "disk I/O error", the two failures seen in
production after a read-only mount or a ``chmod`` during a backup. The database file, its WAL
and the folder are made immutable; the ``-shm`` file is not, since SQLite maps it into memory
and a write to an immutable mapping kills the process with SIGBUS (not a state a real read-only
file produces: SQLite then falls back to heap memory). Where ``chattr`` is not available (not
root, tmpfs) the test is skipped with the reason.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY


def _immutable(paths: list[Path], on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True,
                   capture_output=True)


@pytest.fixture
def sqlite_file(tmp_path: Path, sqlite_template: Path) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    probe = folder / "probe"
    probe.write_text("x")
    try:
        _immutable([probe], True)
    except (OSError, subprocess.CalledProcessError) as err:
        pytest.skip(f"cannot make a file immutable here (chattr +i): {err}")
    _immutable([probe], False)
    probe.unlink()
    path = folder / "sop.sqlite"
    shutil.copy(sqlite_template, path)
    return path


def start(client) -> int:
    return client.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).status_code


def test_writes_answer_503_while_read_only_and_work_again_without_a_restart(
        sqlite_file: Path, live_server_for):
    url = f"sqlite:///{sqlite_file}"
    deploy_paths(url, SPJ_BPMN)
    add_user(url, "pptk", [("PPTK", SPJ_INSTANSI)])
    before = live_server_for(url)          # its pooled connection was opened writable
    client = before.login("pptk")
    assert start(client) == 200
    locked = [sqlite_file, Path(f"{sqlite_file}-wal"), sqlite_file.parent]
    assert all(p.exists() for p in locked)
    _immutable(locked, True)
    try:
        # a server (re)started meanwhile: every connection it opens now is read-only for life
        during = live_server_for(url)
        late = type(client)(during.base, client.http.headers["Authorization"].split()[1])
        assert late.get("/api/process-definition").status_code == 200   # reads still work
        for api in (client, late, client, late):
            resp = api.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={})
            assert resp.status_code == 503, resp.text
            assert resp.json()["message_en"].startswith("The database cannot store changes")
            assert resp.headers["Retry-After"]
    finally:
        _immutable(locked, False)
    assert start(late) == 200
    assert start(client) == 200
    assert len(late.get("/api/process-instance").json()) == 3
