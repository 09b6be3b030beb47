"""bpmn/MANIFEST.md: which seed procedure became which process, and what was inferred.

Built from the BPMN files (the source of truth), not the tables, so it describes what is
actually deployed. Seed titles that are not a process of their own (titles without procedure
text, duplicate listings) come from ``tables/unmodelled.yaml``, so the manifest accounts for
every title in the seeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .exporter import bpmn_to_table
from .model import SopTable, TableError

HEADER = ("| seed | judul (as in the seed) | nomor | SOP id | BPMN | langkah | keputusan "
          "| disimpulkan |")
UNMODELLED = "unmodelled.yaml"
SECTION = "## Judul tanpa teks prosedur dan judul ganda"
SUMMARY_HEADER = ("| seed | README: SOP dengan tabel | dimodelkan | tanpa teks prosedur "
                  "| judul ganda (lihat) | cek |")
UNMODELLED_HEADER = "| baris | judul (as in the seed) | alasan / reason | lihat | catatan |"

#: The "SOPs with a procedure table" column of the seeds README (/work/shared/seeds/README.md);
#: tests/test_manifest.py checks this copy against the README when the seeds are present.
SEED_README: dict[str, str] = {
    "000_c3a27c79e5242198.txt": "14",
    "001_bd9c7b89a5d7d3bb.txt": "28",
    "002_e8d2febee569aae8.txt": "0",
    "003_a8a6fdec743084c7.txt": "1",
    "004_ba47c62d495aa3d2.txt": "~78",
}
_FIELDS = ("seed", "baris", "judul", "alasan", "reason")


@dataclass(frozen=True)
class Process:
    """One BPMN process as the manifest lists it."""

    seed: str
    line: int
    id: str
    rel: str
    row: str


@dataclass(frozen=True)
class Unmodelled:
    """A seed title with no process of its own (entry of ``tables/unmodelled.yaml``)."""

    seed: str
    baris: str
    judul: str
    alasan: str
    reason: str
    lihat: str = ""
    catatan: str = ""

    @property
    def line(self) -> int:
        """First line of ``baris``."""
        return _first_number(self.baris)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|") or "-"


def _first_number(text: str) -> int:
    m = re.match(r"\d+", text)
    return int(m.group()) if m else 0


def _line_start(table: SopTable) -> int:
    return _first_number(table.sumber.baris)


def inferred(table: SopTable) -> str:
    """Steps whose pelaksana/decision/text was inferred, plus the SOP's own notes."""
    steps = [s.no for s in table.langkah if s.catatan.strip()]
    parts = [f"{len(steps)} langkah dengan catatan" + (f" ({', '.join(map(str, steps))})"
                                                      if steps else "")]
    parts += table.catatan
    return "; ".join(parts)


def _process(table: SopTable, rel: str) -> Process:
    decisions = sum(1 for s in table.langkah if s.keputusan)
    row = " | ".join([_cell(table.sumber.seed), _cell(table.sumber.judul or table.nama),
                      _cell(table.nomor), f"`{table.id}`", f"[{rel}]({rel})",
                      str(len(table.langkah)), str(decisions), _cell(inferred(table))])
    return Process(table.sumber.seed or "~", _line_start(table), table.id, rel, f"| {row} |")


def read_processes(bpmn_dir: str | Path) -> tuple[list[Process], list[str]]:
    """Every process under ``bpmn_dir``, sorted by seed and line, and the problems met."""
    root = Path(bpmn_dir)
    processes: list[Process] = []
    problems: list[str] = []
    for path in sorted(root.rglob("*.bpmn")):
        try:
            table = bpmn_to_table(path)
        except TableError as exc:
            problems.extend(exc.problems)
            continue
        processes.append(_process(table, path.relative_to(root).as_posix()))
    processes.sort(key=lambda p: (p.seed, p.line, p.id))
    return processes, problems


