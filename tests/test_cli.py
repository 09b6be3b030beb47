"""The `sop` command line: schema, deploy (all or nothing), users, and the run command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from click.testing import CliRunner
from conftest import ROOT

from api.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"


def _invoke(url: str, *args: str):
    return CliRunner().invoke(main, ["--database-url", url, *args], catch_exceptions=False)


def test_init_deploy_and_users(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert _invoke(url, "init-db").exit_code == 0
    folder = tmp_path / "bpmn" / "uji"
    folder.mkdir(parents=True)
    (folder / "spj.bpmn").write_bytes(FIXTURE.read_bytes())
    result = _invoke(url, "deploy", str(tmp_path / "bpmn"))
    assert result.exit_code == 0 and "deployed fixture_spj v1" in result.output
    again = _invoke(url, "deploy", str(tmp_path / "bpmn"))
    assert "0 new version(s), 1 unchanged" in again.output
    demo = _invoke(url, "demo-users")
    assert "pptk@uji" in demo.output and "kepala-sub-bagian-keuangan@uji" in demo.output
    made = _invoke(url, "create-user", "budi", "--password", "kuda-lari-pagi-7",
                   "--role", "PPTK@uji")
    assert made.exit_code == 0
    dup = CliRunner().invoke(main, ["--database-url", url, "create-user", "budi",
                                    "--password", "x"])
    assert dup.exit_code != 0 and "exists" in dup.output


def test_broken_deploy_exits_1_and_names_file_and_line(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    _invoke(url, "init-db")
    bad = tmp_path / "rusak.bpmn"
    bad.write_text(FIXTURE.read_text().replace('keputusan == "Ya"', "__import__('os')"))
    result = CliRunner().invoke(main, ["--database-url", url, "deploy", str(bad)])
    assert result.exit_code == 1
    assert "rusak.bpmn:" in result.output and "f_ya" in result.output
    assert "nothing was changed" in result.output


def test_run_serves_every_sop_with_demo_users(tmp_path: Path):
    port = 5900 + os.getpid() % 90
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'run.sqlite'}",
           "SMTP_HOST": ""}
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "run", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):  # the demo office plays six months of history first
            try:
                requests.get(base + "/api/openapi.json", timeout=5)
                break
            except requests.RequestException:
                time.sleep(0.2)
        token = requests.post(base + "/api/auth/token",
                              json={"username": "admin", "password": "demo"}, timeout=10)
        assert token.status_code == 200
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        defs = requests.get(base + "/api/process-definition", headers=headers, timeout=10).json()
        deployed = {d["key"] for d in defs}
        on_disk = {p.stem for p in (ROOT / "bpmn").rglob("*.bpmn")}
        assert on_disk and on_disk <= deployed
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        output = proc.communicate(timeout=30)[0]
    assert "password for all: demo" in output
    assert "Surel: tidak dikirim (SMTP_HOST belum diatur); notifikasi tetap tampil di " \
        "aplikasi." in output, "make run says it sends no mail"
