"""Stored state per step must not grow with the instance's history (Tidak loops)."""

from __future__ import annotations

from pathlib import Path

from engine.actors import Actor
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.runtime import Runtime

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
ROLES = frozenset({("PPTK", "uji"), ("Bendahara Pengeluaran", "uji"),
                   ("Kepala Sub Bagian Keuangan", "uji")})


def _state_after_loops(runtime: Runtime, loops: int) -> int:
    actor = Actor("semua", ROLES)
    inst = runtime.start("fixture_spj", actor)
    inst = runtime.complete(inst.tasks[0].id, actor, {"kelengkapan_1": True})
    for i in range(loops):
        inst = runtime.complete(inst.tasks[0].id, actor, {})
        inst = runtime.complete(inst.tasks[0].id, actor,
                                {"keputusan": "Tidak", "alasan": f"putaran {i}"})
    assert inst.tasks[0].name == "Penerimaan SPJ"
    return inst.state_bytes


def test_state_size_is_flat_across_50_tidak_loops(db_url):
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), "uji")])
    runtime = Runtime(factory)
    sizes = {n: _state_after_loops(runtime, n) for n in (0, 10, 50)}
    assert sizes[50] <= sizes[0] * 1.2, sizes
    assert sizes[10] <= sizes[0] * 1.2, sizes
    history = runtime.history(3)
    assert len([h for h in history if h["completed_at"]]) == 1 + 2 * 50


def test_activity_history_records_every_node_and_the_flow_into_it(db_url):
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        deploy(db, [("spj.bpmn", FIXTURE.read_bytes(), "uji")])
    runtime = Runtime(factory)
    actor = Actor("semua", ROLES)
    inst = runtime.start("fixture_spj", actor)
    inst = runtime.complete(inst.tasks[0].id, actor, {"kelengkapan_1": True})
    inst = runtime.complete(inst.tasks[0].id, actor, {})
    inst = runtime.complete(inst.tasks[0].id, actor, {"keputusan": "Tidak", "alasan": "x"})
    inst = runtime.complete(inst.tasks[0].id, actor, {})
    inst = runtime.complete(inst.tasks[0].id, actor, {"keputusan": "Ya"})
    assert inst.status == "completed"
    pairs = [(a.from_node_id, a.node_id) for a in runtime.activities(inst.id)]
    assert pairs == [
        (None, "mulai"), ("mulai", "langkah_01"), ("langkah_01", "gabung_02"),
        ("gabung_02", "langkah_02"), ("langkah_02", "langkah_03"),
        ("langkah_03", "keputusan_03"), ("keputusan_03", "gabung_02"),
        ("gabung_02", "langkah_02"), ("langkah_02", "langkah_03"),
        ("langkah_03", "keputusan_03"), ("keputusan_03", "selesai"),
    ]