def _entry(raw: object, where: str) -> tuple[Unmodelled | None, list[str]]:
    if not isinstance(raw, dict):
        return None, [f"{where}: not a mapping"]
    missing = [f"{where}: {k}: missing" for k in _FIELDS if not str(raw.get(k) or "").strip()]
    extra = [f"{where}: {k}: unknown field" for k in raw
             if k not in (*_FIELDS, "lihat", "catatan")]
    if missing or extra:
        return None, missing + extra
    return Unmodelled(**{k: str(v).strip() for k, v in raw.items()}), []


def load_unmodelled(path: str | Path) -> tuple[list[Unmodelled], list[str]]:
    """The entries of ``unmodelled.yaml`` (empty if the file is absent) and their problems."""
    path = Path(path)
    if not path.is_file():
        return [], []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        return [], [f"{path.name}: must be a list of entries"]
    entries: list[Unmodelled] = []
    problems: list[str] = []
    for i, raw in enumerate(data, 1):
        entry, found = _entry(raw, f"{path.name}: entry {i}")
        problems += found
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: (e.seed, e.line, e.baris))
    return entries, problems


def check_unmodelled(entries: list[Unmodelled], processes: list[Process]) -> list[str]:
    """Each ``lihat`` names an existing process; no seed line is listed twice."""
    ids = {p.id for p in processes}
    problems = [f"{UNMODELLED}: {e.seed} baris {e.baris}: lihat '{e.lihat}' is not a process "
                "in the library" for e in entries if e.lihat and e.lihat not in ids]
    seen: set[tuple[str, str]] = set()
    for e in entries:
        if (e.seed, e.baris) in seen:
            problems.append(f"{UNMODELLED}: {e.seed} baris {e.baris}: listed twice")
        seen.add((e.seed, e.baris))
    return problems


@dataclass(frozen=True)
class SeedCount:
    """Per seed: processes modelled, titles without procedure text, duplicate listings."""

    seed: str
    readme: str
    modelled: int
    no_text: int
    duplicates: int

    @property
    def status(self) -> str:
        """``ok`` when the modelled count agrees with the README, else what is wrong."""
        if not self.readme:
            return "-"
        expected = _first_number(self.readme.lstrip("~"))
        if self.readme.startswith("~"):
            return "ok (kira-kira)" if self.modelled else "HILANG"
        if self.modelled == expected:
            return "ok"
        return "HILANG" if not self.modelled else f"TIDAK COCOK ({self.modelled} != {expected})"


def seed_counts(processes: list[Process], entries: list[Unmodelled],
                readme: dict[str, str]) -> list[SeedCount]:
    """The summary rows: every seed with processes or entries, plus every seed in ``readme``."""
    seeds = sorted({p.seed for p in processes} | {e.seed for e in entries} | set(readme))
    return [SeedCount(seed, readme.get(seed, ""),
                      sum(p.seed == seed for p in processes),
                      sum(e.seed == seed and not e.lihat for e in entries),
                      sum(e.seed == seed and bool(e.lihat) for e in entries))
            for seed in seeds]


def check_seeds(counts: list[SeedCount]) -> list[str]:
    """A seed the README lists with procedures must not be missing from the library."""
    return [f"{c.seed}: seeds README lists {c.readme} SOP(s) with a procedure table, "
            f"manifest has {c.modelled} ({c.status})"
            for c in counts if c.readme and not c.status.startswith("ok")]


def manifest_text(bpmn_dir: str | Path,
                  tables_dir: str | Path | None = None) -> tuple[str, list[str]]:
    """The manifest's Markdown and the problems met reading the BPMN files and unmodelled.yaml.

    ``tables_dir`` defaults to ``tables/`` next to ``bpmn_dir``. The README seed check runs
    only when it holds ``unmodelled.yaml``, i.e. for the library built from the seeds.
    """
    tables = Path(tables_dir) if tables_dir is not None else Path(bpmn_dir).parent / "tables"
    processes, problems = read_processes(bpmn_dir)
    entries, found = load_unmodelled(tables / UNMODELLED)
    problems += found + check_unmodelled(entries, processes)
    has_list = (tables / UNMODELLED).is_file()
    counts = seed_counts(processes, entries, SEED_README if has_list else {})
    problems += check_seeds(counts)
    source = f"{tables.name}/{UNMODELLED}" if has_list else None
    return _document(processes, entries, counts, source), problems


