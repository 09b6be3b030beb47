"""The official SOP AP document (reports.document): rendered from library SOPs, its PDF text
extracted and checked, its flowchart parsed (one symbol per step in the pelaksana's column,
diamonds with Ya / Tidak, terminators, off-page connectors), and the API that serves it."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdf
import pytest
import requests
from conftest import ROOT, add_user, deploy_paths
from lxml import etree, html

from reports.document import render_document, sop_html, sop_pdf
from reports.sop_model import document_from_xml, document_of

BPMN_NS = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
LUMAJANG = ROOT / "bpmn" / "lumajang-disdukcapil"
SERANG = ROOT / "bpmn" / "serang-diskominfo"
PLAIN = LUMAJANG / "lumajang_dukcapil_inovasi_pelayanan.bpmn"
LOOP = SERANG / "serang_kominfo_penyusunan_pk.bpmn"             # seed 000, Tidak back to 5
FORWARD = LUMAJANG / "lumajang_dukcapil_penerimaan_telepon.bpmn"  # a Tidak that skips ahead
CALL = LUMAJANG / "lumajang_dukcapil_pengajuan_spp_spm.bpmn"     # a call activity
LONG = LUMAJANG / "lumajang_dukcapil_penanganan_disiplin_pegawai.bpmn"  # 14 long steps
SAMPLES = [PLAIN, LOOP, FORWARD, CALL, LONG]


class Definition:
    """A stand-in for a deployed ProcessDefinition read from a library file."""

    def __init__(self, path: Path, lane_jabatan: str | None = None):
        self.bpmn_xml = path.read_text(encoding="utf-8")
        self.key = path.stem
        self.version = 1
        self.lane_jabatan = lane_jabatan


def _doc(path: Path):
    return document_from_xml(path.read_bytes(), path.stem)


def _flat(text: str) -> str:
    """PDF text as one line: hyphenated breaks joined, whitespace collapsed (a line may
    break after a slash, so none is kept there)."""
    text = re.sub("\u2010\\s*", "", text).replace("-\n", "-")
    return re.sub(r"/\s+", "/", re.sub(r"\s+", " ", text))


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), _flat("\n".join(p.extract_text() for p in reader.pages))


def _in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(_flat(part), at)
        assert found >= 0, f"{part!r} missing or out of order"
        at = found + 1


@pytest.fixture(scope="module")
def pdfs() -> dict[Path, tuple[int, str]]:
    return {path: _pdf_text(sop_pdf(Definition(path))) for path in SAMPLES}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_the_pdf_carries_identity_steps_pelaksana_and_mutu_baku(pdfs, path):
    doc = _doc(path)
    pages, text = pdfs[path]
    t = doc.table
    assert pages >= 2  # the identity sheet, then the flowchart table
    for field in (t.nama, t.nomor, t.tanggal_pembuatan, t.tanggal_efektif,
                  t.disahkan_oleh.nama, t.instansi.pemerintah.upper()):
        if field and field != "-":
            assert _flat(field) in text
    if t.disahkan_oleh.nip:
        assert f"NIP. {t.disahkan_oleh.nip}" in text
    for label in ("Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan",
                  "Peralatan / Perlengkapan", "Peringatan", "Pencatatan dan Pendataan",
                  "Uraian Prosedur", "Pelaksana", "Mutu Baku", "Kelengkapan", "Keterangan"):
        assert _flat(label) in text
    for item in t.dasar_hukum + t.peralatan:
        assert _flat(item) in text
    _in_order(text, [f"{r.no}. {r.uraian}" for r in doc.rows])
    squeezed = text.replace(" ", "")  # a narrow header breaks inside a word
    for name in doc.columns:
        assert name.replace(" ", "") in squeezed
    for row in doc.rows:
        assert _flat(row.output) in text and _flat(row.waktu) in text


def test_a_long_sop_breaks_across_pages_with_off_page_connectors(pdfs):
    pages, text = pdfs[LONG]
    tree = html.fromstring(render_document(_doc(LONG)))
    outs = [t.text for t in tree.xpath('//tr[@class="conn-out"]//text[@class="offpage-label"]')]
    ins = [t.text for t in tree.xpath('//tr[@class="conn-in"]//text[@class="offpage-label"]')]
    flows = tree.xpath('//table[contains(@class, "flow")]')
    assert len(flows) >= 3 and pages >= 1 + len(flows)
    assert outs and sorted(outs) == sorted(ins)  # each letter leaves one page, enters the next
    assert "A" in outs
    for letter in outs:
        assert re.search(rf"\b{letter}\b", text)
    # every flowchart page repeats the two-level header
    for table in flows:
        assert table.xpath('.//thead//th[text()="Pelaksana"]')
        assert table.xpath('.//thead//th[text()="Mutu Baku"]')
    assert text.count("Uraian Prosedur") == len(flows)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_one_symbol_per_step_in_its_pelaksana_column(path):
    doc = _doc(path)
    tree = html.fromstring(render_document(doc))
    rows = tree.xpath('//tr[contains(concat(" ", @class, " "), " step ")]')
    assert [int(r.get("data-no")) for r in rows] == [r.no for r in doc.rows]
    for tr, row in zip(rows, doc.rows, strict=True):
        cells = tr.xpath('./td[@class="pl"]')
        assert len(cells) == len(doc.columns)
        with_symbol = [int(c.get("data-col")) for c in cells
                       if c.xpath('.//*[starts-with(@class, "sym ")]')]
        assert with_symbol == [row.column], f"step {row.no}"
        symbol = cells[row.column].xpath('.//*[starts-with(@class, "sym ")]')[0]
        kind = symbol.get("class").split()[1]
        if row.is_decision:
            assert kind == "sym-decision"
            assert symbol.xpath('.//*[local-name()="polygon" and @class="shape"]')
            answers = {t.text for t in symbol.xpath('.//*[@class="answer"]')}
            assert answers == {"Ya", "Tidak"}, f"step {row.no}: {answers}"
        else:
            assert kind != "sym-decision"
    first = rows[0].xpath('.//*[starts-with(@class, "sym ")]')[0].get("class")
    assert "sym-start" in first or "sym-decision" in first
    ends = tree.xpath('//*[contains(@class, "sym-end")]')
    assert len(ends) == 1
    assert len(tree.xpath('//*[contains(@class, "sym-start")]')) == 1


def test_a_tidak_loop_goes_back_and_a_forward_tidak_skips_ahead():
    """Step 6 of the Serang PK SOP returns to step 5: an arrow enters step 5's symbol from
    the side and a line climbs the gutter of step 6's column; the Lumajang telephone SOP's
    Tidak skips ahead (a gutter line runs down through the skipped rows)."""
    loop = html.fromstring(render_document(_doc(LOOP)))
    five = loop.xpath('//tr[@data-no="5"]//*[starts-with(@class, "sym ")]')[0]
    assert five.xpath('.//*[@class="arrow"]')
    doc = _doc(FORWARD)
    skip = next(r for r in doc.rows if r.is_decision and r.tidak.target not in (None, r.no)
                and r.tidak.target > r.no)
    tree = html.fromstring(render_document(doc))
    between = tree.xpath(f'//tr[@data-no="{skip.no + 1}"]/td[@class="pl"]')[skip.column]
    assert "background" in (between.get("style") or "")


def test_a_call_activity_is_a_rectangle_naming_the_sop_it_performs():
    doc = _doc(CALL)
    step = next(r for r in doc.rows if r.called)
    assert "SOP" in step.keterangan
    tree = html.fromstring(render_document(doc))
    tr = tree.xpath(f'//tr[@data-no="{step.no}"]')[0]
    assert "call" in tr.get("class")
    assert tr.xpath('.//*[contains(@class, "sym-process")]')
    assert tr.xpath('./td[@class="keterangan"]')[0].text_content().strip() == step.keterangan


def test_an_unnamed_call_gets_the_called_sop_named_in_keterangan():
    xml = CALL.read_text(encoding="utf-8")
    blanked = re.sub(r'(<camunda:property name="keterangan" value=")SOP [^"]*(")', r"\1\2", xml)
    doc = document_from_xml(blanked, CALL.stem,
                            called_names={"lumajang_dukcapil_pengagendaan_surat_keluar":
                                          "Pengagendaan Surat Keluar"})
    step = next(r for r in doc.rows if r.called)
    assert step.keterangan == "SOP Pengagendaan Surat Keluar"


def test_lanes_are_shown_by_their_official_jabatan():
    lanes = _doc(LOOP).table.pelaksana
    official = {lanes[0]: "Kepala Dinas Komunikasi dan Informatika"}
    doc = document_of(Definition(LOOP, json.dumps(official)))
    assert doc.columns[0] == "Kepala Dinas Komunikasi dan Informatika"
    assert "Kepala Dinas Komunikasi dan Informatika" in sop_html(Definition(LOOP, json.dumps(
        official)))


def test_the_body_alone_has_no_css_for_a_book():
    body = sop_html(Definition(LOOP), standalone=False)
    assert body.lstrip().startswith("<section") and "<style>" not in body
    assert "@page" in sop_html(Definition(LOOP))


def _library() -> list[tuple[Path, str]]:
    found = []
    for path in sorted((ROOT / "bpmn").glob("*/*.bpmn")):
        root = etree.fromstring(path.read_bytes())
        found += [(path, p.get("id")) for p in root.iter(f"{BPMN_NS}process")
                  if p.get("isExecutable") != "false"]
    return found


def test_every_library_sop_renders():
    library = _library()
    assert len(library) >= 122
    for path, key in library:
        doc = document_from_xml(path.read_bytes(), key)
        tree = html.fromstring(render_document(doc))
        steps = tree.xpath('//tr[contains(concat(" ", @class, " "), " step ")]')
        assert len(steps) == len(doc.rows), key
        assert len(tree.xpath('//*[starts-with(@class, "sym ")]')) == (
            len(doc.rows) + len(tree.xpath('//tr[@class="end"]'))), key


@pytest.fixture
def api(db_url, live_server_for):
    deploy_paths(db_url, LOOP)
    deploy_paths(db_url, LUMAJANG / "lumajang_dukcapil_pengagendaan_surat_keluar.bpmn", CALL)
    add_user(db_url, "budi", [("Operator", "lumajang-disdukcapil")])
    server = live_server_for(db_url)
    return server, server.login("budi")


def test_the_api_serves_the_document_as_pdf_and_html(api):
    server, budi = api
    resp = budi.get("/api/process-definition/key/serang_kominfo_penyusunan_pk/document.pdf")
    assert resp.status_code == 200, resp.text
    assert resp.headers["Content-Type"] == "application/pdf"
    assert resp.content.startswith(b"%PDF")
    _, text = _pdf_text(resp.content)
    assert "Mekanisme Penyusunan PK" in text and "12.01.35.2019" in text
    page = budi.get("/api/process-definition/key/serang_kominfo_penyusunan_pk/document.html")
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "Verifikasi Draft PK OPD" in page.text
    old = budi.get("/api/process-definition/key/serang_kominfo_penyusunan_pk/document.pdf",
                   params={"version": 1})
    assert old.status_code == 200
    for path in ("nope/document.pdf", "nope/document.html",
                 "serang_kominfo_penyusunan_pk/document.pdf?version=9"):
        assert budi.get(f"/api/process-definition/key/{path}").status_code == 404
    called = budi.get("/api/process-definition/key/lumajang_dukcapil_pengajuan_spp_spm/"
                      "document.html")
    assert called.status_code == 200 and "SOP Pengagendaan" in called.text
    anonymous = requests.get(server.base + "/api/process-definition/key/"
                             "serang_kominfo_penyusunan_pk/document.pdf", timeout=30)
    assert anonymous.status_code == 401
