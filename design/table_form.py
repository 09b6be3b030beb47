"""The SOP table editor's conversions and checks (no Flask): an SOP as the official SOP AP table.

The people who write SOPs in a Bagian Organisasi think in the Permenpan table, so the table
editor edits the ``sop-table/1`` data (docs/sop-table.md) and the BPMN is what the importer makes
of it, exactly as ``sop import`` would. Round trip: a model saved in the modeler opens here
through the exporter (the same reader ``sop export`` and the SOP AP document use), and what is
saved here is the importer's BPMN, which the modeler opens. For the 122 library SOPs,
bpmn -> table -> bpmn gives back the very same bytes (tests/test_table_form.py).

Problems are dicts the page can put next to an input: ``{"row", "rows", "field", "column",
"message", "message_en", "severity"}`` (``row`` is the step number, ``field`` the table key such
as ``uraian`` or ``keputusan.ya``; ``column`` the index of a pelaksana column).
"""

from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from engine.jabatan import Catalogue
from engine.soptable import exporter, isian
from engine.soptable.check import table_warnings
from engine.soptable.importer import table_to_bpmn
from engine.soptable.links import SopIndex
from engine.soptable.model import table_from_dict, table_to_dict
from engine.soptable.pelaksana import with_official_names
from engine.soptable.reader import ModelError, model_from_xml
from engine.soptable.validate import STEP, TOP, validate_data
from reports.document import render_document
from reports.sop_model import DocumentError, document_from_xml

SOURCE = "tabel"
ERROR, WARNING = "error", "warning"
STEP_AT = re.compile(r"^langkah (\d+(?:, \d+)*|#\d+ \(position\)): (.*)$", re.DOTALL)
FIELD_AT = re.compile(r"^([a-z_]+(?:\.[a-z_]+)?): (.*)$", re.DOTALL)
STYLE_ATTR = re.compile(r'\sstyle="')
FIELDS = set(TOP) | set(STEP)  # the table keys a validator message may start with


