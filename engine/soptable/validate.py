"""Validation of raw table data against the `sop-table/1` contract (docs/sop-table.md).

Every problem is reported, not just the first, as ``<file>: [langkah N: ]<field>: <what>``
so a transcriber can fix a whole file in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import isian
from .model import FORMAT, SELESAI, SopTable, table_from_dict

ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
KODE_RE = re.compile(r"^[a-z][a-z0-9]*([-_][a-z0-9]+)*$")

STR, LIST, MAP, INT = "a string", "a list of strings", "a mapping", "an integer"
BOOL = "true or false"

INSTANSI = {"kode": (STR, True), "pemerintah": (STR, False), "nama": (STR, False),
            "unit": (STR, False)}
PENGESAH = {"jabatan": (STR, False), "nama": (STR, False), "nip": (STR, False)}
SUMBER = {"seed": (STR, False), "baris": (STR, False), "judul": (STR, False)}
TOP = {
    "format": (STR, True), "id": (STR, True), "instansi": (MAP, True), "nomor": (STR, False),
    "nama": (STR, True), "tanggal_pembuatan": (STR, False), "tanggal_revisi": (STR, False),
    "tanggal_efektif": (STR, False), "disahkan_oleh": (MAP, False),
    "dasar_hukum": (LIST, False), "kualifikasi_pelaksana": (LIST, False),
    "keterkaitan": (LIST, False), "peralatan": (LIST, False), "peringatan": (LIST, False),
    "pencatatan": (LIST, False), "jenis_layanan": (STR, False), "waktu_hari": (STR, False),
    "waktu_angka": (STR, False), "sumber": (MAP, False), "catatan": (LIST, False),
    "pelaksana": (LIST, True), "langkah": (None, True),
}
STEP = {
    "no": (INT, True), "uraian": (STR, True), "pelaksana": (STR, True),
    "kelengkapan": (LIST, False), "waktu": (STR, False), "output": (STR, False),
    "keterangan": (STR, False), "catatan": (STR, False), "keputusan": (MAP, False),
    "panggil": (STR, False), "eskalasi": (BOOL, False), "isian": (None, False),
}
KEPUTUSAN = {"pertanyaan": (STR, True), "ya": (None, False), "tidak": (None, True),
             "label_ya": (STR, False), "label_tidak": (STR, False),
             "pemisahan_tugas": (BOOL, False)}
NON_EMPTY_OPTIONAL = {"label_ya", "label_tidak"}  # required strings are never empty either
CHOICES = {"waktu_hari": ("kerja", "kalender"), "waktu_angka": ("menit", "jam", "hari")}

Report = Callable[[str], None]


def validate_data(data: Any, source: str) -> list[str]:
    """Every problem of one table's parsed YAML, each prefixed with ``source``."""
    problems: list[str] = []

    def report(msg: str) -> None:
        problems.append(f"{source}: {msg}")

    if not isinstance(data, dict):
        report("the file must hold one mapping (the table), not " + _kind(data))
        return problems
    _check_fields(data, TOP, "", report)
    _check_top_values(data, report)
    steps = data.get("langkah")
    if "langkah" in data and (not isinstance(steps, list) or not steps):
        report("langkah: must be a non-empty list of steps")
    elif isinstance(steps, list):
        _check_steps(data, steps, report)
    if not problems:
        _check_flow(table_from_dict(data), report)
    return problems


def _check_flow(table: SopTable, report: Report) -> None:
    """Both branches of a decision must differ, every step must be reachable, and from every
    step there must be a way on to the end."""
    for step in table.langkah:
        kep = step.keputusan
        if kep is not None and kep.ya == kep.tidak:
            report(f"langkah {step.no}: keputusan: ya and tidak both go to {kep.ya!r}; "
                   "a decision needs two different ways on")
    seen = _reachable(1, lambda no: [] if no == SELESAI else _targets(table, no))
    for step in table.langkah:
        if step.no not in seen:
            report(f"langkah {step.no}: unreachable: no flow from the start leads here "
                   f"(a decision skips it and no other flow comes to it); let a keputusan's "
                   f"ya or tidak go to {step.no}, or remove the step")
    _check_way_out(table, seen, report)


