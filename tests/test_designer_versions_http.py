"""Two versions of an SOP side by side (issue 15, item 3), over real HTTP on both databases.

A designer deploys version 2 of a library SOP; the comparison page lists what changed and marks
it on both diagrams, the API answers the same list; staff and designers of another instansi are
refused, and an unknown version is a 404 that names it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_user
from designer_client import PageSession

from api.cli import main
from engine.designers import DESIGNER_ROLE

ROOT = Path(__file__).resolve().parent.parent
KEY = "serang_kominfo_pengajuan_spp_spm"
V1 = (ROOT / "bpmn" / "serang-diskominfo" / f"{KEY}.bpmn").read_text()
PAGE = f"/perancang/sop/{KEY}/banding"
API = f"/api/process-definition/key/{KEY}/diff"


def version_2() -> str:
    """Rename step 1, move step 5 to Bendahara Pengeluaran, double step 4's waktu."""
    v2 = V1.replace('name="Usulan Pencairan Anggaran"', 'name="Usulan Pencairan Dana"', 1)
    v2 = v2.replace("<bpmn:flowNodeRef>langkah_05</bpmn:flowNodeRef>\n", "", 1)
    v2 = v2.replace("<bpmn:flowNodeRef>langkah_02</bpmn:flowNodeRef>",
                    "<bpmn:flowNodeRef>langkah_02</bpmn:flowNodeRef>"
                    "<bpmn:flowNodeRef>langkah_05</bpmn:flowNodeRef>", 1)
    start = v2.index('<bpmn:userTask id="langkah_04"')
    end = v2.index("</bpmn:userTask>", start)
    block = v2[start:end].replace('value="1 jam"', 'value="2 jam"').replace("PT1H", "PT2H")
    return v2[:start] + block + v2[end:]


V2 = version_2()


@pytest.fixture
def office(db_url, live_server_for):
    result = CliRunner().invoke(main, ["--database-url", db_url, "deploy",
                                       str(ROOT / "bpmn" / "serang-diskominfo" / f"{KEY}.bpmn")])
    assert result.exit_code == 0, result.output
    add_user(db_url, "adm", [], admin=True)
    add_user(db_url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "rancang_lain", [(DESIGNER_ROLE, "lumajang-disdukcapil")])
    add_user(db_url, "pptk", [("PPTK", "serang-diskominfo")])
    server = live_server_for(db_url)
    me = PageSession(server.base, "rancang")
    assert me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
                   {"bpmn": V2, "baseVersion": 1}).status_code == 200
    deployed = me.json("POST", f"/perancang/sop/{KEY}/terapkan")
    assert deployed.status_code == 200 and deployed.json()["version"] == 2, deployed.text
    server.designer = me
    return server


def side(page: str, name: str) -> str:
    """The markup of one diagram's section (old / new)."""
    start = page.index(f'id="diagram-{name}"')
    return page[start:page.index("</section>", start)]


def node_classes(svg: str, element_id: str) -> str:
    found = re.search(rf'<g class="([^"]*)" data-id="{element_id}"', svg)
    assert found, element_id
    return found.group(1)


def test_the_page_lists_the_changes_and_marks_both_diagrams(office):
    page = office.designer.get(PAGE)
    assert page.status_code == 200, page.text
    text = html.unescape(page.text)
    assert "Jumlah perubahan: 3" in text
    assert "Langkah 'Usulan Pencairan Anggaran' diganti nama menjadi 'Usulan Pencairan " \
           "Dana'." in text
    assert "Langkah 'Penyusunan SPP/SPM Lengkap' dipindah dari Pelaksana ke Bendahara " \
           "Pengeluaran." in text
    assert "Waktu langkah 'Penandatanganan SPP/SPM UP' diubah dari 1 jam menjadi 2 jam." in text
    assert re.search(r'<option value="1" selected>', page.text)
    assert re.search(r'<option value="2" selected>', page.text)
    old, new = side(page.text, "old"), side(page.text, "new")
    for svg in (old, new):
        for changed in ("langkah_01", "langkah_04", "langkah_05"):
            assert "diff-changed" in node_classes(svg, changed)
        assert "diff-" not in node_classes(svg, "langkah_02")
        assert 'class="diff-badge diff-changed" data-id="langkah_05"' in svg
    assert 'id="diagram-title-old"' in old and 'id="diagram-title-new"' in new
    assert page.text.count('id="diagram-title"') == 0
    same = office.designer.get(PAGE, params={"dari": "2", "ke": "2"})
    assert "Pilih dua versi yang berbeda" in same.text
    assert not re.search(r'class="node[^"]*diff-', same.text)


