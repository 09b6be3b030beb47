"""Documents on the staff pages without JavaScript, on SQLite and PostgreSQL: the plain upload
form (several files, a refused one named), the list on the task page of every later step and on
the case page, the slots (Belum ada / Ada) standing in for the kelengkapan tick, the preview
page, the raw content (inline vs attachment, framing only by our own page), Hapus with its
confirmation, and refusals for who may not see the case (issue 11 items 1, 2 and 7)."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from docfiles import pdf_bytes, png_bytes
from documents_site import KEY, set_up
from test_pages_http import csrf

from api.app import create_app

DOC_LINK = re.compile(r"/berkas/(\d+)/dokumen/([0-9a-f-]{36})[?\"]")


@pytest.fixture
def app(db_url, tmp_path):
    set_up(db_url, tmp_path / "bpmn")
    flask_app = create_app({"DATABASE_URL": db_url})
    yield flask_app
    flask_app.extensions["sop_engine"].dispose()


def page_client(app, username: str):
    client = app.test_client()
    done = client.post("/masuk", data={"csrf_token": csrf(client.get("/masuk")),
                                       "username": username, "password": "rahasia"})
    assert done.status_code == 302, done.get_data(as_text=True)
    return client


def start_case(app, username: str = "pptk") -> dict:
    api = app.test_client()
    token = api.post("/api/auth/token", json={"username": username, "password": "rahasia"})
    headers = {"Authorization": f"Bearer {token.get_json()['token']}"}
    case = api.post(f"/api/process-definition/key/{KEY}/start", json={}, headers=headers)
    assert case.status_code == 200, case.get_data(as_text=True)
    return case.get_json()


def upload(client, task_id: str, files: list[tuple[bytes, str]], untuk: str = "",
           **fields: str):
    token = csrf(client.get(f"/tugas/{task_id}"))
    data = {"csrf_token": token, "untuk": untuk, **fields,
            "berkas": [(BytesIO(content), name) for content, name in files]}
    return client.post(f"/tugas/{task_id}/dokumen", data=data,
                       content_type="multipart/form-data")


def text(response) -> str:
    return response.get_data(as_text=True)


def test_plain_upload_of_several_files_lists_them_and_fills_the_required_slot(app):
    case = start_case(app)
    task = case["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    before = text(pptk.get(f"/tugas/{task}"))
    assert "doc-missing\">Belum ada" in before and "Dokumen berkas" in before
    assert 'name="kelengkapan_1"' not in before  # the tick is the document's, not a checkbox
    answer = upload(pptk, task, [(pdf_bytes(), "SPJ Oktober.pdf"), (png_bytes(), "kuitansi.png"),
                                 (b"MZ\x90\x00 not a document", "virus.pdf")],
                    untuk="kelengkapan_1", keterangan="Lampiran SPJ")
    assert answer.status_code == 302 and answer.location.endswith(f"/tugas/{task}#dokumen")
    page = text(pptk.get(f"/tugas/{task}"))
    assert "Dokumen \u201cSPJ Oktober.pdf\u201d diunggah." in page
    assert "Dokumen \u201ckuitansi.png\u201d diunggah." in page
    assert "\u201cvirus.pdf\u201d tidak diunggah: Jenis berkas tidak diizinkan" in page
    assert "virus" not in page.split("daftar-dokumen")[1]  # nothing of it stored
    for shown in ("SPJ Oktober.pdf", "kuitansi.png", "Agus Saputra", "Lampiran SPJ", "PDF",
                  "PNG", "1 KB", "Penyerahan SPJ"):
        assert shown in page, shown
    assert "doc-missing" not in page and "doc-present" in page
    # completing without the (absent) checkbox: the server ticks it from the document
    done = pptk.post(f"/tugas/{task}", data={"csrf_token": csrf(pptk.get(f"/tugas/{task}"))})
    assert done.status_code == 302, text(done)


def test_a_step_without_its_required_document_is_refused_beside_the_slot(app):
    task = start_case(app)["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    refused = pptk.post(f"/tugas/{task}", data={"csrf_token": csrf(pptk.get(f"/tugas/{task}"))})
    assert refused.status_code == 422
    assert "Dokumen &#39;SPJ&#39; wajib dilampirkan" in text(refused)
    assert 'id="isian-kelengkapan_1-error"' in text(refused)


def test_preview_and_content_inline_download_and_framing(app):
    task = start_case(app)["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    upload(pptk, task, [(pdf_bytes(), "SPJ.pdf"), (png_bytes(), "foto.png")], untuk="")
    page = text(pptk.get(f"/tugas/{task}"))
    (case_id, pdf_id), (_, png_id) = DOC_LINK.findall(page)[:2]
    preview = text(pptk.get(f"/berkas/{case_id}/dokumen/{pdf_id}?tugas={task}"))
    assert f'<iframe class="doc-preview doc-preview-pdf" src="/berkas/{case_id}/dokumen/' \
        f'{pdf_id}/isi"' in preview and "Kembali ke langkah" in preview
    assert '<img class="doc-preview doc-preview-image"' in text(
        pptk.get(f"/berkas/{case_id}/dokumen/{png_id}"))
    inline = pptk.get(f"/berkas/{case_id}/dokumen/{pdf_id}/isi")
    assert inline.status_code == 200 and inline.data == pdf_bytes()
    assert inline.headers["Content-Type"] == "application/pdf"
    assert inline.headers["Content-Disposition"].startswith("inline")
    assert "frame-ancestors 'self'" in inline.headers["Content-Security-Policy"]
    assert inline.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert inline.headers["X-Content-Type-Options"] == "nosniff"
    download = pptk.get(f"/berkas/{case_id}/dokumen/{pdf_id}/isi?unduh=1")
    assert download.headers["Content-Disposition"] == "attachment; filename=SPJ.pdf"
    other = pptk.get(f"/tugas/{task}")  # every other page still refuses to be framed
    assert other.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in other.headers["Content-Security-Policy"]


def test_later_step_and_case_page_show_the_documents_outsider_refused(app):
    case = start_case(app)
    task = case["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    upload(pptk, task, [(pdf_bytes(), "SPJ.pdf")], untuk="kelengkapan_1")
    (case_id, doc_id), = DOC_LINK.findall(text(pptk.get(f"/tugas/{task}")))[:1]
    pptk.post(f"/tugas/{task}", data={"csrf_token": csrf(pptk.get(f"/tugas/{task}"))})
    bendahara = page_client(app, "bendahara")
    inbox = text(bendahara.get("/tugas"))
    next_task = re.search(r'/tugas/([0-9a-f-]{36})"', inbox).group(1)
    later = text(bendahara.get(f"/tugas/{next_task}"))
    assert "SPJ.pdf" in later and "Agus Saputra" in later and "Penyerahan SPJ" in later
    assert "button-return\">Hapus" not in later  # not theirs
    assert "SPJ.pdf" in text(bendahara.get(f"/instans/{case_id}"))
    assert bendahara.get(f"/berkas/{case_id}/dokumen/{doc_id}/isi").data == pdf_bytes()
    outsider = page_client(app, "luar")
    for path in (f"/instans/{case_id}", f"/berkas/{case_id}/dokumen/{doc_id}",
                 f"/berkas/{case_id}/dokumen/{doc_id}/isi"):
        refused = outsider.get(path)
        assert refused.status_code == 403 and "Akses ditolak" in text(refused), path
        assert pdf_bytes() not in refused.data
    assert pptk.get(f"/berkas/{case_id}/dokumen/{'0' * 36}").status_code == 404
    other_case = start_case(app)["id"]  # a document asked for under another case: missing
    assert pptk.get(f"/berkas/{other_case}/dokumen/{doc_id}/isi").status_code == 404


def test_hapus_asks_first_then_removes_only_ones_own(app):
    task = start_case(app)["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    upload(pptk, task, [(pdf_bytes(), "salah.pdf")])
    (_, doc_id), = DOC_LINK.findall(text(pptk.get(f"/tugas/{task}")))[:1]
    colleague = page_client(app, "pptk2")  # same role, not the uploader
    token = csrf(colleague.get(f"/tugas/{task}"))
    assert "button-return\">Hapus" not in text(colleague.get(f"/tugas/{task}"))
    refused = colleague.post(f"/tugas/{task}/dokumen/{doc_id}/hapus",
                             data={"csrf_token": token, "konfirmasi": "1"})
    assert "Hanya pengunggahnya" in text(colleague.get(refused.location))
    token = csrf(pptk.get(f"/tugas/{task}"))
    ask = pptk.post(f"/tugas/{task}/dokumen/{doc_id}/hapus", data={"csrf_token": token})
    assert ask.status_code == 200 and "Hapus dokumen \u201csalah.pdf\u201d?" in text(ask)
    assert "salah.pdf" in text(pptk.get(f"/tugas/{task}")).split("daftar-dokumen")[1]
    gone = pptk.post(f"/tugas/{task}/dokumen/{doc_id}/hapus",
                     data={"csrf_token": csrf(ask), "konfirmasi": "1"})
    page = text(pptk.get(gone.location))
    assert "Dokumen \u201csalah.pdf\u201d dihapus." in page
    assert "salah.pdf" not in page.split("daftar-dokumen")[1]


def test_too_large_is_refused_naming_the_limit(app):
    app.extensions["sop_documents"].max_bytes = 64 * 1024
    task = start_case(app)["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    big = pdf_bytes() + b"%" * (70 * 1024)
    answer = upload(pptk, task, [(big, "besar.pdf")])
    page = text(pptk.get(answer.location))
    assert "\u201cbesar.pdf\u201d tidak diunggah: Berkas terlalu besar: paling besar 64 KB " \
        "per berkas." in page
    huge = upload(pptk, task, [(b"%" * (400 * 1024), "x.pdf")] * 2)  # over what a post takes
    assert huge.status_code == 413 and "paling besar 64 KB per berkas" in text(huge)
    json = pptk.post(f"/tugas/{task}/dokumen", headers={"Accept": "application/json"},
                     data={"csrf_token": csrf(pptk.get(f"/tugas/{task}")),
                           "berkas": (BytesIO(big), "besar.pdf")},
                     content_type="multipart/form-data")
    assert json.status_code == 413 and "64 KB" in json.get_json()["message"]


def test_documents_in_english(app):
    task = start_case(app)["tasks"][0]["id"]
    pptk = page_client(app, "pptk")
    upload(pptk, task, [(pdf_bytes(), "SPJ.pdf")])
    page = text(pptk.get(f"/tugas/{task}?lang=en"))
    for shown in ("Case documents", "Required", "Not yet", "Upload document", "View",
                  "Download", "Delete", "For", "Other"):
        assert shown in page, shown
