"""The BPMN modeler page's server side (issue 15, item 1), over real HTTP.

Only designers open it, only for SOPs of their instansi; an unknown SOP or version is a 404
page; the page carries the bundle (served by the app, no CDN), the toolbar's words and what its
script needs (addresses, CSRF token, words), and opens a deployed version with ``?versi=n``.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_user
from designer_client import PageSession
from modeler_bundle import ensure_bundle

from api.cli import main
from engine.designers import DESIGNER_ROLE

ROOT = Path(__file__).resolve().parent.parent
SERANG = ROOT / "bpmn" / "serang-diskominfo"
LUMAJANG = ROOT / "bpmn" / "lumajang-disdukcapil"
KEY = "serang_kominfo_pengajuan_spp_spm"
CONFIG = re.compile(r"id=\"modeler\" data-config='([^']*)'")


@pytest.fixture
def office(db_url, live_server_for):
    ensure_bundle()
    for folder in (SERANG, LUMAJANG):
        result = CliRunner().invoke(main, ["--database-url", db_url, "deploy", str(folder)])
        assert result.exit_code == 0, result.output
    add_user(db_url, "rancang", [(DESIGNER_ROLE, "serang-diskominfo")])
    add_user(db_url, "pptk", [("PPTK", "serang-diskominfo")])
    return live_server_for(db_url)


def config_of(html: str) -> dict:
    found = CONFIG.search(html)
    assert found, "the page carries the script's configuration"
    return json.loads(html_lib.unescape(found.group(1)))


def test_only_designers_of_the_instansi_open_the_modeler(office):
    staff = PageSession(office.base, "pptk")
    refused = staff.get(f"/perancang/sop/{KEY}")
    assert refused.status_code == 403 and "Akses ditolak" in refused.text
    me = PageSession(office.base, "rancang")
    unknown = me.get("/perancang/sop/serang_tidak_ada")
    assert unknown.status_code == 404 and "serang_tidak_ada" in unknown.text
    assert me.get(f"/perancang/sop/{KEY}?versi=9").status_code == 404
    other = next(LUMAJANG.glob("*.bpmn")).stem
    assert me.get(f"/perancang/sop/{other}").status_code == 403


def test_the_page_carries_the_bundle_the_words_and_the_scripts_addresses(office):
    me = PageSession(office.base, "rancang")
    page = me.get(f"/perancang/sop/{KEY}")
    assert page.status_code == 200, page.text
    html = page.text
    for word in ("Simpan draf", "Periksa", "Terapkan", "Buang draf", "Buka sebagai tabel",
                 "Bandingkan versi", "Versi 1 yang diterapkan"):
        assert word in html, word
    assert 'src="/static/build/designer.js"' in html and 'href="/static/build/designer.css"' in html
    assert f'href="/perancang/sop/{KEY}/tabel"' in html
    assert f'href="/perancang/sop/{KEY}/banding"' in html
    config = config_of(html)
    assert config["urls"]["draft"] == f"/perancang/sop/{KEY}/draf.json"
    assert config["urls"]["terapkan"] == f"/perancang/sop/{KEY}/terapkan"
    assert config["csrf"] and config["versi"] is None and config["isAdmin"] is False
    assert config["words"]["panel"]["mutuBaku"] == "Mutu baku (SOP AP)"
    assert "{n}" in config["words"]["running"] and "{v}" in config["words"]["running"]
    bundle = me.get("/static/build/designer.js")
    assert bundle.status_code == 200 and "javascript" in bundle.headers["Content-Type"]
    assert "Mutu" not in bundle.text  # the words come from the page, not the script
    css = me.get("/static/build/designer.css")
    assert css.status_code == 200 and ".djs-container" in css.text
    font = re.search(r"url\(\"?(\./)?(bpmn-[A-Z0-9]+\.woff2)", css.text)
    assert font and me.get(f"/static/build/{font.group(2)}").status_code == 200


def test_versi_opens_a_deployed_version_and_the_draft_is_named(office):
    me = PageSession(office.base, "rancang")
    spp = (SERANG / f"{KEY}.bpmn").read_text()
    saved = me.json("PUT", f"/perancang/sop/{KEY}/draf.json",
                    {"bpmn": spp.replace("Usulan Pencairan Anggaran", "Usulan Dana", 1),
                     "baseVersion": 1, "editedIn": "modeler"})
    assert saved.status_code == 200, saved.text
    draft = me.get(f"/perancang/sop/{KEY}").text
    assert "Draf Anda, disimpan" in draft and '<option value="" selected>Draf saya' in draft
    assert re.search(r'id="modeler-buang"[^>]*>', draft).group(0).find("hidden") < 0
    version = me.get(f"/perancang/sop/{KEY}?versi=1").text
    assert "Versi 1 yang diterapkan" in version and '<option value="1" selected>' in version
    assert config_of(version)["versi"] == 1
    assert " hidden>" in re.search(r'id="modeler-buang"[^>]*>', version).group(0)
