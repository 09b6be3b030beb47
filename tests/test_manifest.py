"""bpmn/MANIFEST.md and tables/unmodelled.yaml: every title in the seeds is accounted for."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from engine.soptable.manifest import (
    SECTION,
    SEED_README,
    UNMODELLED,
    Unmodelled,
    check_seeds,
    load_unmodelled,
    manifest_text,
    read_processes,
    seed_counts,
    write_manifest,
)

ROOT = Path(__file__).resolve().parent.parent
BPMN = ROOT / "bpmn"
TABLES = ROOT / "tables"
# The seed documents sit in shared/ beside the checkout (as on CI); SOP_SEEDS overrides.
SEEDS = Path(os.environ.get("SOP_SEEDS", ROOT.parent / "shared" / "seeds"))
if not SEEDS.is_dir() and os.environ.get("CI"):
    raise RuntimeError(f"seed documents not found at {SEEDS} (set SOP_SEEDS)")
TOC = "002_e8d2febee569aae8.txt"
DECREE = "004_ba47c62d495aa3d2.txt"
# Seed whose titles an entry lists -> seed that holds that book's procedures.
BOOK = {TOC: "000_c3a27c79e5242198.txt", DECREE: DECREE}
# 002 titles worded differently from their procedure in 000 (the brief names both).
ALIASES = {"Mekanisme Penyusunan LKPJ": "serang_kominfo_penyusunan_bahan_lkpj",
           "Mekanisme Penyusunan Laporan (SKM)": "serang_kominfo_penyusunan_laporan_skm"}
# No-text titles that share their name with a procedure of ANOTHER government's book: Serang's
# "Pengembangan Aplikasi" (002 line 82, Bidang Layanan E-Government) is not Simalungun's (001).
OTHER_BOOK = {"Pengembangan Aplikasi": {"simalungun_kominfo_pengembangan_aplikasi"}}
NO_TEXT = {TOC: ("hanya judul di daftar isi; teks prosedur tidak ada di seed",
                 "title only in the table of contents; no procedure text in the seeds"),
           DECREE: ("judul di daftar keputusan; teks prosedur tidak ada di seed",
                    "title listed in the decree; no procedure text in the seeds")}
LIHAT = {TOC: "daftar isi; prosedur ada di seed 000",
         DECREE: "judul ganda di daftar keputusan; dimodelkan sekali"}
KNOWN_DECREE_NO_TEXT = {
    "SOP tindak lanjut pengaduan", "SOP pelayanan pendaftaran penduduk",
    "SOP tata kelola sumberdaya manusia dan TIK di kecamatan se kabupaten",
    "SOP Monitoring sumberdaya manusia TIK di kecmatan per semester",
}
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not on this machine")


def normal(title: str) -> str:
    """Case- and spacing-insensitive form of a title ("( SKM )" == "(SKM)")."""
    text = " ".join(title.split()).casefold()
    return re.sub(r"\s*\)", ")", re.sub(r"\(\s*", "(", text))


def core(title: str) -> str:
    """``normal`` without punctuation and the generic lead words (SOP, Mekanisme, Prosedur)."""
    words = re.sub(r"[^\w@]+", " ", normal(title)).split()
    lead = {"sop", "mekanisme", "prosedur", "standart", "operasional", "prosedure"}
    while words and words[0] in lead:
        words.pop(0)
    return " ".join(words)


def span(baris: str) -> range:
    """The lines of a ``baris`` value ("14" or "15-16")."""
    first, _, last = baris.partition("-")
    return range(int(first), int(last or first) + 1)


def toc_line(text: str) -> str:
    """A table-of-contents line without section heading, dot leaders and page number."""
    text = re.sub(r"^\s*[A-E]\. .*?\d+\s+(?=\S)", "", text)
    return re.sub(r"[\s.]*(\d+)?\s*$", "", text).strip()


def seed_lines(seed: str) -> list[str]:
    """The seed's lines (index 0 = line 1)."""
    return (SEEDS / seed).read_text(encoding="utf-8", errors="replace").splitlines()


