"""Who is acting: a user's name and the (role, instansi) pairs (jabatan) they hold."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    username: str
    roles: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    is_admin: bool = False
    full_name: str = ""
    # an admin reset the password: nothing but choosing a new one (or logging out) is allowed
    must_change_password: bool = False

    def holds(self, role: str, instansi: str) -> bool:
        """True when the actor holds ``role`` in ``instansi`` (or in every instansi: '*')."""
        return (role, instansi) in self.roles or (role, "*") in self.roles
