"""Pelaksana names through the instansi's jabatan catalogue (engine.jabatan).

A table keeps the seed's spelling of its column headers ("KADIN", "Kasubag Keu"); the BPMN it
becomes names each lane by the official jabatan ("Kepala Dinas"), so one office is one role in
every SOP of the instansi. The catalogue is ``<bpmn dir>/<instansi>/jabatan.yaml``; an instansi
without one keeps the table's names.
"""

from __future__ import annotations

import copy
from pathlib import Path

from engine.jabatan import Catalogue, CatalogueError, catalogue_path, load_file

from .model import SopTable, display_path


class Catalogues:
    """The catalogues under a BPMN folder, each read once."""

    def __init__(self, bpmn_dir: str | Path | None):
        self.bpmn_dir = Path(bpmn_dir) if bpmn_dir is not None else None
        self._found: dict[str, Catalogue | None] = {}
        self.problems: list[str] = []

    def of(self, instansi: str) -> Catalogue | None:
        if self.bpmn_dir is None:
            return None
        if instansi not in self._found:
            path = catalogue_path(self.bpmn_dir, instansi)
            try:
                self._found[instansi] = load_file(path) if path.is_file() else None
            except CatalogueError as err:
                self.problems.extend(err.problems)
                self._found[instansi] = None
        return self._found[instansi]


def name_problems(table: SopTable, catalogue: Catalogue) -> list[str]:
    """A pelaksana the catalogue does not know, or two columns that are one jabatan."""
    name = display_path(table.source)
    out, seen = [], {}
    for pelaksana in table.pelaksana:
        official = catalogue.official(pelaksana)
        if official is None:
            near = catalogue.suggest(pelaksana)
            hint = f"; mungkin maksudnya {', '.join(repr(n) for n in near)}" if near else ""
            out.append(f"{name}: pelaksana: {pelaksana!r} is not a jabatan of "
                       f"{catalogue.instansi}{hint} (add it to the catalogue "
                       f"bpmn/{catalogue.instansi}/jabatan.yaml or use a catalogue name)")
        elif official in seen:
            out.append(f"{name}: pelaksana: {seen[official]!r} and {pelaksana!r} are one jabatan "
                       f"({official!r}); merge the two columns")
        else:
            seen[official] = pelaksana
    return out


def with_official_names(table: SopTable, catalogue: Catalogue | None) -> SopTable:
    """A copy of the table whose pelaksana are official jabatan names (input must have no
    :func:`name_problems`)."""
    if catalogue is None:
        return table
    named = copy.deepcopy(table)
    official = {p: catalogue.official(p) or p for p in table.pelaksana}
    named.pelaksana = [official[p] for p in table.pelaksana]
    for step in named.langkah:
        step.pelaksana = official.get(step.pelaksana, step.pelaksana)
    return named
