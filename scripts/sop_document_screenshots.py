"""The screenshots of docs/sop-document.md: three library SOPs deployed into a scratch SQLite
file (so lanes carry their official jabatan), rendered to PDF by reports.document and each page
turned into a PNG by pdftoppm (poppler-utils).

    .venv/bin/python scripts/sop_document_screenshots.py [--dpi 70]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sop_document_bench import deployed  # noqa: E402

from reports.document import sop_pdf  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SHOTS = {  # name in docs: (instansi, key); only the first keeps its identity sheet (page 1)
    "sop-document-serang-spp": ("serang-diskominfo", "serang_kominfo_pengajuan_spp_spm"),
    "sop-document-tidak-loop": ("lumajang-disdukcapil", "lumajang_dukcapil_pengajuan_cuti"),
    "sop-document-long": ("lumajang-disdukcapil", "lumajang_dukcapil_penanganan_disiplin_pegawai"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (instansi, key) in SHOTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            found = {d.key: d for d in deployed(instansi, Path(tmp))}
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(sop_pdf(found[key]))
            for old in OUT.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(OUT / name)],
                           check=True)
        if name != next(iter(SHOTS)):
            (OUT / f"{name}-1.png").unlink()
        print(name, sorted(p.name for p in OUT.glob(f"{name}-*.png")))


if __name__ == "__main__":
    main()
