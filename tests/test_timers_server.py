"""Issue 13 item 3: a PT3S boundary timer through the real server.

``sop serve`` (gunicorn, two workers, each running the background loop every 0.2 s, as
``make run`` does) on a SQLite file: the SOP is deployed over HTTP as Camunda Modeler writes it
(the literal ``PT3S``), a case started over HTTP, and within seconds the timer's path task
appears in the task list, the step it interrupted is gone, and the history says what happened,
once, although two loops were watching.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from click.testing import CliRunner
from conftest import ROOT
from mailserver import free_port
from timer_models import INSTANSI, ROLE, boundary_model

from api.cli import main
from engine.db import make_engine, make_session_factory, transaction
from engine.users import create_user, hash_password

_HASH = hash_password("rahasia")


def _wait_for(predicate, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    return None


def _up(base: str) -> bool:
    try:
        return requests.get(base + "/api/openapi.json", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def _token(base: str, username: str) -> dict[str, str]:
    resp = requests.post(base + "/api/auth/token", timeout=10,
                         json={"username": username, "password": "rahasia"})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['token']}"}


def _case_page(base: str, instance_id: int) -> str:
    """The case page as staf sees it (logged in through the login form)."""
    browser = requests.Session()
    form = browser.get(base + "/masuk", timeout=10).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    done = browser.post(base + "/masuk", timeout=10, allow_redirects=False,
                        data={"csrf_token": token, "username": "staf", "password": "rahasia"})
    assert done.status_code == 302, done.text
    page = browser.get(f"{base}/instans/{instance_id}", timeout=10)
    assert page.status_code == 200
    return page.text


def test_a_pt3s_boundary_timer_fires_in_the_real_server(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'serve.sqlite'}"
    assert CliRunner().invoke(main, ["--database-url", url, "init-db"]).exit_code == 0
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        create_user(db, "admin", "", [], is_admin=True, password_hash=_HASH)
        create_user(db, "staf", "", [(ROLE, INSTANSI)], password_hash=_HASH)
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "BACKGROUND_INTERVAL": "0.2"}
    env.pop("SMTP_HOST", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--workers", "2",
         "--bpmn", str(tmp_path / "none")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        assert _wait_for(lambda: _up(base), 60), "the server started"
        admin, staf = _token(base, "admin"), _token(base, "staf")
        deployed = requests.post(
            base + "/api/deployment/create", headers=admin, data={"instansi": INSTANSI},
            files={"data": ("pengingat.bpmn", boundary_model("uji_pt3s"), "text/xml")},
            timeout=30)
        assert deployed.status_code == 200, deployed.text
        case = requests.post(base + "/api/process-definition/key/uji_pt3s/start", json={},
                             headers=staf, timeout=30).json()
        [periksa] = case["tasks"]
        assert periksa["name"] == "Periksa"

        def follow_up():
            tasks = requests.get(base + "/api/task", headers=staf, timeout=10,
                                 params={"processInstanceId": case["id"]}).json()
            return tasks if any(t["name"] == "Tindak lanjut" for t in tasks) else None

        tasks = _wait_for(follow_up, 30)
        assert tasks, "the timer's path reached the task list within 30 s"
        time.sleep(1.0)  # both workers' loops go round several more times
        tasks = requests.get(base + "/api/task", headers=staf, timeout=10,
                             params={"processInstanceId": case["id"]}).json()
        assert [t["name"] for t in tasks] == ["Tindak lanjut"]
        gone = requests.post(f"{base}/api/task/{periksa['id']}/complete", headers=staf,
                             json={"variables": {}}, timeout=10)
        assert gone.status_code in (404, 409), gone.text
        activities = requests.get(base + "/api/history/activity-instance", headers=staf,
                                  params={"processInstanceId": case["id"]}, timeout=10).json()
        timer = [a for a in activities if a["activityId"] == "timer"]
        assert len(timer) == 1 and timer[0]["activityType"] == "BoundaryEvent"
        history = requests.get(base + "/api/history/task", headers=staf,
                               params={"processInstanceId": case["id"]}, timeout=10).json()
        assert [(h["name"], h["endTime"]) for h in history] == [("Periksa", None),
                                                                 ("Tindak lanjut", None)]
        page = _case_page(base, case["id"])
        assert "Batas waktu terlampaui; langkah dihentikan" in page  # the timer's row
        periksa_row = page[page.index('data-step="periksa"'):]
        assert "Dibatalkan" in periksa_row[:periksa_row.index("</tr>")]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        output = proc.communicate(timeout=30)[0]
    assert "Traceback" not in output, output