@pytest.fixture(scope="module")
def entries() -> list[Unmodelled]:
    """The entries of tables/unmodelled.yaml (which must load without problems)."""
    found, problems = load_unmodelled(TABLES / UNMODELLED)
    assert problems == []
    return found


@pytest.fixture(scope="module")
def tables() -> dict[str, dict]:
    """Every transcribed table by id: its sumber (seed, judul) and nama."""
    out = {}
    for path in sorted(TABLES.glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = {"seed": data["sumber"]["seed"], "judul": data["sumber"]["judul"],
                           "nama": data["nama"]}
    return out


@pytest.fixture(scope="module")
def process_ids() -> set[str]:
    """The ids of the BPMN processes under bpmn/."""
    ids = set()
    for path in BPMN.rglob("*.bpmn"):
        ids |= {el.get("id") for el in ET.parse(path).getroot().iter()
                if el.tag.endswith("}process")}
    return ids


@pytest.fixture(scope="module")
def generated() -> tuple[str, list[str]]:
    """The manifest built from the repository's bpmn/ and tables/."""
    return manifest_text(BPMN)


def test_entries_cover_only_the_two_title_lists(entries):
    assert {e.seed for e in entries} == {TOC, DECREE}
    for e in entries:
        expected = LIHAT[e.seed] if e.lihat else NO_TEXT[e.seed][0]
        assert e.alasan == expected, e
        if not e.lihat:
            assert e.reason == NO_TEXT[e.seed][1], e


def test_lihat_names_an_existing_process(entries, process_ids, tables):
    for e in entries:
        if e.lihat:
            assert e.lihat in process_ids, e
            assert tables[e.lihat]["seed"] == BOOK[e.seed], e


def test_toc_lihat_title_is_the_procedure_title(entries, tables):
    for e in entries:
        if e.seed == TOC and e.lihat:
            if e.judul in ALIASES:
                assert ALIASES[e.judul] == e.lihat
            else:
                assert normal(e.judul) == normal(tables[e.lihat]["judul"]), e


def test_no_text_titles_are_not_transcribed(entries, tables):
    for e in entries:
        if e.lihat:
            continue
        same = {i for i, t in tables.items()
                if normal(e.judul) in {normal(t["judul"]), normal(t["nama"])}}
        assert same == OTHER_BOOK.get(e.judul, set()), e
        same_book = {i for i, t in tables.items() if t["seed"] == BOOK[e.seed]
                     and core(e.judul) in {core(t["judul"]), core(t["nama"])}}
        assert same_book == set(), e


def test_known_decree_titles_without_text_are_listed(entries):
    listed = {e.judul for e in entries if e.seed == DECREE and not e.lihat}
    assert KNOWN_DECREE_NO_TEXT <= listed


@needs_seeds
def test_judul_is_the_seed_text_at_baris(entries):
    for e in entries:
        lines = seed_lines(e.seed)
        clean = toc_line if e.seed == TOC else str.strip
        assert " ".join(clean(lines[n - 1]) for n in span(e.baris)) == e.judul, e


def toc_title_lines() -> set[int]:
    """Lines of 002 that carry (part of) an SOP title: after "UNSUR PROSEDUR", not blank,
    not a section heading ("B. Bidang ..."), not the page footer."""
    lines = seed_lines(TOC)
    start = next(i for i, line in enumerate(lines, 1) if "UNSUR PROSEDUR" in line)
    return {n for n, line in enumerate(lines, 1)
            if n > start and toc_line(line) and not re.match(r"[A-E]\. ", toc_line(line))
            and not line.startswith("[bookmark") and not re.fullmatch(r"[ivxlc]+", line.strip())}


@needs_seeds
def test_every_toc_title_line_is_accounted_for(entries):
    titles = toc_title_lines()
    covered = {n for e in entries if e.seed == TOC for n in span(e.baris)}
    assert titles - covered == set()
    assert covered - titles == set()
    assert {79, 85} <= covered  # a title after its section heading on one line; "112"
    assert sum(1 for e in entries if e.seed == TOC) == 66


@needs_seeds
def test_decree_titles_without_text_appear_only_in_the_decree(entries):
    lines = [core(line) for line in seed_lines(DECREE)]
    for e in entries:
        if e.seed == DECREE and not e.lihat:
            hits = [n for n, line in enumerate(lines, 1) if core(e.judul) in line]
            assert hits == list(span(e.baris)), e


def test_manifest_has_section_and_counts(generated, entries, process_ids):
    text, problems = generated
    assert problems == []
    no_text = sum(not e.lihat for e in entries)
    assert (f"Seeds: {len(process_ids)} procedures modelled, {no_text} titles without "
            f"procedure text, {len(entries) - no_text} duplicate listings.") in text
    head, _, section = text.partition(SECTION + "\n")
    assert section and "## 004_ba47c62d495aa3d2.txt" in head
    for seed in (TOC, DECREE):
        mine = [e for e in entries if e.seed == seed]
        ganda = sum(bool(e.lihat) for e in mine)
        assert f"### {seed} ({len(mine) - ganda} tanpa teks prosedur, {ganda} judul ganda)" \
            in section
    assert f"| {TOC} | 0 | 0 | 52 | 14 | ok |" in head
    for e in entries:
        assert f"| {e.baris} | {' '.join(e.judul.split())} |" in section


def test_readme_seeds_with_procedures_are_not_missing(generated):
    processes, _ = read_processes(BPMN)
    counts = seed_counts(processes, [], SEED_README)
    assert check_seeds(counts) == []
    assert all(c.modelled for c in counts if c.readme != "0")
    partial = [p for p in processes if not p.seed.startswith("003_")]
    assert check_seeds(seed_counts(partial, [], SEED_README)) == [
        "003_a8a6fdec743084c7.txt: seeds README lists 1 SOP(s) with a procedure table, "
        "manifest has 0 (HILANG)"]


@needs_seeds
def test_seed_readme_copy_matches_the_readme():
    text = (SEEDS / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d{3}_\w+\.txt) \|.*\| ([~\d]+) \|$", text, re.MULTILINE)
    assert dict(rows) == SEED_README


def test_bad_lihat_and_missing_list_are_reported(tmp_path):
    one = tmp_path / "bpmn/serang-diskominfo"
    one.mkdir(parents=True)
    shutil.copy(BPMN / "serang-diskominfo/serang_kominfo_penyusunan_pk.bpmn", one)
    text, problems = manifest_text(tmp_path / "bpmn")
    assert problems == [] and f"No tables/{UNMODELLED}" in text
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / UNMODELLED).write_text(yaml.safe_dump([{
        "seed": TOC, "baris": "1", "judul": "X", "alasan": "a", "reason": "r", "lihat": "nope"}]))
    _, problems = manifest_text(tmp_path / "bpmn")
    assert f"{UNMODELLED}: {TOC} baris 1: lihat 'nope' is not a process in the library" \
        in problems
    assert any(p.startswith("001_bd9c7b89a5d7d3bb.txt: seeds README") for p in problems)


def test_manifest_in_repo_is_up_to_date(tmp_path):
    shutil.copytree(BPMN, tmp_path / "bpmn", ignore=shutil.ignore_patterns("MANIFEST.md"))
    (tmp_path / "tables").mkdir()
    shutil.copy(TABLES / UNMODELLED, tmp_path / "tables" / UNMODELLED)
    path, problems = write_manifest(tmp_path / "bpmn")
    assert problems == []
    assert path.read_text(encoding="utf-8") == (BPMN / "MANIFEST.md").read_text(
        encoding="utf-8"), "bpmn/MANIFEST.md is stale: run `sop manifest`"
