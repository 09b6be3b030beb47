"""Links between SOPs: a keterangan or keterkaitan that names another SOP of the library.

Sources name SOPs loosely ("SOP Pengagendaan Surat Keluar", "Prosedur pengagendaan surat
keluar.", "Mekanisme ..."), so names are compared after normalising case, punctuation and the
leading "SOP" / "Prosedur" / "Mekanisme". The text itself is always kept; a match only adds the
target's process id. Same-instansi targets win because agencies reuse titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..xmlsafe import parser as xml_parser
from .bpmnxml import NS, process_properties

LEADING = ("sop", "standar operasional prosedur", "prosedur", "mekanisme")


def normalise_name(text: str) -> str:
    """Lowercase words without punctuation and without the leading SOP / Prosedur words."""
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    changed = True
    while changed and words:
        changed = False
        for lead in LEADING:
            n = len(lead.split())
            if words[:n] == lead.split() and len(words) > n:
                words, changed = words[n:], True
    return " ".join(words)


@dataclass
class SopIndex:
    """Normalised SOP name -> [(instansi kode, process id)], sorted for determinism."""

    names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, name: str, kode: str, process_id: str) -> None:
        entries = self.names.setdefault(normalise_name(name), [])
        if (kode, process_id) not in entries:
            entries.append((kode, process_id))
            entries.sort()

    def find(self, text: str, kode: str = "", exclude: str = "") -> str:
        """The process id ``text`` names, or "" (prefers the same instansi)."""
        for candidate in _candidates(text):
            entries = [e for e in self.names.get(candidate, []) if e[1] != exclude]
            if entries:
                same = [pid for k, pid in entries if k == kode]
                return same[0] if same else entries[0][1]
        return ""


def _candidates(text: str) -> list[str]:
    """The whole text, then what follows each "SOP"/"Prosedur" inside it, then each part
    split on ; and , (keterangan often reads "Lihat SOP X" or "SOP X; SOP Y")."""
    out = []
    for part in [text, *re.split(r"[;,\n]", text)]:
        out.append(normalise_name(part))
        lowered = part.lower()
        for m in re.finditer(r"\b(sop|prosedur|mekanisme)\b", lowered):
            out.append(normalise_name(part[m.start():]))
    return [c for c in dict.fromkeys(out) if c]


def index_bpmn_dir(index: SopIndex, root: str | Path) -> None:
    """Add every process found under ``root`` (recursively) to the index."""
    root = Path(root)
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*.bpmn")):
        try:
            tree = etree.parse(str(path), xml_parser())
        except (etree.XMLSyntaxError, OSError):
            continue
        for proc in tree.getroot().iterfind("bpmn:process", NS):
            props = process_properties(proc)
            kode = props.get("instansi.kode", path.parent.name)
            if proc.get("id") and proc.get("name"):
                index.add(proc.get("name"), kode, proc.get("id"))
