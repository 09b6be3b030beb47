"""The penilaian workflow (reports.review), the Permenpan table as PDF / XLSX and the evaluation
report, on the known history of tests/test_monitoring.py (SQLite and PostgreSQL); the API over
real HTTP and the page's form in a browser."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from conftest import add_user
from openpyxl import load_workbook
from pypdf import PdfReader
from spj import SPJ_INSTANSI, SPJ_KEY
from test_monitoring import NOW, SEMESTER_I, history

from engine import audit
from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.errors import Conflict, EngineError, Forbidden
from engine.models import Jabatan, MonitoringReview
from reports import review
from reports.evaluation import evaluate, evaluation_pdf, previous, read_date, revision_due
from reports.monitoring import Period
from reports.monitoring_export import HEAD, table_of, table_pdf, table_xlsx
from reports.periods import semester_of

PENILAI_JABATAN = "Kepala Sub Bagian Umum dan Kepegawaian"
PENILAI = Actor("penilai", frozenset({(PENILAI_JABATAN, SPJ_INSTANSI)}), full_name="Siti Aminah")
PLT = Actor("plt", acting=frozenset({(PENILAI_JABATAN, SPJ_INSTANSI, "Plt")}), full_name="Budi")
ADMIN = Actor("root", is_admin=True, full_name="Admin")
KADIS = Actor("kadis", frozenset({("Kepala Dinas", SPJ_INSTANSI)}))
SOP_NAME = "Mekanisme Penyusunan SPJ"


@pytest.fixture
def known(db_url: str) -> str:
    history(db_url)
    return db_url


def _db(url: str):
    return transaction(make_session_factory(make_engine(url)), write=True)


def _name_penilai(url: str) -> None:
    with _db(url) as db:
        review.update_settings(db, ADMIN, SPJ_INSTANSI, 0.8, 0.2, PENILAI_JABATAN)


def _pdf_text(data: bytes) -> str:
    """The PDF's text with every run of white space one space (cells wrap their words)."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_proposal_save_sign_freeze(known: str):
    _name_penilai(known)
    with _db(known) as db:
        fresh = review.review_of(db, SPJ_KEY, SEMESTER_I, NOW)
        assert (fresh.revision, fresh.proposed, fresh.penilaian) == (0, "tidak_baik", None)
        saved = review.save(db, PENILAI, SPJ_KEY, SEMESTER_I, "baik", " Cu\x01kup ",
                            "Latih PPTK", 0, now=NOW)
        assert (saved.revision, saved.penilaian, saved.catatan) == (1, "baik", "Cukup")
    with _db(known) as db, pytest.raises(Conflict) as stale:
        review.save(db, PLT, SPJ_KEY, SEMESTER_I, "tidak_baik", "", "", 0, now=NOW)
    assert stale.value.details["field"] == "revision"
    with _db(known) as db:  # a Plt. of the penilai jabatan may sign; the paraf says Plt.
        signed = review.sign(db, PLT, SPJ_KEY, SEMESTER_I, 1, now=NOW)
        assert (signed.revision, signed.penilai_nama, signed.penilai_jabatan) == (
            2, "Budi", f"Plt. {PENILAI_JABATAN}")
        figures = signed.figures
        assert figures["proposed"] == "tidak_baik" and figures["step_completions"] == 11
        assert "durations" not in figures["steps"][0]
    with _db(known) as db, pytest.raises(Conflict) as frozen:
        review.save(db, PENILAI, SPJ_KEY, SEMESTER_I, "tidak_baik", "", "", 2, now=NOW)
    assert "sudah diparaf" in frozen.value.message
    with _db(known) as db, pytest.raises(Conflict):
        review.sign(db, PENILAI, SPJ_KEY, SEMESTER_I, 2, now=NOW)
    with _db(known) as db:
        kinds = [e.action for e in audit.entries(db, target=SPJ_KEY)]
        assert kinds[:2] == [audit.MONITORING_REVIEW_SIGNED, audit.MONITORING_REVIEW_SAVED]
        assert audit.count(db, action=audit.MONITORING_SETTINGS_CHANGED) == 1


