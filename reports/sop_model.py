"""What the official SOP AP document shows, read from a deployed definition's BPMN.

The document must say exactly what runs, so nothing is re-derived here: the step order, the
pelaksana, the mutu baku and the decisions come from the same reader ``sop export`` uses
(:mod:`engine.soptable.exporter`), applied to the stored XML of the definition. The only
addition is naming: lanes drawn with a short name are shown by their official jabatan (the
definition's ``lane_jabatan``), as the task list already does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from engine.soptable import exporter
from engine.soptable.bpmnxml import NS
from engine.soptable.model import SELESAI, SopTable
from engine.soptable.reader import ModelError, model_from_xml
from engine.xmlsafe import parse_bpmn


class DocumentError(ValueError):
    """The stored BPMN cannot be shown as an SOP AP table (names the element)."""


@dataclass(frozen=True)
class Branch:
    """One answer of a decision: its label on the arrow and where it leads (row index from 0,
    or None for the end)."""

    label: str
    target: int | None


@dataclass
class Row:
    """One step = one row of the flowchart table."""

    no: int
    uraian: str
    column: int                     # index into SopDocument.columns
    kelengkapan: list[str]
    waktu: str
    output: str
    keterangan: str
    called: str = ""                # process id of the SOP performed here (call activity)
    ya: Branch | None = None        # a decision's two answers; None for a process step
    tidak: Branch | None = None

    @property
    def is_decision(self) -> bool:
        return self.ya is not None


@dataclass
class SopDocument:
    """Identity sheet and flowchart rows of one SOP, ready for a template."""

    key: str
    version: int | None
    table: SopTable                 # identity fields (nomor, tanggal..., lists) as exported
    columns: list[str]              # pelaksana column headers, lane order, official names
    rows: list[Row] = field(default_factory=list)

    @property
    def nama(self) -> str:
        return self.table.nama


def document_of(definition, called_names: Mapping[str, str] | None = None) -> SopDocument:
    """The document of a :class:`~engine.models.ProcessDefinition` (its key, version,
    ``bpmn_xml`` and ``lane_jabatan``)."""
    lanes = json.loads(definition.lane_jabatan) if definition.lane_jabatan else {}
    doc = document_from_xml(definition.bpmn_xml, definition.key, lanes, called_names)
    doc.version = definition.version
    return doc


def document_from_xml(xml: str | bytes, key: str, lane_jabatan: Mapping[str, str] | None = None,
                      called_names: Mapping[str, str] | None = None) -> SopDocument:
    """The document of process ``key`` in a BPMN text; :class:`DocumentError` if the model
    holds something an SOP AP table cannot show."""
    table = _table(xml, key)
    lanes = lane_jabatan or {}
    columns = [lanes.get(name, name) for name in table.pelaksana]
    index = {name: i for i, name in enumerate(table.pelaksana)}
    rows = [_row(step, index, called_names or {}) for step in table.langkah]
    return SopDocument(key=key, version=None, table=table, columns=columns, rows=rows)


def called_keys(xml: str | bytes, key: str) -> set[str]:
    """The process ids performed at call activities of process ``key`` (to name them)."""
    root = parse_bpmn(xml).getroot()
    return {(el.get("calledElement") or "").strip()
            for p in root.iterfind("bpmn:process", NS) if p.get("id") == key
            for el in p.iterfind("bpmn:callActivity", NS)} - {""}


def _table(xml: str | bytes, key: str) -> SopTable:
    problems: list[str] = []
    try:
        table = exporter.model_to_table(model_from_xml(xml, key), problems)
    except ModelError as exc:
        raise DocumentError(str(exc)) from exc
    if any(step.pelaksana not in table.pelaksana for step in table.langkah):
        raise DocumentError("; ".join(problems) or "a step outside every lane")
    return table


def _row(step, index: dict[str, int], called_names: Mapping[str, str]) -> Row:
    keterangan = step.keterangan.strip()
    if step.panggil and not keterangan:  # a call activity always names the SOP it performs
        keterangan = f"SOP {called_names.get(step.panggil, step.panggil)}"
    row = Row(no=step.no, uraian=step.uraian, column=index[step.pelaksana],
              kelengkapan=list(step.kelengkapan), waktu=step.waktu, output=step.output,
              keterangan=keterangan, called=step.panggil)
    if step.keputusan is not None:
        k = step.keputusan
        # the arrows say Ya / Tidak as the regulation draws them; a forward branch's own
        # wording ("Ya, dialihkan") stays in the uraian, the model and the task page
        row.ya = Branch("Ya", _target(k.ya))
        row.tidak = Branch("Tidak", _target(k.tidak))
    return row


def _target(value: int | str) -> int | None:
    return None if value == SELESAI else int(value) - 1
