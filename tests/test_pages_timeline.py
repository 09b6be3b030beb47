"""What the pages read from the model and the history: first steps, Tidak targets, the timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT

from api.pages.people import acting_label, person_label
from api.pages.steps import mutu_baku, tidak_ends
from api.pages.timeline import build_timeline, last_return_before
from engine.actors import Actor
from engine.specs import parse_spec
from engine.starting import first_steps, may_start

FIXTURE = (ROOT / "tests" / "fixtures" / "spj_loop.bpmn").read_text()
T0 = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # Friday 09.00 WIB


@pytest.fixture(scope="module")
def spec():
    return parse_spec("fixture_spj", FIXTURE)


def entry(task_id: str, step: str, name: str, role: str, ready: timedelta,
          done: timedelta | None = None, data: dict | None = None, who: str = "budi") -> dict:
    return {"task_id": task_id, "step_id": step, "name": name, "role": role,
            "ready_at": T0 + ready, "claimed_by": who if done else None,
            "completed_by": who if done else None,
            "completed_at": T0 + done if done is not None else None, "data": data}


def test_who_may_start_is_the_lane_of_the_first_user_task(spec):
    assert [t.name for t in first_steps(spec)] == ["langkah_01"]
    assert may_start(Actor("a", frozenset({("PPTK", "")})), spec, "")
    assert not may_start(Actor("b", frozenset({("Bendahara Pengeluaran", "")})), spec, "")
    assert may_start(Actor("root", is_admin=True), spec, "")


def test_tidak_returns_the_work_or_ends_the_sop(spec):
    assert tidak_ends(spec, "langkah_03") is False
    refusing = FIXTURE.replace('name="Tidak" sourceRef="keputusan_03" targetRef="gabung_02"',
                               'name="Tidak" sourceRef="keputusan_03" targetRef="selesai"')
    assert refusing != FIXTURE
    assert tidak_ends(parse_spec("fixture_spj", refusing), "langkah_03") is True
    assert tidak_ends(spec, "langkah_01") is False


def test_mutu_baku_reads_the_importer_properties():
    props = {"kelengkapan": '["Nota", "Kuitansi"]', "waktu": "1 jam", "waktu_iso": "PT1H",
             "output": "SPJ"}
    standard = mutu_baku(props, T0)
    assert standard.kelengkapan == ["Nota", "Kuitansi"] and standard.waktu == "1 jam"
    assert standard.deadline == T0 + timedelta(hours=1) and standard.output == "SPJ"
    assert mutu_baku({}, T0).deadline is None


def test_timeline_statuses_reason_lateness_and_what_was_recorded(spec):
    history = [
        entry("a", "langkah_01", "Penyerahan SPJ", "PPTK", timedelta(0), timedelta(minutes=30),
              {"kelengkapan_1": True, "output": "SPJ Mei", "jumlah": None}),
        entry("b", "langkah_02", "Penerimaan SPJ", "Bendahara Pengeluaran", timedelta(minutes=30),
              timedelta(hours=3), {"catatan": ""}),
        entry("c", "langkah_03", "Verifikasi SPJ", "Kepala Sub Bagian Keuangan", timedelta(hours=3),
              timedelta(hours=4), {"keputusan": "Tidak", "alasan": "nota kurang"}),
        entry("d", "langkah_02", "Penerimaan SPJ", "Bendahara Pengeluaran", timedelta(hours=4)),
    ]
    rows = build_timeline(history, spec, now=T0 + timedelta(hours=5))
    assert [r.status for r in rows] == ["selesai", "selesai", "dikembalikan", "menunggu"]
    assert [r.late for r in rows] == [False, False, False, False]  # only step 1 has a standard
    assert rows[0].took == timedelta(minutes=30) and rows[0].standard == "1 jam"
    assert [(i.label, i.value, i.kind) for i in rows[0].recorded] == [
        ("Nota", "", "check"), ("Output: SPJ", "SPJ Mei", "text")]
    assert rows[2].reason == "nota kurang" and rows[2].returned
    assert [(i.field, i.kind) for i in rows[2].recorded] == [("keputusan", "decision"),
                                                             ("alasan", "text")]
    assert rows[3].who is None and rows[3].recorded == [] and rows[3].took is None
    assert last_return_before(rows, "d") is rows[2]
    assert last_return_before(rows, "b") is None


def test_a_step_over_its_standard_is_late_done_or_not(spec):
    late_done = entry("a", "langkah_01", "Penyerahan SPJ", "PPTK", timedelta(0), timedelta(hours=2))
    still_open = entry("b", "langkah_01", "Penyerahan SPJ", "PPTK", timedelta(0))
    rows = build_timeline([late_done, still_open], spec, now=T0 + timedelta(hours=2))
    assert [r.late for r in rows] == [True, True]
    approved = entry("c", "langkah_03", "Verifikasi SPJ", "Kepala Sub Bagian Keuangan",
                     timedelta(0),
                     timedelta(1), {"keputusan": "Ya"})
    (row,) = build_timeline([approved], spec, now=T0)
    assert row.status == "disetujui" and row.reason == "" and not row.returned


def test_an_approval_after_a_return_clears_the_notice(spec):
    history = [
        entry("c1", "langkah_03", "Verifikasi SPJ", "K", timedelta(0), timedelta(1),
              {"keputusan": "Tidak", "alasan": "x"}),
        entry("c2", "langkah_03", "Verifikasi SPJ", "K", timedelta(1), timedelta(2),
              {"keputusan": "Ya"}),
        entry("e", "langkah_01", "Penyerahan SPJ", "PPTK", timedelta(2)),
    ]
    rows = build_timeline(history, spec, now=T0)
    assert last_return_before(rows, "e") is None


def test_no_is_the_sops_step_number_and_people_have_name_and_nip():
    cuti = ROOT / "bpmn" / "lumajang-disdukcapil" / "lumajang_dukcapil_pengajuan_cuti.bpmn"
    spec = parse_spec("lumajang_dukcapil_pengajuan_cuti", cuti.read_text())
    history = [
        entry("a", "langkah_03", "Mengetik surat pengantar", "Staf", timedelta(0),
              timedelta(minutes=5), {"kelengkapan_1": True}, who="sri"),
        entry("b", "langkah_04", "Memeriksa surat pengantar", "Kasubag Umpeg",
              timedelta(minutes=5), timedelta(minutes=9), {"keputusan": "Tidak", "alasan": "x"},
              who="budi"),
        entry("c", "langkah_03", "Mengetik surat pengantar", "Staf", timedelta(minutes=9),
              timedelta(minutes=12), {"kelengkapan_1": True}, who="sri"),
        entry("d", "langkah_04", "Memeriksa surat pengantar", "Kasubag Umpeg",
              timedelta(minutes=12)),
    ]
    history[1]["acting_as"] = "Plh. Kasubag Umpeg"
    names = {"budi": "Budi Santoso (NIP 19660710 199202 1 007)"}
    rows = build_timeline(history, spec, now=T0 + timedelta(minutes=13), names=names)
    assert [r.no for r in rows] == ["3", "4", "3", "4"]  # not 1, 2, 3, 4
    assert rows[0].by == "sri"  # an unknown username stays as it is
    assert rows[1].by == "Plh. Kasubag Umpeg (Budi Santoso, NIP 19660710 199202 1 007)"
    assert rows[3].by == "" and rows[3].who is None
    assert build_timeline(history[:1], spec, now=T0)[0].by == "sri"


def test_person_labels():
    assert person_label("budi", "Budi Santoso", "19660710 199202 1 007") == \
        "Budi Santoso (NIP 19660710 199202 1 007)"
    assert person_label("budi", "Budi Santoso") == "Budi Santoso"
    assert person_label("budi") == "budi"
    assert acting_label("Budi Santoso", "Plt. Sekretaris") == "Plt. Sekretaris (Budi Santoso)"
    assert acting_label("Budi Santoso", None) == "Budi Santoso"


def test_a_recorded_decision_reads_in_the_models_words():
    cuti = ROOT / "bpmn" / "lumajang-disdukcapil" / "lumajang_dukcapil_pengajuan_cuti.bpmn"
    spec = parse_spec("lumajang_dukcapil_pengajuan_cuti", cuti.read_text())
    (row,) = build_timeline([entry("a", "langkah_02", "Meneliti", "Kasubag Umpeg", timedelta(0),
                                   timedelta(1), {"keputusan": "Tidak", "alasan": "habis"})],
                            spec, now=T0)
    assert [(i.label, i.value) for i in row.recorded if i.kind == "decision"] == [
        ("Masih ada sisa cuti tahunan?", "Tidak ada")]
