"""People as staff know them: "Budi Santoso (NIP 19660710 199202 1 007)", never a login name.

Histories store usernames (they are what authenticates); pages show the name and NIP the
admin recorded, with the capacity when someone acted as Plt. / Plh.: "Plh. Kasubag Keuangan
(Budi Santoso, NIP ...)". One query per page for every username it shows.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from engine.db import transaction
from engine.models import User

from .blueprint import factory


def person_label(username: str, full_name: str = "", nip: str = "") -> str:
    """Name and NIP; the username only when the account has no name."""
    name = (full_name or "").strip() or username
    return f"{name} (NIP {nip.strip()})" if (nip or "").strip() else name


def acting_label(person: str, acting_as: str | None) -> str:
    """"Plh. Kasubag Keuangan (Budi Santoso, NIP ...)" when acting for another; else ``person``."""
    if not acting_as:
        return person
    inner = person[:-1].replace(" (NIP ", ", NIP ", 1) if person.endswith(")") else person
    return f"{acting_as} ({inner})"


def people(usernames: Iterable[str | None]) -> dict[str, str]:
    """username -> label for every given username (unknown ones stay as they are)."""
    wanted = sorted({u for u in usernames if u})
    found = {u: u for u in wanted}
    if not wanted:
        return found
    with transaction(factory()) as db:
        rows = db.execute(select(User.username, User.full_name, User.nip)
                          .where(User.username.in_(wanted)))
        for username, full_name, nip in rows:
            found[username] = person_label(username, full_name or "", nip or "")
    return found
