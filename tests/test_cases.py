"""Issue 10 item 1: a nomor berkas and a perihal per case, over real HTTP, on both databases.

The nomor is proposed from the SOP's pattern (default ``{kode}/{tahun}/{urut}``; the SPJ model
used here is given ``SPJ/{tahun}/{urut:04d}``), may be edited, is unique per SOP (409 naming
``businessKey``), and concurrent starts on PostgreSQL never share a nomor.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, spj_bpmn

from engine.cases import NomorPattern, short_code, valid_pattern
from engine.deadlines import office_today

YEAR = office_today().year
PROPERTY = '<camunda:property name="instansi.kode" value="serang-diskominfo"/>'


def patterned_spj(tmp_path: Path, pattern: str) -> Path:
    """The SPJ model with a ``nomor_berkas`` process property."""
    text = spj_bpmn().read_text(encoding="utf-8")
    assert PROPERTY in text, "the SPJ model names its instansi as a process property"
    text = text.replace(PROPERTY, PROPERTY + f'\n<camunda:property name="nomor_berkas" '
                        f'value="{pattern}"/>', 1)
    path = tmp_path / SPJ_INSTANSI / spj_bpmn().name  # the folder names the instansi
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def office(db_url, live_server_for, tmp_path):
    deploy_paths(db_url, patterned_spj(tmp_path, "SPJ/{tahun}/{urut:04d}"), base=tmp_path)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    add_user(db_url, "pptk2", [("PPTK", SPJ_INSTANSI)])
    return db_url, live_server_for(db_url)


def _start(client, **body):
    return client.post(f"/api/process-definition/key/{SPJ_KEY}/start", json=body)


def test_proposals_follow_the_pattern_and_advance_with_each_start(office):
    _, server = office
    pptk = server.login("pptk")
    proposal = pptk.get(f"/api/process-definition/key/{SPJ_KEY}/business-key")
    assert proposal.status_code == 200, proposal.text
    assert proposal.json() == {"processDefinitionKey": SPJ_KEY,
                               "businessKey": f"SPJ/{YEAR}/0001",
                               "pattern": "SPJ/{tahun}/{urut:04d}"}
    first = _start(pptk, title="SPJ perjalanan dinas Maret").json()
    assert first["businessKey"] == f"SPJ/{YEAR}/0001"
    assert first["title"] == "SPJ perjalanan dinas Maret"
    assert first["outcome"] is None and first["ended"] is False
    second = _start(pptk).json()  # the API keeps the title optional
    assert (second["businessKey"], second["title"]) == (f"SPJ/{YEAR}/0002", "")
    assert pptk.get(f"/api/process-definition/key/{SPJ_KEY}/business-key").json()[
        "businessKey"] == f"SPJ/{YEAR}/0003"


def test_an_accepted_proposal_moves_the_counter_and_an_edited_nomor_is_kept(office):
    _, server = office
    pptk = server.login("pptk")
    proposed = pptk.get(f"/api/process-definition/key/{SPJ_KEY}/business-key").json()
    taken = _start(pptk, businessKey=proposed["businessKey"]).json()
    assert taken["businessKey"] == f"SPJ/{YEAR}/0001"
    edited = _start(pptk, businessKey="  900/12/SPJ  ", title="Dari surat masuk").json()
    assert edited["businessKey"] == "900/12/SPJ"
    # a nomor typed by hand that the pattern would give next is skipped by the proposal
    _start(pptk, businessKey=f"SPJ/{YEAR}/0003")
    assert _start(pptk).json()["businessKey"] == f"SPJ/{YEAR}/0002"
    assert _start(pptk).json()["businessKey"] == f"SPJ/{YEAR}/0004"


def test_a_duplicate_nomor_is_409_naming_businesskey_and_changes_nothing(office):
    _, server = office
    pptk = server.login("pptk")
    assert _start(pptk, businessKey="SPJ-1").status_code == 200
    before = pptk.get("/api/process-instance/count").json()["count"]
    again = server.login("pptk2")
    refused = _start(again, businessKey="SPJ-1", title="dua kali")
    assert refused.status_code == 409, refused.text
    assert refused.json()["field"] == "businessKey"
    assert "SPJ-1" in refused.json()["message"]
    assert pptk.get("/api/process-instance/count").json()["count"] == before
    blank = _start(pptk, businessKey=" ")
    assert (blank.status_code, blank.json()["field"]) == (422, "businessKey")
    long_title = _start(pptk, title="x" * 501)
    assert (long_title.status_code, long_title.json()["field"]) == (422, "title")


def test_instances_filter_by_nomor_and_perihal(office):
    _, server = office
    pptk = server.login("pptk")
    _start(pptk, businessKey="A/1", title="SPJ rapat koordinasi")
    _start(pptk, businessKey="A/2", title="SPJ perjalanan dinas")
    _start(pptk, businessKey="B/1", title="Honor narasumber")

    def keys(**params):
        resp = pptk.get("/api/process-instance", params=params)
        assert resp.status_code == 200, resp.text
        return sorted(i["businessKey"] for i in resp.json())

    assert keys(businessKey="A/2") == ["A/2"]
    assert keys(businessKeyLike="A/%") == ["A/1", "A/2"]
    assert keys(title="spj") == ["A/1", "A/2"]
    assert keys(title="NARASUMBER") == ["B/1"]
    assert pptk.get("/api/process-instance/count",
                    params={"businessKeyLike": "A/%"}).json() == {"count": 2}
    history = pptk.get("/api/history/process-instance", params={"businessKey": "B/1"}).json()
    assert [(h["businessKey"], h["title"], h["state"]) for h in history] == [
        ("B/1", "Honor narasumber", "ACTIVE")]


def test_concurrent_starts_get_distinct_nomor_on_postgresql(pg_url, live_server_for, tmp_path):
    deploy_paths(pg_url, patterned_spj(tmp_path, "SPJ/{tahun}/{urut:04d}"), base=tmp_path)
    for n in range(8):
        add_user(pg_url, f"pptk{n}", [("PPTK", SPJ_INSTANSI)])
    server = live_server_for(pg_url)
    clients = [server.login(f"pptk{n}") for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda c: [_start(c) for _ in range(4)], clients))
    keys = [r.json()["businessKey"] for batch in answers for r in batch]
    assert all(r.status_code == 200 for batch in answers for r in batch)
    assert sorted(keys) == [f"SPJ/{YEAR}/{n:04d}" for n in range(1, 33)]


def test_patterns_are_checked_and_the_default_kode_is_the_initials():
    assert short_code("Prosedur Pengajuan Cuti") == "PC"
    assert short_code("Mekanisme Penyusunan SPJ") == "MPS"
    assert valid_pattern("{kode}/{tahun}/{urut}")
    assert not valid_pattern("{kode}/{tahun}")  # no urut: every case the same nomor
    assert not valid_pattern("{urut.__class__}")
    assert not valid_pattern("{urut!r}") and not valid_pattern("{nama}/{urut}")
    pattern = NomorPattern("{kode}/{bulan}/{urut:03d}", "PC")
    assert pattern.period(office_today()) == f"{YEAR}-{office_today().month:02d}"
    assert NomorPattern("{kode}-{urut}", "X").period(office_today()) == ""
