"""`sop run` opens on a living office: its setup (everything but gunicorn) fills an empty
database with the demo cases once, `--no-demo-data` and `sop serve` leave it empty, and a demo
user's inbox over real HTTP is not empty."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT
from sqlalchemy import func, select

import api.cli
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ProcessInstance
from engine.users import DEMO_PASSWORD


@pytest.fixture
def served(monkeypatch) -> list[tuple]:
    """`sop run` / `sop serve` up to the point where gunicorn would start."""
    calls: list[tuple] = []
    monkeypatch.setattr(api.cli, "serve", lambda *args, **kw: calls.append(args))
    return calls


def _sop(url: str, *args: str):
    result = CliRunner().invoke(api.cli.main, ["--database-url", url, *args,
                                               "--bpmn", str(ROOT / "bpmn")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _cases(url: str) -> int:
    with transaction(make_session_factory(make_engine(url))) as db:
        return db.scalar(select(func.count()).select_from(ProcessInstance)) or 0


def test_sop_run_opens_on_a_living_office_once(tmp_path: Path, served, live_server_for):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    began = time.perf_counter()
    first = _sop(url, "run")
    print(f"sop run setup (122 SOPs, demo users, demo office): "
          f"{time.perf_counter() - began:.1f} s")
    # the 40 cases of the last weeks and six months of history (engine.history)
    assert served and "Demo office: 280 case(s) played" in first.output
    assert _cases(url) == 280

    again = _sop(url, "run")
    assert "none added" in again.output and _cases(url) == 280

    server = live_server_for(url)
    for user in ("kepala-sub-bagian-keuangan@serang-diskominfo",
                 "bendahara-pengeluaran@serang-diskominfo",
                 "kepala-sub-bagian-umum-dan-kepegawaian@lumajang-disdukcapil"):
        tasks = server.login(user, DEMO_PASSWORD).get("/api/task")
        assert tasks.status_code == 200 and tasks.json(), user
        assert all(t["businessKey"] and t["title"] for t in tasks.json())
    admin = server.login("admin", DEMO_PASSWORD)
    berkas = admin.get("/api/process-instance", params={"maxResults": 100}).json()
    assert {i["processDefinitionKey"] for i in berkas} >= {
        "serang_kominfo_penyusunan_spj", "lumajang_dukcapil_pengajuan_cuti"}


def test_no_demo_data_and_serve_leave_the_office_empty(tmp_path: Path, served):
    url = f"sqlite:///{tmp_path / 'kosong.sqlite'}"
    result = _sop(url, "run", "--no-demo-data")
    assert "Demo office" not in result.output and _cases(url) == 0

    production = f"sqlite:///{tmp_path / 'produksi.sqlite'}"
    _sop(production, "serve")
    assert len(served) == 2 and _cases(production) == 0
