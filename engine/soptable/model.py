"""The SOP table as Python data: dataclasses, loading, and conversion back to plain dicts.

Validation lives in :mod:`.validate`; this module only turns an already validated mapping into
dataclasses (so every consumer sees defaults filled in) and back (so round trips compare equal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FORMAT = "sop-table/1"
SELESAI = "selesai"
LIST_FIELDS = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan",
               "peringatan", "pencatatan")


class TableError(Exception):
    """A table that cannot be used; ``problems`` holds one message per problem found."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Instansi:
    kode: str
    pemerintah: str = ""
    nama: str = ""
    unit: str = ""


@dataclass
class Pengesah:
    jabatan: str = ""
    nama: str = ""
    nip: str = ""


@dataclass
class Sumber:
    seed: str = ""
    baris: str = ""
    judul: str = ""


@dataclass
class Keputusan:
    """A decision: ``ya`` / ``tidak`` are step numbers or ``"selesai"``."""

    pertanyaan: str
    ya: int | str
    tidak: int | str
    label_ya: str = "Ya"
    label_tidak: str = "Tidak"
    # pemisahan tugas (soptable.pemisahan): False opts this decision out of the rule
    pemisahan_tugas: bool = True


@dataclass
class Langkah:
    no: int
    uraian: str
    pelaksana: str
    kelengkapan: list[str] = field(default_factory=list)
    waktu: str = ""
    output: str = ""
    keterangan: str = ""
    catatan: str = ""
    keputusan: Keputusan | None = None
    # the process id of the SOP performed at this step (a call activity), "" for a user task
    panggil: str = ""
    # form fields a designer added in the modeler (soptable.isian), written only when any
    isian: list[dict] = field(default_factory=list)
    # a Terlambat timer at the batas waktu tells the pengawas (soptable.eskalasi)
    eskalasi: bool = False


@dataclass
class SopTable:
    id: str
    instansi: Instansi
    nama: str
    pelaksana: list[str]
    langkah: list[Langkah]
    format: str = FORMAT
    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    disahkan_oleh: Pengesah = field(default_factory=Pengesah)
    dasar_hukum: list[str] = field(default_factory=list)
    kualifikasi_pelaksana: list[str] = field(default_factory=list)
    keterkaitan: list[str] = field(default_factory=list)
    peralatan: list[str] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)
    pencatatan: list[str] = field(default_factory=list)
    jenis_layanan: str = ""
    waktu_hari: str = "kerja"
    waktu_angka: str = "menit"
    sumber: Sumber = field(default_factory=Sumber)
    catatan: list[str] = field(default_factory=list)
    source: str = field(default="", compare=False, repr=False)

    def step(self, no: int) -> Langkah:
        """The step numbered ``no`` (steps are validated to be numbered 1..n)."""
        return self.langkah[no - 1]

    def next_of(self, no: int) -> int | str:
        """Where plain flow goes after step ``no``: the next step, or the end."""
        return no + 1 if no < len(self.langkah) else SELESAI


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and reads only true/false as booleans.

    Plain YAML 1.1 turns the contract's own key ``no:`` (and yes/on/off) into a boolean,
    and silently keeps the last of two duplicate keys; both would lose a transcriber's data.
    """


def _yaml12_bools() -> None:
    resolvers = {
        first: [(tag, rx) for tag, rx in entries if tag != "tag:yaml.org,2002:bool"]
        for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _UniqueKeyLoader.yaml_implicit_resolvers = resolvers
    _UniqueKeyLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen[key] = 1
    return loader.construct_mapping(node)


_yaml12_bools()
_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def display_path(path: str | Path) -> str:
    """The path as messages show it: relative to the working directory when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def read_yaml(path: str | Path) -> Any:
    """Parse a YAML file, raising TableError (naming the file and line) on syntax errors."""
    name = display_path(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TableError([f"{name}: cannot read: {exc}"]) from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise TableError([f"{name}: invalid YAML: {_one_line(exc)}"]) from exc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def load_table(path: str | Path) -> SopTable:
    """Load and validate one table file; raises TableError listing every problem."""
    from .validate import validate_data  # here: validate builds on this module's dataclasses

    data = read_yaml(path)
    problems = validate_data(data, display_path(path))
    if problems:
        raise TableError(problems)
    table = table_from_dict(data)
    table.source = str(path)
    return table


def table_from_dict(data: dict) -> SopTable:
    """Build a SopTable from a mapping that already passed validation."""
    d = _drop_none(data)
    d["instansi"] = Instansi(**_drop_none(data["instansi"]))
    d["disahkan_oleh"] = Pengesah(**_drop_none(d.get("disahkan_oleh") or {}))
    d["sumber"] = Sumber(**_drop_none(d.get("sumber") or {}))
    steps = d["langkah"]
    d["langkah"] = [_langkah_from_dict(s, len(steps)) for s in steps]
    return SopTable(**d)


def _drop_none(d: dict) -> dict:
    """Treat ``key:`` with no value (YAML null) as an omitted optional."""
    return {k: v for k, v in d.items() if v is not None}


def _langkah_from_dict(s: dict, count: int) -> Langkah:
    s = _drop_none(s)
    kep = s.get("keputusan")
    if kep is not None:
        kep = _drop_none(kep)
        kep.setdefault("ya", s["no"] + 1 if s["no"] < count else SELESAI)
        s["keputusan"] = Keputusan(**kep)
    return Langkah(**s)


def table_to_dict(table: SopTable) -> dict:
    """The table as plain data in the contract's key order, every optional filled in.

    Filling optionals (rather than omitting them) makes two tables comparable as data
    whatever the transcriber chose to omit.
    """
    out: dict[str, Any] = {"format": table.format, "id": table.id}
    out["instansi"] = vars(table.instansi).copy()
    for key in ("nomor", "nama", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif"):
        out[key] = getattr(table, key)
    out["disahkan_oleh"] = vars(table.disahkan_oleh).copy()
    for key in LIST_FIELDS:
        out[key] = list(getattr(table, key))
    for key in ("jenis_layanan", "waktu_hari", "waktu_angka"):
        out[key] = getattr(table, key)
    out["sumber"] = vars(table.sumber).copy()
    out["catatan"] = list(table.catatan)
    out["pelaksana"] = list(table.pelaksana)
    out["langkah"] = [_langkah_to_dict(s) for s in table.langkah]
    return out


def _langkah_to_dict(step: Langkah) -> dict:
    d = {k: v for k, v in vars(step).items()
         if k not in ("keputusan", "panggil", "eskalasi", "isian")}
    d["kelengkapan"] = list(step.kelengkapan)
    if step.panggil:  # only steps that call an SOP carry the key
        d["panggil"] = step.panggil
    if step.eskalasi:  # only escalated steps carry the key
        d["eskalasi"] = True
    if step.isian:  # only steps with a designer's own form fields carry the key
        d["isian"] = [dict(entry) for entry in step.isian]
    if step.keputusan is not None:
        d["keputusan"] = vars(step.keputusan).copy()
        if d["keputusan"]["pemisahan_tugas"]:  # the default is not written out
            del d["keputusan"]["pemisahan_tugas"]
    return d


def normalise(data: dict) -> dict:
    """Plain table data with omitted optionals filled in (input must be valid)."""
    return table_to_dict(table_from_dict(data))
