"""Issue 12 item 2: one jabatan, one role, whatever the spelling.

An instansi's catalogue (bpmn/<instansi>/jabatan.yaml, the ``jabatan`` table) names each office
once with its short forms. A lane drawn as "KASUBBAG KEUANGAN" runs as the jabatan "Kepala Sub
Bagian Keuangan", a user given "kasubag keu" holds that same jabatan and completes the step; a
lane or a role the catalogue does not know is refused with the closest names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import add_user
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY, complete_step

from api.cli import main
from engine import accounts, jabatan, substitutions
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.errors import DeploymentError, InvalidData
from engine.models import ProcessDefinition
from engine.soptable.importer import import_paths

KASUBAG = "Kepala Sub Bagian Keuangan"
CATALOGUE = {
    "format": "jabatan/1",
    "instansi": SPJ_INSTANSI,
    "jabatan": [
        {"nama": "PPTK", "singkatan": ["Pejabat Pelaksana Teknis Kegiatan"]},
        {"nama": "Bendahara Pengeluaran"},
        {"nama": KASUBAG, "singkatan": ["Kasubag Keuangan", "Kasubbag Keuangan", "Kasubag Keu"]},
        {"nama": "Kepala Dinas", "singkatan": ["Kadin", "Kadis", "Kaban"]},
    ],
}


def _catalogue() -> jabatan.Catalogue:
    return jabatan.Catalogue(SPJ_INSTANSI, [
        jabatan.Entry(e["nama"], e.get("singkatan", [])) for e in CATALOGUE["jabatan"]])


def _factory(url: str):
    return make_session_factory(make_engine(url))


def _spj_spelled(*pairs: tuple[str, str]) -> bytes:
    """The SPJ fixture with its lanes renamed as a designer might spell them."""
    xml = SPJ_BPMN.read_text(encoding="utf-8")
    for old, new in pairs:
        xml = xml.replace(f'<bpmn:lane id="lane_0{_lane_no(old)}" name="{old}">',
                          f'<bpmn:lane id="lane_0{_lane_no(old)}" name="{new}">')
    return xml.encode()


def _lane_no(name: str) -> int:
    return {"PPTK": 1, "Bendahara Pengeluaran": 2, KASUBAG: 3}[name]


SPELLED = (("Bendahara Pengeluaran", "BENDAHARA PENGELUARAN"),
           (KASUBAG, "KASUBBAG  KEUANGAN"))


# -- matching -------------------------------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["Kadin", "KADIN", "kadis", "Kaban", "Kepala  Dinas",
                                      "kepala dinas."])
def test_every_spelling_of_one_office_is_one_jabatan(spelling):
    assert _catalogue().official(spelling) == "Kepala Dinas"


def test_ampersand_and_dots_do_not_make_another_jabatan():
    assert jabatan.jabatan_key("Kasubbag Umum & Kepegawaian") == jabatan.jabatan_key(
        "kasubbag umum dan kepegawaian")
    assert jabatan.jabatan_key("Kabag. Org") == jabatan.jabatan_key("Kabag Org")


def test_unknown_spelling_gets_the_closest_names():
    assert _catalogue().official("Kasubag Umum") is None
    assert KASUBAG in _catalogue().suggest("Kasubag Keuangn")


def test_a_spelling_claimed_by_two_jabatan_is_refused():
    twice = jabatan.Catalogue("x", [jabatan.Entry("Kepala Dinas", ["Kadin"]),
                                    jabatan.Entry("Sekretaris", ["KADIN"])])
    assert jabatan.problems_of(twice) == [
        "'KADIN' belongs to both 'Kepala Dinas' and 'Sekretaris'; a spelling may name one "
        "jabatan only"]


def test_catalogue_file_problems_name_the_file_and_field(tmp_path):
    path = tmp_path / "jabatan.yaml"
    path.write_text("format: jabatan/9\ninstansi: ''\njabatan: []\n", encoding="utf-8")
    with pytest.raises(jabatan.CatalogueError) as err:
        jabatan.load_file(path)
    assert err.value.problems == [
        f"{path}: format: expected 'jabatan/1', got 'jabatan/9'",
        f"{path}: instansi: required (the instansi code, e.g. lumajang-disdukcapil)",
        f"{path}: jabatan: a non-empty list of {{nama, singkatan}} is required"]


def test_the_library_catalogues_load_and_cover_every_lane():
    """Every lane of every library SOP is an official name of its instansi's catalogue."""
    root = Path(__file__).parent.parent / "bpmn"
    files = sorted(root.glob("*/jabatan.yaml"))
    assert len(files) == 4
    for path in files:
        catalogue = jabatan.load_file(path)
        assert catalogue.instansi == path.parent.name
        names = set(catalogue.names())
        for bpmn in path.parent.glob("*.bpmn"):
            lanes = {line.split('name="')[1].split('"')[0]
                     for line in bpmn.read_text(encoding="utf-8").splitlines()
                     if "<bpmn:lane " in line}
            assert lanes <= names, (bpmn.name, lanes - names)