def _summary(processes: list[Process], counts: list[SeedCount]) -> list[str]:
    no_text = sum(c.no_text for c in counts)
    duplicates = sum(c.duplicates for c in counts)
    lines = [f"{len(processes)} processes from {len({p.seed for p in processes})} seed file(s).",
             f"Seeds: {len(processes)} procedures modelled, {no_text} titles without procedure "
             f"text, {duplicates} duplicate listings.", "", SUMMARY_HEADER, "|" + "---|" * 6]
    lines += [f"| {c.seed if c.seed != '~' else '(no seed recorded)'} | {c.readme or '-'} "
              f"| {c.modelled} | {c.no_text} | {c.duplicates} | {c.status} |" for c in counts]
    return lines + [""]


def _seed_tables(processes: list[Process]) -> list[str]:
    lines: list[str] = []
    for seed in sorted({p.seed for p in processes}):
        rows = [p.row for p in processes if p.seed == seed]
        lines += [f"## {seed if seed != '~' else '(no seed recorded)'} ({len(rows)})", "",
                  HEADER, "|" + "---|" * 8, *rows, ""]
    return lines


def _unmodelled_row(entry: Unmodelled, links: dict[str, str]) -> str:
    lihat = f"[`{entry.lihat}`]({links[entry.lihat]})" if entry.lihat in links else (
        f"`{entry.lihat}`" if entry.lihat else "-")
    cells = [_cell(entry.baris), _cell(entry.judul), _cell(f"{entry.alasan} / {entry.reason}"),
             lihat, _cell(entry.catatan)]
    return "| " + " | ".join(cells) + " |"


def _unmodelled_section(entries: list[Unmodelled], processes: list[Process],
                        source: str | None) -> list[str]:
    if source is None:
        return [SECTION, "", f"No tables/{UNMODELLED} next to this folder: not listed.", ""]
    no_text = sum(not e.lihat for e in entries)
    lines = [SECTION, "",
             f"Seed titles that are not a process of their own, from `{source}`: {no_text} "
             f"without procedure text, {len(entries) - no_text} duplicate listings "
             "(`lihat` = the process that carries the title).", ""]
    links = {p.id: p.rel for p in processes}
    for seed in sorted({e.seed for e in entries}):
        mine = [e for e in entries if e.seed == seed]
        ganda = sum(bool(e.lihat) for e in mine)
        lines += [f"### {seed} ({len(mine) - ganda} tanpa teks prosedur, {ganda} judul ganda)",
                  "", UNMODELLED_HEADER, "|" + "---|" * 5,
                  *[_unmodelled_row(e, links) for e in mine], ""]
    return lines


def _document(processes: list[Process], entries: list[Unmodelled], counts: list[SeedCount],
              source: str | None) -> str:
    intro = "Generated by `sop manifest` from the BPMN files in this folder" + (
        f" and `{source}`" if source else "") + " (do not edit)."
    lines = ["# BPMN library manifest", "", intro, *_summary(processes, counts)]
    lines += _seed_tables(processes)
    lines += _unmodelled_section(entries, processes, source)
    return "\n".join(lines)


def write_manifest(bpmn_dir: str | Path,
                   tables_dir: str | Path | None = None) -> tuple[Path, list[str]]:
    """Write ``<bpmn_dir>/MANIFEST.md``; returns its path and any problems.

    ``tables_dir`` (default ``tables/`` next to ``bpmn_dir``) supplies ``unmodelled.yaml``.
    """
    text, problems = manifest_text(bpmn_dir, tables_dir)
    path = Path(bpmn_dir) / "MANIFEST.md"
    path.write_text(text, encoding="utf-8")
    return path, problems
