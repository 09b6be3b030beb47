"""Steps that perform another SOP (``panggil: <process id>``, a BPMN call activity).

One table alone can only say that the target is a well-formed id and not itself
(:mod:`.validate`); whether the target exists in the library, and whether calls go round in a
circle (A performs B which performs A: a case that would never end), needs every table being
checked plus the BPMN already in the library, so it is checked here, over the whole set.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..xmlsafe import parser as xml_parser
from .bpmnxml import NS
from .model import SopTable, display_path


def library_processes(bpmn_dir: str | Path | None) -> set[str]:
    """Process ids of every BPMN file under ``bpmn_dir`` (recursively); unreadable files are
    skipped (the deployment check names them)."""
    if bpmn_dir is None or not Path(bpmn_dir).is_dir():
        return set()
    found: set[str] = set()
    for path in sorted(Path(bpmn_dir).rglob("*.bpmn")):
        try:
            root = etree.parse(str(path), xml_parser()).getroot()
        except (etree.XMLSyntaxError, OSError):
            continue
        found.update(p.get("id") for p in root.iterfind("bpmn:process", NS) if p.get("id"))
    return found


def call_problems(tables: list[SopTable], bpmn_dir: str | Path | None) -> list[str]:
    """A ``panggil`` target must be an SOP of the library (a table being checked or a process
    under ``bpmn_dir``), and calls must not go round in a circle."""
    known = library_processes(bpmn_dir) | {t.id for t in tables}
    out = []
    for table in tables:
        for step in table.langkah:
            if step.panggil and step.panggil not in known:
                out.append(f"{display_path(table.source)}: langkah {step.no}: panggil: "
                           f"{step.panggil!r} is no SOP of the library (no table and no "
                           "BPMN process has that id)")
    return out + _cycles(tables)


def _cycles(tables: list[SopTable]) -> list[str]:
    """Each table whose calls lead back to itself, named once with the circle found."""
    calls = {t.id: [s.panggil for s in t.langkah if s.panggil] for t in tables}
    out = []
    for table in tables:
        path = _path_back(table.id, calls)
        if path:
            out.append(f"{display_path(table.source)}: panggil: the SOPs call each other in a "
                       f"circle ({' -> '.join(path)}); a case would never end")
    return out


def _path_back(start: str, calls: dict[str, list[str]]) -> list[str]:
    """The chain of calls from ``start`` back to ``start``, or [] (depth-first)."""
    todo: list[list[str]] = [[start]]
    seen: set[str] = set()
    while todo:
        path = todo.pop()
        for target in calls.get(path[-1], []):
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                todo.append([*path, target])
    return []
