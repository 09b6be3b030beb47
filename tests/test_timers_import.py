"""Issue 13 item 3: the importer's ``eskalasi: true`` (docs/sop-table.md).

The fixture table's Verifikasi SPJ gets a non-interrupting "Terlambat" boundary timer due at its
batas waktu (2 hari kerja): the BPMN deploys, the timer fires at that working-time deadline and
tells the pengawas, the step still waits; the export gives the same table back; the diagram's
new shapes overlap nothing.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ROOT, add_user
from lxml import etree
from sqlalchemy import select

from engine import timers
from engine.actors import Actor
from engine.clock import SimulatedClock, using
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.models import Notification, Timer
from engine.runtime import Runtime
from engine.soptable.exporter import bpmn_to_table
from engine.soptable.importer import table_to_bpmn, write_table
from engine.soptable.model import load_table, table_to_dict
from engine.supervisors import mark

TABLE = ROOT / "tests/fixtures/eskalasi/uji-eskalasi/uji_eskalasi.yaml"
INSTANSI = "uji-eskalasi"
BEND = Actor("bend", frozenset({("Bendahara Pengeluaran", INSTANSI)}))
KASUBAG = Actor("kasubag", frozenset({("Kasubag Keuangan", INSTANSI)}))
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC"}


@pytest.fixture
def factory(sqlite_template: Path, tmp_path: Path):
    path = tmp_path / "sop.sqlite"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    add_user(url, "bend", [("Bendahara Pengeluaran", INSTANSI)])
    add_user(url, "kasubag", [("Kasubag Keuangan", INSTANSI)])
    add_user(url, "kadis", [])
    found = make_session_factory(make_engine(url))
    with transaction(found, write=True) as db:
        mark(db, "kadis", INSTANSI)
        deploy(db, [("uji_eskalasi.bpmn", table_to_bpmn(load_table(TABLE)), INSTANSI)])
    return found


def test_the_escalation_fires_at_the_batas_waktu_and_tells_the_pengawas(factory):
    clock = SimulatedClock(datetime(2026, 12, 4, 2, tzinfo=UTC))  # Friday 09:00 WIB
    with using(clock):
        runtime = Runtime(factory)
        case = runtime.start("uji_eskalasi", BEND)
        clock.advance(minutes=30)
        verifikasi = runtime.complete(case.tasks[0].id, BEND, {}).tasks[0]
        with transaction(factory) as db:
            [row] = db.scalars(select(Timer)).all()
        assert (row.kind, row.event_id) == ("batas", "terlambat_02")
        assert row.due_at.replace(tzinfo=UTC) == verifikasi.due_at  # Tuesday, 2 hari kerja
        clock.now = verifikasi.due_at.replace(tzinfo=UTC)
        assert timers.fire_due(factory, runtime, clock()) == 1
        with transaction(factory) as db:
            told = db.scalars(select(Notification).where(
                Notification.kind == "task_escalated")).all()
        assert [(n.username, n.data["step"]) for n in told] == [("kadis", "Verifikasi SPJ")]
        assert [t.name for t in runtime.instance(case.id).tasks] == ["Verifikasi SPJ"]
        done = runtime.complete(verifikasi.id, KASUBAG, {})
        done = runtime.complete(done.tasks[0].id, BEND, {})
        assert done.status == "completed" and done.outcome == "selesai"


def test_the_export_gives_eskalasi_back_and_the_diagram_overlaps_nothing(tmp_path: Path):
    table = load_table(TABLE)
    path = write_table(table, tmp_path)
    again = bpmn_to_table(path)
    assert table_to_dict(again)["langkah"] == table_to_dict(table)["langkah"]
    root = etree.parse(str(path)).getroot()
    boxes = {s.get("bpmnElement"): s.find("dc:Bounds", NS)
             for s in root.iterfind(".//bpmndi:BPMNShape", NS)}
    nodes = {k: _box(b) for k, b in boxes.items() if not k.startswith(("lane_", "pool_"))}
    labels = [_box(lbl) for lbl in root.iterfind(".//bpmndi:BPMNLabel/dc:Bounds", NS)]
    new = [nodes["eskalasi_02"], *(_box(s.find("bpmndi:BPMNLabel/dc:Bounds", NS))
                                   for s in root.iterfind(".//bpmndi:BPMNShape", NS)
                                   if s.get("bpmnElement") in ("terlambat_02", "eskalasi_02"))]
    others = [b for k, b in nodes.items() if k not in ("terlambat_02", "eskalasi_02")]
    others += [b for b in labels if b not in new]
    assert not [(a, b) for a in new for b in others if _overlap(a, b)]
    lane = _box(boxes["lane_02"])  # Kasubag Keuangan's lane holds the whole escalation
    assert all(lane[1] <= b[1] and b[1] + b[3] <= lane[1] + lane[3] for b in new)


def _box(bounds) -> tuple[int, int, int, int]:
    return tuple(int(float(bounds.get(k))) for k in ("x", "y", "width", "height"))


def _overlap(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
