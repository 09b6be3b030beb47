"""Write a first feature file for a SOP from its BPMN, for QA to read and edit.

One scenario walks the main path (every decision Ya) and states the SOP's Mutu Baku at each
step: batas waktu, kelengkapan, output, and that the initiator cannot do the next role's work.
Then one scenario per non-Ya answer of each decision, taken once: back to a step to redo, to
the end, or skipping ahead over steps the SOP makes conditional. Engine-free: lxml and the
path planner only, so it runs anywhere the BPMN files are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .durasi import DurasiTidakDipahami, kalimat
from .model import YA, SopModel, Step
from .paths import Path as Jalur
from .paths import Visit, coverage_of, plan_paths

SHORT = 70  # longer uraian are quoted by their start and "...", as people quote them
KEYWORDS = {"given": "Dengan", "when": "Ketika", "then": "Maka"}
REASONS = {"tidak lengkap": "belum lengkap, mohon dilengkapi",
           "tidak setuju": "belum disetujui, mohon diperbaiki",
           "salah": "masih ada yang salah, mohon diperbaiki"}
REASON_LOOP = "belum sesuai, mohon diperbaiki"
REASON_END = "tidak dapat diproses lebih lanjut"
REASON_SKIP = "tidak diperlukan, langsung ke langkah berikutnya"
TIDAK = "Tidak"  # the answer that waives a step's required documents (engine.document_rules)


@dataclass
class Lines:
    """Step lines with Gherkin's rhythm: the keyword changes, repeats become "Dan"."""

    out: list[str] = field(default_factory=list)
    last: str = ""

    def add(self, kind: str, text: str) -> None:
        self.out.append(f"    {'Dan' if kind == self.last else KEYWORDS[kind]} {text}")
        self.last = kind

    def table(self, rows: list[str], header: str) -> None:
        cells = [header, *(_cell(r) for r in rows)]
        width = max(len(c) for c in cells)
        self.out += [f"      | {c.ljust(width)} |" for c in cells]


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def short_name(model: SopModel, step: Step) -> str:
    """The step's uraian, or its shortest start (whole words, >= 50 characters) that names
    no other uraian, followed by "..." (the step library reads it as a prefix)."""
    if len(step.name) <= SHORT:
        return step.name
    words = step.name.split()
    for n in range(1, len(words)):
        start = " ".join(words[:n]).rstrip(" ,.;:") + "..."
        if len(start) >= 53 and {s.name for s in model.steps_named(start)} == {step.name}:
            return start
    return step.name


def _q(text: str) -> str:
    """Quoted for a step; the step library reads names up to the next double quote."""
    return '"' + text.replace('"', "'") + '"'


def draft(model: SopModel, source: str = "") -> str:
    """The feature text for one SOP."""
    paths = plan_paths(model)
    names = {s.id: short_name(model, s) for s in model.steps}
    parts = _header(model, source) + _background(model)
    parts += _main(model, paths[0], names)
    for path in paths[1:]:
        parts += _rejection(path, names)
    return "\n".join(parts) + "\n"


def uncovered(model: SopModel) -> list[str]:
    """Elements the drafted scenarios would not reach (the model needs a look, not the draft)."""
    nodes, flows = coverage_of(model, plan_paths(model))
    return sorted(nodes | flows)


def _header(model: SopModel, source: str) -> list[str]:
    p = model.properties
    title = f"{model.name} (SOP nomor {model.nomor})" if model.nomor else model.name
    where = ", ".join(x for x in (p.get("instansi.nama", ""), p.get("instansi.pemerintah", ""))
                      if x)
    lines = ["# language: id",
             f"# Draf awal dari {source or model.key} (sop features draft); sunting seperlunya.",
             f"Fitur: {title}"]
    lines += [f"  {x}" for x in (where, _label("Unit", p.get("instansi.unit", "")),
                                 _label("Pelaksana", ", ".join(model.lanes))) if x]
    return lines + [""]


def _label(name: str, value: str) -> str:
    return f"{name}: {value}" if value else ""


def _background(model: SopModel) -> list[str]:
    return ["  Latar Belakang:", f"    Dengan SOP {_q(model.key)} diterapkan",
            "    Dan pengguna untuk setiap pelaksana SOP", ""]


def _main(model: SopModel, path: Jalur, names: dict[str, str]) -> list[str]:
    lines = Lines()
    starter = path.visits[0].step.role if path.visits else ""
    lines.add("when", f"{_q(starter)} memulai SOP")
    intruder_done, attached = False, set()
    for visit in path.visits:
        step = visit.step
        lines.add("then", _next(step, names))
        if not intruder_done and not step.is_call and (other := _intruder(model, step, starter)):
            lines.add("then", f"{_q(other)} tidak dapat menyelesaikan langkah {_q(names[step.id])}")
            intruder_done = True
        _mutu_baku(lines, step, names)
        answer = visit.option.value if visit.option else YA
        _act(lines, visit, names, "" if answer == YA else REASON_LOOP, attached)
    lines.add("then", "SOP selesai")
    return ["  Skenario: Alur utama sampai selesai", *lines.out, ""]


