"""A small real PDF (one A4 page of text) for the files a simulated clerk or a feature attaches:
"SPJ GU Januari 2026.pdf" opens in any viewer and in the page's preview, so the demo's
documents look like a dinas' own scans rather than placeholders. No dependency: the PDF is
written by hand (catalog, page, a Helvetica text stream, cross-reference table).
"""

from __future__ import annotations


def _escape(text: str) -> str:
    """PDF string literal escaping; non-Latin-1 characters become '?' (Helvetica's encoding)."""
    latin = text.encode("latin-1", "replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title: str, lines: tuple[str, ...] | list[str] = (), pad: int = 0) -> bytes:
    """A one-page PDF: ``title`` in bold-sized type, then ``lines`` below it; ``pad`` bytes of
    comment after the header make it as large as a test needs."""
    body = [f"BT /F1 16 Tf 72 770 Td ({_escape(title)}) Tj ET"]
    body += [f"BT /F1 11 Tf 72 {740 - 18 * n} Td ({_escape(line)}) Tj ET"
             for n, line in enumerate(lines)]
    stream = "\n".join(body).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    if pad:
        out += b"%" + b"x" * max(0, pad - 2) + b"\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
