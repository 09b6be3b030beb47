"""The background loop: the work no request waits for, every few seconds in a daemon thread
of each server worker (and of ``sop worker``): timers that are due (engine.timers), tasks
becoming Terlambat (engine.notify's overdue scan), the daily digest and the mail outbox
(engine.outbox).

Each job runs in its own transaction; an error is logged and the loop goes on (a database or
SMTP server that is down for a while must not stop it for good). Several workers and machines
run it at once: the overdue flag, the digest's dedupe key and the outbox's claims keep each
piece of work done once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from . import notify, outbox, timers
from .db import transaction
from .mailer import MailSettings
from .models import utcnow
from .runtime import Runtime

log = logging.getLogger(__name__)
DEFAULT_INTERVAL = 5.0


def interval_from_env(environ: Mapping[str, str] | None = None) -> float:
    """BACKGROUND_INTERVAL in seconds (default 5; at least 0.1)."""
    env = os.environ if environ is None else environ
    text = (env.get("BACKGROUND_INTERVAL") or "").strip()
    try:
        value = float(text) if text else DEFAULT_INTERVAL
    except ValueError as err:
        raise ValueError(f"BACKGROUND_INTERVAL must be a number of seconds, not {text!r}") \
            from err
    if not value >= 0.1:
        raise ValueError(f"BACKGROUND_INTERVAL must be at least 0.1 seconds, not {text!r}")
    return value


class Background:
    """The loop; :meth:`start` runs it in a daemon thread, :meth:`stop` ends and joins it,
    :meth:`run_once` is one round (for ``sop worker``'s first round and for tests)."""

    def __init__(self, factory: sessionmaker[Session], settings: MailSettings,
                 interval: float = DEFAULT_INTERVAL,
                 clock: Callable[[], datetime] = utcnow, runtime: Any = None):
        self.factory = factory
        self._runtime = runtime  # fires timers (Runtime.advance); built on first need
        self.settings = settings
        self.interval = interval
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Background:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self.run_forever, name="sop-background",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float | None = None) -> None:
        """Ask the loop to end and wait for it (at most the round in progress)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run_forever(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.interval)

    def run_once(self) -> dict[str, int]:
        """One round; returns what each job did (-1: it failed, and was logged)."""
        done = {"timers": self._job("timers", self._timers),
                "overdue": self._job("overdue", self._overdue)}
        if self.settings.enabled:
            done["digest"] = self._job("digest", lambda now: outbox.digest(
                self.factory, self.settings, now))
            done["sent"] = self._job("send", self._send_all)
        return done

    def _job(self, name: str, work: Callable[[datetime], int | None]) -> int:
        try:
            return int(work(self.clock()) or 0)
        except Exception:  # noqa: BLE001 - the loop outlives any one failure; it is logged
            log.exception("background job %s failed", name)
            return -1

    @property
    def runtime(self) -> Any:
        """The server's Runtime (its script setting), or one of our own (``sop worker``)."""
        if self._runtime is None:
            self._runtime = Runtime(self.factory)
            self._runtime.mail_enabled = self.settings.enabled
        return self._runtime

    def _timers(self, now: datetime) -> int:
        return timers.fire_due(self.factory, self.runtime, now, self._stop.is_set)

    def _overdue(self, now: datetime) -> int | None:
        scan = getattr(notify, "overdue_scan", None)
        if scan is None:
            return 0
        with transaction(self.factory, write=True) as session:
            return scan(session, now, self.settings.enabled)

    def _send_all(self, now: datetime) -> int:
        """Batches until nothing is due (or the loop is asked to stop)."""
        total = 0
        while not self._stop.is_set():
            sent = outbox.send_due(self.factory, self.settings, now)
            total += sent
            if sent == 0:
                break
        return total
