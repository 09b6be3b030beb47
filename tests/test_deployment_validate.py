"""``POST /api/deployment/validate`` (issue 15): the deployment's own checks, nothing stored.

A designer's "Periksa" must say exactly what "Terapkan" would refuse, so these tests send the
same files to both endpoints over real HTTP (SQLite and PostgreSQL) and compare.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import add_user
from sqlalchemy import func, select

from api.cli import main
from engine.db import make_engine, make_session_factory, transaction
from engine.designers import DESIGNER_ROLE
from engine.models import Deployment, ProcessDefinition

ROOT = Path(__file__).resolve().parent.parent
SERANG = ROOT / "bpmn" / "serang-diskominfo"
SPP = SERANG / "serang_kominfo_pengajuan_spp_spm.bpmn"
LUMAJANG = next((ROOT / "bpmn" / "lumajang-disdukcapil").glob("*.bpmn"))


def _counts(url: str) -> tuple[int, int]:
    with transaction(make_session_factory(make_engine(url))) as db:
        return (db.scalar(select(func.count()).select_from(Deployment)),
                db.scalar(select(func.count()).select_from(ProcessDefinition)))


def _upload(text: str | bytes, name: str = "rancangan.bpmn") -> dict:
    data = text.encode() if isinstance(text, str) else text
    return {"files": {"data": (name, data, "application/xml")}}


def _server(db_url, live_server_for):
    result = CliRunner().invoke(main, ["--database-url", db_url, "deploy", str(SERANG)])
    assert result.exit_code == 0, result.output
    add_user(db_url, "adm", [], admin=True)
    add_user(db_url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "staf", [("Bendahara Pengeluaran", "serang-diskominfo")])
    return live_server_for(db_url)


def test_a_good_model_has_no_problems_and_nothing_is_stored(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    before = _counts(db_url)
    changed = SPP.read_text().replace("Usulan Pencairan Anggaran\"", "Usulan Pencairan Dana\"", 1)
    resp = server.login("rancang").post("/api/deployment/validate", **_upload(changed))
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"problems": []}
    assert _counts(db_url) == before


def test_problems_name_the_element_its_line_and_the_diagram_id(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    bad = SPP.read_text().replace('name="PPTK"', 'name="Tukang Kebun"', 1)
    assert bad != SPP.read_text()
    client = server.login("adm")
    resp = client.post("/api/deployment/validate", **_upload(bad))
    assert resp.status_code == 200, resp.text
    problems = resp.json()["problems"]
    assert len(problems) == 1, problems
    lane = problems[0]
    assert "Tukang Kebun" in lane["element"] and "bukan jabatan" in lane["message"]
    assert "is not a jabatan" in lane["message_en"]
    line = bad.splitlines()[lane["line"] - 1]
    assert 'name="Tukang Kebun"' in line and f'id="{lane["elementId"]}"' in line
    # the deployment refuses the same file with the same problem, and stores nothing
    before = _counts(db_url)
    refused = client.post("/api/deployment/create", **_upload(bad))
    assert refused.status_code == 400
    assert [p["element"] for p in refused.json()["problems"]] == [lane["element"]]
    assert _counts(db_url) == before


def test_an_unreadable_file_names_its_line(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    broken = SPP.read_text().replace("</bpmn:userTask>", "</bpmn:userTaskX>", 1)
    resp = server.login("rancang").post("/api/deployment/validate", **_upload(broken))
    assert resp.status_code == 200, resp.text
    problems = resp.json()["problems"]
    assert problems and all(p["line"] for p in problems)
    assert problems[0]["elementId"] is None or problems[0]["elementId"] in broken


def test_a_step_outside_every_lane_is_marked_on_that_step(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    text = SPP.read_text()
    bad = text.replace("<bpmn:flowNodeRef>langkah_01</bpmn:flowNodeRef>", "", 1)
    assert bad != text
    problems = server.login("rancang").post(
        "/api/deployment/validate", **_upload(bad)).json()["problems"]
    assert [p["elementId"] for p in problems] == ["langkah_01"], problems


def test_a_designer_of_another_instansi_is_told_before_deploying(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    client = server.login("rancang")
    other = LUMAJANG.read_bytes()
    problems = client.post("/api/deployment/validate", **_upload(other)).json()["problems"]
    assert any("lumajang-disdukcapil" in p["message"] for p in problems), problems
    before = _counts(db_url)
    assert client.post("/api/deployment/create", **_upload(other)).status_code == 403
    assert _counts(db_url) == before
    # their own instansi deploys, as a new version
    changed = SPP.read_text().replace("Usulan Pencairan Anggaran\"", "Usulan Pencairan Dana\"", 1)
    made = client.post("/api/deployment/create", **_upload(changed))
    assert made.status_code == 200, made.text
    assert made.json()["created"] == [{"key": "serang_kominfo_pengajuan_spp_spm", "version": 2}]


def test_staff_may_neither_validate_nor_deploy(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    client = server.login("staf")
    assert client.post("/api/deployment/validate", **_upload(SPP.read_bytes())).status_code == 403
    assert client.post("/api/deployment/create", **_upload(SPP.read_bytes())).status_code == 403


def test_no_file_is_refused_naming_the_field_as_deployment_does(db_url, live_server_for):
    server = _server(db_url, live_server_for)
    client = server.login("adm")
    resp = client.post("/api/deployment/validate", data={"instansi": "x"})
    assert resp.status_code == 422
    assert resp.json()["field"] == "data"
    assert client.post("/api/deployment/create", data={"instansi": "x"}).status_code == 422
