"""Playing SPJ cases at set times (a known history for the monitoring and dashboard tests): the
SPJ SOP's three jabatan as actors, WIB times, and one case played step by step."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from spj import SPJ_INSTANSI, SPJ_KEY

from engine.actors import Actor
from engine.clock import SimulatedClock
from engine.runtime import Runtime

WIB = ZoneInfo("Asia/Jakarta")
PPTK = Actor("pptk", frozenset({("PPTK", SPJ_INSTANSI)}))
BENDAHARA = Actor("bendahara", frozenset({("Bendahara Pengeluaran", SPJ_INSTANSI)}))
KASUBAG = Actor("kasubag", frozenset({("Kepala Sub Bagian Keuangan", SPJ_INSTANSI)}))
BY_ROLE = {"PPTK": PPTK, "Bendahara Pengeluaran": BENDAHARA,
           "Kepala Sub Bagian Keuangan": KASUBAG}


def wib(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=WIB).astimezone(UTC)


def play(runtime: Runtime, clock: SimulatedClock, number: str, start: datetime,
         moves: list[tuple[datetime, str | None]]) -> int:
    """Start a case at ``start``; complete its waiting step at each time (with a keputusan);
    returns the case id."""
    clock.now = start
    case = runtime.start(SPJ_KEY, PPTK, business_key=number, title=number)
    for when, keputusan in moves:
        clock.now = when
        task = case.tasks[0]
        data = {} if keputusan is None else {"keputusan": keputusan, "alasan": "kurang"}
        case = runtime.complete(task.id, BY_ROLE[task.role], data)
    return case.id
