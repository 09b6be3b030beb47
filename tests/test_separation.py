"""Issue 12 item 6: pemisahan tugas (separation of duties), engine and API on both databases.

The fixture SOP (tests/fixtures/pemisahan, imported here with the library's importer) has
Verifikasi SPJ (Kasubag Keuangan) checking Penyusunan SPJ (Bendahara Pengeluaran). "budi" holds
both jabatan: he may do the work or the check of a case, never both; "sari" (Kasubag) checks
what he did. After a Tidak loop the latest doer of the work counts; a Plt. / Plh. and an admin
are still the same person. Deployment refuses a property it would not honour, with the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, add_user, deploy_paths

from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import check_file, deploy
from engine.errors import DeploymentError, Forbidden, InvalidData
from engine.runtime import Runtime
from engine.soptable.importer import table_to_bpmn, write_table
from engine.soptable.model import load_table

TABLE = ROOT / "tests/fixtures/pemisahan/uji-pemisahan/uji_pemisahan_spj.yaml"
KEY, INSTANSI = "uji_pemisahan_spj", "uji-pemisahan"
BENDAHARA, KASUBAG = "Bendahara Pengeluaran", "Kasubag Keuangan"
BUDI = Actor("budi", frozenset({(BENDAHARA, INSTANSI), (KASUBAG, INSTANSI)}))
SARI = Actor("sari", frozenset({(KASUBAG, INSTANSI)}))
ANDI = Actor("andi", frozenset({(BENDAHARA, INSTANSI)}))
YA, TIDAK = {"keputusan": "Ya"}, {"keputusan": "Tidak", "alasan": "nota kurang"}
REFUSED = ("Pemisahan tugas: Anda menyelesaikan langkah \u201cPenyusunan SPJ\u201d pada berkas "
           "ini, jadi pemeriksaannya harus oleh pengguna lain yang memegang jabatan "
           "Kasubag Keuangan.")


def fixture_bpmn(folder: Path) -> Path:
    """The fixture table as the importer writes it: <folder>/uji-pemisahan/<id>.bpmn."""
    return write_table(load_table(TABLE), folder)


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> tuple[str, Runtime]:
    deploy_paths(db_url, fixture_bpmn(tmp_path), base=tmp_path)
    add_user(db_url, "budi", [(BENDAHARA, INSTANSI), (KASUBAG, INSTANSI)])
    add_user(db_url, "sari", [(KASUBAG, INSTANSI)])
    add_user(db_url, "andi", [(BENDAHARA, INSTANSI)])
    add_user(db_url, "admin", [], admin=True)
    return db_url, Runtime(make_session_factory(make_engine(db_url)))


def at_verification(runtime: Runtime, worker: Actor) -> str:
    """A case whose Penyusunan SPJ ``worker`` completed; the Verifikasi task's id."""
    inst = runtime.start(KEY, worker)
    inst = runtime.complete(inst.tasks[0].id, worker, {})
    assert inst.tasks[0].name == "Verifikasi SPJ"
    return inst.tasks[0].id


# -- engine ----------------------------------------------------------------------------------
def test_who_did_the_work_may_not_claim_or_complete_its_check(office):
    _, runtime = office
    task_id = at_verification(runtime, BUDI)
    for attempt in (lambda: runtime.claim(task_id, BUDI),
                    lambda: runtime.complete(task_id, BUDI, YA)):
        with pytest.raises(Forbidden) as refused:
            attempt()
        assert refused.value.status == 403
        assert refused.value.message == REFUSED
        assert refused.value.message_en.startswith("Separation of duties: you completed the "
                                                   "step \u201cPenyusunan SPJ\u201d")
        assert refused.value.details == {"field": "pemisahan_tugas", "step": "langkah_01"}
    assert runtime.task(task_id, SARI).assignee is None  # nothing changed
    after = runtime.complete(task_id, SARI, YA)  # another holder of the jabatan may
    assert after.tasks[0].name == "Pemeriksaan arsip"


def test_a_check_of_the_same_pelaksana_is_not_separated(office):
    _, runtime = office
    inst = runtime.complete(at_verification(runtime, ANDI), SARI, YA)
    assert inst.tasks[0].properties.get("pemisahan_tugas") is None
    done = runtime.complete(inst.tasks[0].id, SARI, YA)  # sari checks her own Verifikasi
    assert done.tasks[0].name == "Pengarsipan SPJ"


def test_after_a_tidak_loop_the_latest_doer_counts(office):
    _, runtime = office
    # budi did the work first; it came back and andi redid it: budi may check now
    inst = runtime.complete(at_verification(runtime, BUDI), SARI, TIDAK)
    inst = runtime.complete(inst.tasks[0].id, ANDI, {})
    assert runtime.complete(inst.tasks[0].id, BUDI, YA).tasks[0].name == "Pemeriksaan arsip"
    # andi did it first, budi redid it: budi may not
    inst = runtime.complete(at_verification(runtime, ANDI), SARI, TIDAK)
    inst = runtime.complete(inst.tasks[0].id, BUDI, {})
    with pytest.raises(Forbidden, match="Pemisahan tugas"):
        runtime.complete(inst.tasks[0].id, BUDI, YA)


