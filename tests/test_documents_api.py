"""Issue 11 items 1, 3, 7: documents on a task and its case over the HTTP API (Camunda's task
attachments), on SQLite and PostgreSQL: types told by the bytes, the size limit, nothing stored
on a refusal, one blob per content, who may read, attach and delete, headers, audit."""

from __future__ import annotations

import hashlib
import threading
from urllib.parse import quote

import pytest
import requests
from conftest import LiveServer, add_user, deploy_paths
from docfiles import ALLOWED, REFUSED, pdf_bytes, pdf_sized, png_bytes
from spj import SPJ_INSTANSI, SPJ_KEY, complete_step, spj_bpmn
from sqlalchemy import func, select
from werkzeug.serving import make_server

from api.app import create_app
from engine import audit
from engine.db import make_engine, make_session_factory, transaction
from engine.filecheck import sanitise_file_name
from engine.models import Attachment, AuditEntry, Blob

PDF = "application/pdf"


class DocServer(LiveServer):
    """The live server with extra configuration (a small ATTACHMENT_MAX_BYTES)."""

    def __init__(self, url: str, **config):
        self.app = create_app({"DATABASE_URL": url, "TESTING": False, **config})
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()


@pytest.fixture
def office(db_url):
    """The SPJ SOP, a user per lane, a second PPTK, an outsider and an admin."""
    deploy_paths(db_url, spj_bpmn())
    lanes = ["PPTK", "Bendahara Pengeluaran", _third_lane()]
    for i, lane in enumerate(lanes):
        add_user(db_url, f"user{i}", [(lane, SPJ_INSTANSI)])
    add_user(db_url, "pptk2", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "orang-lain", [("Kepala Dinas", SPJ_INSTANSI)])
    add_user(db_url, "admin", [], admin=True)
    return db_url


def _third_lane() -> str:
    from lxml import etree
    ns = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
    return [lane.get("name") for lane in etree.parse(str(spj_bpmn())).iterfind(
        ".//bpmn:lane", ns)][2]


@pytest.fixture
def served(office):
    servers: list[DocServer] = []

    def start(**config) -> DocServer:
        servers.append(DocServer(office, **config))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def _start(client) -> dict:
    inst = client.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    return inst


def _upload(client, task_id: str, file_name: str, content: bytes, **fields
            ) -> requests.Response:
    data = {f"attachment-{k}": v for k, v in fields.items()}
    return client.post(f"/api/task/{task_id}/attachment/create", data=data,
                       files={"content": (file_name, content, "application/octet-stream")})


def _counts(url: str) -> tuple[int, int]:
    factory = make_session_factory(make_engine(url))
    with transaction(factory) as db:
        return (db.scalar(select(func.count()).select_from(Blob)),
                db.scalar(select(func.count()).select_from(Attachment)))


