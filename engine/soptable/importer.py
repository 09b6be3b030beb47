"""Table -> BPMN 2.0 XML: one executable Camunda-flavoured process in a one-pool collaboration.

``table_to_bpmn`` is pure (same table -> byte-identical XML); ``import_paths`` reads a folder
of tables, builds the SOP link index from them plus the BPMN already under the output folder,
and writes ``<out>/<instansi.kode>/<id>.bpmn``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .bpmnxml import EXPORTER, EXPORTER_VERSION, NS, TARGET_NAMESPACE, q
from .check import check_paths
from .diagram import write_diagram
from .eskalasi import add_escalations
from .graph import build_graph, step_width
from .layout import layout
from .links import SopIndex, index_bpmn_dir
from .model import SopTable
from .pelaksana import Catalogues, with_official_names
from .semantic import write_collaboration, write_process


def table_to_bpmn(table: SopTable, index: SopIndex | None = None) -> bytes:
    """The BPMN document of one table, pretty-printed UTF-8 with an XML declaration."""
    defs = etree.Element(q("bpmn", "definitions"), nsmap=NS)
    defs.set("id", f"definisi_{table.id}")
    defs.set("targetNamespace", TARGET_NAMESPACE)
    defs.set("exporter", EXPORTER)
    defs.set("exporterVersion", EXPORTER_VERSION)
    graph = build_graph(table)
    write_collaboration(defs, table)
    write_process(defs, table, graph, index)
    write_diagram(defs, table.id, graph, layout(graph, table.pelaksana))
    add_escalations(defs, table, step_width(table))
    return etree.tostring(defs, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def bpmn_path(table: SopTable, out_dir: str | Path) -> Path:
    """Where a table's BPMN lives: ``<out>/<instansi.kode>/<id>.bpmn``."""
    return Path(out_dir) / table.instansi.kode / f"{table.id}.bpmn"


def build_index(tables: Iterable[SopTable], bpmn_dir: str | Path | None = None) -> SopIndex:
    """Every SOP name known: the BPMN already under ``bpmn_dir`` plus ``tables``."""
    index = SopIndex()
    if bpmn_dir is not None:
        index_bpmn_dir(index, bpmn_dir)
    for t in tables:
        index.add(t.nama, t.instansi.kode, t.id)
    return index


def write_table(table: SopTable, out_dir: str | Path, index: SopIndex | None = None) -> Path:
    """Write one table's BPMN; returns the path written."""
    path = bpmn_path(table, out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(table_to_bpmn(table, index))
    return path


@dataclass
class ImportResult:
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_paths(paths: Iterable[str | Path], out_dir: str | Path) -> ImportResult:
    """Check every table under ``paths`` and write the BPMN of each valid one."""
    tables, problems, warns = check_paths(paths, out_dir)
    result = ImportResult(problems=problems, warnings=warns)
    index = build_index(tables, out_dir)
    catalogues = Catalogues(out_dir)
    for table in tables:
        named = with_official_names(table, catalogues.of(table.instansi.kode))
        result.written.append(write_table(named, out_dir, index))
    return result
