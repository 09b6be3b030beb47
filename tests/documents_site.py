"""The SPJ SOP with one required document (step 1's kelengkapan "SPJ", dokumen=wajib), its
people with full names, and small real files (PDF, PNG) for the document page tests."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from conftest import deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY

from engine.db import make_engine, make_session_factory, transaction
from engine.users import create_user, hash_password

KEY = SPJ_KEY
PEOPLE = [  # username, full name, roles
    ("pptk", "Agus Saputra", [("PPTK", SPJ_INSTANSI)]),
    ("pptk2", "Dewi Lestari", [("PPTK", SPJ_INSTANSI)]),
    ("bendahara", "Budi Santoso", [("Bendahara Pengeluaran", SPJ_INSTANSI)]),
    ("luar", "Rina Wati", [("Analis Keuangan", SPJ_INSTANSI)]),  # no role in the SPJ SOP
]
_MARK = re.compile(r'\s*<camunda:properties>\s*<camunda:property id="dokumen" value="\w+"/>'
                   r'\s*</camunda:properties>')
_SPJ_FIELD = '<camunda:formField id="kelengkapan_1" label="SPJ" type="boolean">'


def spj_with_document(folder: Path) -> Path:
    """The library's SPJ SOP with exactly one document mark, whatever the library marks."""
    xml = _MARK.sub("", SPJ_BPMN.read_text(encoding="utf-8"))
    assert xml.count(_SPJ_FIELD) == 1
    xml = xml.replace(_SPJ_FIELD, _SPJ_FIELD + '\n<camunda:properties><camunda:property '
                      'id="dokumen" value="wajib"/></camunda:properties>')
    path = folder / SPJ_INSTANSI / SPJ_BPMN.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(xml, encoding="utf-8")
    return path


def set_up(url: str, folder: Path) -> None:
    """Deploy the SOP and create its people (password "rahasia")."""
    deploy_paths(url, spj_with_document(folder), base=folder)
    secret = hash_password("rahasia")
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        for username, name, roles in PEOPLE:
            create_user(db, username, "", roles, full_name=name, password_hash=secret)


def pdf_bytes(text: str = "SPJ GU Oktober 2026") -> bytes:
    """A small valid one-page PDF showing ``text`` (cross-reference offsets computed)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def png_bytes(width: int = 8, height: int = 6) -> bytes:
    """A small valid PNG (a blue rectangle)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    rows = b"".join(b"\x00" + b"\x0b\x4f\x6c" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