# -- the database copy and the roles --------------------------------------------------------------
def test_store_replaces_and_reports_no_change(db_url):
    with transaction(_factory(db_url), write=True) as db:
        assert jabatan.store(db, _catalogue()) is True
        assert jabatan.store(db, _catalogue()) is False
        back = jabatan.catalogue_of(db, SPJ_INSTANSI)
        assert back is not None and back.names() == [e["nama"] for e in CATALOGUE["jabatan"]]
        assert back.official("kasubag keu") == KASUBAG
        assert jabatan.catalogue_of(db, "tanpa-katalog") is None


def test_roles_are_given_by_their_official_name(db_url):
    with transaction(_factory(db_url), write=True) as db:
        jabatan.store(db, _catalogue())
    add_user(db_url, "kasubag", [("KASUBAG KEU", SPJ_INSTANSI)])
    add_user(db_url, "admin", [], admin=True)
    with transaction(_factory(db_url), write=True) as db:
        accounts.add_role(db, "kasubag", "kadin", SPJ_INSTANSI, "admin")
        held = sorted(r.role for r in accounts.get_user(db, "kasubag").roles)
        assert held == ["Kepala Dinas", KASUBAG]
        with pytest.raises(InvalidData) as err:
            accounts.add_role(db, "kasubag", "Kasubag Keuangn", SPJ_INSTANSI, "admin")
        assert err.value.message == (
            f"Jabatan 'Kasubag Keuangn' tidak ada di katalog jabatan {SPJ_INSTANSI}; "
            f"mungkin maksudnya '{KASUBAG}'.")
        accounts.remove_role(db, "kasubag", "KADIS", SPJ_INSTANSI, "admin")
        assert [r.role for r in accounts.get_user(db, "kasubag").roles] == [KASUBAG]


def test_an_instansi_without_catalogue_keeps_names_as_written(db_url):
    add_user(db_url, "staf", [("Analis Apa Saja", "tanpa-katalog")])
    with transaction(_factory(db_url)) as db:
        assert [r.role for r in accounts.get_user(db, "staf").roles] == ["Analis Apa Saja"]


# -- deployment -----------------------------------------------------------------------------------
def test_lanes_spelled_otherwise_run_as_their_jabatan(db_url, live_server_for):
    with transaction(_factory(db_url), write=True) as db:
        jabatan.store(db, _catalogue())
        deploy(db, [("spj.bpmn", _spj_spelled(*SPELLED), SPJ_INSTANSI)])
        stored = db.query(ProcessDefinition).one()
        assert json.loads(stored.lane_jabatan) == {
            "BENDAHARA PENGELUARAN": "Bendahara Pengeluaran", "KASUBBAG  KEUANGAN": KASUBAG}
    add_user(db_url, "pptk", [("pptk", SPJ_INSTANSI)])
    add_user(db_url, "bendahara", [("Bendahara Pengeluaran", SPJ_INSTANSI)])
    add_user(db_url, "kasubag", [("Kasubbag Keuangan", SPJ_INSTANSI)])
    server = live_server_for(db_url)
    pptk, bendahara, kasubag = (server.login(u) for u in ("pptk", "bendahara", "kasubag"))
    case = pptk.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    case = complete_step(pptk, case["tasks"][0])
    case = complete_step(bendahara, case["tasks"][0])
    task = case["tasks"][0]
    assert task["candidateGroup"] == KASUBAG
    assert [t["id"] for t in kasubag.get("/api/task").json()] == [task["id"]]
    complete_step(kasubag, task, keputusan="Ya")


