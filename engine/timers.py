"""Timer events as database rows (to be built: issue 13, timers)."""

from __future__ import annotations

from typing import Any


def sync(session: Any, instance: Any, workflow: Any) -> None:
    """Make the ``timers`` rows of ``instance`` match the timer events its workflow waits on."""
