"""Tugas Saya names who holds a task as staff know them: name and NIP, never the login name."""

from __future__ import annotations

import re

import requests
from conftest import add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from sqlalchemy import update

from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.models import User
from engine.runtime import Runtime

PPTK = Actor("pptk", frozenset({("PPTK", SPJ_INSTANSI)}))
REKAN = Actor("rekan", frozenset({("PPTK", SPJ_INSTANSI)}))


def _page_session(base: str, username: str) -> requests.Session:
    client = requests.Session()
    form = client.get(f"{base}/masuk", timeout=30).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    done = client.post(f"{base}/masuk", data={"csrf_token": token, "username": username,
                                              "password": "rahasia"}, timeout=30)
    assert done.status_code == 200 and "jumlah-tugas" in done.text
    return client


def test_inbox_shows_the_holders_name_and_nip(db_url, live_server_for):
    deploy_paths(db_url, SPJ_BPMN)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "rekan", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "tanpanama", [("PPTK", SPJ_INSTANSI)])
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        db.execute(update(User).where(User.username == "rekan")
                   .values(full_name="Budi Santoso", nip="19660710 199202 1 007"))
    runtime = Runtime(factory)
    held = runtime.start(SPJ_KEY, PPTK, business_key="SPJ/1", title="Dipegang rekan")
    unnamed = runtime.start(SPJ_KEY, PPTK, business_key="SPJ/2", title="Tanpa nama")
    runtime.start(SPJ_KEY, PPTK, business_key="SPJ/3", title="Belum diambil")
    runtime.claim(held.tasks[0].id, REKAN)
    runtime.claim(unnamed.tasks[0].id, Actor("tanpanama", REKAN.roles))

    base = live_server_for(db_url).base
    page = _page_session(base, "pptk").get(base + "/tugas", timeout=30).text

    cells = dict(re.findall(
        r'class="case-number">([^<]+)</a>.*?data-label="Diambil oleh">\s*(.*?)\s*</td>',
        page, re.S))
    assert cells["SPJ/1"] == "Budi Santoso (NIP 19660710 199202 1 007)"
    assert cells["SPJ/2"] == "tanpanama"  # an account without a name keeps its login name
    assert "belum diambil" in cells["SPJ/3"]
