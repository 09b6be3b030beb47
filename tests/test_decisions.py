"""Decisions in the SOP's own words, and returning a step without its kelengkapan ticks.

The cuti SOP (Lumajang Disdukcapil) asks "Masih ada sisa cuti tahunan?" and names its answers
Ada / Tidak ada (Tidak ends the request); step 4 names them Setuju / Tidak (Tidak sends the
surat pengantar back to step 3). The values submitted stay Ya / Tidak.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ROOT, add_user, deploy_paths
from spj import CUTI_BPMN
from werkzeug.datastructures import MultiDict

from api.pages.diagram import flow_names
from api.pages.steps import answer_names
from engine.specs import parse_spec
from forms import check_formdata, form_definition, previous_values

CUTI = CUTI_BPMN  # the library SOP without its dokumen marks (tests/spj.py)
CUTI_KEY = "lumajang_dukcapil_pengajuan_cuti"
INSTANSI = "lumajang-disdukcapil"
LOOP = ROOT / "tests" / "fixtures" / "spj_loop.bpmn"


@pytest.fixture(scope="module")
def cuti():
    xml = CUTI.read_text()
    return parse_spec(CUTI_KEY, xml), flow_names(xml)


def definition_of(spec, step: str):
    return form_definition(spec.task_specs[step])


# -- the model's words ---------------------------------------------------------------------------
def test_the_answers_are_the_names_of_the_decisions_flows(cuti):
    spec, flows = cuti
    assert flows[("keputusan_02", "gabung_03")] == "Ada"
    assert answer_names(spec, "langkah_02", flows) == {"Ya": "Ada", "Tidak": "Tidak ada"}
    # "Tidak" alone says nothing more than the value: the page falls back to its own words
    assert answer_names(spec, "langkah_04", flows) == {"Ya": "Setuju"}
    assert answer_names(spec, "langkah_01", flows) == {}  # not a decision


def test_without_flow_names_the_forms_option_names_are_used(cuti):
    spec, _ = cuti
    options = definition_of(spec, "langkah_02").answers()
    assert options == {"Ya": "Ada", "Tidak": "Tidak ada"}
    assert answer_names(spec, "langkah_02", {}, options) == {"Ya": "Ada", "Tidak": "Tidak ada"}
    assert answer_names(spec, "langkah_02", {}, {"Ya": "Ya", "Tidak": " tidak "}) == {}


def test_a_model_naming_its_flows_only_ya_and_tidak_gets_no_words():
    xml = LOOP.read_text()
    spec = parse_spec("fixture_spj", xml)
    definition = definition_of(spec, "langkah_03")
    assert answer_names(spec, "langkah_03", flow_names(xml), definition.answers()) == {}


# -- the kelengkapan rule, in forms/ -------------------------------------------------------------
def errors_of(definition, **data: str) -> dict[str, str]:
    checked = check_formdata(definition, MultiDict(data))
    return {e.field: e.code for e in checked.errors}


def test_kelengkapan_is_asked_only_of_the_forward_answer(cuti):
    spec, _ = cuti
    definition = definition_of(spec, "langkah_04")
    (box,) = definition.checklist()
    assert box.required and box.waived_if == ("keputusan", "Tidak")
    assert errors_of(definition, keputusan="Tidak", alasan="salah ketik") == {}
    assert errors_of(definition, keputusan="Tidak") == {"alasan": "required_if"}
    assert errors_of(definition, keputusan="Ya") == {"kelengkapan_1": "required_checkbox"}
    assert errors_of(definition, keputusan="Ya", kelengkapan_1="y") == {}
    assert errors_of(definition) == {"kelengkapan_1": "required_checkbox",
                                     "keputusan": "required"}


def test_a_step_without_a_decision_still_requires_its_ticks(cuti):
    spec, _ = cuti
    definition = definition_of(spec, "langkah_03")
    assert all(f.waived_if is None for f in definition.fields)
    assert errors_of(definition) == {"kelengkapan_1": "required_checkbox"}


def test_previous_values_leave_out_the_decision_and_its_reason(cuti):
    spec, _ = cuti
    definition = definition_of(spec, "langkah_04")
    data = {"kelengkapan_1": True, "output": "Surat no. 5", "catatan": None,
            "keputusan": "Tidak", "alasan": "salah ketik", "bukan_isian": "x"}
    assert previous_values(definition, data) == {"kelengkapan_1": True, "output": "Surat no. 5"}
    assert previous_values(definition, None) == {}


# -- the JSON API on both databases --------------------------------------------------------------
def cuti_server(db_url: str, live_server_for):
    deploy_paths(db_url, CUTI)
    for username, role in (("pns", "PNS"), ("umpeg", "Kepala Sub Bagian Umum dan Kepegawaian"),
                           ("staf", "Staf")):
        add_user(db_url, username, [(role, INSTANSI)])
    return live_server_for(db_url)


def only_task(instance: dict[str, Any]) -> dict[str, Any]:
    (task,) = instance["tasks"]
    return task


def complete(client, task: dict[str, Any], variables: dict[str, Any]):
    return client.post(f"/api/task/{task['id']}/complete", json={"variables": variables})


def test_returning_over_the_api_needs_no_ticks_going_forward_does(db_url, live_server_for):
    server = cuti_server(db_url, live_server_for)
    pns, umpeg, staf = (server.login(u) for u in ("pns", "umpeg", "staf"))
    started = pns.post(f"/api/process-definition/key/{CUTI_KEY}/start", json={})
    assert started.status_code == 200, started.text
    step2 = only_task(complete(pns, only_task(started.json()), {"kelengkapan_1": True}).json())
    fields = {f["id"]: f for f in umpeg.get(f"/api/task/{step2['id']}/form-variables").json()}
    assert fields["keputusan"]["options"] == [{"id": "Ya", "name": "Ada"},
                                              {"id": "Tidak", "name": "Tidak ada"}]
    assert fields["kelengkapan_1"]["constraints"]["waived_if"] == "keputusan=Tidak"
    step3 = only_task(complete(umpeg, step2, {"kelengkapan_1": True, "keputusan": "Ya"}).json())
    step4 = only_task(complete(staf, step3, {"kelengkapan_1": True}).json())

    refused = complete(umpeg, step4, {"keputusan": "Ya"})  # forward without the tick
    assert refused.status_code == 422, refused.text
    assert refused.json()["field"] == "kelengkapan_1"
    assert [e["field"] for e in refused.json()["errors"]] == ["kelengkapan_1"]

    returned = complete(umpeg, step4, {"keputusan": "Tidak", "alasan": "salah ketik"})
    assert returned.status_code == 200, returned.text
    again = only_task(returned.json())
    assert again["taskDefinitionKey"] == "langkah_03"
    assert returned.json()["variables"]["kelengkapan_1"] is False


def test_a_refusal_needs_no_ticks_either(db_url, live_server_for):
    server = cuti_server(db_url, live_server_for)
    pns, umpeg = server.login("pns"), server.login("umpeg")
    started = pns.post(f"/api/process-definition/key/{CUTI_KEY}/start", json={}).json()
    step2 = only_task(complete(pns, only_task(started), {"kelengkapan_1": True}).json())
    assert complete(umpeg, step2, {"keputusan": "Ya"}).status_code == 422
    ended = complete(umpeg, step2, {"keputusan": "Tidak", "alasan": "cuti tahunan habis"})
    assert ended.status_code == 200, ended.text
    assert ended.json()["ended"] is True and ended.json()["tasks"] == []
