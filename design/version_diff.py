"""What changed between two versions of an SOP, in the product's terms (issue 15, item 3).

A designer comparing version 3 with version 4 wants to know which steps were added, removed,
renamed, given to another pelaksana (lane), or had their waktu, kelengkapan, output or decision
(Ya / Tidak targets) changed, and which lanes came or went: not which XML bytes differ. So both
models are read into the same small picture (steps with their lane and camunda:properties, lanes
by name) and only that is compared; a shape dragged across the canvas is no change.

Steps are matched by their BPMN id (the importer's ``langkah_NN`` ids are stable) when the name
agrees too; the others by their name (a designer who deleted a task in the modeler and drew it
again, or inserted a step in the table, which renumbers the ids after it), and the change says
so; what is left by id again (a renamed step). Every change carries a sentence in Bahasa
Indonesia and in English.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree
from sqlalchemy.orm import Session

from engine.actors import Actor
from engine.errors import InvalidData, NotFound
from engine.soptable.bpmnxml import BPMN, NS, process_properties
from engine.soptable.reader import task_kelengkapan, task_output
from engine.xmlsafe import UnsafeXml, parse_bpmn

from . import workbench

END = "selesai"  # a decision's answer that ends the SOP
DRAFT = "draf"  # the user's draft as one side of a comparison
KINDS = ("added", "removed", "renamed", "moved_lane", "waktu", "kelengkapan", "output",
         "decision", "lane_added", "lane_removed")
ACTIVITY = re.compile(r"(Task|^task|^callActivity|^subProcess)$")
DECISION = re.compile(r"""keputusan\s*==\s*["'](Ya|Tidak)["']""")


@dataclass(frozen=True)
class Step:
    """One step as the product understands it."""

    id: str
    name: str
    lane: str
    waktu: str
    kelengkapan: tuple[str, ...]
    output: str
    question: str  # the decision's question ("" without a decision)
    answers: tuple[tuple[str, str], ...]  # (answer, target step id or END), sorted


@dataclass
class Model:
    """The steps (in document order) and lane names of one SOP version."""

    steps: dict[str, Step]
    lanes: list[str]
    gateways: dict[str, str]  # step id -> id of its decision gateway


@dataclass(frozen=True)
class Change:
    """One difference; ``element_id`` is the element to highlight (new side, else old)."""

    kind: str
    element_id: str
    old: str | list[str] | None
    new: str | list[str] | None
    step_name: str  # the step's name (the new one when renamed), or the lane's
    message: str
    message_en: str
    old_id: str | None = None  # the element on the old side (None: not there)
    new_id: str | None = None  # the element on the new side (None: not there)
    matched_by: str | None = None  # "id" | "name" for steps on both sides

    def as_dict(self) -> dict:
        """The API's shape (camelCase, as the rest of the API)."""
        return {"kind": self.kind, "elementId": self.element_id, "stepName": self.step_name,
                "old": self.old, "new": self.new, "oldId": self.old_id, "newId": self.new_id,
                "matchedBy": self.matched_by, "message": self.message,
                "messageEn": self.message_en}


@dataclass
class VersionDiff:
    """The changes from the old model to the new one, and what to colour on each side."""

    key: str
    changes: list[Change] = field(default_factory=list)
    old_gateways: dict[str, str] = field(default_factory=dict)
    new_gateways: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Changes per kind, in the order of :data:`KINDS` (kinds without changes left out)."""
        found = Counter(c.kind for c in self.changes)
        return {k: found[k] for k in KINDS if found[k]}

    def grouped(self) -> list[tuple[str, list[Change]]]:
        """(kind, changes) in the order of :data:`KINDS`."""
        return [(k, [c for c in self.changes if c.kind == k]) for k in self.counts()]

    def marks(self, side: str) -> dict[str, str]:
        """Element id -> "added" | "removed" | "changed" on the ``old`` or ``new`` diagram;
        a decision's change also marks its gateway."""
        out: dict[str, str] = {}
        for c in self.changes:
            element = c.old_id if side == "old" else c.new_id
            if element is None:
                continue
            if c.kind in ("added", "lane_added"):
                out[element] = "added"
            elif c.kind in ("removed", "lane_removed"):
                out[element] = "removed"
            else:
                out.setdefault(element, "changed")
                gateway = (self.old_gateways if side == "old" else self.new_gateways).get(element)
                if c.kind == "decision" and gateway:
                    out.setdefault(gateway, "changed")
        return out


def compare(old_xml: str | bytes, new_xml: str | bytes, key: str) -> VersionDiff:
    """The changes from ``old_xml`` to ``new_xml``, both models of the SOP ``key``.

    An unreadable model raises InvalidData naming the side (old / new) and what is wrong."""
    old, old_lane_ids = read_model(old_xml, key, "lama")
    new, new_lane_ids = read_model(new_xml, key, "baru")
    diff = VersionDiff(key, old_gateways=old.gateways, new_gateways=new.gateways)
    pairs = _match(old, new)
    to_old = {n: o for o, (n, _) in pairs.items()}
    for sid, step in old.steps.items():
        if sid not in pairs:
            diff.changes.append(_removed(step))
    for sid, step in new.steps.items():
        if sid in to_old:
            old_id = to_old[sid]
            diff.changes.extend(_step_changes(old.steps[old_id], step, pairs[old_id][1],
                                              old, new, to_old))
        else:
            diff.changes.append(_added(step))
    diff.changes.extend(_lane_changes(old.lanes, new.lanes, old_lane_ids, new_lane_ids))
    return diff


def read_model(xml: str | bytes, key: str, side: str = "") -> tuple[Model, dict[str, str]]:
    """The product's picture of a BPMN model: steps and lanes (lane name -> lane id, too)."""
    try:
        root = parse_bpmn(xml.encode() if isinstance(xml, str) else xml).getroot()
    except (UnsafeXml, etree.XMLSyntaxError) as exc:
        raise InvalidData(f"Model {side} tidak terbaca sebagai BPMN: {exc}",
                          f"The {_side_en(side)} model is not readable as BPMN: {exc}",
                          field="bpmn") from exc
    process = _process(root, key)
    if process is None:
        raise InvalidData(f"Model {side} tidak berisi proses '{key}'.",
                          f"The {_side_en(side)} model has no process '{key}'.", field="bpmn")
    lanes = _lanes(process)
    nodes = {el.get("id"): el for el in process if isinstance(el.tag, str) and el.get("id")}
    flows = [el for el in nodes.values() if _local(el) == "sequenceFlow"]
    steps, gateways = {}, {}
    for sid, el in nodes.items():
        if etree.QName(el).namespace == BPMN and ACTIVITY.search(_local(el)):
            step, gateway = _step(el, lanes, nodes, flows)
            steps[sid] = step
            if gateway:
                gateways[sid] = gateway
    names = list(dict.fromkeys(name for name, _, _ in lanes))
    lane_ids = {}
    for name, lane_id, _ in lanes:
        lane_ids.setdefault(name, lane_id)
    return Model(steps, names, gateways), lane_ids


def _side_en(side: str) -> str:
    return {"lama": "old", "baru": "new"}.get(side, side)


def _process(root: etree._Element, key: str) -> etree._Element | None:
    processes = list(root.iterfind("bpmn:process", NS))
    return next((p for p in processes if p.get("id") == key),
                next((p for p in processes if p.get("isExecutable") == "true"), None))


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _lanes(process: etree._Element) -> list[tuple[str, str, set[str]]]:
    """(name, id, node ids) of every lane, nested lanes included, in document order."""
    return [((lane.get("name") or "").strip() or lane.get("id", ""), lane.get("id", ""),
             {(r.text or "").strip() for r in lane.iterfind("bpmn:flowNodeRef", NS)})
            for lane in process.iter(f"{{{BPMN}}}lane")]


def _step(el: etree._Element, lanes: list, nodes: dict, flows: list) -> tuple[Step, str | None]:
    sid = el.get("id")
    props = process_properties(el)
    lane = next((name for name, _, refs in lanes if sid in refs), "")
    gateway = _decision_gateway(sid, nodes, flows)
    answers: tuple[tuple[str, str], ...] = ()
    question = ""
    if gateway is not None:
        question = (props.get("keputusan_pertanyaan") or gateway.get("name") or "").strip()
        answers = tuple(sorted(_answers(gateway.get("id"), nodes, flows)))
    waktu = props.get("waktu", "").strip() or props.get("waktu_iso", "").strip()
    step = Step(sid, (el.get("name") or "").strip(), lane, waktu,
                tuple(task_kelengkapan(el)), task_output(el).strip(), question, answers)
    return step, gateway.get("id") if gateway is not None else None


def _outgoing(node_id: str, flows: list) -> list[etree._Element]:
    return [f for f in flows if f.get("sourceRef") == node_id]


def _decision_gateway(sid: str, nodes: dict, flows: list) -> etree._Element | None:
    """The diverging exclusive gateway straight after the step, if any."""
    out = _outgoing(sid, flows)
    if len(out) != 1:
        return None
    target = nodes.get(out[0].get("targetRef"))
    if target is not None and _local(target) == "exclusiveGateway" and \
            len(_outgoing(target.get("id"), flows)) > 1:
        return target
    return None


def _answers(gateway_id: str, nodes: dict, flows: list) -> list[tuple[str, str]]:
    """(answer, where it leads) for each outgoing flow of a decision; the answer is Ya / Tidak
    from the condition on ``keputusan``, else the flow's name."""
    found = []
    for flow in _outgoing(gateway_id, flows):
        expr = flow.findtext("bpmn:conditionExpression", default="", namespaces=NS)
        match = DECISION.search(expr)
        answer = match.group(1) if match else (flow.get("name") or flow.get("id") or "").strip()
        found.append((answer, _resolve(flow, nodes, flows)))
    return found


def _resolve(flow: etree._Element, nodes: dict, flows: list) -> str:
    """The step a flow leads to through merging gateways, END at an end event."""
    seen: set[str] = set()
    while True:
        target = flow.get("targetRef") or ""
        el = nodes.get(target)
        if el is None:
            return target
        kind = _local(el)
        if kind == "endEvent":
            return END
        out = _outgoing(target, flows)
        if ACTIVITY.search(kind) or len(out) != 1 or target in seen:
            return target
        seen.add(target)
        flow = out[0]


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def _match(old: Model, new: Model) -> dict[str, tuple[str, str]]:
    """old step id -> (new step id, "id" | "name"), one to one: same id and same name first;
    then the rest by name (the modeler gives a redrawn task a new id, and a step inserted in
    the table editor renumbers the ``langkah_NN`` after it); then the rest by id (a rename)."""
    pairs = {sid: (sid, "id") for sid, step in old.steps.items()
             if sid in new.steps and _normal(new.steps[sid].name) == _normal(step.name)}
    free_new = [sid for sid in new.steps if sid not in pairs]
    for sid, step in old.steps.items():
        same = None if sid in pairs or not step.name else next(
            (n for n in free_new if _normal(new.steps[n].name) == _normal(step.name)), None)
        if same is not None:
            pairs[sid] = (same, "name")
            free_new.remove(same)
    for sid in old.steps:
        if sid not in pairs and sid in free_new:
            pairs[sid] = (sid, "id")
            free_new.remove(sid)
    return pairs


def _q(text: str) -> str:
    return f"'{text}'"


def _added(step: Step) -> Change:
    where = f" di {step.lane}" if step.lane else ""
    where_en = f" in lane {step.lane}" if step.lane else ""
    return Change("added", step.id, None, step.name, step.name,
                  f"Langkah {_q(step.name)} ditambahkan{where}.",
                  f"Step {_q(step.name)} added{where_en}.", new_id=step.id)


def _removed(step: Step) -> Change:
    where = f" (dari {step.lane})" if step.lane else ""
    where_en = f" (from lane {step.lane})" if step.lane else ""
    return Change("removed", step.id, step.name, None, step.name,
                  f"Langkah {_q(step.name)} dihapus{where}.",
                  f"Step {_q(step.name)} removed{where_en}.", old_id=step.id)


def _step_changes(old: Step, new: Step, by: str, old_model: Model, new_model: Model,
                  to_old: dict[str, str]) -> list[Change]:
    """The changes of one step present on both sides."""
    found: list[tuple[str, object, object, str, str]] = []
    if old.name != new.name:
        found.append(("renamed", old.name, new.name,
                      f"Langkah {_q(old.name)} diganti nama menjadi {_q(new.name)}.",
                      f"Step {_q(old.name)} renamed to {_q(new.name)}."))
    if old.lane != new.lane:
        found.append(("moved_lane", old.lane, new.lane,
                      f"Langkah {_q(new.name)} dipindah dari {old.lane or '-'} ke "
                      f"{new.lane or '-'}.",
                      f"Step {_q(new.name)} moved from {old.lane or '-'} to {new.lane or '-'}."))
    if old.waktu != new.waktu:
        found.append(("waktu", old.waktu, new.waktu,
                      f"Waktu langkah {_q(new.name)} diubah dari {old.waktu or '-'} menjadi "
                      f"{new.waktu or '-'}.",
                      f"Time of step {_q(new.name)} changed from {old.waktu or '-'} to "
                      f"{new.waktu or '-'}."))
    if old.kelengkapan != new.kelengkapan:
        found.append(("kelengkapan", list(old.kelengkapan), list(new.kelengkapan),
                      *_kelengkapan_sentences(new.name, old.kelengkapan, new.kelengkapan)))
    if old.output != new.output:
        found.append(("output", old.output, new.output,
                      f"Output langkah {_q(new.name)} diubah dari {_q(old.output)} menjadi "
                      f"{_q(new.output)}.",
                      f"Output of step {_q(new.name)} changed from {_q(old.output)} to "
                      f"{_q(new.output)}."))
    decision = _decision_change(old, new, old_model, new_model, to_old)
    if decision:
        found.append(decision)
    note_id, note_en = "", ""
    if by == "name":
        note_id = f" (dicocokkan menurut nama: id lama {old.id}, id baru {new.id})"
        note_en = f" (matched by name: old id {old.id}, new id {new.id})"
    return [Change(kind, new.id, o, n, new.name, text[:-1] + note_id + ".",
                   text_en[:-1] + note_en + ".", old_id=old.id, new_id=new.id, matched_by=by)
            for kind, o, n, text, text_en in found]


def _kelengkapan_sentences(name: str, old: tuple[str, ...], new: tuple[str, ...]
                           ) -> tuple[str, str]:
    plus = [k for k in new if k not in old]
    minus = [k for k in old if k not in new]
    parts, parts_en = [], []
    if plus:
        parts.append("ditambah " + ", ".join(map(_q, plus)))
        parts_en.append("added " + ", ".join(map(_q, plus)))
    if minus:
        parts.append("dihapus " + ", ".join(map(_q, minus)))
        parts_en.append("removed " + ", ".join(map(_q, minus)))
    if not parts:
        parts, parts_en = ["urutannya diubah"], ["reordered"]
    return (f"Kelengkapan langkah {_q(name)} diubah: {'; '.join(parts)}.",
            f"Requirements of step {_q(name)} changed: {'; '.join(parts_en)}.")


def _decision_change(old: Step, new: Step, old_model: Model, new_model: Model,
                     to_old: dict[str, str]) -> tuple | None:
    """A decision added, removed, asked differently, or whose answers lead elsewhere."""
    if not old.answers and not new.answers:
        return None
    old_desc, old_en = _answers_text(old.answers, old_model)
    new_desc, new_en = _answers_text(new.answers, new_model)
    if not old.answers:
        return ("decision", None, new_desc,
                f"Langkah {_q(new.name)} kini punya keputusan {_q(new.question)}: {new_desc}.",
                f"Step {_q(new.name)} now has a decision {_q(new.question)}: {new_en}.")
    if not new.answers:
        return ("decision", old_desc, None,
                f"Langkah {_q(new.name)} tidak lagi punya keputusan.",
                f"Step {_q(new.name)} no longer has a decision.")
    same_targets = dict(old.answers) == {a: to_old.get(t, t) if t != END else END
                                         for a, t in new.answers}
    if same_targets and old.question == new.question:
        return None
    parts, parts_en = [], []
    if old.question != new.question:
        parts.append(f"pertanyaan {_q(old.question)} menjadi {_q(new.question)}")
        parts_en.append(f"question {_q(old.question)} became {_q(new.question)}")
    if not same_targets:
        parts.append(f"jawaban {old_desc} menjadi {new_desc}")
        parts_en.append(f"answers {old_en} became {new_en}")
    return ("decision", old_desc, new_desc,
            f"Keputusan langkah {_q(new.name)} diubah: {'; '.join(parts)}.",
            f"Decision of step {_q(new.name)} changed: {'; '.join(parts_en)}.")


def _answers_text(answers: tuple, model: Model) -> tuple[str, str]:
    """Where each answer leads, by step name: "Ya ke 'Tanda tangan', Tidak ke selesai" and
    its English."""
    out, out_en = [], []
    for answer, target in answers:
        step = model.steps.get(target)
        where = _q(step.name) if step else target
        out.append(f"{answer} ke {'selesai' if target == END else where}")
        out_en.append(f"{answer} to {'the end' if target == END else where}")
    return ", ".join(out), ", ".join(out_en)


def _lane_changes(old: list[str], new: list[str], old_ids: dict[str, str],
                  new_ids: dict[str, str]) -> list[Change]:
    changes = [Change("lane_removed", old_ids[name], name, None, name,
                      f"Pelaksana {_q(name)} dihapus.", f"Lane {_q(name)} removed.",
                      old_id=old_ids[name]) for name in old if name not in new]
    changes += [Change("lane_added", new_ids[name], None, name, name,
                       f"Pelaksana {_q(name)} ditambahkan.", f"Lane {_q(name)} added.",
                       new_id=new_ids[name]) for name in new if name not in old]
    return changes


@dataclass
class Side:
    """One side of a comparison: a deployed version, or the user's draft (``version`` None)."""

    label: str  # "3" or DRAFT
    version: int | None
    xml: str


@dataclass
class Comparison:
    """Two models of one SOP and what changed between them (the designer's "Bandingkan")."""

    key: str
    name: str
    instansi: str
    old: Side
    new: Side
    diff: VersionDiff
    versions: list[int]  # deployed versions, newest first
    has_draft: bool


def between(session: Session, actor: Actor, key: str, old: str | None = None,
            new: str | None = None) -> Comparison:
    """Compare two versions of ``key`` (numbers as text, or DRAFT for the actor's draft).

    By default the latest version against the one before it; with only one version, the draft
    (if the actor has one) against it. Only SOPs the actor may design (workbench.open_sop
    refuses others); an unknown version is NotFound naming it."""
    opened = workbench.open_sop(session, actor, key)  # checks the rights, draft or latest
    deployed = [v for v, _ in opened.versions]
    if not deployed:
        raise NotFound(f"SOP '{key}' belum pernah diterapkan; belum ada versi untuk "
                       "dibandingkan.", f"SOP '{key}' was never deployed; there is no "
                       "version to compare with.", field="dari")
    has_draft = opened.from_draft  # open_sop without a version opens the draft if any
    old_label, new_label = _defaults(_label(old, key, "dari"), _label(new, key, "ke"),
                                     deployed, has_draft, opened.base_version)
    old_side = _side(session, actor, key, old_label, opened)
    new_side = _side(session, actor, key, new_label, opened)
    return Comparison(key, opened.name, opened.instansi, old_side, new_side,
                      compare(old_side.xml, new_side.xml, key), deployed, has_draft)


def _label(value: str | None, key: str, name: str) -> str | None:
    """A version as asked for: None (default), DRAFT, or a number as text."""
    value = (value or "").strip().lower()
    if not value:
        return None
    if value in (DRAFT, "draft"):
        return DRAFT
    if not (value.isascii() and value.isdigit()):  # not "²", which int() refuses
        raise NotFound(f"SOP '{key}' tidak punya versi '{value}' ({name}): tulis nomor versi "
                       "atau 'draf'.", f"SOP '{key}' has no version '{value}' ({name}): give a "
                       "version number or 'draf'.", field=name)
    return str(int(value))


def _defaults(old: str | None, new: str | None, deployed: list[int], has_draft: bool,
              base: int | None) -> tuple[str, str]:
    """Fill what was not asked for: the latest against the one before it, or the draft
    against its base version when there is only one version."""
    latest = deployed[0]
    if new is None:
        new = DRAFT if old is None and len(deployed) == 1 and has_draft else str(latest)
    if old is None:
        if new == DRAFT:
            old = str(base or latest)
        else:
            older = [v for v in deployed if v < int(new)]
            old = str(older[0]) if older else new
    return old, new


def _side(session: Session, actor: Actor, key: str, label: str,
          opened: workbench.Opened) -> Side:
    """One side of the comparison: a deployed version, or the draft ``opened`` holds."""
    if label != DRAFT:
        version = workbench.open_sop(session, actor, key, int(label))
        return Side(label, int(label), version.bpmn_xml)
    if not opened.from_draft:
        raise NotFound(f"Anda belum punya draf SOP '{key}'.",
                       f"You have no draft of SOP '{key}'.", field="ke")
    if not opened.bpmn_xml:
        raise InvalidData("Draf Anda belum punya model BPMN: tabelnya belum dapat diimpor. "
                          "Perbaiki tabelnya, lalu bandingkan lagi.",
                          "Your draft has no BPMN model yet: its table does not import. "
                          "Fix the table, then compare again.", field="ke")
    return Side(DRAFT, None, opened.bpmn_xml)