def test_who_may_judge(known: str):
    with _db(known) as db:  # no penilai named: admins only
        assert review.may_review(db, ADMIN, SPJ_INSTANSI)
        assert not review.may_review(db, KADIS, SPJ_INSTANSI)
        with pytest.raises(Forbidden):
            review.save(db, KADIS, SPJ_KEY, SEMESTER_I, "baik", "", "", 0, now=NOW)
    _name_penilai(known)
    with _db(known) as db:
        assert review.may_review(db, PENILAI, SPJ_INSTANSI)
        assert review.may_review(db, PLT, SPJ_INSTANSI)
        assert not review.may_review(db, ADMIN, SPJ_INSTANSI)
        with pytest.raises(EngineError) as bad:
            review.save(db, PENILAI, SPJ_KEY, SEMESTER_I, "lumayan", "", "", 0, now=NOW)
        assert bad.value.details["field"] == "penilaian"
        with pytest.raises(Conflict):  # nothing saved yet: nothing to sign
            review.sign(db, PENILAI, SPJ_KEY, SEMESTER_I, 0, now=NOW)


def test_settings_validation(known: str):
    with _db(known) as db:
        db.add(Jabatan(instansi=SPJ_INSTANSI, nama=PENILAI_JABATAN, singkatan='["Kasubag Umum"]',
                       luar=False, urutan=1))
        db.add(Jabatan(instansi=SPJ_INSTANSI, nama="Warga", singkatan="[]", luar=True, urutan=2))
    with _db(known) as db:
        found = review.update_settings(db, ADMIN, SPJ_INSTANSI, "0.9", 0.1, "kasubag umum")
        assert (found.min_on_time, found.max_rework, found.penilai_jabatan) == (
            0.9, 0.1, PENILAI_JABATAN)
        assert found.choices == [PENILAI_JABATAN]
        for args, field in (((1.5, 0.2, None), "minOnTime"), ((0.8, 0, None), "maxRework"),
                            ((0.8, 0.2, "Kepala Sekolah"), "penilaiJabatan"),
                            ((0.8, 0.2, "Warga"), "penilaiJabatan"),
                            (("x", 0.2, None), "minOnTime")):
            with pytest.raises(EngineError) as bad:
                review.update_settings(db, ADMIN, SPJ_INSTANSI, *args)
            assert bad.value.details["field"] == field
        with pytest.raises(Forbidden):
            review.update_settings(db, PENILAI, SPJ_INSTANSI, 0.8, 0.2, None)
        with pytest.raises(EngineError):
            review.settings_of(db, "tidak-ada")


def test_table_pdf_and_xlsx(known: str):
    with _db(known) as db:
        table = table_of(db, SPJ_INSTANSI, SEMESTER_I, NOW)
        assert [(r.no, r.key, r.penilaian, r.confirmed) for r in table.rows] == [
            (1, SPJ_KEY, "tidak_baik", False)]
        text = _pdf_text(table_pdf(db, SPJ_INSTANSI, SEMESTER_I, NOW))
    for words in ("MONITORING PELAKSANAAN SOP AP", "Penilaian terhadap Penerapan",
                  "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai",
                  "Berjalan dengan baik", "Semester I 2026", "Tidak berjalan dengan baik (usulan)",
                  SOP_NAME):
        assert words in text, words
    with _db(known) as db:
        review.save(db, ADMIN, SPJ_KEY, SEMESTER_I, "baik", "Baik walau lambat",
                    "Tambah petugas", 0, now=NOW)
        review.sign(db, ADMIN, SPJ_KEY, SEMESTER_I, 1, now=NOW)
        text = _pdf_text(table_pdf(db, SPJ_INSTANSI, SEMESTER_I, NOW, key=SPJ_KEY))
        data = table_xlsx(db, SPJ_INSTANSI, SEMESTER_I, NOW)
    assert "Baik walau lambat" in text and "Tambah petugas" in text and "(usulan)" not in text
    assert "Admin, Administrator, 01-07-2026 12.00 WIB" in text
    assert "Langkah-langkah" in text  # one SOP: its step table follows
    book = load_workbook(io.BytesIO(data))
    sheet = book["Monitoring"]
    assert [c.value for c in sheet[4]][:7] == list(HEAD)
    row = [c.value for c in sheet[5]]
    assert row[:8] == [1, SOP_NAME, "✓", None, "Baik walau lambat", "Tambah petugas",
                       "Admin, Administrator, 01-07-2026 12.00 WIB", "diparaf"]
    assert row[8:] == [3, 1, 0, 11, pytest.approx(72.7), pytest.approx(33.3)]  # frozen figures
    steps = book.worksheets[1]
    assert steps.title.startswith("1. ") and steps["A1"].value == SOP_NAME
    first = [c.value for c in steps[5]]
    assert first[4:8] == [3, 30.0, 870.0, pytest.approx(66.7)]