def test_a_lane_the_catalogue_does_not_know_is_refused_with_its_line(db_url):
    xml = _spj_spelled((KASUBAG, "Kasubag Keuangn"))
    line = next(i for i, text in enumerate(xml.decode().splitlines(), 1)
                if 'name="Kasubag Keuangn"' in text)
    with transaction(_factory(db_url), write=True) as db:
        jabatan.store(db, _catalogue())
        with pytest.raises(DeploymentError) as err:
            deploy(db, [("spj.bpmn", xml, SPJ_INSTANSI)])
    problem = err.value.details["problems"][0]
    assert problem["line"] == line
    assert problem["element"] == "bpmn:lane 'Kasubag Keuangn'"
    assert f"did you mean '{KASUBAG}'" in problem["message"]
    assert "mungkin maksudnya" in err.value.message


def test_the_same_file_is_a_new_version_when_its_jabatan_map_changes(db_url):
    content = _spj_spelled(*SPELLED)
    with transaction(_factory(db_url), write=True) as db:
        first = deploy(db, [("spj.bpmn", content, SPJ_INSTANSI)])
        again = deploy(db, [("spj.bpmn", content, SPJ_INSTANSI)])
        jabatan.store(db, _catalogue())
        mapped = deploy(db, [("spj.bpmn", content, SPJ_INSTANSI)])
    assert first.created == [(SPJ_KEY, 1)] and again.unchanged == [(SPJ_KEY, 1)]
    assert mapped.created == [(SPJ_KEY, 2)]


def test_plt_is_recorded_under_the_official_name(db_url):
    from datetime import date, timedelta

    with transaction(_factory(db_url), write=True) as db:
        jabatan.store(db, _catalogue())
        deploy(db, [("spj.bpmn", _spj_spelled(*SPELLED), SPJ_INSTANSI)])
    add_user(db_url, "staf", [("PPTK", SPJ_INSTANSI)])
    today = date.today()
    with transaction(_factory(db_url), write=True) as db:
        made = substitutions.create(db, "staf", "kasubag keu", SPJ_INSTANSI, today,
                                    today + timedelta(days=3), "Plh", "admin")
        assert made.role == KASUBAG


# -- the API and the command ----------------------------------------------------------------------
def test_api_lists_and_admins_replace_a_catalogue(db_url, live_server_for):
    add_user(db_url, "admin", [], admin=True)
    add_user(db_url, "staf", [("Staf", SPJ_INSTANSI)])
    server = live_server_for(db_url)
    admin, staf = server.login("admin"), server.login("staf")
    body = {"jabatan": CATALOGUE["jabatan"]}
    assert staf.http.put(f"{server.base}/api/jabatan/{SPJ_INSTANSI}", json=body,
                         timeout=10).status_code == 403
    put = admin.http.put(f"{server.base}/api/jabatan/{SPJ_INSTANSI}", json=body, timeout=10)
    assert put.status_code == 200, put.text
    listed = staf.get("/api/jabatan", params={"instansi": SPJ_INSTANSI}).json()
    assert [(j["nama"], j["singkatan"]) for j in listed][2] == (
        KASUBAG, ["Kasubag Keuangan", "Kasubbag Keuangan", "Kasubag Keu"])
    twice = {"jabatan": [{"nama": "Kepala Dinas", "singkatan": ["Kadin"]},
                         {"nama": "Sekretaris", "singkatan": ["kadin"]}]}
    refused = admin.http.put(f"{server.base}/api/jabatan/{SPJ_INSTANSI}", json=twice, timeout=10)
    assert refused.status_code == 422
    assert "'kadin' belongs to both 'Kepala Dinas' and 'Sekretaris'" in refused.json()["message"]


