"""Documents as kelengkapan and output (issue 11 item 2): a step marked ``dokumen=wajib`` cannot
complete without the file, a document of the case satisfies every later step asking for it,
Tidak waives it, ``opsional`` never blocks; deployment refuses a mark it does not understand;
the importer marks the obvious documents. Over the HTTP API on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import add_user, deploy_paths
from lxml import etree
from spj import WITHOUT_DOCUMENTS, library_source, without_documents
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from engine import document_rules
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import check_file
from engine.models import ProcessInstance
from engine.pdfdoc import text_pdf
from engine.runtime import Runtime
from engine.soptable.dokumen import is_document
from engine.soptable.importer import table_to_bpmn
from engine.soptable.model import table_from_dict
from engine.specs import parse_spec
from features.draft import draft
from features.model import model_from_xml

INSTANSI = "uji-dinas"
KEY = "uji_dokumen_spj"
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}
TABLE = {
    "format": "sop-table/1", "id": KEY, "nama": "Uji Dokumen SPJ",
    "instansi": {"kode": INSTANSI, "nama": "Dinas Uji", "unit": "Sekretariat"},
    "pelaksana": ["PPTK", "Bendahara"],
    "langkah": [
        {"no": 1, "uraian": "Penyusunan SPJ", "pelaksana": "PPTK",
         "kelengkapan": ["Dokumen pendukung"], "output": "SPJ", "waktu": "1 jam"},
        {"no": 2, "uraian": "Verifikasi SPJ", "pelaksana": "Bendahara",
         "kelengkapan": ["SPJ", "Kuitansi"], "output": "SPJ diverifikasi", "waktu": "1 jam",
         "keputusan": {"pertanyaan": "SPJ lengkap?", "tidak": 1}},
        {"no": 3, "uraian": "Pengarsipan", "pelaksana": "Bendahara",
         "kelengkapan": ["Surat-menyurat", "Nota dinas"], "output": "Arsip"},
    ],
}
OPSIONAL = ('<camunda:formField id="kelengkapan_2" label="Nota dinas" type="boolean">\n'
            '            <camunda:properties>\n'
            '              <camunda:property id="dokumen" value="wajib"/>')


def sop_xml() -> str:
    """The table imported, with the last step's "Nota dinas" made opsional by hand (as a
    designer would in Camunda Modeler)."""
    xml = table_to_bpmn(table_from_dict(TABLE)).decode()
    assert OPSIONAL in xml
    return xml.replace(OPSIONAL, OPSIONAL.replace("wajib", "opsional"))


@pytest.fixture
def site(db_url: str, tmp_path: Path, live_server_for) -> dict[str, Any]:
    path = tmp_path / INSTANSI / f"{KEY}.bpmn"
    path.parent.mkdir()
    path.write_text(sop_xml(), encoding="utf-8")
    deploy_paths(db_url, path, base=tmp_path)
    add_user(db_url, "pptk", [("PPTK", INSTANSI)])
    add_user(db_url, "bendahara", [("Bendahara", INSTANSI)])
    server = live_server_for(db_url)
    return {"url": db_url, "pptk": server.login("pptk"), "bendahara": server.login("bendahara")}


def start(client) -> dict[str, Any]:
    resp = client.post(f"/api/process-definition/key/{KEY}/start", json={})
    assert resp.status_code == 200, resp.text
    return resp.json()


def the_task(instance: dict[str, Any]) -> dict[str, Any]:
    [task] = instance["tasks"]
    return task


def complete(client, task: dict[str, Any], variables: dict[str, Any]):
    return client.post(f"/api/task/{task['id']}/complete", json={"variables": variables})


def attach(client, task: dict[str, Any], field: str, name: str) -> dict[str, Any]:
    resp = client.post(f"/api/task/{task['id']}/attachment/create",
                       data={"attachment-name": name, "attachment-type": field},
                       files={"content": (f"{name}.pdf", text_pdf(name), "application/pdf")})
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_a_required_document_blocks_the_step_until_it_is_attached(site):
    pptk = site["pptk"]
    case = start(pptk)
    step1 = the_task(case)
    refused = complete(pptk, step1, {"kelengkapan_1": True})
    assert refused.status_code == 422, refused.text
    body = refused.json()
    assert body["field"] == "output"
    assert body["message"] == "Dokumen 'SPJ' wajib dilampirkan sebelum langkah ini diselesaikan."
    assert body["message_en"] == "Document 'SPJ' must be attached before this step is completed."
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("output", "document_required")]

    attached = attach(pptk, step1, "output", "SPJ GU Januari 2026")
    assert attached["item"] == "SPJ"
    done = complete(pptk, step1, {"kelengkapan_1": True})  # output left empty
    assert done.status_code == 200, done.text
    assert the_task(done.json())["taskDefinitionKey"] == "langkah_02"


def test_an_earlier_document_satisfies_a_later_step_and_ticks_it(site):
    pptk, bendahara = site["pptk"], site["bendahara"]
    step1 = the_task(start(pptk))
    attach(pptk, step1, "output", "SPJ GU Januari 2026")
    step2 = the_task(complete(pptk, step1, {"kelengkapan_1": True}).json())

    refused = complete(bendahara, step2, {"keputusan": "Ya"})
    assert refused.status_code == 422, refused.text
    # the SPJ of step 1 stands for kelengkapan_1; only the Kuitansi is missing
    assert [e["field"] for e in refused.json()["errors"]] == ["kelengkapan_2"]
    assert "'Kuitansi'" in refused.json()["message"]

    attach(bendahara, step2, "kelengkapan_2", "Kuitansi ATK Januari")
    done = complete(bendahara, step2, {"keputusan": "Ya"})  # no ticks sent: the documents tick
    assert done.status_code == 200, done.text
    [entry] = [e for e in Runtime(make_session_factory(make_engine(site["url"]))).history(
        done.json()["id"]) if e["step_id"] == "langkah_02"]
    assert entry["data"]["kelengkapan_1"] is True and entry["data"]["kelengkapan_2"] is True
    assert the_task(done.json())["taskDefinitionKey"] == "langkah_03"


def test_tidak_waives_the_required_documents(site):
    pptk, bendahara = site["pptk"], site["bendahara"]
    step1 = the_task(start(pptk))
    attach(pptk, step1, "output", "SPJ")
    step2 = the_task(complete(pptk, step1, {"kelengkapan_1": True}).json())
    back = complete(bendahara, step2, {"keputusan": "Tidak", "alasan": "kuitansi belum ada"})
    assert back.status_code == 200, back.text
    assert the_task(back.json())["taskDefinitionKey"] == "langkah_01"


def test_an_optional_document_never_blocks(site):
    pptk, bendahara = site["pptk"], site["bendahara"]
    step1 = the_task(start(pptk))
    attach(pptk, step1, "output", "SPJ")
    step2 = the_task(complete(pptk, step1, {"kelengkapan_1": True}).json())
    attach(bendahara, step2, "kelengkapan_2", "Kuitansi")
    step3 = the_task(complete(bendahara, step2, {"keputusan": "Ya"}).json())
    done = complete(bendahara, step3, {"kelengkapan_1": True, "kelengkapan_2": True})
    assert done.status_code == 200, done.text
    assert done.json()["ended"] is True


def test_the_pages_form_data_is_ticked_with_the_form_faces_value(site):
    """The task page hands the runtime its form data (a MultiDict of strings)."""
    pptk = site["pptk"]
    step1 = the_task(start(pptk))
    attach(pptk, step1, "output", "SPJ Februari")
    spec = parse_spec(KEY, sop_xml()).task_specs
    factory = make_session_factory(make_engine(site["url"]))
    with transaction(factory) as session:
        instance_id = session.scalar(select(ProcessInstance.id))
        filled = document_rules.apply(session, instance_id, spec["langkah_01"],
                                      MultiDict([("kelengkapan_1", "y")]))
        assert isinstance(filled, MultiDict) and filled["output"] == "SPJ Februari"
        step2 = document_rules.apply(session, instance_id, spec["langkah_02"],
                                     MultiDict([("keputusan", "Tidak")]))
        assert step2["kelengkapan_1"] == "y" and "kelengkapan_2" not in step2
        with pytest.raises(document_rules.InvalidData) as err:
            document_rules.apply(session, instance_id, spec["langkah_02"],
                                 {"keputusan": "Ya"})
        assert err.value.details["field"] == "kelengkapan_2"


def test_slots_read_the_model_in_form_order():
    spec = parse_spec(KEY, sop_xml()).task_specs
    assert document_rules.slots(spec["langkah_01"]) == [
        document_rules.DocumentSlot("output", "SPJ", True)]
    assert document_rules.slots(spec["langkah_02"]) == [
        document_rules.DocumentSlot("kelengkapan_1", "SPJ", True),
        document_rules.DocumentSlot("kelengkapan_2", "Kuitansi", True)]
    assert document_rules.slots(spec["langkah_03"]) == [
        document_rules.DocumentSlot("kelengkapan_2", "Nota dinas", False)]


@pytest.mark.parametrize(("replace", "says"), [
    ('value="opsional"', "dokumen='perlu' is not understood"),
    ('id="dokumen" value="opsional"', "write the document property as"),
])
def test_deployment_refuses_a_mark_it_does_not_understand(replace: str, says: str):
    bad = replace.replace("opsional", "perlu") if "id=" not in replace else \
        'name="dokumen" value="opsional"'
    xml = sop_xml().replace(replace, bad, 1)
    processes, problems = check_file(xml.encode(), "uji.bpmn", INSTANSI)
    assert not processes
    [problem] = problems
    line = next(n for n, text in enumerate(xml.splitlines(), 1) if bad in text)
    assert (problem.line, problem.element) == (line, "bpmn:userTask 'langkah_03'")
    assert says in problem.message and problem.message_id


def test_deployment_refuses_a_mark_on_a_field_that_is_no_document():
    catatan = '<camunda:formField id="catatan" label="Catatan" type="string">'
    xml = sop_xml().replace(catatan, catatan + '<camunda:properties><camunda:property '
                            'id="dokumen" value="wajib"/></camunda:properties>', 1)
    _, problems = check_file(xml.encode(), "uji.bpmn", INSTANSI)
    assert [(p.element, "cannot stand for a document" in p.message) for p in problems] == [
        ("bpmn:userTask 'langkah_01'", True)]
    assert "kelengkapan_N" in problems[0].message and "tandai" in problems[0].message_id


def test_the_importer_marks_documents_and_not_activities():
    root = etree.fromstring(sop_xml().encode())

    def mark(step: str, field: str) -> str | None:
        prop = root.find(f".//bpmn:userTask[@id='{step}']//camunda:formField[@id='{field}']"
                         "/camunda:properties/camunda:property[@id='dokumen']", NS)
        return None if prop is None else prop.get("value")

    assert mark("langkah_01", "output") == "wajib"           # output "SPJ"
    assert mark("langkah_01", "kelengkapan_1") is None        # "Dokumen pendukung"
    assert mark("langkah_02", "kelengkapan_1") == "wajib"     # "SPJ"
    assert mark("langkah_02", "output") is None               # "SPJ diverifikasi": a state
    assert mark("langkah_03", "kelengkapan_1") is None        # "Surat-menyurat": an activity
    assert mark("langkah_03", "catatan") is None


@pytest.mark.parametrize(("item", "document"), [
    ("SPJ", True), ("Surat Pengantar Cuti", True), ("Formulir Pengajuan Akta Kematian", True),
    ("Kutipan Akta Kelahiran", True), ("Nota/kuitansi", True), ("SK Tim", True),
    ("SPP- LS Gaji", True), ("Berita Acara Serah Terima Barang", True),
    ("Surat-menyurat", False), ("Mempersiapkan surat perintah", False),
    ("Disposisi surat", False), ("SPJ diterima", False), ("SPP/SPM terkirim", False),
    ("Surat tugas yang telah diparaf", False), ("Konsep surat tugas", False),
    ("Komputer", False), ("", False),
])
def test_the_word_rule(item: str, document: bool):
    assert is_document(item) is document


def test_the_fixture_copies_are_the_library_without_its_marks():
    """tests/fixtures/bpmn/ holds library SOPs for flow tests and benchmarks; regenerate them
    with ``.venv/bin/python tests/spj.py`` when the library changes."""
    for fixture in WITHOUT_DOCUMENTS:
        library = library_source(fixture).read_text(encoding="utf-8")
        assert 'id="dokumen"' in library, fixture.name
        assert fixture.read_text(encoding="utf-8") == without_documents(library), fixture.name


def test_the_draft_attaches_each_required_document_once_and_not_for_a_tidak():
    model = model_from_xml(sop_xml(), KEY)
    text = draft(model)
    assert ('    Ketika "PPTK" melampirkan dokumen "SPJ"\n'
            '    Dan "PPTK" menyelesaikan langkah "Penyusunan SPJ"\n') in text
    assert ('    Ketika "Bendahara" melampirkan dokumen "Kuitansi"\n'
            '    Dan "Bendahara" memutuskan "Ya" pada "Verifikasi SPJ"\n') in text
    assert 'melampirkan dokumen "Nota dinas"' not in text  # opsional
    rejection = text.split("Skenario: Langkah 2")[1]
    # the SPJ once before step 1; no Kuitansi before the Tidak, then once before the Ya
    assert rejection.count('melampirkan dokumen "SPJ"') == 1
    before_tidak, after_tidak = rejection.split('memutuskan "Tidak"')
    assert "Kuitansi" not in before_tidak and after_tidak.count('dokumen "Kuitansi"') == 1