def test_evaluation(known: str):
    with _db(known) as db:
        found = evaluate(db, SPJ_INSTANSI, SEMESTER_I, NOW)
        assert found.before == Period(date(2025, 7, 1), date(2025, 12, 31))
        assert [r.key for r in found.revise] == [SPJ_KEY]
        reasons = " ".join(found.revise[0].reasons)
        assert "73% langkah selesai tepat waktu" in reasons and "sering dijawab Tidak" in reasons
        assert [d.key for d in found.due] == [SPJ_KEY]
        assert found.changes == []  # nothing ran in Semester II 2025, the SOP came later
        text = _pdf_text(evaluation_pdf(db, SPJ_INSTANSI, SEMESTER_I, NOW))
    assert "SOP yang perlu direvisi" in text and SOP_NAME in text
    assert "sering dijawab Tidak" in text and "Tanggal Revisi" in text
    deployed = datetime.now(UTC).date()  # the test deployed the SOP today: in that semester
    with _db(known) as db:
        later = evaluate(db, SPJ_INSTANSI, semester_of(deployed), NOW)
    changes = [what for _, what in later.changes]
    assert "Versi 1 dipasang" in " ".join(changes)
    if semester_of(deployed) == Period(date(2026, 7, 1), date(2026, 12, 31)):
        assert "Tepat waktu turun: 73% → 0%." in changes  # C's second step, late on 1 July


def test_dates_and_revision_rule():
    assert read_date("25 Februari 2018") == date(2018, 2, 25)
    assert read_date("2019-03-01") == date(2019, 3, 1) and read_date("1/3/2019") == date(2019, 3, 1)
    assert read_date("") is None and read_date("kapan-kapan") is None
    end = date(2026, 6, 30)
    assert revision_due({"tanggal_revisi": "1 Juni 2026"}, "k", "n", end)
    assert revision_due({"tanggal_revisi": "1 Juli 2026"}, "k", "n", end) is None
    assert revision_due({"tanggal_efektif": "25 Februari 2018"}, "k", "n", end)
    assert revision_due({"tanggal_efektif": "1 Juli 2024"}, "k", "n", end) is None
    assert "tidak tercatat" in revision_due({}, "k", "n", end).reason
    assert previous(Period(date(2026, 3, 1), date(2026, 3, 31))) == Period(
        date(2026, 1, 29), date(2026, 2, 28))


def test_stored_row(known: str):
    with _db(known) as db:
        review.save(db, ADMIN, SPJ_KEY, SEMESTER_I, "tidak_baik", "", "", 0, now=NOW)
    with _db(known) as db:
        rows = db.query(MonitoringReview).all()
        assert [(r.process_key, r.instansi, r.period_from, r.revision) for r in rows] == [
            (SPJ_KEY, SPJ_INSTANSI, date(2026, 1, 1), 1)]
        assert rows[0].updated_by == "root" and rows[0].signed_at is None


# -- over HTTP ----------------------------------------------------------------------------
PERIOD_QS = "from=2026-01-01&to=2026-06-30"
REVIEW_PATH = f"/api/report/monitoring/review?processDefinitionKey={SPJ_KEY}&{PERIOD_QS}"