class NotATable(Exception):
    """The model holds something the SOP table cannot say (open it in the modeler)."""

    def __init__(self, problems: list[dict]):
        super().__init__("; ".join(p["message_en"] for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Made:
    """What the importer made of a table: the BPMN (None while there are problems)."""

    problems: list[dict]
    bpmn: str | None


# -- opening ----------------------------------------------------------------------------------
def table_of(opened: Any) -> dict[str, Any]:
    """The table the editor edits for a :class:`design.workbench.Opened`: the draft's table form
    when it holds one, else the exporter's table of its BPMN. Raises :class:`NotATable` naming
    what the table cannot hold (parallel gateways, a task outside every lane...)."""
    if opened.table is not None:
        return opened.table
    return table_from_bpmn(opened.bpmn_xml, opened.key, opened.instansi)


def table_from_bpmn(xml: str | bytes, key: str, instansi: str) -> dict[str, Any]:
    """The ``sop-table/1`` dict of process ``key`` in a BPMN text (what ``sop export`` reads)."""
    problems: list[str] = []
    with warnings.catch_warnings(record=True) as lost:
        warnings.simplefilter("always")
        try:
            table = exporter.model_to_table(model_from_xml(xml, key), problems)
        except ModelError as exc:
            raise NotATable([_not_a_table(str(exc))]) from exc
    problems += [str(w.message) for w in lost if issubclass(w.category, isian.IsianWarning)]
    if problems:
        raise NotATable([_not_a_table(p) for p in problems])
    data = table_to_dict(table)
    data["instansi"]["kode"] = data["instansi"]["kode"] or instansi
    return data


def _not_a_table(detail: str) -> dict:
    return problem(
        None, None,
        f"Model ini tidak dapat ditampilkan sebagai tabel SOP ({detail}); buka di modeler.",
        f"This model cannot be shown as an SOP table ({detail}); open it in the modeler.")


# -- checking ---------------------------------------------------------------------------------
def check(data: Any, *, key: str | None = None, instansi: str | None = None,
          catalogue: Catalogue | None = None) -> list[dict]:
    """Every problem of one table as ``sop check`` finds it (the contract, the flow, where it
    belongs) plus pelaksana the instansi's jabatan catalogue does not know (the deployment
    would refuse the lane); then the warnings (unreadable waktu, an empty lane)."""
    found = [_located(text.removeprefix(f"{SOURCE}: "), ERROR)
             for text in validate_data(data, SOURCE)]
    if found:
        return found
    found += _placement(data, key, instansi)
    if catalogue is not None:
        found += catalogue_problems(data.get("pelaksana") or [], catalogue)
    table = table_from_dict(data)
    found += [_located(text.split(": ", 1)[1], WARNING) for text in table_warnings(table)]
    return found


def blocking(problems: list[dict]) -> list[dict]:
    """The problems that stop the importer (warnings do not)."""
    return [p for p in problems if p["severity"] == ERROR]


def _placement(data: dict, key: str | None, instansi: str | None) -> list[dict]:
    """``sop check``'s placement rule for the page: the table is SOP ``key`` of ``instansi``."""
    out = []
    if key is not None and data.get("id") != key:
        out.append(problem(None, "id", f"id: harus '{key}' (kode SOP ini), tertulis "
                           f"'{data.get('id')}'", f"id: must be '{key}' (this SOP's key), "
                           f"found '{data.get('id')}'"))
    kode = (data.get("instansi") or {}).get("kode")
    if instansi is not None and kode != instansi:
        out.append(problem(None, "instansi.kode", f"instansi.kode: harus '{instansi}', tertulis "
                           f"'{kode}'", f"instansi.kode: must be '{instansi}', found '{kode}'"))
    return out


def catalogue_problems(columns: list[str], catalogue: Catalogue) -> list[dict]:
    """A pelaksana column the catalogue does not know (with the close names), or two columns
    that are one jabatan."""
    out, seen = [], {}
    for index, name in enumerate(columns):
        official = catalogue.official(name)
        if official is None:
            near = ", ".join(f"'{n}'" for n in catalogue.suggest(name))
            out.append(problem(
                None, "pelaksana",
                f"pelaksana: '{name}' bukan jabatan {catalogue.instansi}"
                + (f"; mungkin maksudnya {near}" if near else "")
                + "; pilih dari katalog jabatan",
                f"pelaksana: '{name}' is not a jabatan of {catalogue.instansi}"
                + (f"; did you mean {near}" if near else "") + "; choose from the catalogue",
                column=index))
        elif official in seen:
            out.append(problem(
                None, "pelaksana",
                f"pelaksana: '{seen[official]}' dan '{name}' adalah satu jabatan ('{official}'); "
                "gabungkan kedua kolom",
                f"pelaksana: '{seen[official]}' and '{name}' are one jabatan ('{official}'); "
                "merge the two columns", column=index))
        else:
            seen[official] = name
    return out


def problem(row: int | None, field: str | None, message: str, message_en: str, *,
            rows: list[int] | None = None, column: int | None = None,
            severity: str = ERROR) -> dict:
    """One problem as the page shows it next to its input."""
    return {"row": row, "rows": rows or ([row] if row else []), "field": field,
            "column": column, "message": message, "message_en": message_en,
            "severity": severity}


def _located(text: str, severity: str) -> dict:
    """A validator message (``langkah 3: uraian: must not be empty``) with its row and field."""
    rows: list[int] = []
    rest = text
    step = STEP_AT.match(text)
    if step:
        rows = [int(n) for n in re.findall(r"\d+", step.group(1))]
        rest = step.group(2)
    named = FIELD_AT.match(rest)
    field = named.group(1) if named and named.group(1).split(".")[0] in FIELDS \
        else _field_in(rest)
    where = f"langkah {step.group(1)}: " if step else ""
    return problem(rows[0] if rows else None, field, where + indonesian(rest), text,
                   rows=rows, severity=severity)


def _field_in(text: str) -> str | None:
    if text.startswith("pelaksana "):
        return "pelaksana"
    if text.startswith("waktu "):
        return "waktu"
    return None


TRANSLATIONS: list[tuple[re.Pattern, str]] = [(re.compile(p, re.DOTALL), t) for p, t in (
    (r"^([\w.]+): required$", r"\1: wajib diisi"),
    (r"^([\w.]+): must not be empty$", r"\1: tidak boleh kosong"),
    (r"^([\w.]+): item (\d+) is empty$", r"\1: butir \2 kosong"),
    (r"^pelaksana (.+) is not in pelaksana list$",
     r"pelaksana \1 tidak ada di kolom pelaksana; tambahkan kolomnya dulu"),
    (r"^keputusan: ya and tidak both go to (.+); a decision needs two different ways on$",
     r"keputusan: Ya dan Tidak sama-sama menuju \1; keputusan perlu dua jalan yang berbeda"),
    (r"^unreachable: .*$",
     "tidak terjangkau: tidak ada alur dari awal ke langkah ini; arahkan Ya atau Tidak "
     "sebuah keputusan ke sini, atau hapus langkahnya"),
    (r"^no way to 'selesai': .*$",
     "tidak ada jalan ke 'selesai': setiap jawaban kembali ke putaran; arahkan satu jawaban "
     "ke langkah sesudahnya atau ke 'selesai'"),
    (r"^keputusan\.(ya|tidak): step (\d+) does not exist \(steps are 1\.\.(\d+)\).*$",
     r"keputusan.\1: langkah \2 tidak ada (langkah 1..\3); tulis nomor langkah atau 'selesai'"),
    (r"^keputusan\.(ya|tidak): must be a step number or 'selesai'.*$",
     r"keputusan.\1: harus nomor langkah atau 'selesai'"),
    (r"^pelaksana: must list at least one pelaksana$", "pelaksana: isi sedikitnya satu kolom"),
    (r"^pelaksana: (.+) is listed more than once$", r"pelaksana: \1 tercantum lebih dari sekali"),
    (r"^pelaksana: (.+) has no step \(an empty lane\)$",
     r"pelaksana: \1 tidak punya langkah (lajur kosong)"),
    (r"^waktu (.+) is not a duration this parser reads$",
     r"waktu \1 tidak terbaca sebagai lama waktu (tulis mis. '2 jam' atau '1 hari')"),
    (r"^eskalasi: needs .*$", "eskalasi: perlu waktu langkah (batas waktu) dan tugas biasa"),
)]


def indonesian(text: str) -> str:
    """The validator's English message in Bahasa Indonesia where a translation is written."""
    for pattern, replacement in TRANSLATIONS:
        if pattern.match(text):
            return pattern.sub(replacement, text)
    return text


# -- making the BPMN --------------------------------------------------------------------------
def sop_index(sops: Iterable[tuple[str, str, str]]) -> SopIndex:
    """The SOP names keterangan and keterkaitan may name: ``(name, instansi, key)`` of each
    deployed SOP (the importer links them as ``tautan_sop``)."""
    index = SopIndex()
    for name, instansi, key in sops:
        index.add(name, instansi, key)
    return index


def to_bpmn(data: dict, index: SopIndex | None = None,
            catalogue: Catalogue | None = None) -> str:
    """The importer's BPMN of a table without problems (``sop import``: official lane names
    from the catalogue, links to the SOPs of ``index``)."""
    table = with_official_names(table_from_dict(data), catalogue)
    if index is not None:
        index = copy.deepcopy(index)
        index.add(table.nama, table.instansi.kode, table.id)
    return table_to_bpmn(table, index).decode()


def make(data: Any, *, key: str, instansi: str, catalogue: Catalogue | None = None,
         index: SopIndex | None = None) -> Made:
    """Check the table and, when nothing blocks, make its BPMN."""
    problems = check(data, key=key, instansi=instansi, catalogue=catalogue)
    if blocking(problems):
        return Made(problems, None)
    return Made(problems, to_bpmn(data, index, catalogue))


def preview_html(data: dict, bpmn: str | None = None,
                 called_names: dict[str, str] | None = None) -> str:
    """The Permenpan SOP AP document (identity sheet and flowchart) of a table without
    problems, as an HTML fragment. The flowchart's lines are inline styles, which the site's
    Content-Security-Policy forbids in markup: they come as ``data-style`` and the page script
    sets them through the CSSOM."""
    xml = bpmn if bpmn is not None else to_bpmn(data)
    try:
        doc = document_from_xml(xml, data["id"], None, called_names)
    except DocumentError as exc:  # the importer's own output: only a bug gets here
        raise NotATable([_not_a_table(str(exc))]) from exc
    return STYLE_ATTR.sub(' data-style="', render_document(doc, standalone=False))