def _check_way_out(table: SopTable, seen: set, report: Report) -> None:
    """Now that Ya may go back too, a loop can have every answer lead back into it: a case
    that enters it could never end. Walk the flows backwards from the end to find such steps."""
    predecessors: dict[int | str, list[int]] = {}
    for step in table.langkah:
        for target in _targets(table, step.no):
            predecessors.setdefault(target, []).append(step.no)
    ending = _reachable(SELESAI, lambda no: predecessors.get(no, []))
    trapped = sorted(no for no in seen if no != SELESAI and no not in ending)
    if trapped:
        report(f"langkah {', '.join(map(str, trapped))}: no way to 'selesai': every answer "
               "leads back into a loop; let one answer of a decision in it go forward "
               "(a later step) or to 'selesai'")


def _targets(table: SopTable, no: int) -> list[int | str]:
    """Where flow may go after step ``no``: both answers of its decision, else the next step."""
    kep = table.step(no).keputusan
    return [kep.ya, kep.tidak] if kep else [table.next_of(no)]


def _reachable(start: int | str, neighbours: Callable[[int | str], list]) -> set[int | str]:
    """Every step (or ``selesai``) reached from ``start`` following ``neighbours``."""
    seen: set[int | str] = set()
    todo = [start]
    while todo:
        no = todo.pop()
        if no not in seen:
            seen.add(no)
            todo.extend(neighbours(no))
    return seen


