"""The coverage report: a text table and an HTML page under artifacts/coverage/, and the lines
printed at the end of the pytest run."""

from __future__ import annotations

import html
from pathlib import Path

from .coverage import Recorder, SopCoverage

HEADER = (f"{'SOP':60} {'instansi':24} {'inst':>4} {'lajur':>7} {'elemen':>9} "
          f"{'cakupan':>8}")
ELEMENTS = "simpul alur (peristiwa, tugas, gerbang) + alur urutan + lajur (pelaksana)"


def _row(s: SopCoverage) -> str:
    return (f"{s.model.key:60} {s.instansi:24} {s.instances:>4} "
            f"{s.lanes_covered:>3}/{len(s.model.lanes):<3} "
            f"{s.covered:>4}/{s.total:<4} {s.percent:>7.1f}%")


def gaps(s: SopCoverage) -> list[str]:
    """What a reader needs to act on: the elements not reached, or that nothing ran at all."""
    if s.instances == 0:
        return ["belum ada skenario (dengan pemeriksaan) yang menjalankan SOP ini"]
    return [f"belum dilalui: {m}" for m in s.missing()]


def _ignored(rec: Recorder) -> list[str]:
    if not rec.ignored:
        return []
    return ["Skenario tanpa pemeriksaan (tidak dihitung; tambahkan kalimat Maka):",
            *[f"    {s}" for s in rec.ignored], ""]


def text(rec: Recorder, notes: list[str], name: str = "features/") -> str:
    lines = [f"Cakupan BPMN skenario {name} ({ELEMENTS})", "", HEADER, "-" * len(HEADER)]
    for sop in rec.sorted():
        lines.append(_row(sop))
        lines += [f"    {g}" for g in gaps(sop)]
    lines += ["-" * len(HEADER),
              f"{'TOTAL':60} {'':24} {'':>4} {rec.lanes_covered:>3}/{rec.lanes_total:<3} "
              f"{rec.covered:>4}/{rec.total:<4} {rec.percent:>7.1f}%", "", *_ignored(rec),
              *notes]
    return "\n".join(lines) + "\n"


def page(rec: Recorder, notes: list[str], name: str = "features/") -> str:
    rows = "\n".join(_html_row(s) for s in rec.sorted())
    items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
    ignored = "".join(f"<li>{html.escape(s)}</li>" for s in rec.ignored)
    ignored = (f"<p>Skenario tanpa pemeriksaan (tidak dihitung; tambahkan kalimat Maka):</p>"
               f"<ul>{ignored}</ul>" if ignored else "")
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Cakupan BPMN {html.escape(name)}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.25em .5em;text-align:left}}td.n{{text-align:right}}
tr.penuh td.p{{background:#d4f7d4}}tr.kurang td.p{{background:#f7d4d4}}
small{{color:#933}}</style></head><body>
<h1>Cakupan BPMN skenario {html.escape(name)}</h1>
<p>Total: <b>{rec.covered}/{rec.total}</b> elemen ({rec.percent:.1f}%) dari {len(rec.sops)}
SOP; lajur dengan tugas yang diselesaikan: {rec.lanes_covered}/{rec.lanes_total}.
Elemen = {ELEMENTS}.</p><ul>{items}</ul>{ignored}
<table><tr><th>SOP</th><th>Nama</th><th>Instansi</th><th>Instans</th><th>Lajur</th>
<th>Elemen</th><th>Cakupan</th></tr>
{rows}
</table></body></html>
"""


def _html_row(s: SopCoverage) -> str:
    kind = "penuh" if s.covered == s.total else "kurang"
    missing = "<br>".join(html.escape(g) for g in gaps(s)) if s.covered < s.total else ""
    detail = f"<br><small>{missing}</small>" if missing else ""
    return (f'<tr class="{kind}"><td>{html.escape(s.model.key)}{detail}</td>'
            f"<td>{html.escape(s.model.name)}</td><td>{html.escape(s.instansi)}</td>"
            f'<td class="n">{s.instances}</td>'
            f'<td class="n">{s.lanes_covered}/{len(s.model.lanes)}</td>'
            f'<td class="n">{s.covered}/{s.total}</td>'
            f'<td class="n p">{s.percent:.1f}%</td></tr>')


def write(rec: Recorder, notes: list[str], folder: Path, stem: str = "bpmn-coverage",
          name: str = "features/") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    txt, htm = folder / f"{stem}.txt", folder / f"{stem}.html"
    txt.write_text(text(rec, notes, name), encoding="utf-8")
    htm.write_text(page(rec, notes, name), encoding="utf-8")
    return [txt, htm]


def summary(rec: Recorder, notes: list[str], limit: int = 15) -> list[str]:
    """A few lines for the terminal: the total, the SOPs that ran short of 100%, the scenarios
    left out for asserting nothing, the verdict."""
    ran = [s for s in rec.sorted() if s.instances]
    lines = [f"pustaka: {len(rec.sops)} SOP, {rec.covered}/{rec.total} elemen BPMN dilalui "
             f"({rec.percent:.1f}%), lajur {rec.lanes_covered}/{rec.lanes_total}",
             f"dijalankan: {len(ran)} SOP, {sum(s.covered for s in ran)}/"
             f"{sum(s.total for s in ran)} elemen"]
    short = [s for s in ran if s.covered < s.total]
    for sop in short[:limit]:
        lines.append(f"  {sop.model.key}: {sop.covered}/{sop.total} ({sop.percent:.1f}%)")
    if len(short) > limit:
        lines.append(f"  ... dan {len(short) - limit} SOP lain di bawah 100%")
    if len(ran) < len(rec.sops):
        lines.append(f"tanpa skenario yang berjalan: {len(rec.sops) - len(ran)} SOP")
    for scenario in rec.ignored[:limit]:
        lines.append(f"  tanpa pemeriksaan, tidak dihitung: {scenario}")
    if len(rec.ignored) > limit:
        lines.append(f"  ... dan {len(rec.ignored) - limit} skenario lain tanpa pemeriksaan")
    return lines + notes
