"""Which kelengkapan items and outputs of a SOP table the importer marks ``dokumen=wajib``.

The rule is one word list, read the way a clerk reads the column: an item is a document when
its *first word* names a kind of official paper (``SPJ``, ``Surat Pengantar``, ``Formulir KK``,
``Kutipan Akta``, ``Nota dinas``, ``Kuitansi``, ``SK Tim``, ``SPP GU``, ``Berita Acara ...``),
and nothing after it says the item is that paper *in a state* ("SPJ diterima", "SPP/SPM
terkirim", "Surat tugas yang telah diparaf"): a state is the same file moving on, not a new
file to attach, and asking for it again would only make staff upload the same PDF twice.

Deliberately not marked: activities that mention a paper ("Mempersiapkan surat perintah",
"Disposisi surat", "Surat-menyurat" is one word), equipment and data ("Komputer", "Data
pegawai", "KK"), drafts ("Konsep surat", "Draft SPP/SPM": work in progress on the desk) and
copies brought by the public ("Fotocopy KTP"). A designer marks those in Camunda Modeler when a
dinas wants them (docs/designer-guide.md).
"""

from __future__ import annotations

import re

# the first word of a document's name (lowercase), and the two-word names
DOCUMENT_WORDS = frozenset({
    "spj", "surat", "formulir", "kutipan", "akta", "nota", "kuitansi", "sk", "spp", "spm",
})
DOCUMENT_PHRASES = ("berita acara",)
# a word that makes the item a state of a document rather than a document to attach
STATE_WORDS = frozenset({
    "yang", "yg", "sudah", "telah", "lengkap", "sah", "valid",
    "diterima", "dikirim", "terkirim", "diverifikasi", "terverifikasi", "diinput", "diparaf",
    "terparaf", "ditandatangani", "didisposisi", "dikoreksi", "terkoreksi", "disahkan",
    "tersusun", "digandakan", "diarsipkan", "diagenda", "disetujui",
})
# words, a hyphenated compound ("Surat-menyurat") staying one word; "/" and "-" + space split
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def is_document(item: str) -> bool:
    """True when a kelengkapan item or an output names a document to attach."""
    found = words(item)
    if not found:
        return False
    named = found[0] in DOCUMENT_WORDS or " ".join(found).startswith(DOCUMENT_PHRASES)
    return named and not STATE_WORDS.intersection(found[1:])
