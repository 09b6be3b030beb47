"""A step whose keterangan names another SOP of the library links to it on the task page, with
a button to start it for those who may."""

from __future__ import annotations

import re
from typing import Any

from conftest import ROOT, add_user, deploy_paths
from spj import valid_data
from test_pages_http import csrf

from api.app import create_app
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import latest_versions
from engine.migrate import upgrade
from engine.users import DEMO_PASSWORD, ensure_demo_users

LUMAJANG = ROOT / "bpmn" / "lumajang-disdukcapil"
# a step that only refers to the linked SOP (docs/keterkaitan.md); where the SOP is performed at
# the step it is a call activity instead (tests/test_importer_calls.py)
SPP = "lumajang_dukcapil_penyusunan_spj"
LINKED = "lumajang_dukcapil_pengagendaan_surat_keluar"


def test_the_step_naming_another_sop_links_to_it_and_starts_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'sop.sqlite'}"
    upgrade(url)
    deploy_paths(url, LUMAJANG / f"{SPP}.bpmn", LUMAJANG / f"{LINKED}.bpmn")
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        users = {role: name for name, role, _ in ensure_demo_users(db, latest_versions(db))}
    app = create_app({"DATABASE_URL": url})
    api = app.test_client()
    tokens = {role: _token(api, name) for role, name in users.items()}

    task = _start(api, tokens, SPP)
    while "tautan_sop" not in task["properties"]:
        task = _complete(api, tokens, task)
    assert task["properties"]["tautan_sop"] == LINKED

    page = app.test_client()
    _login(page, users[task["candidateGroup"]])
    html = page.get(f"/tugas/{task['id']}").get_data(as_text=True)
    assert "SOP terkait" in html and "Prosedur Pengagendaan Surat Keluar" in html
    assert f'action="/mulai/{LINKED}"' not in html, "this role does not begin that SOP"

    first_role = _start(api, tokens, LINKED)["candidateGroup"]
    assert first_role != task["candidateGroup"]
    add_user(url, "rina", [(task["candidateGroup"], "lumajang-disdukcapil"),
                           (first_role, "lumajang-disdukcapil")])
    _login(page, "rina", "rahasia")
    html = page.get(f"/tugas/{task['id']}").get_data(as_text=True)
    assert f'action="/mulai/{LINKED}"' in html and "Mulai SOP ini" in html
    started = page.post(f"/mulai/{LINKED}", data={"csrf_token": csrf(page.get("/mulai")),
                                                  "from_task": task["id"]})
    assert started.status_code == 302 and "/tugas/" in started.location
    opened = page.get(started.location).get_data(as_text=True)
    assert "Prosedur Pengagendaan Surat Keluar" in opened
    app.extensions["sop_engine"].dispose()


def _token(api, username: str) -> str:
    resp = api.post("/api/auth/token", json={"username": username, "password": DEMO_PASSWORD})
    return resp.get_json()["token"]


def _start(api, tokens: dict[str, str], key: str) -> dict[str, Any]:
    for token in tokens.values():
        resp = api.post(f"/api/process-definition/key/{key}/start", json={},
                        headers={"Authorization": f"Bearer {token}"})
        if resp.status_code == 200:
            return resp.get_json()["tasks"][0]
    raise AssertionError(f"nobody may start {key}")


def _complete(api, tokens: dict[str, str], task: dict[str, Any]) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {tokens[task['candidateGroup']]}"}
    fields = api.get(f"/api/task/{task['id']}/form-variables", headers=headers).get_json()
    done = api.post(f"/api/task/{task['id']}/complete", headers=headers,
                    json={"variables": valid_data(fields)})
    assert done.status_code == 200, done.get_json()
    return done.get_json()["tasks"][0]


def _login(page, username: str, password: str = DEMO_PASSWORD) -> None:
    page.get("/keluar")
    page.post("/masuk", data={"csrf_token": csrf(page.get("/masuk")), "username": username,
                              "password": password})
    assert re.search(r"Tugas Saya", page.get("/tugas").get_data(as_text=True))
