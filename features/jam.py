"""A clock a scenario can move ("Ketika waktu berjalan 2 hari kerja") for the live test server.

The feature server runs in the test process, and every time the engine stores or compares (a
step ready, its batas waktu, Terlambat) comes from ``engine.models.utcnow``, which reads
``models._CLOCK``. A scenario that moves time installs a clock running at real speed plus an
offset; it is removed after the scenario, so other scenarios see real time. Moving by days
uses ``engine.deadlines.deadline`` itself, so "2 hari kerja" skips the same weekends and
holidays as a step's batas waktu does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from engine import models
from engine.deadlines import deadline

from .durasi import Durasi, ke_iso


class JamSkenario:
    """Real time plus an offset; installed on the first move, removed by :meth:`reset`."""

    def __init__(self) -> None:
        self.offset = timedelta()
        self._before: object = None
        self._installed = False

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def maju(self, durasi: Durasi) -> datetime:
        """Move time forward by ``durasi`` (days of its kind: kerja unless kalender)."""
        if not self._installed:
            self._before, models._CLOCK = models._CLOCK, self
            self._installed = True
        now = self()
        later = deadline(now, ke_iso(durasi), durasi.jenis_hari or "kerja")
        self.offset += later - now
        return later

    def reset(self) -> None:
        if self._installed:
            models._CLOCK = self._before
            self._installed = False
        self.offset = timedelta()
