"""The SOPs an instansi publishes: the newest version in use of each, with its identity fields.

The SOP pages list them and the SOP book prints them, both in the order an instansi's own book
follows: by nomor SOP, compared as people read numbers ("2" before "10"), then by name; an SOP
without a nomor ("" or "-") comes after the numbered ones. Identity fields are the process's
``camunda:property`` values (what the document's identity sheet shows), read once per stored
BPMN text: the cache is keyed by the definition's content hash, which changes with the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.models import ProcessDefinition
from engine.retirement import startable_versions
from engine.soptable.bpmnxml import NS, json_list, process_properties
from engine.soptable.model import LIST_FIELDS
from engine.xmlsafe import parse_bpmn

NO_NOMOR = ("", "-")
_CACHE_LIMIT = 4096


@dataclass(frozen=True)
class Identity:
    """The identity fields of one SOP as its BPMN states them ("" when absent)."""

    pemerintah: str = ""
    instansi_nama: str = ""
    unit: str = ""
    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    disahkan_jabatan: str = ""
    disahkan_nama: str = ""
    disahkan_nip: str = ""
    lists: dict[str, list[str]] = field(default_factory=dict)  # dasar_hukum ... pencatatan

    @property
    def has_nomor(self) -> bool:
        return self.nomor.strip() not in NO_NOMOR


@dataclass(frozen=True)
class SopEntry:
    """One published SOP: its definition's columns and its identity."""

    id: int
    key: str
    version: int
    name: str
    instansi: str
    content_hash: str
    identity: Identity


_identities: dict[tuple[str, str], Identity] = {}


def identity_of(definition: ProcessDefinition) -> Identity:
    """The identity of a deployed definition (parsed once per stored text)."""
    cache_key = (definition.content_hash, definition.key)
    found = _identities.get(cache_key)
    if found is None:
        found = identity_from_xml(definition.bpmn_xml, definition.key)
        if len(_identities) >= _CACHE_LIMIT:
            _identities.clear()
        _identities[cache_key] = found
    return found


def identity_from_xml(xml: str | bytes, key: str) -> Identity:
    """The identity fields of process ``key`` in a BPMN text (empty when it is not there)."""
    root = parse_bpmn(xml).getroot()
    process = next((p for p in root.iterfind("bpmn:process", NS) if p.get("id") == key), None)
    if process is None:
        return Identity()
    props = process_properties(process)
    return Identity(
        pemerintah=props.get("instansi.pemerintah", ""),
        instansi_nama=props.get("instansi.nama", ""),
        unit=_unit(root, key, props), nomor=props.get("nomor", "").strip(),
        tanggal_pembuatan=props.get("tanggal_pembuatan", ""),
        tanggal_revisi=props.get("tanggal_revisi", ""),
        tanggal_efektif=props.get("tanggal_efektif", ""),
        disahkan_jabatan=props.get("disahkan_oleh.jabatan", ""),
        disahkan_nama=props.get("disahkan_oleh.nama", ""),
        disahkan_nip=props.get("disahkan_oleh.nip", ""),
        lists={name: json_list(props.get(name)) for name in LIST_FIELDS})


def _unit(root, key: str, props: dict[str, str]) -> str:
    """The unit as the document shows it: the pool's name, as ``sop export`` reads it."""
    unit = props.get("instansi.unit", "")
    pool = next((p.get("name", "") for p in root.iterfind("bpmn:collaboration/bpmn:participant", NS)
                 if p.get("processRef") == key), "")
    fallback = props.get("instansi.nama", "") or props.get("instansi.kode", "")
    if pool and not (pool == fallback and not unit):
        return pool
    return unit


def natural_key(text: str) -> tuple:
    """A sort key that compares the digit runs of ``text`` as numbers ("SOP 2" < "SOP 10")."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def book_order(entry: SopEntry) -> tuple:
    """Numbered SOPs first, by nomor read naturally, then by name."""
    nomor = entry.identity.nomor
    return (not entry.identity.has_nomor, natural_key(nomor) if entry.identity.has_nomor else (),
            natural_key(entry.name), entry.key)


def published(session: Session, instansi: str | None = None) -> list[SopEntry]:
    """The newest non-retired version of every SOP (of ``instansi`` when given), book order."""
    entries = [_entry(d) for d in startable_versions(session)
               if instansi is None or d.instansi == instansi]
    return sorted(entries, key=lambda e: (e.instansi, *book_order(e)))


def _entry(d: ProcessDefinition) -> SopEntry:
    return SopEntry(d.id, d.key, d.version, d.name, d.instansi, d.content_hash, identity_of(d))


def instansi_list(session: Session) -> list[str]:
    """Every instansi with at least one deployed SOP, alphabetical."""
    rows = session.scalars(select(ProcessDefinition.instansi).distinct())
    return sorted(i for i in rows if i)


def instansi_title(entries: list[SopEntry]) -> tuple[str, str]:
    """(pemerintah, nama) of an instansi as most of its SOPs write them (the book's cover)."""
    def most(values: list[str]) -> str:
        values = [v for v in values if v.strip()]
        return Counter(values).most_common(1)[0][0] if values else ""

    return (most([e.identity.pemerintah for e in entries]),
            most([e.identity.instansi_nama for e in entries]))


def sop_names(session: Session) -> dict[str, str]:
    """{key: name} of every deployed SOP (newest version's name): the names of called SOPs."""
    rows = session.execute(select(ProcessDefinition.key, ProcessDefinition.name)
                           .order_by(ProcessDefinition.version))
    return {k: n for k, n in rows}
