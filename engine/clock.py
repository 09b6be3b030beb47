"""A simulated clock for demo data, generators and tests: every time the engine stores (a case
started, a step ready, claimed, completed) comes from ``engine.models.utcnow``, which reads the
clock set here. Production never sets it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from . import models


class SimulatedClock:
    """A clock that stands still until moved: ``advance(hours=2)``."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta | None = None, **units: float) -> datetime:
        self.now += delta if delta is not None else timedelta(**units)
        return self.now


@contextmanager
def using(clock: Callable[[], datetime]) -> Iterator[Callable[[], datetime]]:
    """Let ``clock`` stand for now within the block (one process: not for a live server's
    threads serving other users)."""
    before = models._CLOCK
    models._CLOCK = clock
    try:
        yield clock
    finally:
        models._CLOCK = before
