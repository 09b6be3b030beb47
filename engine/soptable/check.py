"""``python -m engine.soptable.check PATH...``: check SOP tables before they are imported.

Transcribers run it on their files: it prints every problem (file, step, field) and exits 1 on
any. Warnings (unreadable waktu, an unused pelaksana) are printed but do not fail the check.
Over several files it also checks what one file cannot: ids unique in the library, and each
file placed at ``<instansi.kode>/<id>.yaml``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

from .model import SopTable, TableError, display_path, load_table
from .panggil import call_problems
from .pelaksana import Catalogues, name_problems
from .waktu import waktu_problem


def table_files(paths: Iterable[str | Path]) -> list[Path]:
    """The YAML files named, and the SOP tables in folders (searched recursively), sorted.

    A folder may also hold YAML that is not a table (``tables/unmodelled.yaml`` accounts for the
    seed titles that have no procedure): a folder search takes only the files that declare
    ``format: sop-table/1``. A file named explicitly is always taken, so its errors show.
    """
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(f for f in p.rglob("*")
                         if f.suffix in (".yaml", ".yml") and f.is_file() and _is_table(f))
        else:
            found.add(p)
    return sorted(found)


def _is_table(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(4096)
    return re.search(r"^format:\s*[\"']?sop-table/", head, re.MULTILINE) is not None


def table_warnings(table: SopTable) -> list[str]:
    """Problems that do not block an import but deserve a transcriber's look."""
    name = display_path(table.source)
    out = []
    for step in table.langkah:
        problem = waktu_problem(step.waktu, table.waktu_hari, table.waktu_angka)
        if problem:
            out.append(f"{name}: langkah {step.no}: {problem}")
    used = {s.pelaksana for s in table.langkah}
    for p in table.pelaksana:
        if p not in used:
            out.append(f"{name}: pelaksana: {p!r} has no step (an empty lane)")
    return out


def placement_problems(table: SopTable) -> list[str]:
    """A table lives at ``<instansi.kode>/<id>.yaml`` (the BPMN path mirrors it)."""
    path = Path(table.source)
    name = display_path(path)
    out = []
    if path.stem != table.id:
        out.append(f"{name}: id: {table.id!r} differs from the file name {path.stem!r}")
    if path.parent.name != table.instansi.kode:
        out.append(f"{name}: instansi.kode: {table.instansi.kode!r} differs from the "
                   f"folder name {path.parent.name!r}")
    return out


def check_paths(paths: Iterable[str | Path], bpmn_dir: str | Path | None = "bpmn"
                ) -> tuple[list[SopTable], list[str], list[str]]:
    """Load every table under ``paths``: (valid tables, problems, warnings). Pelaksana are
    checked against the jabatan catalogue of their instansi under ``bpmn_dir``."""
    catalogues = Catalogues(bpmn_dir)
    tables: list[SopTable] = []
    problems: list[str] = []
    warns: list[str] = []
    for f in table_files(paths):
        try:
            table = load_table(f)
        except TableError as exc:
            problems.extend(exc.problems)
            continue
        catalogue = catalogues.of(table.instansi.kode)
        naming = name_problems(table, catalogue) if catalogue else []
        problems.extend(naming)
        if naming:
            continue
        tables.append(table)
        problems.extend(placement_problems(table))
        warns.extend(table_warnings(table))
    problems.extend(duplicate_ids(tables))
    problems.extend(call_problems(tables, bpmn_dir))
    problems.extend(catalogues.problems)
    return tables, problems, warns


def duplicate_ids(tables: list[SopTable]) -> list[str]:
    """The process id must be unique in the whole library."""
    first: dict[str, str] = {}
    out = []
    for t in tables:
        name = display_path(t.source)
        if t.id in first:
            out.append(f"{name}: id: {t.id!r} is already used by {first[t.id]}")
        else:
            first[t.id] = name
    return out


def main(argv: list[str] | None = None) -> int:
    """Print problems and warnings for the given files/folders; 1 if any problem."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m engine.soptable.check PATH...", file=sys.stderr)
        return 2
    missing = [a for a in args if not Path(a).exists()]
    for a in missing:
        print(f"{a}: no such file or folder")
    tables, problems, warns = check_paths(a for a in args if a not in missing)
    for w in warns:
        print(f"warning: {w}")
    for p in problems:
        print(p)
    ok = not problems and not missing
    print(f"{len(tables)} table(s) valid, {len(problems) + len(missing)} problem(s), "
          f"{len(warns)} warning(s)", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