def test_the_draft_is_compared_with_its_base_version(office):
    me = office.designer
    start = V2.index('<bpmn:userTask id="langkah_06"')
    end = V2.index("</bpmn:userTask>", start)
    draft = V2[:start] + V2[start:end].replace('value="1 jam"', 'value="3 hari"') + V2[end:]
    draft = draft.replace('<bpmn:flowNodeRef>langkah_06</bpmn:flowNodeRef>', "", 1)
    draft = draft.replace('<bpmn:lane id="lane_05" name="Pelaksana">',
                          '<bpmn:lane id="lane_05" name="Pelaksana">'
                          '<bpmn:flowNodeRef>langkah_06</bpmn:flowNodeRef>', 1)
    assert me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
                   {"bpmn": draft, "baseVersion": 2}).status_code == 200
    page = me.get(PAGE, params={"ke": "draf"})
    assert page.status_code == 200, page.text
    text = html.unescape(page.text)
    assert "Jumlah perubahan: 1" in text and "dari 1 jam menjadi 3 hari" in text
    assert '<option value="draf" selected>' in page.text
    assert "diff-changed" in node_classes(side(page.text, "new"), "langkah_06")
    english = me.get(PAGE, params={"ke": "draf", "lang": "en"})
    assert "changed from 1 jam to 3 hari" in html.unescape(english.text)


def test_the_api_answers_the_same_changes(office):
    api = office.login("rancang")
    found = api.get(API, params={"from": "1", "to": "2"})
    assert found.status_code == 200, found.text
    body = found.json()
    assert (body["from"], body["to"], body["instansi"]) == ("1", "2", "serang-diskominfo")
    assert body["counts"] == {"renamed": 1, "moved_lane": 1, "waktu": 1}
    moved = next(c for c in body["changes"] if c["kind"] == "moved_lane")
    assert moved == {
        "kind": "moved_lane", "elementId": "langkah_05", "stepName": "Penyusunan SPP/SPM Lengkap",
        "old": "Pelaksana", "new": "Bendahara Pengeluaran", "oldId": "langkah_05",
        "newId": "langkah_05", "matchedBy": "id",
        "message": "Langkah 'Penyusunan SPP/SPM Lengkap' dipindah dari Pelaksana ke "
                   "Bendahara Pengeluaran.",
        "messageEn": "Step 'Penyusunan SPP/SPM Lengkap' moved from Pelaksana to Bendahara "
                     "Pengeluaran."}
    assert office.login("adm").get(API).json()["counts"] == body["counts"]  # default: 1 -> 2
    admin_page = PageSession(office.base, "adm").get(f"/admin/sop/{KEY}/versi")
    assert f'href="{PAGE}" id="bandingkan-versi"' in admin_page.text
    back = api.get(API, params={"from": "2", "to": "1"}).json()
    assert {c["kind"] for c in back["changes"]} == {"renamed", "moved_lane", "waktu"}


def test_staff_and_designers_of_another_instansi_are_refused(office):
    for user in ("pptk", "rancang_lain"):
        page = PageSession(office.base, user).get(PAGE)
        assert page.status_code == 403, (user, page.status_code)
        assert "Usulan Pencairan" not in page.text
        answer = office.login(user).get(API)
        assert answer.status_code == 403, (user, answer.text)
    assert "serang-diskominfo" in office.login("rancang_lain").get(API).json()["message"]


def test_an_unknown_version_is_a_404_that_names_it(office):
    page = office.designer.get(PAGE, params={"dari": "9"})
    assert page.status_code == 404
    assert f"SOP '{KEY}' tidak punya versi 9." in html.unescape(page.text)
    bad = office.designer.get(PAGE, params={"ke": "kemarin"})
    assert bad.status_code == 404 and "'kemarin'" in html.unescape(bad.text)
    no_draft = office.designer.get(PAGE, params={"ke": "draf"})
    assert no_draft.status_code == 404 and "belum punya draf" in html.unescape(no_draft.text)
    answer = office.login("rancang").get(API, params={"to": "7"})
    assert answer.status_code == 404 and "version 7" in answer.json()["message"] + \
        answer.json().get("message_en", "")
    unknown = office.login("rancang").get("/api/process-definition/key/tidak_ada/diff")
    assert unknown.status_code == 404
    for odd in ("²", "-1", "1.5", "0"):  # never a 500
        assert office.login("rancang").get(API, params={"from": odd}).status_code == 404, odd
