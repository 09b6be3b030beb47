"""The jabatan catalogue of an instansi (its SOTK): official names and their short forms.

SOP books write one office many ways ("KADIN", "Kadin", "Kadis", "Kepala Dinas"); to the engine a
role is a string, so each spelling would be a different role and a user holding "Sekretaris" would
be refused a "SEKRETARIS" step. The catalogue says which spellings are one jabatan; lanes, users'
roles and Plt./Plh. are stored under the official name, so every later comparison (task lists,
access, notifications) stays a plain equality and needs no lookup.

A catalogue lives in ``bpmn/<instansi>/jabatan.yaml`` (format ``jabatan/1``), is loaded into the
``jabatan`` table when that folder is deployed, and is read back with :func:`catalogue_of`.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .designers import DESIGNER_ROLE
from .errors import InvalidData
from .models import Jabatan

FORMAT = "jabatan/1"
FILE_NAME = "jabatan.yaml"


def jabatan_key(name: str) -> str:
    """The spelling-free form of a name: casefold, no dots, '&' = 'dan', one space."""
    text = (name or "").casefold().replace("&", " dan ").replace(".", " ")
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.split())


@dataclass
class Entry:
    """One jabatan: the name lanes show, and the other spellings that mean it."""

    nama: str
    singkatan: list[str] = field(default_factory=list)
    luar: bool = False  # not staff of the instansi (warga, bank, BPKAD, Bupati ...)
    catatan: str = ""

    def as_dict(self) -> dict:
        return {"nama": self.nama, "singkatan": list(self.singkatan), "luar": self.luar,
                "catatan": self.catatan}


class CatalogueError(Exception):
    """A catalogue that cannot be used; ``problems`` holds one message per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Catalogue:
    instansi: str
    entries: list[Entry] = field(default_factory=list)
    sumber: str = ""

    def __post_init__(self) -> None:
        self._by_key: dict[str, str] = {}
        for entry in self.entries:
            for name in (entry.nama, *entry.singkatan):
                self._by_key.setdefault(jabatan_key(name), entry.nama)

    def official(self, name: str) -> str | None:
        """The official name ``name`` means, or None when the catalogue does not know it."""
        return self._by_key.get(jabatan_key(name))

    def names(self) -> list[str]:
        return [e.nama for e in self.entries]

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Official names close to an unknown spelling ("mungkin maksudnya ...")."""
        key = jabatan_key(name)
        close = difflib.get_close_matches(key, list(self._by_key), n=n * 2, cutoff=0.6)
        prefixed = [k for k in self._by_key if key and (k.startswith(key) or key.startswith(k))]
        found = [self._by_key[k] for k in (*close, *prefixed)]
        return list(dict.fromkeys(found))[:n]


def problems_of(catalogue: Catalogue) -> list[str]:
    """What makes a catalogue unusable: a spelling claimed by two jabatan, a jabatan listed
    twice, empty names."""
    problems, owner, seen = [], {}, set()
    for entry in catalogue.entries:
        if not entry.nama.strip():
            problems.append("jabatan: an entry has an empty 'nama'")
        if jabatan_key(entry.nama) in seen:
            problems.append(f"'{entry.nama}' is listed twice; list each jabatan once")
            continue
        seen.add(jabatan_key(entry.nama))
        for name in (entry.nama, *entry.singkatan):
            key = jabatan_key(name)
            if key in owner and owner[key] != entry.nama:
                problems.append(f"'{name}' belongs to both '{owner[key]}' and '{entry.nama}'; "
                                "a spelling may name one jabatan only")
            owner.setdefault(key, entry.nama)
    return problems


def load_file(path: str | Path) -> Catalogue:
    """Read and check ``jabatan.yaml``; raises :class:`CatalogueError` naming the file."""
    name = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CatalogueError([f"{name}: cannot read: {' '.join(str(exc).split())}"]) from exc
    problems = _shape_problems(data)
    if problems:
        raise CatalogueError([f"{name}: {p}" for p in problems])
    catalogue = Catalogue(
        instansi=data["instansi"], sumber=str(data.get("sumber") or ""),
        entries=[Entry(nama=str(e["nama"]).strip(),
                       singkatan=spellings(e.get("singkatan") or []),
                       luar=bool(e.get("luar", False)), catatan=str(e.get("catatan") or ""))
                 for e in data["jabatan"]])
    problems = problems_of(catalogue)
    if problems:
        raise CatalogueError([f"{name}: {p}" for p in problems])
    return catalogue


def _shape_problems(data: object) -> list[str]:
    if not isinstance(data, dict):
        return ["not a mapping (expected format, instansi, jabatan)"]
    problems = []
    if data.get("format") != FORMAT:
        problems.append(f"format: expected '{FORMAT}', got {data.get('format')!r}")
    if not isinstance(data.get("instansi"), str) or not data["instansi"].strip():
        problems.append("instansi: required (the instansi code, e.g. lumajang-disdukcapil)")
    entries = data.get("jabatan")
    if not isinstance(entries, list) or not entries:
        return [*problems, "jabatan: a non-empty list of {nama, singkatan} is required"]
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("nama"), str):
            problems.append(f"jabatan[{i}]: 'nama' (text) is required")
        elif not isinstance(entry.get("singkatan") or [], list):
            problems.append(f"jabatan[{i}] ({entry['nama']}): 'singkatan' must be a list")
    return problems


def spellings(names: list) -> list[str]:
    """Short forms as stored: trimmed, empty ones dropped (they would match nothing)."""
    return [text for text in (" ".join(str(n).split()) for n in names) if text]


def catalogue_path(bpmn_root: str | Path, instansi: str) -> Path:
    return Path(bpmn_root) / instansi / FILE_NAME


# -- the database copy ----------------------------------------------------------------------------
def store(session: Session, catalogue: Catalogue) -> bool:
    """Replace the instansi's catalogue; False when it was already exactly this one."""
    if _same(catalogue_of(session, catalogue.instansi), catalogue):
        return False
    session.execute(delete(Jabatan).where(Jabatan.instansi == catalogue.instansi))
    for order, entry in enumerate(catalogue.entries):
        session.add(Jabatan(instansi=catalogue.instansi, nama=entry.nama, urutan=order,
                            singkatan=json.dumps(entry.singkatan, ensure_ascii=False),
                            luar=entry.luar, catatan=entry.catatan))
    session.flush()
    return True