def _kind(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__


def _check_fields(d: dict, spec: dict, prefix: str, report: Report) -> None:
    """Required keys present, no unknown keys, each value of its declared type."""
    for key in d:
        if key not in spec:
            report(f"{prefix}{key}: unknown key (allowed: {', '.join(spec)})")
    for key, (kind, required) in spec.items():
        if key not in d or (d[key] is None and not required):
            if required:
                report(f"{prefix}{key}: required")
            continue
        _check_type(d[key], kind, prefix + key, required or key in NON_EMPTY_OPTIONAL, report)


def _check_type(value: Any, kind: str | None, name: str, non_empty: bool,
                report: Report) -> None:
    if kind == STR:
        if not isinstance(value, str):
            report(f"{name}: must be {STR}, got {_kind(value)} {value!r} (quote it)")
        elif non_empty and not value.strip():
            report(f"{name}: must not be empty")
    elif kind == INT and (not isinstance(value, int) or isinstance(value, bool)):
        report(f"{name}: must be {INT}, got {_kind(value)} {value!r}")
    elif kind == BOOL and not isinstance(value, bool):
        report(f"{name}: must be {BOOL}, got {_kind(value)} {value!r}")
    elif kind == MAP and not isinstance(value, dict):
        report(f"{name}: must be {MAP}, got {_kind(value)}")
    elif kind == LIST:
        _check_str_list(value, name, report)


def _check_str_list(value: Any, name: str, report: Report) -> None:
    if not isinstance(value, list):
        report(f"{name}: must be {LIST}, got {_kind(value)} (write [] when none)")
        return
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            report(f"{name}: item {i} must be {STR}, got {_kind(item)} {item!r} (quote it)")
        elif not item.strip():
            report(f"{name}: item {i} is empty")


def _check_top_values(d: dict, report: Report) -> None:
    if isinstance(d.get("format"), str) and d["format"] != FORMAT:
        report(f"format: must be {FORMAT!r}, got {d['format']!r}")
    if isinstance(d.get("id"), str) and d["id"] and not ID_RE.match(d["id"]):
        report(f"id: {d['id']!r} must be lowercase ascii snake_case starting with a letter")
    for key, spec in (("instansi", INSTANSI), ("disahkan_oleh", PENGESAH), ("sumber", SUMBER)):
        if isinstance(d.get(key), dict):
            _check_fields(d[key], spec, key + ".", report)
    kode = (d.get("instansi") or {}).get("kode") if isinstance(d.get("instansi"), dict) else None
    if isinstance(kode, str) and kode and not KODE_RE.match(kode):
        report(f"instansi.kode: {kode!r} must be lowercase ascii words joined by - or _")
    for key, allowed in CHOICES.items():
        if isinstance(d.get(key), str) and d[key] not in allowed:
            report(f"{key}: {d[key]!r} must be one of {', '.join(allowed)}")
    pel = d.get("pelaksana")
    if isinstance(pel, list):
        if not pel:
            report("pelaksana: must list at least one pelaksana")
        dupes = sorted({p for p in pel if isinstance(p, str) and pel.count(p) > 1})
        for p in dupes:
            report(f"pelaksana: {p!r} is listed more than once")


def _check_steps(d: dict, steps: list, report: Report) -> None:
    pel = d.get("pelaksana") if isinstance(d.get("pelaksana"), list) else None
    count = len(steps)
    for index, step in enumerate(steps, 1):
        where = _step_label(step, index)
        if not isinstance(step, dict):
            report(f"{where}: must be a mapping, got {_kind(step)}")
            continue
        _check_fields(step, STEP, where + ": ", report)
        no = step.get("no")
        if isinstance(no, int) and not isinstance(no, bool) and no != index:
            report(f"{where}: no: steps must be numbered 1..{count} in order; "
                   f"step at position {index} has no {no}")
        who = step.get("pelaksana")
        if pel is not None and isinstance(who, str) and who and who not in pel:
            report(f"{where}: pelaksana {who!r} is not in pelaksana list")
        if isinstance(step.get("keputusan"), dict):
            _check_keputusan(step["keputusan"], index, count, where, report)
        if isinstance(step.get("panggil"), str):
            _check_panggil(step, d.get("id"), where, report)
        for problem in isian.problems(step, where):  # a designer's own form fields
            report(problem)
        if step.get("eskalasi") is True and (not step.get("waktu") or step.get("panggil")):
            report(f"{where}: eskalasi: needs the step's waktu (the batas waktu it waits for) "
                   "and a user task (not panggil)")


def _step_label(step: Any, index: int) -> str:
    no = step.get("no") if isinstance(step, dict) else None
    if isinstance(no, int) and not isinstance(no, bool):
        return f"langkah {no}"
    return f"langkah #{index} (position)"


def _check_panggil(step: dict, own_id: Any, where: str, report: Report) -> None:
    """A step that performs another SOP names its process id; it cannot call its own SOP,
    and it cannot be a decision (a call activity has no form to answer)."""
    target = step["panggil"]
    if not target:
        return
    if not ID_RE.match(target):
        report(f"{where}: panggil: {target!r} must be the process id of an SOP "
               "(lowercase ascii snake_case)")
    elif target == own_id:
        report(f"{where}: panggil: a step cannot perform its own SOP {target!r}")
    if step.get("keputusan") is not None:
        report(f"{where}: panggil: a step that performs another SOP cannot be a decision "
               "(keputusan); put the decision on the next step")


def _check_keputusan(kep: dict, no: int, count: int, where: str, report: Report) -> None:
    prefix = where + ": keputusan."
    _check_fields(kep, KEPUTUSAN, prefix, report)
    if "ya" in kep and kep["ya"] is not None:
        _check_target(kep["ya"], "ya", no, count, prefix, report)
    if "tidak" in kep:
        _check_target(kep["tidak"], "tidak", no, count, prefix, report)


def _check_target(target: Any, key: str, no: int, count: int, prefix: str,
                  report: Report) -> None:
    """A step number 1..count or ``selesai``: forward (skip ahead), back, to the step itself
    (redo it) or to the end, for Ya and Tidak alike."""
    name = prefix + key
    if target == SELESAI:
        return
    if not isinstance(target, int) or isinstance(target, bool):
        report(f"{name}: must be a step number or 'selesai', got {target!r}")
    elif not 1 <= target <= count:
        report(f"{name}: step {target} does not exist (steps are 1..{count}); "
               "write a step number or 'selesai'")
