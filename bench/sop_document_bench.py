"""Benchmark: the official SOP AP document (reports.document) of deployed library SOPs.

Prints figures, asserts nothing. Deploys one instansi's SOPs (default lumajang-disdukcapil,
about 80) into a fresh SQLite file, then times: the HTML of every SOP, the PDF of one SOP
(median of 3), 20 SOPs as 20 PDFs, and 20 SOPs as one PDF (the bodies concatenated, as a book
does), with their page counts.

    .venv/bin/python bench/sop_document_bench.py [--instansi lumajang-disdukcapil]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402
from sqlalchemy import select  # noqa: E402

from engine.db import make_engine, make_session_factory, transaction  # noqa: E402
from engine.deployment import collect_files, deploy, latest_versions  # noqa: E402
from engine.migrate import upgrade  # noqa: E402
from engine.models import ProcessDefinition  # noqa: E402
from reports.document import document_css, html_to_pdf, sop_html, sop_pdf  # noqa: E402


def deployed(instansi: str, folder: Path) -> list[ProcessDefinition]:
    """The instansi's SOPs deployed into a fresh SQLite file, bpmn_xml loaded."""
    url = f"sqlite:///{folder / 'bench.sqlite'}"
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    files = [(str(f), f.read_bytes(), instansi)
             for f, _ in collect_files([ROOT / "bpmn" / instansi])]
    with transaction(factory, write=True) as db:
        deploy(db, files)
    with transaction(factory) as db:
        found = latest_versions(db)
        for d in found:
            _ = d.bpmn_xml, d.lane_jabatan  # load the deferred text before the session ends
        db.expunge_all()
        return [d for d in found if d.instansi == instansi] or list(
            db.scalars(select(ProcessDefinition)))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instansi", default="lumajang-disdukcapil")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        defs = deployed(args.instansi, Path(tmp))
    print(f"{len(defs)} SOPs of {args.instansi}")
    sop_pdf(defs[0])  # warm up: WeasyPrint's import and font set-up are paid once per process
    start = time.perf_counter()
    for d in defs:
        sop_html(d)
    print(f"HTML of all {len(defs)}: {time.perf_counter() - start:.2f} s")
    one = sorted(defs, key=lambda d: d.key)[len(defs) // 2]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        pdf = sop_pdf(one)
        times.append(time.perf_counter() - start)
    print(f"PDF of one SOP ({one.key}, {pages(pdf)} pages): "
          f"median {statistics.median(times):.2f} s")
    twenty = defs[:20]
    start = time.perf_counter()
    total = sum(pages(sop_pdf(d)) for d in twenty)
    print(f"20 SOPs as 20 PDFs ({total} pages): {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    body = "".join(sop_html(d, standalone=False) for d in twenty)
    book = (f'<!doctype html><html lang="id"><head><meta charset="utf-8"><style>'
            f"{document_css()}</style></head><body>{body}</body></html>")
    pdf = html_to_pdf(book)
    print(f"20 SOPs as one PDF ({pages(pdf)} pages, {len(pdf) // 1024} KiB): "
          f"{time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
