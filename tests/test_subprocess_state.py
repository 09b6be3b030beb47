"""Embedded sub-processes in the state store: inner steps run, and the stored state stays flat
however often a case loops inside the sub-process (a Tidak in it) or around it."""

from __future__ import annotations

from pathlib import Path

from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.runtime import Runtime

FIXTURE = Path(__file__).parent / "fixtures" / "subproses_loop.bpmn"
KEY = "fixture_subproses"
INSTANSI = "uji-subproses"  # no jabatan catalogue: lanes are roles as drawn
PPTK, BENDAHARA, KASUBAG = "PPTK", "Bendahara Pengeluaran", "Kepala Sub Bagian Keuangan"
EVERYONE = Actor("semua", frozenset((r, INSTANSI) for r in (PPTK, BENDAHARA, KASUBAG)))


def _runtime(db_url: str) -> Runtime:
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("subproses.bpmn", FIXTURE.read_bytes(), INSTANSI)])
    return Runtime(factory)


def _step(runtime: Runtime, inst, name: str, role: str, **data):
    """Complete the case's one waiting step, checking it is ``name`` in lane ``role``."""
    assert [(t.name, t.role) for t in inst.tasks] == [(name, role)]
    return runtime.complete(inst.tasks[0].id, EVERYONE, data)


def _inner_loop(runtime: Runtime, inst, i: int):
    inst = _step(runtime, inst, "Penerimaan SPJ", BENDAHARA)
    return _step(runtime, inst, "Pemeriksaan SPJ", KASUBAG, keputusan="Tidak",
                 alasan=f"putaran {i}")


def _through_subprocess(runtime: Runtime, inst):
    inst = _step(runtime, inst, "Penerimaan SPJ", BENDAHARA)
    return _step(runtime, inst, "Pemeriksaan SPJ", KASUBAG, keputusan="Ya")


def test_inner_steps_take_their_lanes_and_the_case_ends(db_url):
    runtime = _runtime(db_url)
    inst = runtime.start(KEY, EVERYONE)
    inst = _step(runtime, inst, "Penyerahan SPJ", PPTK, kelengkapan_1=True)
    inst = _inner_loop(runtime, inst, 0)
    inst = _through_subprocess(runtime, inst)
    inst = _step(runtime, inst, "Konfirmasi PPTK", PPTK, diterima="Tidak")
    inst = _through_subprocess(runtime, inst)
    inst = _step(runtime, inst, "Konfirmasi PPTK", PPTK, diterima="Ya")
    assert inst.status == "completed" and inst.tasks == []
    nodes = [(a.from_node_id, a.node_id) for a in runtime.activities(inst.id)]
    assert nodes[:6] == [(None, "mulai"), ("mulai", "langkah_01"),
                         ("langkah_01", "gabung_luar"), ("verifikasi", "sub_mulai"),
                         ("sub_mulai", "sub_gabung"), ("sub_gabung", "sub_langkah_01")]
    assert ("gabung_luar", "verifikasi") in nodes and ("verifikasi", "langkah_03") in nodes
    assert nodes[-1] == ("keputusan_luar", "selesai")
    done = [h["name"] for h in runtime.history(inst.id) if h["completed_at"]]
    assert done == ["Penyerahan SPJ", "Penerimaan SPJ", "Pemeriksaan SPJ", "Penerimaan SPJ",
                    "Pemeriksaan SPJ", "Konfirmasi PPTK", "Penerimaan SPJ", "Pemeriksaan SPJ",
                    "Konfirmasi PPTK"]


def test_state_is_flat_across_50_loops_inside_and_50_around_the_subprocess(db_url):
    runtime = _runtime(db_url)
    inst = runtime.start(KEY, EVERYONE)
    inst = _step(runtime, inst, "Penyerahan SPJ", PPTK, kelengkapan_1=True)
    inside = {}
    for i in range(50):
        inst = _inner_loop(runtime, inst, i)
        inside[i + 1] = inst.state_bytes
    assert inside[50] <= inside[1] * 1.1, inside
    around = {}
    for i in range(50):
        inst = _through_subprocess(runtime, inst)
        inst = _step(runtime, inst, "Konfirmasi PPTK", PPTK, diterima="Tidak")
        around[i + 1] = inst.state_bytes
    assert around[50] <= around[1] * 1.1, around
    # waiting at the step after the sub-process: the finished sub-process is not kept
    inst = _through_subprocess(runtime, inst)
    assert inst.tasks[0].name == "Konfirmasi PPTK"
    assert inst.state_bytes <= inside[1], (inst.state_bytes, inside[1])
    inst = _step(runtime, inst, "Konfirmasi PPTK", PPTK, diterima="Ya")
    assert inst.status == "completed"
    assert len([h for h in runtime.history(inst.id) if h["completed_at"]]) == 1 + 2 * 50 + 3 * 51


