"""What the pages read from the model and the history: first steps, Tidak targets, the timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT

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
        entry("c", "langkah_03", "Verifikasi SPJ", "Kasubag Keuangan", timedelta(hours=3),
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
    approved = entry("c", "langkah_03", "Verifikasi SPJ", "Kasubag Keuangan", timedelta(0),
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
