"""Call activities as cases of their own (to be built: issue 13, call activities)."""

from __future__ import annotations

from typing import Any


def follow(runtime: Any, session: Any, instance: Any, workflow: Any, actor: str | None) -> None:
    """Start the cases of call activities that became ready; resume the parent of an ended
    case."""
