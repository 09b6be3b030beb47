"""Benchmark: the SOP book of an instansi (reports.book) as one PDF.

Prints figures, asserts nothing. Deploys every SOP under bpmn/ into a fresh SQLite file, then
times for one instansi (default: the largest, lumajang-disdukcapil, 79 SOPs): the book's HTML,
the first PDF (WeasyPrint) and the second request (the PDF cache, keyed by the HTML's hash).

    .venv/bin/python bench/sop_book_bench.py [--instansi lumajang-disdukcapil]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402

from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import collect_files, deploy, instansi_of  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from reports import book  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instansi", default="lumajang-disdukcapil")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        upgrade(url)
        factory = make_session_factory(make_engine(url))
        files = [(str(f), f.read_bytes(), instansi_of(f, ROOT / "bpmn"))
                 for f, _ in collect_files([ROOT / "bpmn"])]
        with transaction(factory, write=True) as db:
            deploy(db, files)
        with transaction(factory) as db:
            started = time.perf_counter()
            found = book.book_of(db, args.instansi)
            html = book.book_html(found)
            took_html = time.perf_counter() - started
            started = time.perf_counter()
            pdf = book.book_pdf(db, args.instansi)
            took_pdf = time.perf_counter() - started
            started = time.perf_counter()
            book.book_pdf(db, args.instansi)
            took_cached = time.perf_counter() - started
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    print(f"SOP book of {args.instansi}: {len(found.entries)} SOPs, {pages} pages, "
          f"{len(pdf) / 1e6:.1f} MB, HTML {len(html) / 1e6:.1f} MB")
    print(f"  HTML            {took_html:6.2f} s")
    print(f"  PDF, first      {took_pdf:6.2f} s")
    print(f"  PDF, cached     {took_cached:6.2f} s  (HTML rebuilt and hashed, PDF from memory)")


if __name__ == "__main__":
    main()
