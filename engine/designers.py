"""Who may design SOPs: admins, and holders of the "Perancang SOP" role for an instansi.

"Perancang SOP" is a function, not a jabatan of the SOTK: it is granted like a jabatan (a
(role, instansi) pair, instansi '*' meaning every instansi) but no lane is ever named so, and the
jabatan catalogue does not list it. A designer edits drafts and deploys new versions of the SOPs
of their instansi only; an admin may do so everywhere.
"""

from __future__ import annotations

from .actors import Actor
from .errors import Forbidden

DESIGNER_ROLE = "Perancang SOP"
EVERYWHERE = "*"


def is_designer(actor: Actor) -> bool:
    """May the actor open the designer pages at all (any instansi)?"""
    return actor.is_admin or any(role == DESIGNER_ROLE for role, _ in actor.roles)


def design_instansi(actor: Actor) -> set[str] | None:
    """The instansi whose SOPs the actor may design; None means every instansi."""
    if actor.is_admin:
        return None
    held = {where for role, where in actor.roles if role == DESIGNER_ROLE}
    return None if EVERYWHERE in held else held


def may_design(actor: Actor, instansi: str) -> bool:
    """May the actor edit and deploy SOPs of ``instansi``?"""
    allowed = design_instansi(actor)
    return allowed is None or instansi in allowed


def require_design(actor: Actor, instansi: str) -> None:
    """Forbidden, naming the instansi, unless the actor may design its SOPs."""
    if not may_design(actor, instansi):
        raise Forbidden(f"Anda tidak dapat merancang SOP instansi {instansi}.",
                        f"You may not design SOPs of instansi {instansi}.", field="instansi")
