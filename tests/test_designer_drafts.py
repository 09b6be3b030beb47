"""The designer's drafts, checks and deployment (issue 15, items 1, 2 and 4), over real HTTP.

A draft is the designer's alone and reaches staff only when deployed; "Periksa" answers what
"Terapkan" would refuse; deploying over a version someone else deployed meanwhile is refused
until the designer says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_user
from designer_client import PageSession

from api.cli import main
from engine.designers import DESIGNER_ROLE

ROOT = Path(__file__).resolve().parent.parent
SERANG = ROOT / "bpmn" / "serang-diskominfo"
KEY = "serang_kominfo_pengajuan_spp_spm"
LUMAJANG_KEY = next((ROOT / "bpmn" / "lumajang-disdukcapil").glob("*.bpmn")).stem
SPP = (SERANG / f"{KEY}.bpmn").read_text()
RENAMED = SPP.replace('name="Usulan Pencairan Anggaran"', 'name="Usulan Pencairan Dana"', 1)


@pytest.fixture
def office(db_url, live_server_for):
    for folder in (SERANG, ROOT / "bpmn" / "lumajang-disdukcapil"):
        result = CliRunner().invoke(main, ["--database-url", db_url, "deploy", str(folder)])
        assert result.exit_code == 0, result.output
    add_user(db_url, "adm", [], admin=True)
    add_user(db_url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "rancang2", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "pptk", [("PPTK", "serang-diskominfo")])
    return live_server_for(db_url)


def test_a_draft_is_the_designers_alone_and_staff_keep_the_deployed_version(office):
    me = PageSession(office.base, "rancang")
    opened = me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()
    assert (opened["fromDraft"], opened["baseVersion"], opened["latestVersion"]) == (False, 1, 1)
    assert "PPTK" in opened["jabatan"] and opened["bpmn"] == SPP
    saved = me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
                    {"bpmn": RENAMED, "baseVersion": 1, "editedIn": "modeler"})
    assert saved.status_code == 200, saved.text
    again = me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()
    assert again["fromDraft"] and again["bpmn"] == RENAMED
    other = PageSession(office.base, "rancang2").json("GET", f"/perancang/sop/{KEY}/draf.json")
    assert other.json()["fromDraft"] is False and other.json()["bpmn"] == SPP
    # staff start cases on the deployed version: the draft's step name is nowhere
    api = office.login("pptk")
    started = api.post(f"/api/process-definition/key/{KEY}/start", json={})
    assert started.status_code == 200, started.text
    tasks = api.get("/api/task", params={"processInstanceId": started.json()["id"]}).json()
    assert [t["name"] for t in tasks] == ["Usulan Pencairan Anggaran"]
    assert "Usulan Pencairan Dana" not in PageSession(office.base, "pptk").get(f"/sop/{KEY}").text
    # a chosen version ignores the draft
    v1 = me.json("GET", f"/perancang/sop/{KEY}/draf.json?versi=1").json()
    assert v1["fromDraft"] is False and v1["bpmn"] == SPP


def test_periksa_marks_the_element_and_stores_nothing(office):
    me = PageSession(office.base, "rancang")
    bad = SPP.replace('name="PPTK"', 'name="Tukang Kebun"', 1)
    found = me.json("POST", f"/perancang/sop/{KEY}/periksa", {"bpmn": bad}).json()["problems"]
    assert len(found) == 1 and "bukan jabatan" in found[0]["message"]
    assert f'id="{found[0]["elementId"]}"' in bad.splitlines()[found[0]["line"] - 1]
    assert me.json("POST", f"/perancang/sop/{KEY}/periksa", {"bpmn": RENAMED}).json() == {
        "problems": []}
    other_id = RENAMED.replace(f'<bpmn:process id="{KEY}"', '<bpmn:process id="lain_sama_sekali"')
    found = me.json("POST", f"/perancang/sop/{KEY}/periksa", {"bpmn": other_id}).json()
    assert any(KEY in p["message"] for p in found["problems"]), found
    assert me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()["fromDraft"] is False


def test_terapkan_deploys_the_draft_reports_older_cases_and_drops_the_draft(office):
    api = office.login("pptk")
    assert api.post(f"/api/process-definition/key/{KEY}/start", json={}).status_code == 200
    me = PageSession(office.base, "rancang")
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json", {"bpmn": RENAMED, "baseVersion": 1})
    done = me.json("POST", f"/perancang/sop/{KEY}/terapkan")
    assert done.status_code == 200, done.text
    body = done.json()
    assert (body["version"], body["created"]) == (2, True)
    assert body["older"] == [{"version": 1, "running": 1}]
    assert body["migrateUrl"] == f"/admin/sop/{KEY}/versi"
    after = me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()
    assert (after["fromDraft"], after["baseVersion"], after["bpmn"]) == (False, 2, RENAMED)
    started = api.post(f"/api/process-definition/key/{KEY}/start", json={}).json()
    tasks = api.get("/api/task", params={"processInstanceId": started["id"]}).json()
    assert [t["name"] for t in tasks] == ["Usulan Pencairan Dana"]
    nothing = me.json("POST", f"/perancang/sop/{KEY}/terapkan")
    assert nothing.status_code == 404 and "simpan" in nothing.json()["message"]


def test_a_version_deployed_meanwhile_is_not_overwritten_silently(office):
    me = PageSession(office.base, "rancang")
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json", {"bpmn": RENAMED, "baseVersion": 1})
    theirs = PageSession(office.base, "rancang2")
    other = SPP.replace('name="Usulan Pencairan Anggaran"', 'name="Usulan Anggaran"', 1)
    theirs.json("PUT", f"/perancang/sop/{KEY}/draf.json", {"bpmn": other, "baseVersion": 1})
    assert theirs.json("POST", f"/perancang/sop/{KEY}/terapkan").json()["version"] == 2
    refused = me.json("POST", f"/perancang/sop/{KEY}/terapkan")
    assert refused.status_code == 409
    assert "rancang2" in refused.json()["message"] and "Versi 2" in refused.json()["message"]
    assert me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()["fromDraft"]  # kept
    forced = me.json("POST", f"/perancang/sop/{KEY}/terapkan", {"force": True})
    assert forced.status_code == 200 and forced.json()["version"] == 3


def test_a_new_sop_starts_as_a_draft_and_deploys(office):
    me = PageSession(office.base, "rancang")
    bad = me.form("/perancang/baru", {"key": "Bukan Kode", "name": "X",
                                      "instansi": "serang-diskominfo"})
    assert bad.status_code == 302 and bad.headers["Location"].endswith("/perancang")
    assert "huruf kecil" in me.get("/perancang").text
    made = me.form("/perancang/baru", {"key": "serang_kominfo_surat_masuk",
                                       "name": "Prosedur Surat Masuk",
                                       "instansi": "serang-diskominfo"})
    assert made.status_code == 302
    assert made.headers["Location"].endswith("/perancang/sop/serang_kominfo_surat_masuk/tabel")
    opened = me.json("GET", "/perancang/sop/serang_kominfo_surat_masuk/draf.json").json()
    assert opened["fromDraft"] and opened["baseVersion"] is None
    assert opened["name"] == "Prosedur Surat Masuk"
    assert me.json("POST", "/perancang/sop/serang_kominfo_surat_masuk/periksa",
                   {"bpmn": opened["bpmn"]}).json() == {"problems": []}
    done = me.json("POST", "/perancang/sop/serang_kominfo_surat_masuk/terapkan").json()
    assert done["version"] == 1
    listed = office.login("adm").get("/api/process-definition/key/serang_kominfo_surat_masuk")
    assert listed.json()["instansi"] == "serang-diskominfo"
    twice = me.form("/perancang/baru", {"key": "serang_kominfo_surat_masuk", "name": "Lagi",
                                        "instansi": "serang-diskominfo"})
    assert twice.status_code == 409


def test_who_may_design_what(office):
    me = PageSession(office.base, "rancang")
    assert me.json("GET", f"/perancang/sop/{LUMAJANG_KEY}/draf.json").status_code == 403
    listed = me.get("/perancang").text
    assert KEY in listed and LUMAJANG_KEY not in listed
    admin = PageSession(office.base, "adm").get("/perancang").text
    assert KEY in admin and LUMAJANG_KEY in admin
    staff = PageSession(office.base, "pptk")
    assert staff.get("/perancang").status_code == 403
    assert staff.json("GET", f"/perancang/sop/{KEY}/draf.json").status_code == 403
    assert "/perancang" not in staff.get("/tugas").text
    assert 'href="/perancang"' in me.get("/tugas").text


def test_a_write_without_the_csrf_token_is_refused_as_json(office):
    me = PageSession(office.base, "rancang")
    resp = me.http.put(f"{office.base}/perancang/sop/{KEY}/draf.json", json={"bpmn": RENAMED},
                       headers={"Accept": "application/json"}, timeout=30)
    assert resp.status_code == 400 and "message" in resp.json()
    assert me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()["fromDraft"] is False


def test_the_designer_right_is_granted_like_a_jabatan_but_is_no_jabatan(db_url, tmp_path):
    for folder in (SERANG,):
        assert CliRunner().invoke(main, ["--database-url", db_url, "deploy",
                                         str(folder)]).exit_code == 0
    made = CliRunner().invoke(main, ["--database-url", db_url, "create-user", "bagor",
                                     "--password", "Rahasia-Sekali-2026",
                                     "--role", f"{DESIGNER_ROLE}@serang-diskominfo"])
    assert made.exit_code == 0, made.output
    wrong = CliRunner().invoke(main, ["--database-url", db_url, "create-user", "bagor2",
                                      "--password", "Rahasia-Sekali-2026",
                                      "--role", "Perancang Kebun@serang-diskominfo"])
    assert wrong.exit_code != 0 and "jabatan catalogue" in wrong.output


@pytest.mark.parametrize("body, field", [
    ({"bpmn": 5}, "bpmn"), ({"bpmn": RENAMED, "baseVersion": "1"}, "baseVersion"),
    ({"bpmn": RENAMED, "baseVersion": 0}, "baseVersion"), ({"table": [1]}, "table")])
def test_a_draft_of_the_wrong_shape_is_refused_naming_the_field(office, body, field):
    me = PageSession(office.base, "rancang")
    resp = me.json("PUT", f"/perancang/sop/{KEY}/draf.json", body)
    assert resp.status_code == 422 and resp.json()["field"] == field, resp.text
    assert me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()["fromDraft"] is False


def test_two_designers_deploying_at_once_never_get_a_server_error(office):
    """Both drafts start from version 1; whoever commits second is told, never a 500."""
    import threading

    sessions = [PageSession(office.base, name) for name in ("rancang", "rancang2")]
    for n, me in enumerate(sessions):
        edited = SPP.replace('name="Usulan Pencairan Anggaran"', f'name="Usulan {n}"', 1)
        me.json("PUT", f"/perancang/sop/{KEY}/draf.json", {"bpmn": edited, "baseVersion": 1})
    start, answers = threading.Barrier(2), {}

    def deploy(me: PageSession) -> None:
        start.wait()
        answers[me] = me.json("POST", f"/perancang/sop/{KEY}/terapkan")

    threads = [threading.Thread(target=deploy, args=(me,)) for me in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(a.status_code for a in answers.values())
    assert codes == [200, 409], [a.text for a in answers.values()]
    loser = next(me for me, a in answers.items() if a.status_code == 409)
    assert loser.json("GET", f"/perancang/sop/{KEY}/draf.json").json()["fromDraft"]