def test_the_model_readers_see_inside_the_subprocess():
    """Lanes, first steps and what a Tidak does, read through the cached spec."""
    from engine.specs import lanes_of, parse_spec
    from engine.starting import next_user_steps
    from engine.tidak import KEMBALI, tidak_kind

    spec = parse_spec(KEY, FIXTURE.read_text(), {"Kepala Sub Bagian Keuangan": "Kasubag Keu"})
    assert spec.task_specs["sub_langkah_01"].lane == BENDAHARA  # the sub-process's lane
    assert spec.task_specs.get("sub_langkah_02").lane == "Kasubag Keu"  # its own, renamed
    assert set(lanes_of(spec)) == {PPTK, BENDAHARA, "Kasubag Keu"}
    assert [t.name for t in next_user_steps([spec.task_specs["gabung_luar"]])] == [
        "sub_langkah_01"]
    assert [t.name for t in next_user_steps([spec.task_specs["sub_selesai"]])] == [
        "langkah_03"]  # out of the sub-process's end, on to the step after it
    assert tidak_kind(spec, "sub_langkah_02") == KEMBALI
    assert tidak_kind(spec, "langkah_03") is None  # its decision is "diterima", not keputusan


NESTED = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"
  targetNamespace="http://example.org/sop">
  <bpmn:process id="bersarang" isExecutable="true">
    <bpmn:laneSet id="ls">
      <bpmn:lane id="l1" name="Staf"><bpmn:flowNodeRef>m</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>luar</bpmn:flowNodeRef><bpmn:flowNodeRef>s</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="l2" name="Kepala"><bpmn:flowNodeRef>dalam</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="m"/>
    <bpmn:subProcess id="luar">
      <bpmn:startEvent id="lm"/>
      <bpmn:subProcess id="dalam">
        <bpmn:startEvent id="dm"/><bpmn:userTask id="t1" name="Satu"/><bpmn:endEvent id="ds"/>
        <bpmn:sequenceFlow id="d1" sourceRef="dm" targetRef="t1"/>
        <bpmn:sequenceFlow id="d2" sourceRef="t1" targetRef="ds"/>
      </bpmn:subProcess>
      <bpmn:userTask id="t2" name="Dua"/><bpmn:endEvent id="ls_"/>
      <bpmn:sequenceFlow id="l1f" sourceRef="lm" targetRef="dalam"/>
      <bpmn:sequenceFlow id="l2f" sourceRef="dalam" targetRef="t2"/>
      <bpmn:sequenceFlow id="l3f" sourceRef="t2" targetRef="ls_"/>
    </bpmn:subProcess>
    <bpmn:endEvent id="s"/>
    <bpmn:sequenceFlow id="f1" sourceRef="m" targetRef="luar"/>
    <bpmn:sequenceFlow id="f2" sourceRef="luar" targetRef="s"/>
  </bpmn:process>
</bpmn:definitions>
"""


def test_nested_subprocesses_are_stored_and_run_to_the_end():
    """A sub-process inside a sub-process: both sub-workflows are stored with their links,
    the inner step takes the lane listing its sub-process, and a plain state still loads."""
    from SpiffWorkflow.bpmn import BpmnWorkflow
    from SpiffWorkflow.util.task import TaskState

    from engine.specs import parse_spec
    from engine.state import dump_state, load_state
    from engine.subprocesses import specs_of

    spec = parse_spec("bersarang", NESTED)
    assert (spec.task_specs["t1"].lane, spec.task_specs["t2"].lane) == ("Kepala", "Staf")
    workflow = BpmnWorkflow(spec, specs_of(spec))
    workflow.do_engine_steps()
    for expected in ("t1", "t2"):
        workflow = load_state(dump_state(workflow), spec)
        ready = workflow.get_tasks(state=TaskState.READY)
        assert [t.task_spec.name for t in ready] == [expected]
        assert len(workflow.subprocesses) == (2 if expected == "t1" else 1)
        ready[0].run()
        workflow.do_engine_steps()
    assert workflow.is_completed()
    done = load_state(dump_state(workflow), spec)
    assert done.is_completed() and done.subprocesses == {}


def test_a_state_stored_before_subprocesses_still_loads_and_runs():
    """tests/fixtures/state_format1_spj.bin: written by the state store of commit 354c789 (a
    fixture_spj case waiting at Verifikasi after one Tidak); such blobs are in users' databases."""
    from SpiffWorkflow.util.task import TaskState

    from engine.specs import parse_spec
    from engine.state import dump_state, load_state

    spec = parse_spec("fixture_spj", (FIXTURE.parent / "spj_loop.bpmn").read_text())
    blob = (FIXTURE.parent / "state_format1_spj.bin").read_bytes()
    workflow = load_state(blob, spec)
    ready = workflow.get_tasks(state=TaskState.READY)
    assert [t.task_spec.name for t in ready] == ["langkah_03"]
    assert ready[0].data["alasan"] == "x"
    ready[0].data["keputusan"] = "Ya"
    ready[0].run()
    workflow.do_engine_steps()
    assert load_state(dump_state(workflow), spec).is_completed()
