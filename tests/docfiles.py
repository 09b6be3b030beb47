"""Small real files of every document type, built in code (no fixtures on disk): a one-page PDF,
an 8x8 PNG and JPEG, a DOCX, an XLSX (openpyxl) and an ODT; and files that must be refused."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from engine.pdfdoc import text_pdf


def pdf_bytes(text: str = "SPJ", pad: int = 0) -> bytes:
    """A valid one-page PDF with a cross-reference table (engine.pdfdoc, as the demo office
    files them); ``pad`` bytes of comment make it as large as a test needs."""
    return text_pdf(text, pad=pad)


def pdf_sized(total: int, text: str = "SPJ") -> bytes:
    """A valid PDF of exactly ``total`` bytes (padded with a comment line)."""
    pad = total - len(pdf_bytes(text))
    for _ in range(3):
        found = pdf_bytes(text, pad)
        if len(found) == total:
            return found
        pad += total - len(found)
    raise ValueError(f"cannot make a PDF of {total} bytes")


def png_bytes(size: int = 8) -> bytes:
    """A red ``size`` x ``size`` RGB PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0,
                                                                 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    """A baseline 8x8 grey JPEG: one quantisation table, one-code Huffman tables, one block
    whose only coefficient is a zero DC."""
    dqt = b"\xff\xdb\x00\x43\x00" + b"\x01" * 64
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    counts = b"\x01" + b"\x00" * 15
    dht = b"\xff\xc4\x00\x14\x00" + counts + b"\x00" + b"\xff\xc4\x00\x14\x10" + counts + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + dqt + sof + dht + sos + b"\x3f" + b"\xff\xd9"


def _zip(members: list[tuple[str, bytes]], first_stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, (name, data) in enumerate(members):
            kind = zipfile.ZIP_STORED if first_stored and i == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 30, 0, 0, 0)), data,
                             compress_type=kind)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    """A minimal WordprocessingML package (the members Word needs to open it)."""
    return _zip([
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.'
         b'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
         b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         b'<Default Extension="xml" ContentType="application/xml"/><Override PartName='
         b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         b'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
         b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
         b'"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
         b' Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
         b'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Surat '
         b'pengantar</w:t></w:r></w:p></w:body></w:document>'),
    ])


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["Uraian", "Jumlah"])
    book.active.append(["Nota", 150000])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    """An OpenDocument text: ``mimetype`` first and stored, as the format requires."""
    return _zip([
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest xmlns:manifest='
         b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
         b'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
         b'text"/><manifest:file-entry manifest:full-path="content.xml" '
         b'manifest:media-type="text/xml"/></manifest:manifest>'),
        ("content.xml", b'<?xml version="1.0"?><office:document-content xmlns:office="urn:'
         b'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
         b'opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Formulir</text:p>'
         b'</office:text></office:body></office:document-content>'),
    ], first_stored=True)


ALLOWED = {  # file name -> (bytes, the media type the server must detect)
    "spj.pdf": (pdf_bytes(), "application/pdf"),
    "foto.jpg": (jpeg_bytes(), "image/jpeg"),
    "scan.png": (png_bytes(), "image/png"),
    "surat.docx": (docx_bytes(),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "rincian.xlsx": (xlsx_bytes(),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "formulir.odt": (odt_bytes(), "application/vnd.oasis.opendocument.text"),
}

REFUSED = {  # file name -> bytes the server must refuse (422 naming content)
    "halaman.pdf": b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
    "setup.pdf": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64,
    "catatan.pdf": b"Ini hanya teks biasa, bukan PDF.\n" * 20,
    "arsip.docx": _zip([("catatan.txt", b"bukan dokumen kantor")]),
    "gambar.png": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"
                  b"\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
}
