"""The SOP table editor over real HTTP (issue 15, item 2), on SQLite and PostgreSQL: the page
shows the deployed SOP as the SOP AP table, the preview endpoint answers problems pointing at
rows and fields plus the Permenpan document, and what the table saves is the importer's BPMN,
which opens again as the same table and deploys."""

from __future__ import annotations

import copy
import json
import re
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
SPP = (SERANG / f"{KEY}.bpmn").read_text()
BOOT = re.compile(r'<script type="application/json" id="tabel-data">(.*?)</script>', re.DOTALL)


@pytest.fixture
def office(db_url, live_server_for):
    result = CliRunner().invoke(main, ["--database-url", db_url, "deploy", str(SERANG)])
    assert result.exit_code == 0, result.output
    add_user(db_url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "pptk", [("PPTK", "serang-diskominfo")])
    return live_server_for(db_url)


def boot_of(page: str) -> dict:
    found = BOOT.search(page)
    assert found, "the page carries the table for its script"
    return json.loads(found.group(1).replace("&#39;", "'").replace("&amp;", "&"))


def preview(me: PageSession, table) -> dict:
    answer = me.json("POST", f"/perancang/sop/{KEY}/tabel/pratinjau", {"table": table})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_page_shows_the_deployed_sop_as_its_table_and_flowchart(office):
    me = PageSession(office.base, "rancang")
    page = me.get(f"/perancang/sop/{KEY}/tabel")
    assert page.status_code == 200
    boot = boot_of(page.text)
    steps = boot["table"]["langkah"]
    assert steps[0]["uraian"] == "Usulan Pencairan Anggaran" and boot["baseVersion"] == 1
    assert "PPTK" in boot["jabatan"] and boot["problems"] == []
    # without script: the SOP AP document, read-only, its flowchart lines as data-style
    assert 'class="sop-doc"' in page.text and "Usulan Pencairan Anggaran" in page.text
    assert ' style="' not in page.text.split('id="pratinjau"')[1].split("</section>")[0]
    assert me.get("/perancang/dokumen-sop.css").headers["Content-Type"].startswith("text/css")
    assert PageSession(office.base, "pptk").get(f"/perancang/sop/{KEY}/tabel").status_code == 403


def test_the_preview_points_problems_at_rows_and_fields(office):
    me = PageSession(office.base, "rancang")
    table = boot_of(me.get(f"/perancang/sop/{KEY}/tabel").text)["table"]
    clean = preview(me, table)
    assert clean["problems"] == [] and clean["bpmn"] == SPP  # the same bytes as deployed
    assert "Usulan Pencairan Anggaran" in clean["preview_html"]
    bad = copy.deepcopy(table)
    bad["langkah"][1]["uraian"] = ""
    bad["langkah"][2]["pelaksana"] = "Tukang Kebun"
    found = preview(me, bad)
    assert found["bpmn"] is None and found["preview_html"] == ""
    where = {(p["row"], p["field"]) for p in found["problems"]}
    assert {(2, "uraian"), (3, "pelaksana")} <= where
    assert any("tidak boleh kosong" in p["message"] for p in found["problems"])
    unknown = copy.deepcopy(table)
    unknown["pelaksana"].append("Tukang Kebun")
    unknown["langkah"][2]["pelaksana"] = "Tukang Kebun"
    column = next(p for p in preview(me, unknown)["problems"] if p["column"] is not None)
    assert "Tukang Kebun" in column["message"] and column["severity"] == "error"
    english = me.http.post(f"{office.base}/perancang/sop/{KEY}/tabel/pratinjau?lang=en",
                           json={"table": bad}, headers={"X-CSRFToken": me.csrf,
                                                         "Accept": "application/json"})
    assert any("must not be empty" in p["message"] for p in english.json()["problems"])


def test_garbage_is_a_problem_not_a_500(office):
    me = PageSession(office.base, "rancang")
    for junk in (None, [], "tabel", {"langkah": "x"}):
        answer = preview(me, junk)
        assert answer["problems"] and answer["bpmn"] is None, junk
    no_body = me.http.post(f"{office.base}/perancang/sop/{KEY}/tabel/pratinjau", data="[1]",
                           headers={"X-CSRFToken": me.csrf, "Accept": "application/json",
                                    "Content-Type": "application/json"})
    assert no_body.status_code == 422 and "JSON" in no_body.json()["message"]


def test_saved_from_the_table_the_draft_opens_in_both_editors_and_deploys(office):
    me = PageSession(office.base, "rancang")
    table = boot_of(me.get(f"/perancang/sop/{KEY}/tabel").text)["table"]
    table["langkah"].append({"no": len(table["langkah"]) + 1, "uraian": "Mengarsipkan berkas",
                             "pelaksana": "PPTK", "kelengkapan": ["SP2D"], "waktu": "1 jam",
                             "output": "Berkas diarsipkan", "keterangan": ""})
    made = preview(me, table)
    assert made["problems"] == [] and "Mengarsipkan berkas" in made["preview_html"]
    saved = me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
                    {"table": table, "bpmn": made["bpmn"], "baseVersion": 1, "editedIn": "tabel"})
    assert saved.status_code == 200, saved.text
    draft = me.json("GET", f"/perancang/sop/{KEY}/draf.json").json()
    assert draft["editedIn"] == "tabel" and "Mengarsipkan berkas" in draft["bpmn"]
    shown = me.get(f"/perancang/sop/{KEY}/tabel/bpmn").text
    last = len(table["langkah"])
    assert "<svg" in shown and f'data-id="langkah_{last:02d}"' in shown and "Terapkan" in shown
    assert ">Mengarsipkan</tspan>" in shown
    # the modeler's save (table null) opens here as the exporter's table of its BPMN
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
            {"bpmn": draft["bpmn"], "table": None, "baseVersion": 1, "editedIn": "modeler"})
    again = boot_of(me.get(f"/perancang/sop/{KEY}/tabel").text)["table"]
    assert again == preview_normalised(table)
    done = me.json("POST", f"/perancang/sop/{KEY}/terapkan").json()
    assert done["version"] == 2
    api = office.login("pptk")
    assert "Mengarsipkan berkas" in api.get(f"/api/process-definition/key/{KEY}/xml").text


def preview_normalised(table: dict) -> dict:
    from engine.soptable.model import normalise
    return normalise(table)


def test_a_table_that_does_not_import_is_kept_and_the_bpmn_is_not_remade(office):
    me = PageSession(office.base, "rancang")
    table = boot_of(me.get(f"/perancang/sop/{KEY}/tabel").text)["table"]
    table["langkah"][0]["uraian"] = ""
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
            {"table": table, "bpmn": None, "baseVersion": 1, "editedIn": "tabel"})
    page = me.get(f"/perancang/sop/{KEY}/tabel").text
    boot = boot_of(page)
    assert boot["table"]["langkah"][0]["uraian"] == "" and boot["fromDraft"]
    assert any(p["row"] == 1 and p["field"] == "uraian" for p in boot["problems"])
    assert "Pratinjau belum dapat dibuat" in page


def test_a_model_the_table_cannot_hold_says_open_it_in_the_modeler(office):
    me = PageSession(office.base, "rancang")
    parallel = SPP.replace("exclusiveGateway", "parallelGateway")
    me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
            {"bpmn": parallel, "table": None, "baseVersion": 1, "editedIn": "modeler"})
    page = me.get(f"/perancang/sop/{KEY}/tabel")
    assert page.status_code == 200
    assert "tidak dapat diubah sebagai tabel" in page.text and "parallelGateway" in page.text
    assert 'id="tabel-data"' not in page.text
