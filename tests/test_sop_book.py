"""The SOP book of an instansi (reports.book): cover, daftar isi whose page numbers point at each
SOP's own page in the PDF, every published SOP once (retired versions left out), book order."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, add_user, deploy_paths
from pypdf import PdfReader
from sqlalchemy import select

from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ProcessDefinition
from engine.retirement import set_retired
from reports import book
from reports.catalogue import Identity, SopEntry, book_order, natural_key, published

SERANG = ROOT / "bpmn" / "serang-diskominfo"
FILES = ["serang_kominfo_penyusunan_renja.bpmn", "serang_kominfo_pengajuan_spp_spm.bpmn",
         "serang_kominfo_penyusunan_lkjip.bpmn", "serang_kominfo_penyusunan_spj.bpmn"]
# what their identity says (nomor SOP, nama SOP), in book order
EXPECTED = [("12.01.31.2019", "Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls"),
            ("12.01.32.2019", "Mekanisme Penyusunan SPJ"),
            ("12.01.33.2019", "Mekanisme Penyusunan RENJA"),
            ("12.01.34.2019", "Mekanisme Penyusunan LKJiP")]


@pytest.fixture
def url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "book.sqlite"
    shutil.copy(sqlite_template, path)
    db_url = f"sqlite:///{path}"
    deploy_paths(db_url, *(SERANG / name for name in FILES))
    return db_url


def pdf_pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def toc_rows(text: str) -> list[tuple[int, str, str, int]]:
    """(No, nomor, nama, halaman) of each daftar isi row, read back from the PDF's text."""
    rows = re.findall(r"(\d+) (\d+\.\d+\.\d+\.\d+) (.+?) (\d+)(?= \d+ \d+\.|$| Halaman)", text)
    return [(int(no), nomor, nama, int(page)) for no, nomor, nama, page in rows]


def test_the_book_has_a_cover_a_daftar_isi_and_every_sop_on_its_page(url):
    factory = make_session_factory(make_engine(url))
    book.clear_cache()
    with transaction(factory) as db:
        pdf = book.book_pdf(db, "serang-diskominfo")
    pages = pdf_pages(pdf)
    cover = pages[0]
    for words in ("PEMERINTAH KOTA SERANG", "DINAS KOMUNIKASI DAN INFORMATIKA",
                  "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN", "TAHUN 20"):
        assert words in cover, cover
    assert "Halaman" not in cover  # the cover carries no page number
    assert pages[1].startswith("DAFTAR ISI No Nomor SOP Nama SOP Halaman")
    rows = toc_rows(pages[1])
    assert [(no, nomor, nama) for no, nomor, nama, _ in rows] == [
        (i + 1, nomor, nama) for i, (nomor, nama) in enumerate(EXPECTED)]
    starts = [page for *_, page in rows]
    assert starts[0] == 3 and starts == sorted(starts) and len(set(starts)) == len(starts)
    for _, nomor, nama, page in rows:
        sheet = pages[page - 1]  # the identity sheet: the SOP's first page
        assert f"Nomor SOP {nomor}" in sheet and f"Nama SOP {nama}" in sheet, (page, sheet[:300])
        assert f"Halaman {page} dari {len(pages)}" in sheet
    # the PDF's outline (bookmarks): the daftar isi, then each SOP at its first page
    reader = PdfReader(io.BytesIO(pdf))
    assert [(o.title, reader.get_destination_page_number(o) + 1) for o in reader.outline] == [
        ("DAFTAR ISI", 2)] + [(nama, page) for _, _, nama, page in rows]
    # every SOP once: its identity sheet appears on exactly one page
    for nomor, _ in EXPECTED:
        assert sum(f"Nomor SOP {nomor}" in p for p in pages) == 1
    # the flowchart follows each identity sheet, before the next SOP starts
    ends = starts[1:] + [len(pages) + 1]
    for first, following in zip(starts, ends, strict=True):
        assert following - first >= 2
        assert "Uraian Prosedur" in pages[first]


def test_a_retired_version_leaves_the_book_and_the_cache_follows(url):
    factory = make_session_factory(make_engine(url))
    book.clear_cache()
    with transaction(factory) as db:
        before = book.book_pdf(db, "serang-diskominfo")
        assert book.book_pdf(db, "serang-diskominfo") is before  # cached: the same bytes
    with transaction(factory, write=True) as db:
        renja = db.scalar(select(ProcessDefinition).where(
            ProcessDefinition.key == "serang_kominfo_penyusunan_renja"))
        set_retired(db, renja.id, Actor("admin", is_admin=True), True)
    with transaction(factory) as db:
        after = book.book_pdf(db, "serang-diskominfo")
    toc = pdf_pages(after)[1]
    assert "Mekanisme Penyusunan RENJA" not in toc
    assert [nomor for _, nomor, _, _ in toc_rows(toc)] == ["12.01.31.2019", "12.01.32.2019",
                                                           "12.01.34.2019"]
    assert "Mekanisme Penyusunan RENJA" not in " ".join(pdf_pages(after))


def test_an_instansi_without_sops_is_unknown(url):
    factory = make_session_factory(make_engine(url))
    with transaction(factory) as db, pytest.raises(book.UnknownInstansi):
        book.book_pdf(db, "lumajang-disdukcapil")


def test_book_order_reads_numbers_as_numbers_and_puts_sops_without_nomor_last():
    def entry(key: str, nomor: str, name: str) -> SopEntry:
        return SopEntry(0, key, 1, name, "x", "", Identity(nomor=nomor))

    entries = [entry("a", "", "Arsip"), entry("b", "SOP/10/2024", "B"),
               entry("c", "SOP/2/2024", "C"), entry("d", "-", "Agenda"),
               entry("e", "SOP/2/2024", "A")]
    assert [e.key for e in sorted(entries, key=book_order)] == ["e", "c", "b", "d", "a"]
    assert natural_key("12.01.9") < natural_key("12.01.10")


def test_the_api_answers_the_book_to_anyone_logged_in(url, live_server_for):
    add_user(url, "budi", [("PPTK", "lumajang-disdukcapil")])  # another instansi's staff
    live = live_server_for(url)
    api = live.login("budi")
    found = api.get("/api/instansi/serang-diskominfo/sop-book.pdf")
    assert found.status_code == 200, found.text
    assert found.headers["Content-Type"] == "application/pdf"
    assert 'filename="Buku-SOP-serang-diskominfo.pdf"' in found.headers["Content-Disposition"]
    assert "DAFTAR ISI" in pdf_pages(found.content)[1]
    missing = api.get("/api/instansi/tidak-ada/sop-book.pdf")
    assert missing.status_code == 404
    assert "tidak-ada" in missing.json()["message"]
    anonymous = api.http.get(live.base + "/api/instansi/serang-diskominfo/sop-book.pdf",
                             headers={"Authorization": ""}, timeout=30)
    assert anonymous.status_code == 401


def test_published_lists_the_newest_version_in_use(url):
    factory = make_session_factory(make_engine(url))
    with transaction(factory) as db:
        found = published(db, "serang-diskominfo")
    assert [(e.identity.nomor, e.name) for e in found] == EXPECTED
    assert all(e.identity.tanggal_efektif == "30 April 2019" for e in found)