def test_sop_deploy_of_a_folder_loads_its_catalogues(db_url, tmp_path):
    folder = tmp_path / "bpmn" / SPJ_INSTANSI
    folder.mkdir(parents=True)
    (folder / "jabatan.yaml").write_text(yaml.safe_dump(CATALOGUE), encoding="utf-8")
    (folder / "spj.bpmn").write_bytes(_spj_spelled(*SPELLED))
    result = CliRunner().invoke(main, ["--database-url", db_url, "deploy", str(tmp_path / "bpmn")])
    assert result.exit_code == 0, result.output
    assert f"katalog jabatan {SPJ_INSTANSI} dimuat" in result.output
    with transaction(_factory(db_url)) as db:
        assert jabatan.catalogue_of(db, SPJ_INSTANSI).official("KADIS") == "Kepala Dinas"
        assert json.loads(db.query(ProcessDefinition).one().lane_jabatan)[
            "KASUBBAG  KEUANGAN"] == KASUBAG


# -- the importer ---------------------------------------------------------------------------------
TABLE = """format: sop-table/1
id: uji_katalog
instansi: {{kode: {kode}, nama: Dinas Uji}}
nama: SOP Uji Katalog
pelaksana: [{pelaksana}]
langkah:
  - {{no: 1, uraian: Menyusun SPJ, pelaksana: {first}, waktu: 1 jam}}
  - {{no: 2, uraian: Menandatangani SPJ, pelaksana: {second}, waktu: 1 jam}}
"""


def _table(tmp_path: Path, first: str, second: str) -> Path:
    tables = tmp_path / "tables" / SPJ_INSTANSI
    tables.mkdir(parents=True, exist_ok=True)
    path = tables / "uji_katalog.yaml"
    path.write_text(TABLE.format(kode=SPJ_INSTANSI, pelaksana=f"{first}, {second}",
                                 first=first, second=second), encoding="utf-8")
    catalogue = tmp_path / "bpmn" / SPJ_INSTANSI / "jabatan.yaml"
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    catalogue.write_text(yaml.safe_dump(CATALOGUE), encoding="utf-8")
    return path


def test_importer_names_lanes_by_official_jabatan(tmp_path):
    result = import_paths([_table(tmp_path, "PPTK", "KADIN")], tmp_path / "bpmn")
    assert result.problems == []
    xml = result.written[0].read_text(encoding="utf-8")
    assert 'name="Kepala Dinas"' in xml and "KADIN" not in xml


def test_importer_refuses_a_pelaksana_the_catalogue_does_not_know(tmp_path):
    result = import_paths([_table(tmp_path, "PPTK", "Kasubag Keuangn")], tmp_path / "bpmn")
    assert result.written == []
    assert len(result.problems) == 1
    assert "'Kasubag Keuangn' is not a jabatan of serang-diskominfo; mungkin maksudnya " \
           f"'{KASUBAG}'" in result.problems[0]


def test_importer_refuses_two_columns_that_are_one_jabatan(tmp_path):
    result = import_paths([_table(tmp_path, "Kadin", "KADIS")], tmp_path / "bpmn")
    assert result.written == []
    assert "'Kadin' and 'KADIS' are one jabatan ('Kepala Dinas'); merge the two columns" in \
        result.problems[0]


def test_api_refuses_a_jabatan_listed_twice_and_drops_empty_spellings(db_url, live_server_for):
    add_user(db_url, "admin", [], admin=True)
    server = live_server_for(db_url)
    admin = server.login("admin")
    url = f"{server.base}/api/jabatan/{SPJ_INSTANSI}"
    twice = admin.http.put(url, json={"jabatan": [{"nama": "Staf"}, {"nama": "STAF"}]},
                           timeout=10)
    assert twice.status_code == 422
    assert "'STAF' is listed twice" in twice.json()["message"]
    blank = admin.http.put(url, json={"jabatan": [{"nama": "Staf", "singkatan": [" ", "JFU"]}]},
                           timeout=10)
    assert blank.status_code == 200 and blank.json()[0]["singkatan"] == ["JFU"]
    too_long = admin.http.put(f"{server.base}/api/jabatan/{'x' * 101}",
                              json={"jabatan": [{"nama": "Staf"}]}, timeout=10)
    assert too_long.status_code == 422 and too_long.json()["field"] == "instansi"
