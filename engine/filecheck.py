"""What an uploaded document may be: its size, its type told by its bytes, its name made safe.

The type is read from the bytes with the ``filetype`` package, never from the file's name or
the client's Content-Type: a page saved as ``surat.pdf`` is HTML and is refused, and a PDF named
``scan.exe`` is stored as ``scan.exe.pdf``. Only the types staff exchange in a dinas are
allowed; an office format is a ZIP, so a ZIP that is not one of them is refused too.
"""

from __future__ import annotations

import re
import unicodedata

import filetype

from .errors import InvalidData, TooLarge

MAX_BYTES = 20 * 1024 * 1024  # per file; ATTACHMENT_MAX_BYTES overrides (api config)
# what may be stored, recognised by the file's bytes (never by its name or the client's word)
ALLOWED_TYPES = {
    "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
}
# shown inside the page (and served inline); every other type is a download
PREVIEWABLE = frozenset({"application/pdf", "image/jpeg", "image/png"})
ALLOWED_NAMES = "PDF, JPEG, PNG, DOCX, XLSX, ODT"
FILE_NAME_MAX = 255
# a file's own suffix dropped when the detected type gives the name its extension
_KNOWN_SUFFIXES = frozenset(ALLOWED_TYPES.values()) | {".jpeg", ".jpe", ".jfif"}
# control and format characters, and what breaks a header, a path or a Windows file name
_UNSAFE = re.compile(r'["\\/:*?<>|;\x7f]')


def check_content(content: bytes, max_bytes: int = MAX_BYTES) -> str:
    """The media type of ``content`` when it may be stored; TooLarge or InvalidData (naming the
    field ``content``) otherwise."""
    if len(content) > max_bytes:
        raise too_large(max_bytes)
    if not content:
        raise InvalidData("Berkas kosong; pilih berkas yang berisi.",
                          "The file is empty; choose a file with content.", field="content",
                          errors=[_error("Berkas kosong.", "The file is empty.")])
    kind = filetype.guess(content)
    media_type = kind.mime if kind is not None else ""
    if media_type not in ALLOWED_TYPES:
        found = f" ({kind.extension.upper()})" if kind is not None else ""
        message = f"Jenis berkas tidak diizinkan{found}; yang diizinkan: {ALLOWED_NAMES}."
        message_en = f"File type not allowed{found}; allowed: {ALLOWED_NAMES}."
        raise InvalidData(message, message_en, field="content", allowed=ALLOWED_NAMES,
                          errors=[_error(message, message_en)])
    return media_type


def too_large(max_bytes: int) -> TooLarge:
    """The refusal of a file (or a request) above the limit, naming it in MB (KB below one
    MB, so a small test limit does not read "0.0625 MB")."""
    megabytes = max_bytes / (1024 * 1024)
    limit = f"{megabytes:g} MB" if megabytes >= 1 else f"{round(max_bytes / 1024)} KB"
    return TooLarge(f"Berkas terlalu besar: paling besar {limit} per berkas.",
                    f"File too large: at most {limit} per file.", field="content",
                    maxBytes=max_bytes)


def sanitise_file_name(name: str, media_type: str) -> str:
    """A name safe in a header, a path and any file system: no folder, no control or
    header-breaking character, at most 255 characters, ending in the detected type's
    extension ("../../Surat Tugas.PDF" -> "Surat Tugas.pdf")."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = clean_text(base, 10 * FILE_NAME_MAX)
    base = _UNSAFE.sub("_", base).strip(" .")
    extension = ALLOWED_TYPES[media_type]
    stem, dot, suffix = base.rpartition(".")
    if dot and f".{suffix.lower()}" in _KNOWN_SUFFIXES:
        base = stem.rstrip(" .")
    base = base or "dokumen"
    return base[:FILE_NAME_MAX - len(extension)] + extension


def clean_text(text: str, limit: int, lines: bool = False) -> str:
    """``text`` in NFC without control characters (line breaks kept when ``lines``), trimmed
    and cut to ``limit`` characters (the column's length)."""
    text = unicodedata.normalize("NFC", text or "")
    kept = "".join(ch for ch in text
                   if (lines and ch in "\n\t") or not unicodedata.category(ch).startswith("C"))
    return kept.strip()[:limit]


def _error(message: str, message_en: str) -> dict[str, str]:
    return {"field": "content", "message": message, "message_en": message_en}
