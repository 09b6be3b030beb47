"""Issue 11 item 5: drafts of a step's form (Simpan draf) over real HTTP, both databases.

``PUT /api/task/{id}/draft`` with the variables shape ``complete`` takes, ``GET`` (404 when none),
``DELETE``; one draft per user and task, kept unvalidated but only with the step's own fields,
refused to another role (403), to a colleague once the task is claimed (403), to an outsider
(404) and on a finished task (409); completing the task drops it.
"""

from __future__ import annotations

import re

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY, complete_step
from sqlalchemy import func, select

from engine.db import make_engine, make_session_factory, transaction
from engine.drafts import MAX_BYTES
from engine.models import TaskDraft
from engine.supervisors import mark


@pytest.fixture
def office(db_url, live_server_for):
    deploy_paths(db_url, SPJ_BPMN)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "pptk2", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "bendahara", [("Bendahara Pengeluaran", SPJ_INSTANSI)])
    add_user(db_url, "kepala", [])
    add_user(db_url, "luar", [("PPTK", "lumajang-disdukcapil")])
    with transaction(make_session_factory(make_engine(db_url)), write=True) as db:
        mark(db, "kepala", SPJ_INSTANSI)
    server = live_server_for(db_url)
    case = server.login("pptk").post(f"/api/process-definition/key/{SPJ_KEY}/start",
                                     json={}).json()
    return db_url, server, case["tasks"][0]


CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def _staff(server, username: str) -> requests.Session:
    """A page session (login form, CSRF) for ``username``."""
    http = requests.Session()
    match = CSRF.search(http.get(f"{server.base}/masuk", timeout=10).text)
    http.post(f"{server.base}/masuk", timeout=10, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": "rahasia"})
    return http


def _token(page: str) -> str:
    match = CSRF.search(page)
    return match.group(1) or match.group(2)


def _put(client, task_id: str, variables: dict):
    return client.http.put(f"{client.base}/api/task/{task_id}/draft",
                           json={"variables": variables}, timeout=30)


def test_a_draft_is_saved_loaded_and_overwritten_with_only_the_forms_fields(office):
    _, server, task = office
    pptk = server.login("pptk")
    saved = _put(pptk, task["id"], {"catatan": {"value": "setengah jalan"},
                                    "kelengkapan_1": {"value": True}, "output": "",
                                    "bukan_isian": {"value": "dibuang"}})
    assert saved.status_code == 200, saved.text
    body = saved.json()
    assert body["variables"] == {"catatan": {"value": "setengah jalan"},
                                 "kelengkapan_1": {"value": True}, "output": {"value": ""}}
    assert body["savedAt"].endswith("+00:00")
    assert pptk.get(f"/api/task/{task['id']}/draft").json() == body
    # not validated: longer than the field's maxlength (1000), the tick left out
    again = _put(pptk, task["id"], {"catatan": "x" * 1500})
    assert again.status_code == 200, again.text
    loaded = pptk.get(f"/api/task/{task['id']}/draft").json()
    assert loaded["variables"] == {"catatan": {"value": "x" * 1500}}
    assert loaded["savedAt"] >= body["savedAt"]


def test_each_user_has_their_own_draft(office):
    _, server, task = office
    pptk, pptk2 = server.login("pptk"), server.login("pptk2")
    assert _put(pptk, task["id"], {"catatan": "punya pptk"}).status_code == 200
    assert pptk2.get(f"/api/task/{task['id']}/draft").status_code == 404
    assert _put(pptk2, task["id"], {"catatan": "punya pptk2"}).status_code == 200
    assert pptk.get(f"/api/task/{task['id']}/draft").json()["variables"] == {
        "catatan": {"value": "punya pptk"}}
    assert pptk2.delete(f"/api/task/{task['id']}/draft").status_code == 204
    assert pptk2.get(f"/api/task/{task['id']}/draft").status_code == 404
    assert pptk2.delete(f"/api/task/{task['id']}/draft").status_code == 404
    assert pptk.get(f"/api/task/{task['id']}/draft").status_code == 200


def test_refused_to_another_role_an_outsider_and_a_colleague_once_claimed(office):
    _, server, task = office
    bendahara = _put(server.login("bendahara"), task["id"], {"catatan": "x"})
    assert bendahara.status_code == 403 and bendahara.json()["field"] == "role"
    pengawas = _put(server.login("kepala"), task["id"], {"catatan": "x"})
    assert pengawas.status_code == 403  # sees the task (may hand it over), does not work it
    outsider = _put(server.login("luar"), task["id"], {"catatan": "x"})
    assert outsider.status_code == 404
    assert _put(server.login("pptk"), "00000000-0000-0000-0000-000000000000",
                {}).status_code == 404
    pptk, pptk2 = server.login("pptk"), server.login("pptk2")
    assert pptk.post(f"/api/task/{task['id']}/claim").status_code == 200
    claimed = _put(pptk2, task["id"], {"catatan": "x"})
    assert claimed.status_code == 403 and claimed.json()["field"] == "assignee"
    assert _put(pptk, task["id"], {"catatan": "saya yang ambil"}).status_code == 200


def test_completion_drops_every_draft_and_a_finished_task_takes_none(office):
    url, server, task = office
    pptk, pptk2 = server.login("pptk"), server.login("pptk2")
    assert _put(pptk2, task["id"], {"catatan": "dari rekan"}).status_code == 200
    assert _put(pptk, task["id"], {"catatan": "draf"}).status_code == 200
    complete_step(pptk, task)
    assert pptk.get(f"/api/task/{task['id']}/draft").status_code == 404
    assert pptk2.get(f"/api/task/{task['id']}/draft").status_code == 404
    with transaction(make_session_factory(make_engine(url))) as db:
        assert db.scalar(select(func.count()).select_from(TaskDraft)) == 0
    finished = _put(pptk, task["id"], {"catatan": "terlambat"})
    assert finished.status_code == 409, finished.text
    assert _put(server.login("luar"), task["id"], {"catatan": "x"}).status_code == 404


def test_size_and_value_limits(office):
    _, server, task = office
    pptk = server.login("pptk")
    too_big = _put(pptk, task["id"], {"catatan": "x" * (MAX_BYTES + 1)})
    assert too_big.status_code == 413, too_big.text
    assert too_big.json()["field"] == "variables"
    nested = _put(pptk, task["id"], {"catatan": {"value": ["a", "b"]}})
    assert nested.status_code == 422 and nested.json()["field"] == "catatan"
    assert pptk.get(f"/api/task/{task['id']}/draft").status_code == 404  # nothing kept
    empty = _put(pptk, task["id"], {"catatan": None, "kelengkapan_1": False})
    assert empty.status_code == 200
    assert empty.json()["variables"] == {"catatan": {"value": None},
                                         "kelengkapan_1": {"value": False}}


def test_simpan_draf_on_a_decision_step_keeps_the_alasan_and_decides_nothing(office):
    url, server, task = office
    add_user(url, "kasubag", [("Kepala Sub Bagian Keuangan", SPJ_INSTANSI)])
    pptk, bendahara = server.login("pptk"), server.login("bendahara")
    case = complete_step(pptk, task)
    verifikasi = complete_step(bendahara, case["tasks"][0])["tasks"][0]
    http = _staff(server, "kasubag")
    page = http.get(f"{server.base}/tugas/{verifikasi['id']}", timeout=10).text
    assert 'value="simpan-draf" formnovalidate' in page
    saved = http.post(f"{server.base}/tugas/{verifikasi['id']}", timeout=10, data={
        "csrf_token": _token(page), "alasan": "nota kurang", "aksi": "simpan-draf"})
    assert saved.status_code == 200 and saved.url.endswith(f"/tugas/{verifikasi['id']}")
    assert "Draf disimpan pukul" in saved.text and "dipulihkan" in saved.text
    assert ">nota kurang</textarea>" in saved.text
    kasubag = server.login("kasubag")
    assert kasubag.get(f"/api/task/{verifikasi['id']}/draft").json()["variables"] == {
        "kelengkapan_1": {"value": False}, "alasan": {"value": "nota kurang"}}  # no keputusan
    assert kasubag.get(f"/api/task/{verifikasi['id']}").status_code == 200  # still waiting
    english = http.get(f"{server.base}/tugas/{verifikasi['id']}?lang=en", timeout=10).text
    assert "Restored your draft saved" in english and "Save draft" in english


# -- the page's face (forms.drafts): form data to a draft and back, no database --------------
def _definition():
    from forms import FieldDef, FormDefinition
    return FormDefinition((
        FieldDef("kelengkapan_1", "boolean", "SPJ", required=True),
        FieldDef("jumlah", "long", "Jumlah"),
        FieldDef("tanggal", "date", "Tanggal"),
        FieldDef("nomor", "string", "Nomor", default="900/", readonly=True),
        FieldDef("catatan", "string", "Catatan", default="-"),
        FieldDef("keputusan", "enum", "Lengkap?", options=(("Ya", "Ya"), ("Tidak", "Tidak"))),
        FieldDef("alasan", "string", "Alasan", required_if=("keputusan", "Tidak")),
    ))


def test_page_form_data_becomes_a_draft_as_typed():
    from werkzeug.datastructures import MultiDict

    from forms import draft_values
    sent = MultiDict({"jumlah": "dua belas", "tanggal": "", "nomor": "palsu",
                      "catatan": "x", "alasan": "nota kurang", "aksi": "simpan-draf",
                      "csrf_token": "t"})
    assert draft_values(_definition(), sent) == {
        "kelengkapan_1": False, "jumlah": "dua belas", "tanggal": "", "catatan": "x",
        "alasan": "nota kurang"}  # no readonly field, no decision (Simpan draf sent none)
    ticked = draft_values(_definition(), MultiDict({"kelengkapan_1": "y"}))
    assert ticked == {"kelengkapan_1": True}


def test_a_draft_fills_the_form_over_its_defaults_exactly_as_typed():
    from forms import restore_draft, wtform_class
    definition = _definition()
    form = wtform_class(definition)()
    assert form.catatan.data == "-" and form.nomor.data == "900/"
    restore_draft(form, definition, {"kelengkapan_1": True, "jumlah": "dua belas",
                                     "tanggal": "2026-12-01", "nomor": "palsu",
                                     "alasan": "nota kurang", "tidak_ada": "x"})
    assert form.kelengkapan_1.data is True
    assert form.jumlah._value() == "dua belas"  # kept for the user to correct
    assert str(form.tanggal.data) == "2026-12-01"
    assert form.nomor.data == "900/"  # readonly: the model's value
    assert form.catatan.data == "-"  # not in the draft: the default stays
    assert form.alasan.data == "nota kurang"
    restore_draft(form, definition, {"kelengkapan_1": False, "jumlah": 12, "catatan": None})
    assert form.kelengkapan_1.data is False and form.jumlah.data == 12
    assert form.catatan.data == ""
