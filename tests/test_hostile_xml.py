"""Hostile XML: a DOCTYPE or an entity declaration is refused at deployment (API and CLI) naming
the file and line, nothing stored; one already stored (a database from before the fix) blocks
neither the server, nor the other SOPs, nor the CLI, and starting it answers 409 naming it.
Deployments are audited (API and CLI)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from conftest import add_user
from lxml import etree
from sqlalchemy import func, select

from api.cli import main
from engine import audit
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.models import ProcessDefinition
from engine.specs import DefinitionUnusable, spec_for
from engine.xmlsafe import UnsafeXml, parse_bpmn, parser

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
GOOD = FIXTURE.read_text()
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
XXE = '<!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
HOSTILE = {
    "parameter_entity": GOOD.replace(DECL, DECL + XXE),
    "general_entity": GOOD.replace(DECL, DECL + '<!DOCTYPE d [<!ENTITY x "y">]>\n').replace(
        'name="Penyerahan SPJ"', 'name="&x;"'),
    "external_dtd": GOOD.replace(DECL, DECL + "\n" + '<!DOCTYPE d SYSTEM "http://x.example/d">\n'),
}
LINE = {"parameter_entity": 2, "general_entity": 2, "external_dtd": 3}


def _factory(url: str):
    return make_session_factory(make_engine(url))


def _count(url: str) -> int:
    with transaction(_factory(url)) as db:
        return db.scalar(select(func.count()).select_from(ProcessDefinition))


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_api_refuses_doctype_with_400_naming_file_and_line(db_url, live_server_for, kind):
    add_user(db_url, "admin1", [], admin=True)
    server = live_server_for(db_url)
    admin = server.login("admin1")
    resp = admin.post("/api/deployment/create", data={"instansi": "uji"},
                      files={"data": ("jahat.bpmn", HOSTILE[kind].encode())})
    assert resp.status_code == 400, resp.text
    body = resp.json()
    assert "DOCTYPE tidak diizinkan" in body["message"]
    assert "DOCTYPE is not allowed" in body["message_en"]
    [problem] = body["problems"]
    assert problem["file"] == "jahat.bpmn" and problem["line"] == LINE[kind]
    assert f"jahat.bpmn:{LINE[kind]}" in body["message"]
    assert _count(db_url) == 0
    with transaction(_factory(db_url)) as db:
        assert audit.count(db, action=audit.DEPLOYED) == 0  # a refused deployment is not one


def test_cli_refuses_doctype_naming_file_and_line(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    CliRunner().invoke(main, ["--database-url", url, "init-db"], catch_exceptions=False)
    bad = tmp_path / "jahat.bpmn"
    bad.write_text(HOSTILE["parameter_entity"])
    result = CliRunner().invoke(main, ["--database-url", url, "deploy", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: DOCTYPE is not allowed" in result.output
    assert "nothing was changed" in result.output
    assert _count(url) == 0


def test_doctype_hidden_after_a_prolog_comment_is_still_refused():
    tricky = GOOD.replace(DECL, DECL + "<!-- <a> -->\n" + XXE)
    with pytest.raises(UnsafeXml) as refused:
        parse_bpmn(tricky)
    assert refused.value.line == 3 and "DOCTYPE" in refused.value.message_en


def test_the_parser_never_reads_an_external_entity(tmp_path: Path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("RAHASIA-42")
    text = GOOD.replace('>keputusan == "Ya"<', '>&s;<')
    # Past the prolog scan (comment first) the DOCTYPE reaches lxml: it must load nothing.
    hostile = text.replace(DECL, DECL + f'<!-- <a> -->\n<!DOCTYPE d [<!ENTITY s SYSTEM '
                           f'"file://{secret}">]>\n')
    with pytest.raises(UnsafeXml):
        parse_bpmn(hostile)
    root = etree.fromstring(hostile.encode(), parser())
    assert b"RAHASIA-42" not in etree.tostring(root)


def _store_pre_fix_definition(url: str) -> None:
    """What a database deployed before this fix may hold: a definition with a DOCTYPE."""
    xml = HOSTILE["parameter_entity"].replace('id="fixture_spj"', 'id="sop_rusak"').replace(
        'processRef="fixture_spj"', 'processRef="sop_rusak"')
    with transaction(_factory(url), write=True) as db:
        result = deploy(db, [("spj.bpmn", GOOD.encode(), "uji")])
        db.add(ProcessDefinition(key="sop_rusak", version=1, name="SOP Rusak", instansi="uji",
                                 resource="rusak.bpmn", bpmn_xml=xml,
                                 deployment_id=result.deployment_id,
                                 content_hash=hashlib.sha256(xml.encode()).hexdigest()))


def _page_session(base: str, username: str) -> requests.Session:
    http = requests.Session()
    page = http.get(f"{base}/masuk", timeout=30).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    done = http.post(f"{base}/masuk", data={"csrf_token": token, "username": username,
                                             "password": "rahasia"}, timeout=30)
    assert done.status_code == 200, done.text[:300]
    return http


def test_a_stored_doctype_definition_blocks_nothing(db_url, live_server_for):
    _store_pre_fix_definition(db_url)
    add_user(db_url, "pptk", [("PPTK", "uji")])
    server = live_server_for(db_url)  # the app starts
    pptk = server.login("pptk")
    listed = [d["key"] for d in pptk.get("/api/process-definition").json()]
    assert "fixture_spj" in listed
    broken = pptk.post("/api/process-definition/key/sop_rusak/start", json={})
    assert broken.status_code == 409, broken.text
    assert "sop_rusak" in broken.json()["message"] and "DOCTYPE" in broken.json()["message_en"]
    again = pptk.post("/api/process-definition/key/sop_rusak/start", json={})
    assert again.status_code == 409  # remembered, still a clear answer
    good = pptk.post("/api/process-definition/key/fixture_spj/start", json={})
    assert good.status_code == 200, good.text
    add_user(db_url, "admin1", [], admin=True)  # an admin may start every SOP: all are listed
    page = _page_session(server.base, "admin1").get(f"{server.base}/mulai", timeout=30)
    assert page.status_code == 200
    assert "Fixture SPJ" in page.text and "SOP Rusak" not in page.text


def test_the_mulai_page_of_staff_skips_a_stored_doctype_definition(db_url, live_server_for):
    _store_pre_fix_definition(db_url)
    add_user(db_url, "pptk", [("PPTK", "uji")])
    server = live_server_for(db_url)
    page = _page_session(server.base, "pptk").get(f"{server.base}/mulai", timeout=30)
    assert page.status_code == 200
    assert "Fixture SPJ" in page.text and "SOP Rusak" not in page.text


def test_cli_boot_steps_survive_a_stored_doctype_definition(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    CliRunner().invoke(main, ["--database-url", url, "init-db"], catch_exceptions=False)
    _store_pre_fix_definition(url)
    demo = CliRunner().invoke(main, ["--database-url", url, "demo-users"])
    assert demo.exit_code == 0, demo.output
    assert "pptk@uji" in demo.output  # the good SOP's roles; the broken one was skipped


def test_spec_for_a_stored_doctype_is_a_409_naming_the_sop(db_url):
    _store_pre_fix_definition(db_url)
    with transaction(_factory(db_url)) as db:
        broken = db.scalars(select(ProcessDefinition).where(
            ProcessDefinition.key == "sop_rusak")).one()
        with pytest.raises(DefinitionUnusable) as refused:
            spec_for(broken)
    assert refused.value.status == 409 and "sop_rusak" in refused.value.message


def test_api_deployment_is_audited(db_url, live_server_for):
    add_user(db_url, "admin1", [], admin=True)
    server = live_server_for(db_url)
    admin = server.login("admin1")
    for _ in range(2):
        resp = admin.post("/api/deployment/create", data={"instansi": "uji"},
                          files={"data": ("spj.bpmn", GOOD.encode())})
        assert resp.status_code == 200, resp.text
    with transaction(_factory(db_url)) as db:
        first, second = audit.entries(db, action=audit.DEPLOYED)[::-1]
    assert first.actor == "admin1" and first.detail["created"] == ["fixture_spj v1"]
    assert first.detail["files"] == ["spj.bpmn"] and first.address == "127.0.0.1"
    assert second.detail["created"] == [] and second.detail["unchanged"] == ["fixture_spj v1"]


def test_cli_deployment_is_audited(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    CliRunner().invoke(main, ["--database-url", url, "init-db"], catch_exceptions=False)
    good = tmp_path / "bpmn" / "uji" / "spj.bpmn"  # the instansi is its folder
    good.parent.mkdir(parents=True)
    good.write_text(GOOD)
    result = CliRunner().invoke(main, ["--database-url", url, "deploy", str(good)])
    assert result.exit_code == 0, result.output
    with transaction(_factory(url)) as db:
        [entry] = audit.entries(db, action=audit.DEPLOYED)
    assert entry.actor == "cli" and entry.detail["created"] == ["fixture_spj v1"]
    assert entry.detail["os_user"] and entry.target.startswith("deployment:")
