"""Deploying BPMN files: validate (XML, XSD, parse, safety), then store versioned definitions.

A deployment is all-or-nothing: every file is checked before anything is written, and the
writes happen in the caller's single transaction. A definition gets a new version only when its
file's content changed, so deploying the same files again is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnValidator
from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import (
    audit,
    call_checks,
    document_rules,
    jabatan,
    lane_rule,
    separation,
    timer_events,
    unsupported,
    waktu_props,
)
from .condition_scope import known_names
from .errors import DeploymentError, Forbidden
from .models import Deployment, ProcessDefinition
from .parsing import new_parser
from .safe_eval import UnsafeExpression, check_expression, names_used
from .xmlsafe import UnsafeXml, parse_bpmn

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
NS = {"bpmn": BPMN_NS}
MAX_FILE_BYTES = 5 * 1024 * 1024

# Flow elements this engine runs. Anything else inside an executable process is refused with a
# clear message rather than failing at run time.
SUPPORTED = {
    "startEvent", "endEvent", "userTask", "manualTask", "task", "exclusiveGateway",
    "parallelGateway", "inclusiveGateway", "sequenceFlow", "laneSet", "lane", "flowNodeRef",
    "childLaneSet", "documentation", "extensionElements", "incoming", "outgoing",
    "conditionExpression", "textAnnotation", "association", "dataObject", "dataObjectReference",
    "group", "property", "script",
    "callActivity",  # a call to another SOP (engine.call_checks checks what it calls)
    # timers (engine.timer_events.model_problems checks where they sit and their value)
    "boundaryEvent", "intermediateCatchEvent", "timerEventDefinition", "timeDuration",
    "timeDate", "timeCycle",
    "subProcess",  # embedded, run inside the case (engine.subprocesses); not event ones
}
EVENT_SUBPROCESS = (
    "event sub-processes (triggeredByEvent=\"true\") are not supported; draw the steps in "
    "the main flow, or a boundary timer on the step where time is what is awaited",
    "event sub-process (triggeredByEvent=\"true\") tidak didukung; gambar langkahnya di alur "
    "utama, atau timer batas (boundary timer) pada langkah bila yang ditunggu adalah waktu")
EVENT_DEFINITIONS_REFUSED = "EventDefinition"
MAX_PROBLEMS = 20  # per file: beyond this a refusal says "and N more" instead of listing them
INSTANSI_PROPERTY = "instansi.kode"

_VALIDATOR: BpmnValidator | None = None


@dataclass
class Problem:
    file: str
    message: str
    line: int | None = None
    element: str | None = None
    message_id: str | None = None  # the message in Bahasa Indonesia, where one is written

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "element": self.element,
                "message": self.message}

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line) if p)
        elem = f" [{self.element}]" if self.element else ""
        return f"{where}{elem}: {self.message}"


@dataclass
class CheckedProcess:
    key: str
    name: str
    resource: str
    instansi: str
    xml: str
    content_hash: str
    lane_jabatan: dict[str, str] = field(default_factory=dict)


@dataclass
class DeployResult:
    deployment_id: int | None
    created: list[tuple[str, int]] = field(default_factory=list)
    unchanged: list[tuple[str, int]] = field(default_factory=list)


def validator() -> BpmnValidator:
    global _VALIDATOR
    if _VALIDATOR is None:
        _VALIDATOR = BpmnValidator()
    return _VALIDATOR


def collect_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Every .bpmn file under the given files or folders, with the folder it was found under."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend((f, path) for f in sorted(path.rglob("*.bpmn")))
        else:
            found.append((path, path.parent))
    return found


def instansi_of(file: Path, base: Path) -> str:
    """The instansi folder of a file: the first folder under the deployed folder ``base``
    (``sop deploy bpmn/`` -> bpmn/<instansi>/<sop>.bpmn), else the folder holding it when that
    one sits in a folder named ``bpmn`` (``sop deploy bpmn/<instansi>/`` or one file of it);
    '' otherwise (the file's own ``instansi.kode`` property must say it then)."""
    try:
        rel = file.resolve().relative_to(base.resolve())
    except ValueError:
        rel = None
    if rel is not None and len(rel.parts) > 1:
        return rel.parts[0]
    parent = file.resolve().parent
    return parent.name if parent.parent.name == "bpmn" else ""


def check_file(
    content: bytes, resource: str, instansi: str = "", allow_scripts: bool = False
) -> tuple[list[CheckedProcess], list[Problem]]:
    """Validate one BPMN document; return its executable processes or the problems found."""
    if len(content) > MAX_FILE_BYTES:
        return [], [Problem(resource, f"file larger than {MAX_FILE_BYTES} bytes")]
    try:
        doc = parse_bpmn(content)
    except UnsafeXml as err:
        return [], [Problem(resource, err.message_en, err.line, message_id=err.message)]
    problems = _xsd_problems(doc, resource)
    if problems:
        return [], problems
    problems = _capped(_safety_problems(doc, resource, allow_scripts), resource)
    if problems:
        return [], problems
    return _parse(doc, content, resource, instansi)


def _capped(problems: list[Problem], resource: str) -> list[Problem]:
    """At most MAX_PROBLEMS problems of one file, then one saying how many more there are (a
    model full of unsupported elements would otherwise give a refusal nobody reads)."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [Problem(
        resource, f"and {more} more problem(s) not listed (only the first {MAX_PROBLEMS} of "
        "a file are shown); fix these and deploy again to see the rest",
        message_id=f"dan {more} masalah lain yang tidak ditampilkan (hanya {MAX_PROBLEMS} "
        "pertama per berkas); perbaiki ini lalu terapkan lagi untuk melihat sisanya")]


def _xsd_problems(doc: etree._ElementTree, resource: str) -> list[Problem]:
    schema = validator().validator
    if schema.validate(doc):
        return []
    return _capped([Problem(resource, f"BPMN 2.0 schema: {e.message}", e.line,
                            _element_at(doc, e.line)) for e in schema.error_log], resource)


def _element_at(doc: etree._ElementTree, line: int) -> str | None:
    """The innermost element with an id that encloses ``line`` (for XSD messages)."""
    best = _enclosing(doc, line)
    if best is None:
        return None
    return f"{etree.QName(best).localname} '{best.get('id')}'"


def _enclosing(doc: etree._ElementTree, line: int) -> etree._Element | None:
    """The last BPMN element with an id starting at or before ``line``."""
    best = None
    for el in doc.getroot().iter():
        if not isinstance(el.tag, str) or el.sourceline is None or el.sourceline > line:
            continue
        if etree.QName(el).namespace != BPMN_NS:
            continue
        if el.get("id"):
            best = el
    return best


def _safety_problems(doc: etree._ElementTree, resource: str, allow_scripts: bool) -> list[Problem]:
    problems = []
    for proc in doc.getroot().iterfind("bpmn:process", NS):
        if proc.get("isExecutable", "false") != "true":
            continue
        problems.extend(_walk(proc, resource, allow_scripts))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in lane_rule.model_problems(proc))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in waktu_props.waktu_problems(proc))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in document_rules.model_problems(proc))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in separation.model_problems(proc))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in timer_events.model_problems(proc))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for p in call_checks.element_problems(proc))
    return problems


def _walk(parent: etree._Element, resource: str, allow_scripts: bool) -> list[Problem]:
    """One problem per element the engine does not run; the children of such an element (and
    of purely graphical ones: annotations, groups) are not looked into, so a refused
    sub-tree is reported once, not once per child."""
    problems = []
    for el in parent:
        if not isinstance(el.tag, str):
            continue
        found = _element_problems(el, resource, allow_scripts)
        problems.extend(found)
        if not found and etree.QName(el).localname not in unsupported.GRAPHICAL:
            problems.extend(_walk(el, resource, allow_scripts))
    return problems


def _element_problems(el: etree._Element, resource: str, allow_scripts: bool) -> list[Problem]:
    qname = etree.QName(el)
    if qname.namespace != BPMN_NS or el.getparent() is None:
        return []
    local = qname.localname
    element = f"bpmn:{local} '{el.get('id') or el.getparent().get('id')}'"
    if local == "conditionExpression":
        return _condition_problem(el, resource, element)
    if local == "scriptTask":
        if allow_scripts:
            return []
        return [Problem(resource, "script tasks are refused on this server (they would run code "
                        "on it); an operator may allow them with --allow-scripts; to record "
                        "something use a user task", el.sourceline, element,
                        message_id="script task tidak diizinkan di server ini (menjalankan kode "
                        "di server); operator dapat mengizinkannya dengan --allow-scripts; untuk "
                        "mencatat sesuatu gunakan user task")]
    if local == "subProcess" and el.get("triggeredByEvent") == "true":
        return [_unsupported(resource, el.sourceline, element, local, EVENT_SUBPROCESS)]
    if local == "process" or local in unsupported.GRAPHICAL or _runs(local):
        return []
    if local.endswith("EventDefinition"):  # on an event this engine runs otherwise
        event = el.getparent()
        element = f"bpmn:{etree.QName(event).localname} '{event.get('id')}'"
        return [_unsupported(resource, el.sourceline, element, local,
                             unsupported.event_hint(local))]
    refused = [etree.QName(c).localname for c in el if isinstance(c.tag, str)
               and etree.QName(c).localname.endswith("EventDefinition")
               and not _runs(etree.QName(c).localname)]
    found = unsupported.event_hint(refused[0]) if refused else unsupported.hint(local)
    return [_unsupported(resource, el.sourceline, element, local, found)]


def _runs(local: str) -> bool:
    """An element this engine runs (timer definitions are engine.timer_events' own)."""
    return local in SUPPORTED or local == "timerEventDefinition"


def _unsupported(resource: str, line: int | None, element: str, local: str,
                 hint: tuple[str, str]) -> Problem:
    return Problem(resource, f"bpmn:{local} is not supported by this engine: {hint[0]}", line,
                   element, message_id=f"bpmn:{local} tidak didukung oleh engine ini: {hint[1]}")


def _condition_problem(el: etree._Element, resource: str, element: str) -> list[Problem]:
    flow = el.getparent()
    element = f"bpmn:sequenceFlow '{flow.get('id')}'"
    try:
        tree = check_expression(el.text or "")
    except UnsafeExpression as err:
        text = (el.text or "").strip()
        python = unsupported.juel_to_python(text)
        if python is not None:
            return [Problem(
                resource, f"condition {text!r} refused: {err}; it is a Camunda JUEL expression, "
                f"and this engine reads conditions written in Python: write `{python}`",
                el.sourceline, element,
                message_id=f"kondisi {text!r} ditolak: ini ekspresi JUEL Camunda, sedangkan "
                f"engine ini membaca kondisi dalam bentuk Python: tulis `{python}`")]
        return [Problem(resource, f"condition {text!r} refused: {err}", el.sourceline, element)]
    unknown = sorted(names_used(tree) - known_names(flow))
    if unknown:
        names = ", ".join(f"'{n}'" for n in unknown)
        return [Problem(resource, f"condition {(el.text or '').strip()!r} refused: unknown name "
                        f"{names} (not a form field of a step before it nor a start variable)",
                        el.sourceline, element)]
    return []


def _parse(
    doc: etree._ElementTree, content: bytes, resource: str, instansi: str
) -> tuple[list[CheckedProcess], list[Problem]]:
    parser = new_parser()
    try:
        parser.add_bpmn_xml(doc, filename=resource)
        keys = parser.get_process_ids()
        processes = []
        for key in keys:
            parser.get_spec(key)
            proc = doc.getroot().find(f"bpmn:process[@id='{key}']", NS)
            if proc is None or proc.get("isExecutable", "false") != "true":
                continue
            own, problem = _instansi(proc, resource, instansi)
            if problem is not None:
                return [], [problem]
            processes.append(CheckedProcess(
                key=key, name=proc.get("name") or key, resource=resource, instansi=own,
                xml=content.decode("utf-8"), content_hash=hashlib.sha256(content).hexdigest()))
    except ValidationException as err:
        element = f"{err.tag} '{err.id}'" if getattr(err, "id", "") else None
        line = err.line_number if isinstance(err.line_number, int) else None
        return [], [Problem(resource, str(err).split("\n")[0], line, element)]
    except Exception as err:  # noqa: BLE001 - any parser failure is the file's problem
        return [], [Problem(resource, f"cannot be run: {err}")]
    if not processes:
        return [], [Problem(resource, "no executable process (isExecutable=\"true\") found")]
    return processes, []


def _instansi(proc: etree._Element, resource: str,
              given: str) -> tuple[str, Problem | None]:
    """The process's instansi: its own ``instansi.kode`` property, else ``given`` (the folder
    bpmn/<instansi>/ it was found in, or the request's ``instansi`` field). Two sources that
    disagree, or none at all, refuse the file: a definition stored under the wrong instansi is
    one whose staff get 403."""
    own = waktu_props.own_properties(proc).get(INSTANSI_PROPERTY, "").strip()
    given = (given or "").strip()
    element = f"bpmn:process '{proc.get('id')}'"
    if own and given and own != given:
        return "", Problem(
            resource, f"the process property {INSTANSI_PROPERTY} says '{own}' but the file was "
            f"deployed for '{given}' (its folder bpmn/{given}/ or the request's instansi); make "
            "them agree", proc.sourceline, element,
            message_id=f"properti proses {INSTANSI_PROPERTY} berisi '{own}' tetapi berkas "
            f"diterapkan untuk '{given}' (foldernya bpmn/{given}/ atau isian instansi "
            "permintaan); samakan keduanya")
    if own or given:
        return own or given, None
    return "", Problem(
        resource, "no instansi: add the process property "
        f'<camunda:property name="{INSTANSI_PROPERTY}" value="<kode instansi>"/> (Camunda '
        "Modeler: process, Extensions, Properties), or deploy it from bpmn/<instansi>/, or give "
        "the instansi with the request", proc.sourceline, element,
        message_id="instansi tidak diketahui: tambahkan properti proses "
        f'<camunda:property name="{INSTANSI_PROPERTY}" value="<kode instansi>"/> (Camunda '
        "Modeler: proses, Extensions, Properties), atau terapkan dari bpmn/<instansi>/, atau "
        "sebutkan instansinya di permintaan")


def check(
    session: Session,
    files: list[tuple[str, bytes, str]],
    allow_scripts: bool = False,
) -> tuple[list[CheckedProcess], list[Problem]]:
    """Every check a deployment makes, and nothing stored: the processes it would deploy and
    the problems that refuse it. ``deploy`` and the designer's "Periksa" both call this, so a
    model that validates is a model that deploys."""
    checked: list[CheckedProcess] = []
    problems: list[Problem] = []
    for resource, content, instansi in files:
        procs, probs = check_file(content, resource, instansi, allow_scripts)
        checked.extend(procs)
        problems.extend(probs)
    problems.extend(_duplicate_keys(checked))
    if not problems:
        problems.extend(lane_problems(session, checked))
        problems.extend(Problem(resource, p.message, p.line, p.element, p.message_id)
                        for resource, p in call_checks.model_problems(session, checked))
    return checked, problems


def deploy(
    session: Session,
    files: list[tuple[str, bytes, str]],
    name: str = "deployment",
    deployed_by: str | None = None,
    allow_scripts: bool = False,
    may_deploy: Callable[[str], bool] | None = None,
) -> DeployResult:
    """Deploy ``(resource, content, instansi)`` files in ``session``'s transaction, or refuse all.

    Raises :class:`DeploymentError` listing every problem; nothing is written then.
    ``may_deploy(instansi)`` (a designer's rights) refuses a file of another instansi with
    Forbidden before anything is stored.
    """
    checked, problems = check(session, files, allow_scripts)
    refused = sorted({p.instansi for p in checked if may_deploy and not may_deploy(p.instansi)})
    if refused:
        raise Forbidden(f"Anda tidak dapat menerapkan SOP instansi {', '.join(refused)}.",
                        f"You may not deploy SOPs of instansi {', '.join(refused)}.",
                        field="instansi")
    if problems:
        raise DeploymentError(
            "Penerapan ditolak: " + "; ".join(_indonesian(p) for p in problems),
            "Deployment refused: " + "; ".join(str(p) for p in problems),
            problems=[p.as_dict() for p in problems],
        )
    return _store(session, checked, name, deployed_by)


def problems_json(problems: list[Problem], contents: dict[str, bytes]) -> list[dict]:
    """Problems as the designer's pages and ``POST /deployment/validate`` answer them: the
    element and line to point at, the message in Bahasa Indonesia and in English, and
    ``elementId``: the id of the diagram element to mark (None when the problem is about the
    file as a whole). ``contents`` holds each file by name; each is parsed once."""
    docs = {name: _readable(content) for name, content in contents.items()}
    return [{"file": p.file, "element": p.element, "line": p.line,
             "elementId": element_id(p, docs[p.file]) if docs.get(p.file) else None,
             "message": p.message_id or p.message, "message_en": p.message}
            for p in problems]


def _readable(content: bytes) -> etree._ElementTree | None:
    try:
        return parse_bpmn(content)
    except (UnsafeXml, etree.XMLSyntaxError):
        return None


def element_id(problem: Problem, doc: etree._ElementTree) -> str | None:
    """The id of the element a problem names ("userTask 'langkah_02'", "bpmn:lane 'Kadin'"),
    else of the innermost element with an id at its line."""
    named = re.search(r"'([^']+)'", problem.element or "")
    if named:
        wanted = named.group(1)
        for el in doc.getroot().iter():
            if not isinstance(el.tag, str) or not el.get("id"):
                continue
            if wanted in (el.get("id"), el.get("name")):
                return el.get("id")
    found = _enclosing(doc, problem.line) if problem.line else None
    return found.get("id") if found is not None else None


def record_deployment(session: Session, result: DeployResult, actor: str | None,
                      address: str = "", **detail) -> None:
    """Audit a deployment in the same transaction (a no-op one too: someone deployed)."""
    target = f"deployment:{result.deployment_id}" if result.deployment_id else "deployment:-"
    audit.record(session, audit.DEPLOYED, actor, target=target, address=address,
                 created=[f"{k} v{v}" for k, v in result.created],
                 unchanged=[f"{k} v{v}" for k, v in result.unchanged], **detail)


def _indonesian(problem: Problem) -> str:
    if problem.message_id is None:
        return str(problem)
    return str(Problem(problem.file, problem.message_id, problem.line, problem.element))


def _duplicate_keys(checked: list[CheckedProcess]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for proc in checked:
        if proc.key in seen and seen[proc.key] != proc.resource:
            problems.append(Problem(proc.resource, f"process id '{proc.key}' is also defined in "
                                    f"{seen[proc.key]}", element=f"bpmn:process '{proc.key}'"))
        seen.setdefault(proc.key, proc.resource)
    return problems


def _store(session: Session, checked: list[CheckedProcess], name: str,
           deployed_by: str | None) -> DeployResult:
    result = DeployResult(deployment_id=None)
    deployment: Deployment | None = None
    for proc in checked:
        latest = session.scalars(
            select(ProcessDefinition).where(ProcessDefinition.key == proc.key)
            .order_by(ProcessDefinition.version.desc()).limit(1)
        ).first()
        if (latest is not None and latest.content_hash == proc.content_hash
                and latest.instansi == proc.instansi):  # another instansi: a new version
            result.unchanged.append((proc.key, latest.version))
            continue
        if deployment is None:
            deployment = Deployment(name=name, deployed_by=deployed_by)
            session.add(deployment)
            session.flush()
        version = (latest.version + 1) if latest else 1
        session.add(ProcessDefinition(
            key=proc.key, version=version, name=proc.name, instansi=proc.instansi,
            resource=proc.resource, content_hash=proc.content_hash, bpmn_xml=proc.xml,
            deployment_id=deployment.id, lane_jabatan=_lane_json(proc)))
        result.created.append((proc.key, version))
    session.flush()
    result.deployment_id = deployment.id if deployment else None
    return result


def lane_problems(session: Session, checked: list[CheckedProcess]) -> list[Problem]:
    """Name every lane by its jabatan in the instansi's catalogue (engine.jabatan).

    A lane spelled otherwise ("KADIN") is mapped to the official name ("Kepala Dinas"); a lane
    the catalogue does not know is refused with its line and the closest names, so that one
    jabatan never becomes two roles. Instansi without a catalogue keep lanes as drawn."""
    problems: list[Problem] = []
    catalogues: dict[str, jabatan.Catalogue | None] = {}
    for proc in checked:
        if proc.instansi not in catalogues:
            catalogues[proc.instansi] = jabatan.catalogue_of(session, proc.instansi)
        catalogue = catalogues[proc.instansi]
        if catalogue is None:
            continue
        lanes = _lanes(proc)
        mapping, unknown = jabatan.lane_jabatan(catalogue, [name for name, _ in lanes])
        proc.lane_jabatan = mapping
        if mapping:  # same file, other jabatan map: another definition (and spec cache key)
            extra = json.dumps(mapping, sort_keys=True).encode()
            proc.content_hash = hashlib.sha256(proc.xml.encode() + b"\0" + extra).hexdigest()
        problems.extend(_unknown_lane(proc, catalogue, name, line)
                        for name, line in lanes if name in unknown)
    return problems


def _lanes(proc: CheckedProcess) -> list[tuple[str, int | None]]:
    """(name, line) of each named lane of the process."""
    root = parse_bpmn(proc.xml.encode()).getroot()
    found = root.find(f"bpmn:process[@id='{proc.key}']", NS)
    if found is None:
        return []
    return [(lane.get("name", "").strip(), lane.sourceline)
            for lane in found.iter(f"{{{BPMN_NS}}}lane") if lane.get("name", "").strip()]


def _unknown_lane(proc: CheckedProcess, catalogue: jabatan.Catalogue, name: str,
                  line: int | None) -> Problem:
    near = catalogue.suggest(name)
    quoted = ", ".join(f"'{n}'" for n in near)
    where = f"bpmn/{proc.instansi}/{jabatan.FILE_NAME}"
    return Problem(
        proc.resource,
        f"lane '{name}' is not a jabatan of {proc.instansi}"
        + (f"; did you mean {quoted}?" if near else "")
        + f" Rename the lane to a jabatan of the catalogue, or add it to {where}.",
        line, f"bpmn:lane '{name}'",
        message_id=f"lane '{name}' bukan jabatan {proc.instansi}"
        + (f"; mungkin maksudnya {quoted}?" if near else "")
        + f" Ganti nama lane dengan jabatan dari katalog, atau tambahkan ke {where}.")


def _lane_json(proc: CheckedProcess) -> str | None:
    return json.dumps(proc.lane_jabatan, ensure_ascii=False) if proc.lane_jabatan else None


def latest_versions(session: Session) -> list[ProcessDefinition]:
    """The newest version of every deployed definition, ordered by key."""
    newest = (select(ProcessDefinition.key, func.max(ProcessDefinition.version).label("v"))
              .group_by(ProcessDefinition.key).subquery())
    return list(session.scalars(
        select(ProcessDefinition).join(
            newest, (ProcessDefinition.key == newest.c.key)
            & (ProcessDefinition.version == newest.c.v))
        .order_by(ProcessDefinition.key)))
