"""Deployment: versioning, and every kind of broken BPMN refused with file, line and element."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_user
from sqlalchemy import select

from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.errors import DeploymentError
from engine.models import ProcessDefinition

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
GOOD = FIXTURE.read_text()


def _definitions(factory) -> list[tuple[str, int, str]]:
    with transaction(factory) as db:
        return [(d.key, d.version, d.content_hash) for d in db.scalars(
            select(ProcessDefinition).order_by(ProcessDefinition.id))]


def _deploy(factory, text: str, name: str = "x.bpmn", **kw):
    with transaction(factory, write=True) as db:
        return deploy(db, [(name, text.encode(), "uji")], **kw)


@pytest.fixture
def factory(db_url):
    return make_session_factory(make_engine(db_url))


def test_redeploying_same_content_is_a_noop_and_changes_make_versions(factory):
    first = _deploy(factory, GOOD)
    assert first.created == [("fixture_spj", 1)]
    again = _deploy(factory, GOOD)
    assert again.created == [] and again.unchanged == [("fixture_spj", 1)]
    changed = _deploy(factory, GOOD.replace("Penyerahan SPJ", "Penyerahan SPJ (revisi)"))
    assert changed.created == [("fixture_spj", 2)]
    assert [(k, v) for k, v, _ in _definitions(factory)] == [("fixture_spj", 1), ("fixture_spj", 2)]


BROKEN = {
    "not_xml": (GOOD[:400], "not well-formed XML", None),
    "xsd_invalid": (GOOD.replace('<bpmn:incoming>f3</bpmn:incoming>',
                                 '<bpmn:incoming>f3</bpmn:incoming><bpmn:bogus/>'),
                    "BPMN 2.0 schema", "langkah_03"),
    "unsupported_element": (
        GOOD.replace('<bpmn:userTask id="langkah_02"', '<bpmn:serviceTask id="langkah_02"')
        .replace("</bpmn:userTask>\n    <bpmn:userTask id=\"langkah_03\"",
                 "</bpmn:serviceTask>\n    <bpmn:userTask id=\"langkah_03\""),
        "not supported", "langkah_02"),
    "condition_not_python": (GOOD.replace('keputusan == "Ya"', "${keputusan == 'Ya'}"),
                             "not a valid Python expression", "f_ya"),
    "condition_import": (GOOD.replace('keputusan == "Ya"',
                                      "__import__('os').system('touch /tmp/pwned')"),
                         "refused", "f_ya"),
    "condition_dunder": (GOOD.replace('keputusan == "Ya"', "keputusan.__class__.__mro__"),
                         "refused", "f_ya"),
    "script_task": (GOOD.replace(
        '<bpmn:userTask id="langkah_02" name="Penerimaan SPJ">',
        '<bpmn:scriptTask id="skrip" name="S"><bpmn:script>import os</bpmn:script>'
        '</bpmn:scriptTask><bpmn:userTask id="langkah_02" name="Penerimaan SPJ">'),
        "script tasks are refused", "skrip"),
    "timer_event": (GOOD.replace(
        '<bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>',
        '<bpmn:outgoing>f1</bpmn:outgoing><bpmn:timerEventDefinition id="t1">'
        '<bpmn:timeDuration>__import__("os")</bpmn:timeDuration></bpmn:timerEventDefinition>'
        '</bpmn:startEvent>'),
        "not supported", "mulai"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_bpmn_is_refused_naming_file_line_element(factory, kind):
    _deploy(factory, GOOD)
    before = _definitions(factory)
    text, words, element = BROKEN[kind]
    with pytest.raises(DeploymentError) as caught:
        _deploy(factory, text, name=f"bpmn/uji/{kind}.bpmn")
    problem = caught.value.details["problems"][0]
    assert problem["file"] == f"bpmn/uji/{kind}.bpmn"
    assert words in problem["message"], problem
    assert isinstance(problem["line"], int) and problem["line"] > 0, problem
    if element:
        assert element in (problem["element"] or ""), problem
    assert _definitions(factory) == before
    assert not Path("/tmp/pwned").exists()


def test_one_bad_file_refuses_the_whole_deployment(factory):
    other = GOOD.replace("fixture_spj", "fixture_lain")
    with pytest.raises(DeploymentError):
        with transaction(factory, write=True) as db:
            deploy(db, [("a.bpmn", other.encode(), ""), ("b.bpmn", b"<oops", "")])
    assert _definitions(factory) == []


def test_script_tasks_deploy_when_an_operator_allows_them(factory):
    text = BROKEN["script_task"][0]
    assert _deploy(factory, text, allow_scripts=True).created == [("fixture_spj", 1)]


def test_http_deployment_refuses_broken_file_and_keeps_definitions(db_url, live_server_for):
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "staf", [("PPTK", "")])
    server = live_server_for(db_url)
    admin, staf = server.login("admin"), server.login("staf")
    files = {"data": ("spj.bpmn", GOOD.encode(), "application/xml")}
    assert staf.post("/api/deployment/create", files=files).status_code == 403
    ok = admin.post("/api/deployment/create", files=files, data={"instansi": "uji"})
    assert ok.status_code == 200 and ok.json()["created"] == [{"key": "fixture_spj", "version": 1}]
    evil = BROKEN["condition_import"][0].encode()
    resp = admin.post("/api/deployment/create", files={"data": ("evil.bpmn", evil, "text/xml")})
    assert resp.status_code == 400
    problem = resp.json()["problems"][0]
    assert problem["file"] == "evil.bpmn" and "f_ya" in problem["element"]
    defs = admin.get("/api/process-definition").json()
    assert [(d["key"], d["version"]) for d in defs] == [("fixture_spj", 1)]


def test_instances_keep_their_version_and_start_can_pick_one(factory):
    from engine.actors import Actor
    from engine.runtime import Runtime

    roles = frozenset({("PPTK", "uji"), ("Bendahara Pengeluaran", "uji")})
    actor = Actor("semua", roles)
    runtime = Runtime(factory)
    _deploy(factory, GOOD)
    old = runtime.start("fixture_spj", actor)
    _deploy(factory, GOOD.replace('name="Penerimaan SPJ"', 'name="Penerimaan SPJ (v2)"'))
    assert runtime.start("fixture_spj", actor).definition_version == 2
    assert runtime.start("fixture_spj", actor, version=1).definition_version == 1
    moved = runtime.complete(old.tasks[0].id, actor, {"kelengkapan_1": True})
    assert moved.definition_version == 1
    assert [t.name for t in moved.tasks] == ["Penerimaan SPJ"]
