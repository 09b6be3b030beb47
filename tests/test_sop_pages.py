"""The SOP pages over real HTTP: /sop lists the published SOPs of one's instansi (any other on
request), /sop/<key> shows the identity, the diagram and the versions, and every link works:
the document as PDF and HTML (any version), the SOP book, Mulai (only where one may start) and
Monitoring (only for those who may see reports). Any logged-in user may read any SOP."""

from __future__ import annotations

import io
import re

import pytest
import requests
from conftest import ROOT, add_user, deploy_paths
from lxml import etree, html
from pypdf import PdfReader

from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy

SERANG = ROOT / "bpmn" / "serang-diskominfo"
FILES = ["serang_kominfo_penyusunan_renja.bpmn", "serang_kominfo_pengajuan_spp_spm.bpmn",
         "serang_kominfo_penyusunan_lkjip.bpmn", "serang_kominfo_penyusunan_spj.bpmn"]
BOOK_ORDER = ["serang_kominfo_pengajuan_spp_spm", "serang_kominfo_penyusunan_spj",
              "serang_kominfo_penyusunan_renja", "serang_kominfo_penyusunan_lkjip"]
LUMAJANG = (ROOT / "bpmn" / "lumajang-disdukcapil"
            / "lumajang_dukcapil_administrasi_data_pegawai.bpmn")
SPP = "serang_kominfo_pengajuan_spp_spm"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def site(db_url, live_server_for):
    deploy_paths(db_url, *(SERANG / name for name in FILES), LUMAJANG)
    add_user(db_url, "budi", [("PPTK", "serang-diskominfo")])
    add_user(db_url, "siti", [("Kepala Dinas", "serang-diskominfo")])
    add_user(db_url, "wati", [("Staf", "lumajang-disdukcapil")])
    add_user(db_url, "admin", [], admin=True)
    live = live_server_for(db_url)
    live.url = db_url
    return live


def log_in(site, username: str) -> requests.Session:
    http = requests.Session()
    page = http.get(site.base + "/masuk", timeout=30)
    token = CSRF.search(page.text)
    done = http.post(site.base + "/masuk", timeout=30, allow_redirects=False, data={
        "csrf_token": token.group(1) or token.group(2), "username": username,
        "password": "rahasia"})
    assert done.status_code == 302, done.text
    return http


def page(http: requests.Session, site, path: str) -> html.HtmlElement:
    found = http.get(site.base + path, timeout=60)
    assert found.status_code == 200, (path, found.status_code, found.text[:500])
    return html.fromstring(found.text)


def rows(doc: html.HtmlElement) -> list[html.HtmlElement]:
    return doc.xpath('//table[contains(@class, "sop-table")]/tbody/tr')


def texts(doc: html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(el.text_content().split()) for el in doc.xpath(xpath)]


def links(row: html.HtmlElement) -> dict[str, str]:
    return {" ".join(a.text_content().split()): a.get("href") for a in row.xpath(".//td//a")}


