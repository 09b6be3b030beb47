"""Who is acting: a user's name and the (role, instansi) pairs (jabatan) they hold, the instansi
they supervise (pengawas) and the jabatan they act in as Plt. / Plh. today."""

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
    # instansi this user supervises (pengawas; '*' = all): engine.supervisors
    supervises: frozenset[str] = field(default_factory=frozenset)
    # (role, instansi, kind) held today as Plt. / Plh. (engine.substitutions)
    acting: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)
    nip: str = ""

    def holds(self, role: str, instansi: str) -> bool:
        """True when the actor holds ``role`` in ``instansi`` (or in every instansi: '*'),
        their own or as Plt. / Plh. today."""
        return ((role, instansi) in self.roles or (role, "*") in self.roles
                or self.acting_as(role, instansi) is not None)

    def acting_as(self, role: str, instansi: str) -> str | None:
        """"Plh. Kasubag Keuangan" when the actor holds ``role`` only as a substitute today;
        None when it is their own jabatan (or they do not hold it at all)."""
        if (role, instansi) in self.roles or (role, "*") in self.roles:
            return None
        for acting_role, acting_instansi, kind in self.acting:
            if acting_role == role and acting_instansi in (instansi, "*"):
                return f"{kind}. {role}"
        return None
