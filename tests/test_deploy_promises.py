"""Deployment keeps its promises (issue 13, item 4): the instansi of a file comes from its own
``instansi.kode`` property, else its folder, else the request, and a file with none is refused;
a later deploy fixes a definition stored under the wrong instansi; a step outside every lane is
refused; ``waktu`` is the one source of a step's deadline; purely graphical elements deploy; a
DOCTYPE is refused with 400; unsupported elements get one message each, with a hint, capped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import add_user
from sqlalchemy import select, update

from api.cli import main
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import MAX_PROBLEMS, check_file, deploy
from engine.errors import DeploymentError
from engine.models import ProcessDefinition
from engine.specs import parse_spec
from engine.unsupported import juel_to_python

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
GOOD = FIXTURE.read_text()
SERANG = ROOT / "bpmn" / "serang-diskominfo"
SERANG_SOP = SERANG / "serang_kominfo_pengajuan_spp_spm.bpmn"
PROCESS_OPEN = '<bpmn:process id="fixture_spj" name="Fixture SPJ" isExecutable="true">'


def _factory(url: str):
    return make_session_factory(make_engine(url))


def _cli(url: str, *args: str):
    return CliRunner().invoke(main, ["--database-url", url, *args])


@pytest.fixture
def cli_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert _cli(url, "init-db").exit_code == 0
    return url


def _stored(url: str) -> list[tuple[str, int, str]]:
    with transaction(_factory(url)) as db:
        return [(d.key, d.version, d.instansi) for d in db.scalars(
            select(ProcessDefinition).order_by(ProcessDefinition.key, ProcessDefinition.version))]


def _with_instansi(xml: str, kode: str) -> str:
    return xml.replace(PROCESS_OPEN, PROCESS_OPEN + '<bpmn:extensionElements><camunda:properties>'
                       f'<camunda:property name="instansi.kode" value="{kode}"/>'
                       '</camunda:properties></bpmn:extensionElements>')


# 1. instansi ------------------------------------------------------------------------------

def test_sop_deploy_of_one_file_stores_it_under_its_own_instansi(cli_url, tmp_path):
    loose = tmp_path / "lepas" / SERANG_SOP.name  # not under bpmn/<instansi>/
    loose.parent.mkdir()
    shutil.copy(SERANG_SOP, loose)
    result = _cli(cli_url, "deploy", str(loose))
    assert result.exit_code == 0, result.output
    assert _stored(cli_url) == [("serang_kominfo_pengajuan_spp_spm", 1, "serang-diskominfo")]


def test_sop_deploy_of_an_instansi_folder_stores_every_sop_under_it(cli_url, tmp_path):
    folder = tmp_path / "bpmn" / "serang-diskominfo"
    folder.mkdir(parents=True)
    for path in sorted(SERANG.glob("*.bpmn"))[:3]:
        # without its property: the folder bpmn/<instansi>/ says it
        shutil.copy(path, folder / path.name)
        text = (folder / path.name).read_text()
        (folder / path.name).write_text(text.replace(
            '<camunda:property name="instansi.kode" value="serang-diskominfo"/>', ""))
    result = _cli(cli_url, "deploy", str(folder))
    assert result.exit_code == 0, result.output
    stored = _stored(cli_url)
    assert len(stored) == 3 and {i for _, _, i in stored} == {"serang-diskominfo"}


def test_a_file_with_no_instansi_is_refused_saying_what_to_add(cli_url, tmp_path):
    loose = tmp_path / "spj.bpmn"
    loose.write_text(GOOD)
    result = _cli(cli_url, "deploy", str(loose))
    assert result.exit_code == 1
    assert "instansi.kode" in result.output and "bpmn:process 'fixture_spj'" in result.output
    assert _stored(cli_url) == []


def test_property_and_folder_that_disagree_are_refused_naming_both(cli_url, tmp_path):
    path = tmp_path / "bpmn" / "dinas-a" / "spj.bpmn"
    path.parent.mkdir(parents=True)
    path.write_text(_with_instansi(GOOD, "dinas-b"))
    result = _cli(cli_url, "deploy", str(tmp_path / "bpmn"))
    assert result.exit_code == 1
    assert "'dinas-b'" in result.output and "'dinas-a'" in result.output
    assert _stored(cli_url) == []


def test_a_later_deploy_moves_a_definition_stored_under_the_wrong_instansi(db_url, tmp_path,
                                                                          live_server_for):
    with transaction(_factory(db_url), write=True) as db:
        deploy(db, [("spj.bpmn", GOOD.encode(), "uji")])
        # as a database from before the fix holds it: stored under an empty instansi
        db.execute(update(ProcessDefinition).values(instansi=""))
    folder = tmp_path / "bpmn" / "uji"
    folder.mkdir(parents=True)
    (folder / "spj.bpmn").write_text(GOOD)  # the very same content
    result = _cli(db_url, "deploy", str(tmp_path / "bpmn"))
    assert result.exit_code == 0, result.output
    assert "1 new version(s), 0 unchanged" in result.output
    assert _stored(db_url) == [("fixture_spj", 1, ""), ("fixture_spj", 2, "uji")]
    add_user(db_url, "pptk", [("PPTK", "uji")])
    pptk = live_server_for(db_url).login("pptk")
    started = pptk.post("/api/process-definition/key/fixture_spj/start", json={})
    assert started.status_code == 200, started.text
    assert started.json()["processDefinitionVersion"] == 2
    again = _cli(db_url, "deploy", str(tmp_path / "bpmn"))
    assert "0 new version(s), 1 unchanged" in again.output


def test_http_instansi_from_the_property_the_request_or_refused(db_url, live_server_for):
    add_user(db_url, "admin", [], admin=True)
    admin = live_server_for(db_url).login("admin")

    def post(xml: str, **data):
        return admin.post("/api/deployment/create", data=data,
                          files={"data": ("spj.bpmn", xml.encode(), "application/xml")})

    none = post(GOOD)
    assert none.status_code == 400 and "instansi.kode" in none.json()["message_en"]
    assert "tambahkan properti proses" in none.json()["message"]
    clash = post(_with_instansi(GOOD, "dinas-b"), instansi="dinas-a")
    assert clash.status_code == 400 and "'dinas-b'" in clash.json()["message_en"]
    assert post(_with_instansi(GOOD, "dinas-b")).status_code == 200
    assert _stored(db_url) == [("fixture_spj", 1, "dinas-b")]
    other = GOOD.replace("fixture_spj", "fixture_dua")
    assert post(other, instansi="dinas-c").status_code == 200
    assert ("fixture_dua", 1, "dinas-c") in _stored(db_url)


# 2. lanes ---------------------------------------------------------------------------------

def _problems(xml: str, instansi: str = "uji", **kw) -> list:
    procs, problems = check_file(xml.encode(), "uji.bpmn", instansi, **kw)
    return problems


def test_a_user_task_outside_every_lane_is_refused_naming_it():
    outside = GOOD.replace("<bpmn:flowNodeRef>langkah_02</bpmn:flowNodeRef>", "")
    [problem] = _problems(outside)
    assert problem.element == "bpmn:userTask 'langkah_02'"
    assert problem.line == GOOD[:GOOD.index('id="langkah_02"')].count("\n") + 1
    assert "outside every lane" in problem.message and "di luar semua lane" in problem.message_id


def test_a_process_without_lanes_is_refused_saying_draw_lanes():
    start, end = GOOD.index("<bpmn:laneSet"), GOOD.index("</bpmn:laneSet>")
    laneless = GOOD[:start] + GOOD[end + len("</bpmn:laneSet>"):]
    problems = _problems(laneless)
    assert {p.element for p in problems} == {
        "bpmn:userTask 'langkah_01'", "bpmn:userTask 'langkah_02'", "bpmn:userTask 'langkah_03'"}
    assert all("lane per jabatan" in p.message for p in problems)


# 3. waktu ---------------------------------------------------------------------------------

def _props(xml: str, step: str) -> dict:
    spec = parse_spec("fixture_spj", xml)
    return spec.task_specs[step].extensions


def test_waktu_edited_in_the_modeler_recomputes_the_deadline():
    edited = GOOD.replace('value="1 jam"', 'value="2 hari kerja"')
    assert _props(edited, "langkah_01")["waktu_iso"] == "P2D"
    assert _props(edited, "langkah_01")["waktu_hari"] == "kerja"
    only_waktu = GOOD.replace('<camunda:property name="waktu_iso" value="PT1H"/>', "").replace(
        'value="1 jam"', 'value="10 - 20 menit"')
    assert (_props(only_waktu, "langkah_01")["waktu_iso"],
            _props(only_waktu, "langkah_01")["waktu_min_iso"]) == ("PT20M", "PT10M")


def test_waktu_through_the_server_and_the_stored_file_stays_as_deployed(db_url,
                                                                       live_server_for):
    xml = GOOD.replace('value="1 jam"', 'value="3 jam"')
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "pptk", [("PPTK", "uji")])
    server = live_server_for(db_url)
    admin, pptk = server.login("admin"), server.login("pptk")
    resp = admin.post("/api/deployment/create", data={"instansi": "uji"},
                      files={"data": ("spj.bpmn", xml.encode(), "application/xml")})
    assert resp.status_code == 200, resp.text
    inst = pptk.post("/api/process-definition/key/fixture_spj/start", json={}).json()
    [task] = pptk.get("/api/task", params={"processInstanceId": inst["id"]}).json()
    assert task["properties"]["waktu_iso"] == "PT3H" and task["due"]
    stored = admin.get("/api/process-definition/key/fixture_spj/xml").json()["bpmn20Xml"]
    assert stored == xml


def test_an_unreadable_waktu_is_refused_naming_the_step_with_examples():
    [problem] = _problems(GOOD.replace('value="1 jam"', 'value="secepatnya"'))
    assert problem.element == "bpmn:userTask 'langkah_01'" and problem.line
    assert "'secepatnya'" in problem.message and '"2 hari"' in problem.message
    assert _problems(GOOD.replace('value="1 jam"', 'value="Relatif"')) == []


# 4. purely graphical elements, as Camunda Modeler 5 writes them ----------------------------

ANNOTATED = GOOD.replace(  # artifacts come after the flow elements, as the modeler writes them
    '</bpmn:process>',
    '<bpmn:textAnnotation id="TextAnnotation_0x1"><bpmn:text>Berkas asli dibawa</bpmn:text>'
    '</bpmn:textAnnotation>'
    '<bpmn:association id="Association_1a" associationDirection="None" sourceRef="langkah_01" '
    'targetRef="TextAnnotation_0x1"/>'
    '<bpmn:group id="Group_0g1" categoryValueRef="CategoryValue_1"/></bpmn:process>'
).replace('</bpmn:process>', '</bpmn:process>'
          '<bpmn:category id="Category_1"><bpmn:categoryValue id="CategoryValue_1" '
          'value="Verifikasi"/></bpmn:category>')


def test_annotations_groups_and_categories_deploy():
    assert _problems(ANNOTATED) == []
    in_group = ANNOTATED.replace(  # a flow node in a group names its category value
        '<bpmn:startEvent id="mulai" name="Mulai"><bpmn:outgoing>',
        '<bpmn:startEvent id="mulai" name="Mulai"><bpmn:categoryValueRef>CategoryValue_1'
        '</bpmn:categoryValueRef><bpmn:outgoing>')
    assert "categoryValueRef" in in_group and _problems(in_group) == []


def test_an_annotation_in_a_diagram_without_a_pool_deploys():
    start, end = GOOD.index("<bpmn:collaboration"), GOOD.index("</bpmn:collaboration>")
    no_pool = ANNOTATED[:start] + ANNOTATED[end + len("</bpmn:collaboration>"):]
    assert "<bpmn:participant" not in no_pool
    assert _problems(no_pool) == []


# 5. DOCTYPE over HTTP -------------------------------------------------------------------------

DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
DOCTYPES = {
    "plain": (DECL + "<!DOCTYPE definitions>\n" + GOOD[len(DECL):]).encode(),
    "bom_entity": b"\xef\xbb\xbf" + (DECL + '<!DOCTYPE d [<!ENTITY x "y">]>\n'
                                     + GOOD[len(DECL):]).encode(),
    "utf16_entity": (DECL.replace("UTF-8", "UTF-16") + '<!DOCTYPE d [<!ENTITY x "y">]>\n'
                     + GOOD[len(DECL):]).encode("utf-16"),
}


@pytest.mark.parametrize("kind", sorted(DOCTYPES))
def test_a_doctype_is_refused_with_400_over_http(db_url, live_server_for, kind):
    add_user(db_url, "admin", [], admin=True)
    admin = live_server_for(db_url).login("admin")
    resp = admin.post("/api/deployment/create", data={"instansi": "uji"},
                      files={"data": ("d.bpmn", DOCTYPES[kind], "application/xml")})
    assert resp.status_code == 400, resp.text
    assert "DOCTYPE is not allowed" in resp.json()["message_en"]
    assert _stored(db_url) == []


# 6. one message per unsupported element, with a hint, capped ------------------------------

def _service_task(n: int) -> str:
    return (f'<bpmn:serviceTask id="layanan_{n}" camunda:class="x.Y">'
            '<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="a">1'
            '</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>'
            f'<bpmn:ioSpecification id="io_{n}"><bpmn:dataInput id="in_{n}"/>'
            f'<bpmn:inputSet id="is_{n}"><bpmn:dataInputRefs>in_{n}</bpmn:dataInputRefs>'
            f'</bpmn:inputSet><bpmn:outputSet id="os_{n}"/></bpmn:ioSpecification>'
            '</bpmn:serviceTask>')


MIWG_LIKE = GOOD.replace('</bpmn:process>', "".join(_service_task(n) for n in range(30)) + (
    '<bpmn:intermediateCatchEvent id="tunggu_surat"><bpmn:messageEventDefinition '
    'id="md_1"/></bpmn:intermediateCatchEvent>'
    '<bpmn:dataStoreReference id="arsip"/>'
    '<bpmn:sendTask id="kirim"/>') + '</bpmn:process>')


def test_an_unsupported_element_is_one_problem_with_a_hint():
    few = GOOD.replace('</bpmn:process>', _service_task(1) + (
        '<bpmn:intermediateCatchEvent id="tunggu_surat"><bpmn:messageEventDefinition '
        'id="md_1"/></bpmn:intermediateCatchEvent><bpmn:dataStoreReference id="arsip"/>'
        ) + '</bpmn:process>')
    problems = _problems(few)
    assert [p.element for p in problems] == [
        "bpmn:serviceTask 'layanan_1'", "bpmn:intermediateCatchEvent 'tunggu_surat'",
        "bpmn:dataStoreReference 'arsip'"]
    service, event, store = problems
    assert "use a user task" in service.message and "gunakan user task" in service.message_id
    assert "message events are not supported" in event.message and "timer" in event.message
    assert "data stores are not supported" in store.message


def test_a_model_full_of_unsupported_elements_gets_a_short_capped_refusal(cli_url, tmp_path):
    problems = _problems(MIWG_LIKE)
    assert len(problems) == MAX_PROBLEMS + 1
    assert "and 13 more problem(s)" in problems[-1].message
    assert "dan 13 masalah lain" in problems[-1].message_id
    path = tmp_path / "bpmn" / "uji" / "miwg.bpmn"
    path.parent.mkdir(parents=True)
    path.write_text(MIWG_LIKE)
    result = _cli(cli_url, "deploy", str(tmp_path / "bpmn"))
    assert result.exit_code == 1 and len(result.output) < 8000, len(result.output)


@pytest.mark.parametrize("juel, python", [
    ("${approved}", "approved"),
    ("${keputusan == 'Ya'}", 'keputusan == "Ya"'),
    ("${a && !b || c}", "a and not b or c"),
    ("${jumlah != 3}", "jumlah != 3"),
])
def test_juel_is_shown_in_its_python_form(juel, python):
    assert juel_to_python(juel) == python


def test_a_juel_condition_is_refused_saying_what_to_write():
    [problem] = _problems(GOOD.replace('keputusan == "Ya"', "${keputusan == 'Ya'}"))
    assert problem.element == "bpmn:sequenceFlow 'f_ya'"
    assert 'write `keputusan == "Ya"`' in problem.message
    assert 'tulis `keputusan == "Ya"`' in problem.message_id


def test_a_script_task_says_it_is_not_allowed():
    scripted = GOOD.replace(
        '<bpmn:userTask id="langkah_02" name="Penerimaan SPJ">',
        '<bpmn:scriptTask id="skrip" name="S"><bpmn:script>x = 1</bpmn:script>'
        '</bpmn:scriptTask><bpmn:userTask id="langkah_02" name="Penerimaan SPJ">')
    [problem] = _problems(scripted)
    assert problem.element == "bpmn:scriptTask 'skrip'" and "--allow-scripts" in problem.message
    assert "tidak diizinkan" in problem.message_id


def test_refusals_raise_with_both_languages():
    with pytest.raises(DeploymentError) as refused:
        with transaction(_factory("sqlite://"), write=True) as db:
            deploy(db, [("spj.bpmn", GOOD.encode(), "")])
    assert "instansi tidak diketahui" in refused.value.message
    assert "no instansi" in refused.value.message_en


# 7. sop export keeps the designer's form fields ------------------------------------------

CUSTOM_FIELDS = (
    '<camunda:formField id="nomor_surat" label="Nomor surat" type="string">'
    '<camunda:validation><camunda:constraint name="required" />'
    '<camunda:constraint name="maxlength" config="50" /></camunda:validation>'
    '</camunda:formField>'
    '<camunda:formField id="sifat" label="Sifat" type="enum">'
    '<camunda:value id="Biasa" name="Biasa" /><camunda:value id="Segera" name="Segera" />'
    '</camunda:formField>'
    '<camunda:formField id="tanggal_terima" label="Tanggal terima" type="date" '
    'defaultValue="2026-01-01" />')


def test_export_carries_a_designers_form_fields_through_a_round_trip(tmp_path):
    from lxml import etree

    from engine.soptable.isian import NS
    tree = etree.parse(str(SERANG_SOP))
    form = tree.find(".//bpmn:userTask[@id='langkah_01']/bpmn:extensionElements/"
                     "camunda:formData", NS)
    wrapper = etree.fromstring(f'<w xmlns:camunda="{NS["camunda"]}">{CUSTOM_FIELDS}</w>')
    form.extend(list(wrapper))
    edited = tmp_path / "edited.bpmn"
    tree.write(str(edited), xml_declaration=True, encoding="UTF-8")
    table = tmp_path / "tables" / "serang-diskominfo" / (SERANG_SOP.stem + ".yaml")
    table.parent.mkdir(parents=True)
    runner = CliRunner()
    exported = runner.invoke(main, ["export", str(edited), "-o", str(table)])
    assert exported.exit_code == 0, exported.output
    text = table.read_text()
    assert "isian:" in text and '"nomor_surat"' in text and "wajib: true" in text
    # what the table cannot say is named, not dropped silently
    assert ("langkah_01: form field 'tanggal_terima': attribute defaultValue is not carried"
            in exported.output)
    out = tmp_path / "bpmn"
    imported = runner.invoke(main, ["import", str(table), "--out", str(out)])
    assert imported.exit_code == 0, imported.output
    [again] = out.rglob("*.bpmn")
    root = etree.parse(str(again)).getroot()
    task = root.find(".//bpmn:userTask[@id='langkah_01']", NS)
    fields = {f.get("id"): f for f in task.iterfind(".//camunda:formField", NS)}
    assert {"nomor_surat", "sifat", "tanggal_terima"} <= set(fields)
    nomor = fields["nomor_surat"]
    assert {(c.get("name"), c.get("config")) for c in nomor.iterfind(".//camunda:constraint", NS)
            } == {("required", None), ("maxlength", "50")}
    assert [v.get("id") for v in fields["sifat"].iterfind("camunda:value", NS)] == [
        "Biasa", "Segera"]
    assert fields["tanggal_terima"].get("type") == "date"


def test_a_table_isian_with_a_reserved_or_bad_field_is_refused():
    from engine.soptable.isian import problems

    step = {"isian": [{"id": "output", "type": "string"}, {"id": "x", "type": "angka"},
                      {"id": "y", "warna": "merah"}]}
    found = problems(step, "langkah 1")
    assert len(found) == 3 and "importer's own fields" in found[0]
    assert "must be one of" in found[1] and "unknown key 'warna'" in found[2]