def test_the_list_shows_my_instansi_in_book_order_with_working_links(site):
    http = log_in(site, "budi")
    doc = page(http, site, "/sop")
    assert doc.xpath('//nav[@class="main-nav"]//a[@aria-current="page"]')[0].text_content() == "SOP"
    found = rows(doc)
    assert [r.get("id") for r in found] == [f"sop-{key}" for key in BOOK_ORDER]
    first = found[0]
    cells = [" ".join(td.text_content().split()) for td in first.xpath("./td")]
    assert cells[:4] == ["12.01.31.2019", "Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls", "1",
                         "30 April 2019"]
    # PPTK begins SPP/SPM and SPJ only; a PPTK sees no monitoring
    started = {r.get("id")[4:] for r in found if "Mulai" in links(r)}
    assert started == {SPP, "serang_kominfo_penyusunan_spj"}
    assert not any("Monitoring" in links(r) for r in found)
    hrefs = links(first)
    pdf = http.get(site.base + hrefs["Dokumen SOP (PDF)"], timeout=60)
    assert pdf.headers["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "12.01.31.2019" in text and "Uraian Prosedur" in text
    shown = http.get(site.base + hrefs["Lihat dokumen"], timeout=60)
    assert shown.status_code == 200 and "Uraian Prosedur" in shown.text
    start = page(http, site, hrefs["Mulai"].split("#")[0])
    assert start.xpath(f'//li[@id="mulai-{SPP}"]//form')  # the anchor the link jumps to
    name = page(http, site, hrefs["Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls"])
    assert name.xpath("//h1")[0].text_content().strip().endswith("Spp/Spm-Up/Gu/Tu/Ls")
    [book] = doc.xpath('//div[@class="sop-group-head"]/a')
    assert book.text_content().strip() == "Unduh buku SOP (PDF)"
    got = http.get(site.base + book.get("href"), timeout=120)
    assert got.headers["Content-Type"] == "application/pdf"
    assert "DAFTAR ISI" in PdfReader(io.BytesIO(got.content)).pages[1].extract_text()


def test_other_instansi_on_request_search_and_the_admins_default(site):
    budi = log_in(site, "budi")
    every = page(budi, site, "/sop?instansi=semua")
    assert [h.get("id") for h in every.xpath('//section[@class="sop-group"]//h2')] == [
        "instansi-lumajang-disdukcapil", "instansi-serang-diskominfo"]
    assert len(rows(page(budi, site, "/sop?instansi=lumajang-disdukcapil"))) == 1
    searched = rows(page(budi, site, "/sop?instansi=semua&q=renja"))
    assert [r.get("id") for r in searched] == ["sop-serang_kominfo_penyusunan_renja"]
    none = page(budi, site, "/sop?q=tidak-ada-sop-ini")
    assert "Tidak ada SOP yang cocok." in none.text_content()
    admin = page(log_in(site, "admin"), site, "/sop")
    assert len(rows(admin)) == len(FILES) + 1  # admins: every instansi
    assert not admin.xpath('//select[@id="sop-instansi"]/option[@value="saya"]')


def test_the_kepala_dinas_gets_monitoring_and_the_sops_they_begin(site):
    http = log_in(site, "siti")
    found = rows(page(http, site, "/sop"))
    started = {r.get("id")[4:] for r in found if "Mulai" in links(r)}
    assert started == {"serang_kominfo_penyusunan_renja", "serang_kominfo_penyusunan_lkjip"}
    monitoring = links(found[0])["Monitoring"]
    assert monitoring == f"/laporan/monitoring?sop={SPP}"
    assert http.get(site.base + monitoring, timeout=60).status_code == 200


def test_the_sop_page_shows_identity_diagram_and_versions(site):
    xml = (SERANG / "serang_kominfo_pengajuan_spp_spm.bpmn").read_text(encoding="utf-8")
    revised = xml.replace('name="tanggal_revisi" value="-"',
                          'name="tanggal_revisi" value="2 Januari 2026"')
    assert revised != xml
    factory = make_session_factory(make_engine(site.url))
    with transaction(factory, write=True) as db:
        deploy(db, [("serang_kominfo_pengajuan_spp_spm.bpmn", revised.encode(),
                     "serang-diskominfo")])
    http = log_in(site, "wati")  # another instansi's staff: SOPs are published, readable
    doc = page(http, site, f"/sop/{SPP}")
    facts = dict(zip(texts(doc, '//dl[@class="facts"]/dt'), texts(doc, '//dl[@class="facts"]/dd'),
                     strict=True))
    assert facts["Nomor SOP"] == "12.01.31.2019"
    assert facts["Tanggal revisi"] == "2 Januari 2026"
    assert facts["Tanggal efektif"] == "30 April 2019"
    assert facts["Pemerintah"] == "Pemerintah Kota Serang"
    assert "NIP 19771231 199702 1 002" in facts["Disahkan oleh"]
    assert facts["Versi"] == "2"
    assert "Peraturan Walikota Serang nomor 29 tahun 2016" in doc.text_content()
    [svg] = doc.xpath('//div[@class="diagram-scroll"]/*[local-name()="svg"]')
    drawn = etree.fromstring(etree.tostring(svg))
    assert "Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls" in drawn.findtext(
        "{http://www.w3.org/2000/svg}title")
    labels = " ".join(drawn.itertext())
    assert "Usulan Pencairan Anggaran" in labels and "PPTK" in labels
    versions = doc.xpath('//table[contains(@class, "sop-versions")]/tbody/tr')
    assert [r.xpath("./td")[0].text_content() for r in versions] == ["2", "1"]
    assert "Berlaku" in versions[0].text_content()
    old = links(versions[1])["PDF"]
    assert old == f"/sop/{SPP}/dokumen.pdf?versi=1"
    old_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        http.get(site.base + old, timeout=60).content)).pages)
    assert "2 Januari 2026" not in old_text and "12.01.31.2019" in old_text
    new_html = http.get(site.base + links(versions[0])["HTML"], timeout=60).text
    assert "2 Januari 2026" in new_html
    assert "Mulai" not in texts(doc, '//p[@class="sop-actions"]/a')  # wati holds no role in it


def test_unknown_sops_and_instansi_are_404_and_anonymous_users_log_in_first(site):
    http = log_in(site, "budi")
    for path in ("/sop/tidak_ada", "/sop/tidak_ada/dokumen.pdf", "/buku-sop/tidak-ada.pdf",
                 f"/sop/{SPP}/dokumen?versi=9"):
        assert http.get(site.base + path, timeout=30).status_code == 404, path
    away = requests.get(site.base + "/sop", timeout=30, allow_redirects=False)
    assert away.status_code == 302 and away.headers["Location"].startswith("/masuk")