def _users(url: str) -> None:
    add_user(url, "admin", [], admin=True)
    add_user(url, "kadis", [("Kepala Dinas", SPJ_INSTANSI)])
    add_user(url, "penilai", [(PENILAI_JABATAN, SPJ_INSTANSI)])
    add_user(url, "pptk", [("PPTK", SPJ_INSTANSI)])


def test_api_over_http(known: str, live_server_for):
    _users(known)
    server = live_server_for(known)
    admin, kadis, penilai, pptk = (server.login(u) for u in ("admin", "kadis", "penilai", "pptk"))
    settings = f"/api/report/monitoring/settings/{SPJ_INSTANSI}"
    body = {"minOnTime": 0.8, "maxRework": 0.2, "penilaiJabatan": PENILAI_JABATAN}
    assert kadis.http.put(kadis.base + settings, json=body).status_code == 403
    assert admin.http.put(admin.base + settings, json=body).json()["penilaiJabatan"] == \
        PENILAI_JABATAN
    bad = admin.http.put(admin.base + settings, json={**body, "minOnTime": 2})
    assert bad.status_code == 400 and bad.json()["field"] == "minOnTime"
    assert kadis.get(settings).json()["minOnTime"] == 0.8
    assert pptk.get(settings).status_code == 403

    fresh = kadis.get(REVIEW_PATH).json()
    assert (fresh["revision"], fresh["proposed"], fresh["mayReview"]) == (0, "tidak_baik", False)
    assert pptk.get(REVIEW_PATH).status_code == 404
    change = {"penilaian": "baik", "catatan": "Cukup", "tindakan": "Latih", "revision": 0}
    assert kadis.http.put(kadis.base + REVIEW_PATH, json=change).status_code == 403
    saved = penilai.http.put(penilai.base + REVIEW_PATH, json=change)
    assert saved.status_code == 200 and saved.json()["revision"] == 1
    again = penilai.http.put(penilai.base + REVIEW_PATH, json=change)
    assert again.status_code == 409 and again.json()["field"] == "revision"
    # M's monitoring JSON now shows the penilai's Penilaian
    shown = kadis.get(f"/api/report/monitoring?processDefinitionKey={SPJ_KEY}&{PERIOD_QS}")
    assert shown.json()["penilaian"] == "baik" and shown.json()["proposed"] == "tidak_baik"
    sign_path = REVIEW_PATH.replace("/review?", "/review/sign?")
    assert penilai.post(sign_path, json={"revision": 0}).status_code == 409
    signed = penilai.post(sign_path, json={"revision": 1}).json()
    assert signed["signed"] and signed["paraf"].startswith(f"penilai, {PENILAI_JABATAN}, ")
    frozen = penilai.http.put(penilai.base + REVIEW_PATH, json={**change, "revision": 2})
    assert frozen.status_code == 409 and "sudah diparaf" in frozen.json()["message"]

    pdf = kadis.get(f"/api/report/monitoring.pdf?instansi={SPJ_INSTANSI}&{PERIOD_QS}")
    assert pdf.status_code == 200 and pdf.headers["Content-Type"] == "application/pdf"
    text = _pdf_text(pdf.content)
    assert "Paraf Penilai" in text and SOP_NAME in text and "Cukup" in text
    xlsx = kadis.get(f"/api/report/monitoring.xlsx?processDefinitionKey={SPJ_KEY}&{PERIOD_QS}")
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames[0] == "Monitoring" and len(book.sheetnames) == 2
    evaluation = kadis.get(f"/api/report/evaluation.pdf?instansi={SPJ_INSTANSI}&{PERIOD_QS}")
    assert "EVALUASI PENERAPAN SOP" in _pdf_text(evaluation.content)
    assert pptk.get(f"/api/report/evaluation.pdf?instansi={SPJ_INSTANSI}").status_code == 403
    assert pptk.get(f"/api/report/monitoring.pdf?instansi={SPJ_INSTANSI}").status_code == 403
    assert kadis.get("/api/report/monitoring.xlsx").status_code == 400