def _same(old: Catalogue | None, new: Catalogue) -> bool:
    return old is not None and [e.as_dict() for e in old.entries] == [
        e.as_dict() for e in new.entries]


def catalogue_of(session: Session, instansi: str) -> Catalogue | None:
    """The instansi's catalogue, or None when it has none (then names are kept as written)."""
    if not instansi or instansi == "*":
        return None
    rows = session.scalars(select(Jabatan).where(Jabatan.instansi == instansi)
                           .order_by(Jabatan.urutan, Jabatan.id)).all()
    if not rows:
        return None
    return Catalogue(instansi, [Entry(r.nama, json.loads(r.singkatan or "[]"), r.luar,
                                      r.catatan or "") for r in rows])


def instansi_with_catalogue(session: Session) -> list[str]:
    return list(session.scalars(select(Jabatan.instansi).distinct().order_by(Jabatan.instansi)))


def official_role(session: Session, role: str, instansi: str) -> str:
    """The jabatan a user or a Plt./Plh. is given: its official name in the instansi's
    catalogue. Unknown names are refused with the closest names (there is a catalogue) or kept
    as written (no catalogue: an instansi that has not published its SOTK)."""
    if role == DESIGNER_ROLE:  # a function granted like a jabatan, not one of the SOTK
        return role
    catalogue = catalogue_of(session, instansi)
    if catalogue is None:
        return role
    found = catalogue.official(role)
    if found is not None:
        return found
    near = catalogue.suggest(role)
    hint_id = f"; mungkin maksudnya {', '.join(repr(n) for n in near)}" if near else ""
    hint_en = f"; did you mean {', '.join(repr(n) for n in near)}" if near else ""
    raise InvalidData(
        f"Jabatan '{role}' tidak ada di katalog jabatan {instansi}{hint_id}.",
        f"Jabatan '{role}' is not in the jabatan catalogue of {instansi}{hint_en}.",
        field="role")


def lane_jabatan(catalogue: Catalogue, lanes: list[str]) -> tuple[dict[str, str], list[str]]:
    """Map lane names to official jabatan: ``({lane: official}, [unknown lane names])``.

    Only lanes whose name differs from the official one are in the map."""
    mapping, unknown = {}, []
    for lane in lanes:
        found = catalogue.official(lane)
        if found is None:
            unknown.append(lane)
        elif found != lane:
            mapping[lane] = found
    return mapping, unknown


def files_under(paths: list[Path]) -> list[Path]:
    """Every ``jabatan.yaml`` under the given folders (or given directly), deployed with them."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob(FILE_NAME)))
        elif path.name == FILE_NAME:
            found.append(path)
    return found


def load_all(session: Session, files: list[Path]) -> list[str]:
    """Store each catalogue file; the instansi whose catalogue changed. Raises
    :class:`CatalogueError` listing every problem of every file before storing any."""
    catalogues, problems = [], []
    for path in files:
        try:
            catalogues.append(load_file(path))
        except CatalogueError as err:
            problems.extend(err.problems)
    if problems:
        raise CatalogueError(problems)
    return [c.instansi for c in catalogues if store(session, c)]


def choices(session: Session) -> list[tuple[str, str]]:
    """(official name, instansi) of every staff jabatan of every catalogue, for pickers."""
    rows = session.execute(select(Jabatan.nama, Jabatan.instansi).where(Jabatan.luar.is_(False))
                           .order_by(Jabatan.instansi, Jabatan.urutan))
    return [(nama, instansi) for nama, instansi in rows]