def _next(step: Step, names: dict[str, str]) -> str:
    """What comes next: a task for its role, or a step performing another SOP (no task: the
    called SOP's case runs)."""
    if step.is_call:
        return f"langkah {_q(names[step.id])} menjalankan SOP terkait {_q(step.called)}"
    return f"tugas berikutnya adalah {_q(names[step.id])} untuk {_q(step.role)}"


def _intruder(model: SopModel, step: Step, starter: str) -> str:
    """Who must be refused: the initiator at the first step not theirs, else any other role."""
    if step.role != starter:
        return starter
    others = [lane for lane in model.lanes if lane != step.role]
    return others[0] if others and len({s.role for s in model.steps}) == 1 else ""


def _mutu_baku(lines: Lines, step: Step, names: dict[str, str]) -> None:
    props = step.properties
    if props.get("waktu_iso"):
        try:
            said = kalimat(props.get("waktu", ""), props["waktu_iso"], props.get("waktu_hari", ""))
            lines.add("then", f"batas waktu langkah {_q(names[step.id])} adalah {said}")
        except DurasiTidakDipahami:
            pass
    if step.kelengkapan:
        lines.add("then", f"kelengkapan langkah {_q(names[step.id])} adalah:")
        lines.table(step.kelengkapan, "kelengkapan")
    if props.get("output") and '"' not in props["output"]:
        lines.add("then", f"output langkah {_q(names[step.id])} adalah {_q(props['output'])}")


def _act(lines: Lines, visit: Visit, names: dict[str, str], alasan: str = "",
         attached: set[str] | None = None) -> None:
    step = visit.step
    if step.is_call:  # the called SOP's case is played to its end on its default path
        lines.add("when", f"SOP terkait {_q(step.called)} dijalankan sampai selesai")
        return
    _attach(lines, visit, set() if attached is None else attached)
    if visit.option is None:
        lines.add("when", f"{_q(step.role)} menyelesaikan langkah {_q(names[step.id])}")
        return
    because = f" dengan alasan {_q(alasan)}" if alasan else ""
    lines.add("when", f"{_q(step.role)} memutuskan {_q(visit.option.label)} pada "
                      f"{_q(names[step.id])}{because}")


def _attach(lines: Lines, visit: Visit, attached: set[str]) -> None:
    """Before a step that requires documents (dokumen=wajib) is completed, its performer
    attaches each one this scenario has not attached yet (a document of the case stands for
    every later step asking for it); a Tidak needs none."""
    if visit.option is not None and visit.option.value == TIDAK:
        return
    for _, name in visit.step.documents:
        key = " ".join(name.split()).casefold()
        if key not in attached and '"' not in name:
            lines.add("when", f"{_q(visit.step.role)} melampirkan dokumen {_q(name)}")
            attached.add(key)


def _rejection(path: Jalur, names: dict[str, str]) -> list[str]:
    """Walk to the decision, answer non-Ya, check where the work went and who sees why."""
    lines = Lines()
    starter = path.visits[0].step.role
    lines.add("when", f"{_q(starter)} memulai SOP")
    at = path.visits.index(path.rejected)
    alasan = _reason(path.rejected, path.visits[at + 1:])
    attached: set[str] = set()
    for visit in path.visits[: at + 1]:
        _act(lines, visit, names, alasan if visit is path.rejected else "", attached)
    after = path.visits[at + 1:]
    if after:
        nxt = after[0].step
        lines.add("then", _next(nxt, names))
        lines.add("then", f"alasan {_q(alasan)} terlihat oleh {_q(nxt.role)}")
    else:
        lines.add("then", "SOP selesai")
        lines.add("then", f"alasan {_q(alasan)} terlihat oleh {_q(starter)}")
    for visit in after:
        _act(lines, visit, names, attached=attached)
    if after:
        lines.add("then", "SOP selesai")
    return [f"  Skenario: {_title(path, after, names)}", *lines.out, ""]


def _reason(visit: Visit, after: tuple[Visit, ...]) -> str:
    if not after:
        return REASON_END
    if _goes_on(visit, after[0]):
        return REASON_SKIP
    return REASONS.get(visit.option.label.casefold(), REASON_LOOP)


def _goes_on(visit: Visit, nxt: Visit) -> bool:
    """The answer leads on to a later step (skipping a conditional one), not back."""
    return nxt.step.no > visit.step.no


def _title(path: Jalur, after: tuple[Visit, ...], names: dict[str, str]) -> str:
    step, label = path.rejected.step, path.rejected.option.label
    what = f"Langkah {step.no} {_q(step.question or names[step.id])} dijawab {_q(label)}"
    if not after:
        return f"{what}, SOP berakhir"
    target = after[0].step
    if target.id == step.id:
        return f"{what}, langkah diulang"
    if _goes_on(path.rejected, after[0]):
        return f"{what}, lanjut ke langkah {target.no}"
    return f"{what}, kembali ke langkah {target.no}"


def feature_path(bpmn: Path, model: SopModel, out_dir: Path) -> Path:
    """Where the feature of a library BPMN goes: <out_dir>/<instansi folder>/<id>.feature."""
    instansi = bpmn.parent.name or model.instansi or "umum"
    return out_dir / instansi / f"{model.key}.feature"