def test_pages_over_http(known: str, live_server_for):
    from test_dashboard import TOKEN, page_login

    _users(known)
    _name_penilai(known)
    server = live_server_for(known)
    page = f"{server.base}/laporan/monitoring?sop={SPJ_KEY}&dari=2026-01-01&sampai=2026-06-30"
    kadis, penilai, pptk = (page_login(server, u) for u in ("kadis", "penilai", "pptk"))
    assert pptk.get(page, timeout=30).status_code == 403
    seen = kadis.get(page, timeout=30).text
    assert "Mekanisme Penyusunan SPJ" in seen and "Simpan" not in seen
    assert 'data-step="langkah_01"' in seen
    mine = penilai.get(page, timeout=30).text
    token = TOKEN.search(mine).group(1)
    form = {"csrf_token": token, "sop": SPJ_KEY, "dari": "2026-01-01", "sampai": "2026-06-30"}
    assert penilai.post(f"{server.base}/laporan/monitoring/simpan", timeout=30, data={
        **form, "penilaian": "baik", "catatan": "", "tindakan": "", "revision": "0"}).ok
    without_token = penilai.post(f"{server.base}/laporan/monitoring/paraf", timeout=30,
                                 data={**form, "csrf_token": "", "revision": "1", "yakin": "ya"})
    assert without_token.status_code == 400
    done = penilai.post(f"{server.base}/laporan/monitoring/paraf", timeout=30,
                        data={**form, "revision": "1", "yakin": "ya"}).text
    assert "diparaf dan dibekukan" in done and "paraf-penilai" in done
    table = kadis.get(f"{server.base}/laporan/monitoring/instansi?instansi={SPJ_INSTANSI}"
                      "&dari=2026-01-01&sampai=2026-06-30", timeout=30)
    assert table.status_code == 200 and 'data-penilaian="baik"' in table.text
    for name in ("tabel.pdf", "tabel.xlsx", "evaluasi.pdf"):
        got = kadis.get(f"{server.base}/laporan/monitoring/{name}?instansi={SPJ_INSTANSI}"
                        "&dari=2026-01-01&sampai=2026-06-30", timeout=60)
        assert got.status_code == 200 and len(got.content) > 1000, name


def test_the_penilai_judges_and_signs_in_a_browser(driver, known: str, live_server_for):
    from browser import StaffBrowser
    from selenium.webdriver.common.keys import Keys

    if not known.startswith("sqlite"):
        pytest.skip("one database is enough for the browser")
    _users(known)
    _name_penilai(known)
    server = live_server_for(known)
    penilai = StaffBrowser(driver, server.base)
    penilai.login("penilai")
    penilai.open(f"/laporan/monitoring/instansi?instansi={SPJ_INSTANSI}"
                 "&dari=2026-01-01&sampai=2026-06-30")
    assert "usulan" in penilai.find(f'tr[data-sop="{SPJ_KEY}"]').text
    penilai.click(lambda: penilai.link(SOP_NAME))
    assert penilai.h1() == SOP_NAME
    assert penilai.find("#penilaian-tidak_baik").is_selected()  # the proposal
    penilai.find("#penilaian-baik").send_keys(Keys.SPACE)  # by keyboard
    penilai.type("#catatan", "Langkah verifikasi sering terlambat")
    penilai.type("#tindakan", "Tambah verifikator")
    penilai.click(lambda: penilai.button("Simpan"))
    assert "Penilaian disimpan." in penilai.text()
    penilai.button("Paraf dan bekukan").click()  # the tick is required: no page load
    assert penilai.find("#yakin") and not penilai.find_all(".paraf-penilai")
    penilai.shot("laporan-monitoring-penilaian")
    penilai.find("#yakin").click()
    penilai.click(lambda: penilai.button("Paraf dan bekukan"))
    paraf = penilai.find(".paraf-penilai").text
    assert paraf.startswith(f"penilai, {PENILAI_JABATAN}, ")
    assert not penilai.find_all("#catatan") and "Tambah verifikator" in penilai.text()
    driver.set_window_size(390, 900)
    try:
        width = driver.execute_script("return document.documentElement.scrollWidth")
        inner = driver.execute_script("return window.innerWidth")
        assert width <= inner
    finally:
        driver.set_window_size(1280, 900)
