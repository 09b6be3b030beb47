"""Which lane of the SOP a role name in a feature means.

QA writes roles as the SOP book spells its column headers ("KADIN", "PETUGAS  LOKET",
"Kasubbag Keuangan"); the library's lanes carry the instansi's official jabatan ("Kepala
Dinas"). A name means a lane when the two are the same after ``engine.jabatan.jabatan_key``
(case, dots, "&", spaces), or when the instansi's jabatan catalogue (``GET /api/jabatan``)
lists both as spellings of one jabatan. Nothing else is guessed: a name that matches no lane
fails with the closest lanes ("mungkin maksudnya").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from engine.jabatan import jabatan_key


@dataclass(frozen=True)
class Jabatan:
    """One catalogue entry as the API answers it."""

    nama: str
    singkatan: tuple[str, ...] = ()

    @property
    def keys(self) -> set[str]:
        return {jabatan_key(n) for n in (self.nama, *self.singkatan)}


@dataclass(frozen=True)
class Peran:
    """The lanes of one SOP and the jabatan catalogue of its instansi."""

    lanes: tuple[str, ...]
    katalog: tuple[Jabatan, ...] = field(default_factory=tuple)

    def lane(self, said: str) -> str | None:
        """The lane ``said`` means, or None."""
        key = jabatan_key(said)
        for lane in self.lanes:
            if jabatan_key(lane) == key:
                return lane
        for entry in self.katalog:
            if key in entry.keys:
                same = [lane for lane in self.lanes if jabatan_key(lane) in entry.keys]
                if same:
                    return same[0]
        return None

    def jabatan(self, said: str) -> str | None:
        """The official name of a jabatan of the instansi's catalogue ``said`` means, lane of
        this SOP or not (a named user may hold a jabatan the SOP does not use)."""
        key = jabatan_key(said)
        return next((e.nama for e in self.katalog if key in e.keys), None)

    def suggest(self, said: str, n: int = 3) -> list[str]:
        """Lanes close to an unknown name: by spelling, by word prefix, or through a close
        catalogue spelling."""
        key = jabatan_key(said)
        by_key = {jabatan_key(lane): lane for lane in self.lanes}
        for entry in self.katalog:
            lane = next((by_key[k] for k in entry.keys if k in by_key), None)
            if lane:
                by_key.update({k: lane for k in entry.keys})
        close = difflib.get_close_matches(key, list(by_key), n=n * 2, cutoff=0.6)
        prefixed = [k for k in by_key if key and _word_prefix(key, k)]
        return list(dict.fromkeys(by_key[k] for k in (*close, *prefixed)))[:n]


def katalog_dari(rows: Iterable[Mapping[str, object]]) -> tuple[Jabatan, ...]:
    """Entries from ``GET /api/jabatan`` (``[{"nama", "singkatan", "luar"}]``)."""
    return tuple(Jabatan(str(r.get("nama", "")), tuple(str(s) for s in r.get("singkatan") or ()))
                 for r in rows if r.get("nama"))


def official_lanes(lanes: Iterable[str], katalog: Iterable[Jabatan]) -> dict[str, str]:
    """{lane as drawn: its jabatan} for lanes the catalogue spells otherwise, as the engine's
    deployment renames them (engine.jabatan.lane_jabatan)."""
    entries = list(katalog)
    found = {}
    for lane in lanes:
        entry = next((e for e in entries if jabatan_key(lane) in e.keys), None)
        if entry is not None and entry.nama != lane:
            found[lane] = entry.nama
    return found


def _word_prefix(short: str, long: str) -> bool:
    """"kasubag" is a start of "kasubag keuangan"; "kepala" of "kepala dinas"."""
    a, b = short.split(), long.split()
    return len(a) < len(b) and b[: len(a)] == a or (len(a) == 1 and b[0].startswith(a[0]))