def test_a_plt_and_an_admin_are_still_the_same_person(office):
    _, runtime = office
    plt = Actor("citra", frozenset({(BENDAHARA, INSTANSI)}),
                acting=frozenset({(KASUBAG, INSTANSI, "Plt")}))
    with pytest.raises(Forbidden, match="Pemisahan tugas"):
        runtime.claim(at_verification(runtime, plt), plt)
    admin = Actor("admin", BUDI.roles, is_admin=True)
    with pytest.raises(Forbidden, match="Pemisahan tugas"):
        runtime.complete(at_verification(runtime, admin), admin, YA)


def test_the_single_task_read_says_who_is_blocked(office):
    _, runtime = office
    task_id = at_verification(runtime, BUDI)
    blocked = runtime.task(task_id, BUDI).separation
    assert blocked == {"blocked": True, "step": "Penyusunan SPJ", "stepId": "langkah_01",
                       "message": REFUSED, "message_en": blocked["message_en"]}
    assert runtime.task(task_id, SARI).separation == {"blocked": False, "checks": ["langkah_01"]}
    assert all(t.separation is None for t in runtime.tasks(BUDI))  # lists do not compute it
    first = runtime.start(KEY, ANDI).tasks[0]
    assert runtime.task(first.id, ANDI).separation is None  # a step that declares nothing


def test_a_hand_over_to_the_worker_is_refused(office):
    _, runtime = office
    task_id = at_verification(runtime, BUDI)
    admin = Actor("admin", is_admin=True)
    with pytest.raises(InvalidData) as refused:
        runtime.assign(task_id, admin, "budi")
    assert refused.value.details["field"] == "userId"
    assert "Pemisahan tugas: budi menyelesaikan langkah" in refused.value.message
    assert runtime.assign(task_id, admin, "sari").assignee == "sari"


# -- API -------------------------------------------------------------------------------------
def test_the_api_refuses_with_403_and_flags_the_task(office, live_server_for):
    url, runtime = office
    task_id = at_verification(runtime, BUDI)
    server = live_server_for(url)
    budi, sari = server.login("budi"), server.login("sari")
    shown = budi.get(f"/api/task/{task_id}").json()["separationOfDuties"]
    assert shown["blocked"] is True and shown["step"] == "Penyusunan SPJ"
    assert shown["message"] == REFUSED
    for path, body in (("claim", None), ("complete", {"variables": YA})):
        resp = budi.post(f"/api/task/{task_id}/{path}", json=body)
        assert resp.status_code == 403, resp.text
        assert resp.json()["message"] == REFUSED
        assert resp.json()["field"] == "pemisahan_tugas"
    assert sari.get(f"/api/task/{task_id}").json()["separationOfDuties"]["blocked"] is False
    assert all("separationOfDuties" not in t for t in budi.get("/api/task").json())
    done = sari.post(f"/api/task/{task_id}/complete", json={"variables": YA})
    assert done.status_code == 200, done.text


# -- deployment ------------------------------------------------------------------------------
def _xml(tmp_path: Path) -> str:
    return table_to_bpmn(load_table(TABLE)).decode()


DECLARED = '<camunda:property name="pemisahan_tugas" value="langkah_01"/>'


def _line_of(xml: str, text: str) -> int:
    return xml[: xml.index(text)].count("\n") + 1


@pytest.mark.parametrize("value, expected", [
    ("langkah_09", "pemisahan_tugas menyebut 'langkah_09', yang bukan user task lain"),
    ("langkah_02", "pemisahan_tugas menyebut 'langkah_02', yang bukan user task lain"),
    ("mulai", "pemisahan_tugas menyebut 'mulai'"),
    ("", "pemisahan_tugas kosong; tulis id user task"),
])
def test_deployment_refuses_a_value_it_would_not_honour(tmp_path, value, expected):
    xml = _xml(tmp_path).replace(DECLARED, DECLARED.replace("langkah_01", value))
    _, problems = check_file(xml.encode(), "uji.bpmn", INSTANSI)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert expected in problem.message_id
    assert problem.element == "bpmn:userTask 'langkah_02'"  # langkah_02 is the declaring task
    assert problem.line == _line_of(xml, 'name="pemisahan_tugas"')


def test_deployment_refuses_the_property_off_a_user_task(tmp_path, db_url):
    xml = _xml(tmp_path)
    process_props = '<camunda:property name="instansi.kode"'
    xml = xml.replace(process_props, DECLARED + process_props, 1)
    factory = make_session_factory(make_engine(db_url))
    with pytest.raises(DeploymentError) as refused, transaction(factory, write=True) as db:
        deploy(db, [("uji.bpmn", xml.encode(), INSTANSI)])
    problem = refused.value.details["problems"][0]
    assert problem["element"] == f"bpmn:process '{KEY}'"
    assert problem["line"] == _line_of(xml, DECLARED)
    assert "hanya berlaku pada user task keputusan" in refused.value.message
    assert "move it to a bpmn:userTask" in refused.value.message_en


def test_several_checked_steps_space_separated_deploy(tmp_path):
    xml = _xml(tmp_path).replace(DECLARED, DECLARED.replace('"langkah_01"',
                                                            '"langkah_01 langkah_04"'))
    processes, problems = check_file(xml.encode(), "uji.bpmn", INSTANSI)
    assert problems == [] and [p.key for p in processes] == [KEY]