def test_each_allowed_type_is_stored_and_served_back(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    for name, (content, media_type) in ALLOWED.items():
        resp = _upload(pptk, task["id"], name, content, description="lampiran")
        assert resp.status_code == 200, resp.text
        doc = resp.json()
        assert doc["mediaType"] == media_type and doc["size"] == len(content)
        assert doc["sha256"] == hashlib.sha256(content).hexdigest()
        assert doc["name"] == doc["fileName"] == name  # the name defaults to the file's
        assert (doc["taskId"], doc["processInstanceId"], doc["userId"]) == (
            task["id"], task["processInstanceId"], "user0")
        assert doc["stepName"] == task["name"] and doc["url"] is None
        assert doc["rootProcessInstanceId"] == str(task["processInstanceId"])
        assert doc["links"][0]["rel"] == "self" and doc["links"][0]["href"].endswith(
            f"/api/task/{task['id']}/attachment/{doc['id']}")
        data = pptk.get(f"/api/task/{task['id']}/attachment/{doc['id']}/data")
        assert data.status_code == 200 and data.content == content
        assert data.headers["Content-Type"] == media_type
        assert data.headers["X-Content-Type-Options"] == "nosniff"
        assert data.headers["ETag"].strip('"') == doc["sha256"]
        disposition = data.headers["Content-Disposition"]
        previewable = media_type in (PDF, "image/jpeg", "image/png")
        assert disposition.startswith("inline" if previewable else "attachment"), disposition
        assert f"filename={name}" in disposition
    listed = pptk.get(f"/api/task/{task['id']}/attachment").json()
    assert [d["fileName"] for d in listed] == list(ALLOWED)
    assert _counts(office) == (len(ALLOWED), len(ALLOWED))


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_type_not_allowed_is_refused_and_nothing_stored(served, office, name):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    resp = _upload(pptk, task["id"], name, REFUSED[name])
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["field"] == "content"
    assert "PDF, JPEG, PNG, DOCX, XLSX, ODT" in body["message"]
    assert "allowed" in body["message_en"]
    assert _counts(office) == (0, 0)


def test_an_empty_file_or_none_is_refused(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    empty = _upload(pptk, task["id"], "kosong.pdf", b"")
    assert empty.status_code == 422 and empty.json()["field"] == "content"
    missing = pptk.post(f"/api/task/{task['id']}/attachment/create",
                        data={"attachment-name": "tanpa berkas"})
    assert missing.status_code == 422 and missing.json()["field"] == "content"
    assert _counts(office) == (0, 0)


def test_above_the_limit_is_a_clear_json_413_and_nothing_stored(served, office):
    server = served(ATTACHMENT_MAX_BYTES=100_000)
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    just = pdf_sized(100_000)
    assert _upload(pptk, task["id"], "pas.pdf", just).status_code == 200
    over = pdf_sized(100_001)
    resp = _upload(pptk, task["id"], "besar.pdf", over)  # in the body's allowance: the engine
    assert resp.status_code == 413 and resp.headers["Content-Type"] == "application/json"
    assert resp.json()["message"] == "Berkas terlalu besar: paling besar 98 KB per berkas."
    assert resp.json()["field"] == "content"
    huge = _upload(pptk, task["id"], "raksasa.pdf", pdf_bytes(pad=1_000_000))  # the request
    assert huge.status_code == 413 and huge.headers["Content-Type"] == "application/json"
    assert "98 KB" in huge.json()["message"] and "98 KB" in huge.json()["message_en"]
    assert _counts(office) == (1, 1)


def test_the_default_limit_is_20_mb_above_the_apps_16_mb_request_limit(served, office):
    server = served()
    assert server.app.extensions["sop_documents"].max_bytes == 20 * 1024 * 1024
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    big = pdf_bytes(pad=17 * 1024 * 1024)
    resp = _upload(pptk, task["id"], "besar.pdf", big)
    assert resp.status_code == 200, resp.text[:300]
    too_big = _upload(pptk, task["id"], "terlalu.pdf", pdf_bytes(pad=21 * 1024 * 1024))
    assert too_big.status_code == 413
    assert too_big.json()["message"] == "Berkas terlalu besar: paling besar 20 MB per berkas."
    assert too_big.json()["message_en"] == "File too large: at most 20 MB per file."
    assert _counts(office) == (1, 1)
    # other requests keep the app's 16 MB limit
    other = pptk.post(f"/api/task/{task['id']}/complete", data=b"x" * (17 * 1024 * 1024),
                      headers={"Content-Type": "application/json"})
    assert other.status_code == 413


def test_the_same_bytes_twice_are_one_blob_and_delete_keeps_shared_bytes(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    content = pdf_bytes("sama")
    first = _upload(pptk, task["id"], "a.pdf", content).json()
    second = _upload(pptk, task["id"], "b.pdf", content).json()
    assert first["sha256"] == second["sha256"] and first["id"] != second["id"]
    assert _counts(office) == (1, 2)
    path = f"/api/task/{task['id']}/attachment"
    assert pptk.delete(f"{path}/{first['id']}").status_code == 204
    assert _counts(office) == (1, 1), "the other document still needs the bytes"
    assert pptk.get(f"{path}/{second['id']}/data").content == content
    assert pptk.get(f"{path}/{first['id']}").status_code == 404
    assert pptk.delete(f"{path}/{second['id']}").status_code == 204
    assert _counts(office) == (0, 0), "the last document took its bytes with it"


def test_two_simultaneous_uploads_of_the_same_bytes_both_succeed(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    content = pdf_bytes("serentak", pad=200_000)
    results: list[int] = []
    barrier = threading.Barrier(4)

    def send(i: int) -> None:
        barrier.wait()
        results.append(_upload(pptk, task["id"], f"{i}.pdf", content).status_code)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 4
    assert _counts(office) == (1, 4)


def test_delete_by_its_uploader_only_and_only_while_the_task_is_open(served, office):
    server = served()
    pptk, pptk2 = server.login("user0"), server.login("pptk2")
    task = _start(pptk)["tasks"][0]
    doc = _upload(pptk, task["id"], "spj.pdf", pdf_bytes()).json()
    path = f"/api/task/{task['id']}/attachment/{doc['id']}"
    other = pptk2.delete(path)
    assert other.status_code == 403 and "user0" in other.json()["message"]
    assert server.login("admin").delete(path).status_code == 403
    complete_step(pptk, task)
    finished = pptk.delete(path)
    assert finished.status_code == 409 and "selesai" in finished.json()["message"]
    assert pptk.get(path).status_code == 200, "a finished task's documents stay readable"
    assert _counts(office) == (1, 1)


def test_who_may_attach(served, office):
    server = served()
    pptk, pptk2 = server.login("user0"), server.login("pptk2")
    bendahara = server.login("user1")
    task = _start(pptk)["tasks"][0]
    refused = _upload(bendahara, task["id"], "spj.pdf", pdf_bytes())
    assert refused.status_code == 403 and refused.json()["field"] == "role"
    assert pptk.post(f"/api/task/{task['id']}/claim").status_code == 200
    claimed = _upload(pptk2, task["id"], "spj.pdf", pdf_bytes())
    assert claimed.status_code == 403 and "user0" in claimed.json()["message"]
    assert _upload(server.login("admin"), task["id"], "spj.pdf", pdf_bytes()).status_code == 200
    inst = complete_step(pptk, task)
    late = _upload(pptk, task["id"], "spj.pdf", pdf_bytes("lagi"))
    assert late.status_code == 409 and late.json()["message"].startswith("Tugas sudah selesai")
    assert _upload(bendahara, inst["tasks"][0]["id"], "x.png", png_bytes()).status_code == 200
    assert _upload(pptk, "no-such-task", "spj.pdf", pdf_bytes()).status_code == 404
    assert _counts(office) == (2, 2)


def test_an_outsider_gets_404_everywhere_exactly_like_a_missing_document(served, office):
    server = served()
    pptk, outsider = server.login("user0"), server.login("orang-lain")
    inst = _start(pptk)
    task = inst["tasks"][0]
    doc = _upload(pptk, task["id"], "spj.pdf", pdf_bytes()).json()
    paths = [f"/api/task/{task['id']}/attachment",
             f"/api/task/{task['id']}/attachment/{doc['id']}",
             f"/api/task/{task['id']}/attachment/{doc['id']}/data",
             f"/api/process-instance/{inst['id']}/attachment",
             f"/api/process-instance/{inst['id']}/attachment/{doc['id']}/data"]
    for path in paths:
        assert outsider.get(path).status_code == 404, path
    missing = [f"/api/task/{task['id']}/attachment/00000000-0000-0000-0000-000000000000",
               "/api/task/no-such-task/attachment", "/api/process-instance/999999/attachment"]
    for path in missing:
        assert pptk.get(path).status_code == 404, path
    assert outsider.delete(paths[1]).status_code == 404
    assert _upload(outsider, task["id"], "x.pdf", pdf_bytes("x")).status_code == 404
    assert _counts(office) == (1, 1)


def test_headers_inline_download_nosniff_framing_and_names(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    pdf = _upload(pptk, task["id"], "../../etc/Surat Tugas Ñ.PDF", pdf_bytes(),
                  name="Surat tugas").json()
    assert pdf["fileName"] == "Surat Tugas Ñ.pdf" and pdf["name"] == "Surat tugas"
    path = f"/api/task/{task['id']}/attachment/{pdf['id']}/data"
    inline = pptk.get(path)
    assert inline.headers["Content-Disposition"].startswith("inline")
    assert "filename*=UTF-8''" + quote("Surat Tugas Ñ.pdf") in inline.headers[
        "Content-Disposition"]
    assert inline.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in inline.headers["Content-Security-Policy"]
    download = pptk.get(path, params={"download": "1"})
    assert download.headers["Content-Disposition"].startswith("attachment")
    png = _upload(pptk, task["id"], "scan.exe", png_bytes()).json()
    assert png["fileName"] == "scan.exe.png"
    image = pptk.get(f"/api/task/{task['id']}/attachment/{png['id']}/data")
    assert "sandbox" in image.headers["Content-Security-Policy"]
    assert image.headers["X-Content-Type-Options"] == "nosniff"
    again = pptk.get(path, headers={"If-None-Match": f'"{pdf["sha256"]}"'})
    assert again.status_code == 304 and again.content == b""


def test_uploads_and_deletions_are_audited(served, office):
    server = served()
    pptk = server.login("user0")
    task = _start(pptk)["tasks"][0]
    content = pdf_bytes()
    doc = _upload(pptk, task["id"], "spj.pdf", content).json()
    assert pptk.delete(f"/api/task/{task['id']}/attachment/{doc['id']}").status_code == 204
    _upload(pptk, task["id"], "halaman.pdf", REFUSED["halaman.pdf"])  # refused: no entry
    factory = make_session_factory(make_engine(office))
    with transaction(factory) as db:
        rows = db.scalars(select(AuditEntry).where(AuditEntry.target == f"attachment:{doc['id']}")
                          .order_by(AuditEntry.id)).all()
        assert [(r.action, r.actor) for r in rows] == [
            (audit.DOCUMENT_UPLOADED, "user0"), (audit.DOCUMENT_DELETED, "user0")]
        assert rows[0].detail == {"instance": task["processInstanceId"], "task": task["id"],
                                  "name": "spj.pdf", "sha256": doc["sha256"],
                                  "size": len(content)}
        assert rows[0].address == "127.0.0.1"
        assert db.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.like("document_%"))) == 2


def test_the_case_lists_every_document_across_steps(served, office):
    server = served()
    pptk, bendahara, kasubag = (server.login(f"user{i}") for i in range(3))
    inst = _start(pptk)
    first = inst["tasks"][0]
    spj = _upload(pptk, first["id"], "spj.pdf", pdf_bytes(), type="kelengkapan_1").json()
    inst = complete_step(pptk, first)
    second = inst["tasks"][0]
    nota = _upload(bendahara, second["id"], "nota.png", png_bytes()).json()
    for reader in (pptk, bendahara, kasubag):  # every later step sees the case's documents
        docs = reader.get(f"/api/process-instance/{inst['id']}/attachment").json()
        assert [(d["id"], d["stepName"]) for d in docs] == [
            (spj["id"], first["name"]), (nota["id"], second["name"])]
    assert docs[0]["type"] == "kelengkapan_1"
    finished = kasubag.get(f"/api/task/{first['id']}/attachment").json()
    assert [d["id"] for d in finished] == [spj["id"]]
    data = kasubag.get(f"/api/process-instance/{inst['id']}/attachment/{nota['id']}/data")
    assert data.status_code == 200 and data.content == png_bytes()
    assert kasubag.get(f"/api/process-instance/{inst['id'] + 1}/attachment/{nota['id']}/data"
                       ).status_code == 404


def test_file_names_are_sanitised():
    assert sanitise_file_name("C:\\Users\\budi\\SPJ Oktober.pdf", PDF) == "SPJ Oktober.pdf"
    assert sanitise_file_name('a"b;c<d>.pdf', PDF) == "a_b_c_d_.pdf"
    assert sanitise_file_name("\u202egpj.exe", "image/jpeg") == "gpj.exe.jpg"
    assert sanitise_file_name("Surat\r\nTugas\x00.pdf", PDF) == "SuratTugas.pdf"
    assert sanitise_file_name("", PDF) == "dokumen.pdf"
    assert sanitise_file_name("...", PDF) == "dokumen.pdf"
    assert sanitise_file_name("foto.JPEG", "image/jpeg") == "foto.jpg"
    long = sanitise_file_name("x" * 1000 + ".pdf", PDF)
    assert len(long) == 255 and long.endswith(".pdf")


def test_deletes_racing_uploads_of_the_same_bytes_never_fail(office):
    """Two steps keep attaching and deleting the same bytes at once: on PostgreSQL a delete
    may find the blob just referred to (it keeps it) and an upload may find it just removed
    (it stores it again); no call fails, and nothing is left over."""
    from engine.actors import Actor
    from engine.documents import Documents, Upload
    from engine.runtime import Runtime

    factory = make_session_factory(make_engine(office))
    runtime, docs = Runtime(factory), Documents(factory)
    actor = Actor("user0", frozenset({("PPTK", SPJ_INSTANSI)}))
    tasks = [runtime.start(SPJ_KEY, actor).tasks[0].id for _ in range(2)]
    content = pdf_bytes("balapan", pad=100_000)
    errors: list[str] = []

    def churn(task_id: str) -> None:
        for _ in range(40):
            try:
                view = docs.attach(task_id, actor, Upload("", "", "", "x.pdf", content))
                docs.delete(task_id, view.id, actor)
            except Exception as err:  # noqa: BLE001 - any failure is the finding
                errors.append(repr(err))

    threads = [threading.Thread(target=churn, args=(t,)) for t in tasks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    blobs, attachments = _counts(office)
    assert attachments == 0 and blobs <= 1
