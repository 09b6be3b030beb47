"""Which step sentences assert something (the ``Maka`` kind) rather than act.

A scenario counts toward BPMN coverage only if at least one of its steps checked something
(:mod:`features.coverage`): walking a SOP without a check proves nothing about it. A sentence
joins the checks by being declared where it is defined, so a new one cannot be forgotten in a
list kept elsewhere::

    @step(_re("SOP selesai"))
    @memeriksa
    def sop_selesai(dunia): ...

(``@memeriksa`` goes below ``@step``: pytest-bdd registers the function it is given.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])
MARK = "_sop_memeriksa"


def memeriksa(func: F) -> F:
    """Declare a step function as a check; the function itself is unchanged."""
    setattr(func, MARK, True)
    return func


def is_check(func: object) -> bool:
    """True for a step function declared with :func:`memeriksa`."""
    return bool(getattr(func, MARK, False))
