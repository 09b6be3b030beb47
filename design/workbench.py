"""What the designer's pages open, check and deploy: an SOP as the user's draft or as deployed.

Both editors (the BPMN modeler and the SOP table editor) go through here, so they open the same
thing (the user's draft when there is one, else the deployed version asked for), check it with
exactly the deployment's checks, and deploy it the same way: the draft of the user who presses
"Terapkan", as a new version, after which their draft is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from engine import audit
from engine.actors import Actor
from engine.deployment import (
    BPMN_NS,
    Problem,
    check,
    deploy,
    latest_versions,
    problems_json,
    record_deployment,
)
from engine.designers import may_design, require_design
from engine.errors import Conflict, InvalidData, NotFound
from engine.jabatan import catalogue_of
from engine.models import Deployment, ProcessDefinition
from engine.retirement import versions
from engine.soptable.importer import table_to_bpmn
from engine.soptable.model import table_from_dict
from engine.soptable.validate import validate_data
from engine.xmlsafe import UnsafeXml, parse_bpmn

from . import drafts

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{2,119}$")  # as the table format's `id`


@dataclass
class Opened:
    """An SOP as an editor opens it."""

    key: str
    name: str
    instansi: str
    bpmn_xml: str
    base_version: int | None  # the deployed version the edit started from (None: a new SOP)
    latest_version: int | None
    from_draft: bool = False
    table: dict[str, Any] | None = None  # the table editor's form, while it does not import
    edited_in: str = drafts.MODELER
    saved_at: datetime | None = None
    versions: list[tuple[int, int]] = field(default_factory=list)  # (version, running cases)


def open_sop(session: Session, actor: Actor, key: str, version: int | None = None) -> Opened:
    """The actor's draft of ``key`` (unless a ``version`` is asked for), else that deployed
    version (default: the latest). Forbidden for an SOP of an instansi they may not design."""
    defined = versions(session, key)
    draft = drafts.get(session, actor, key) if version is None else None
    if draft is None and not defined:
        raise NotFound(f"SOP '{key}' tidak ada dan Anda tidak punya drafnya.",
                       f"SOP '{key}' does not exist and you have no draft of it.", field="key")
    latest = defined[0][0] if defined else None
    counts = [(d.version, n) for d, n in defined]
    if draft is not None:
        require_design(actor, draft.instansi)
        return Opened(key, _name_of(draft.bpmn_xml, key) or (latest.name if latest else key),
                      draft.instansi, draft.bpmn_xml or "", draft.base_version,
                      latest.version if latest else None, True, drafts.table_of(draft),
                      draft.edited_in, draft.saved_at, counts)
    chosen = next((d for d, _ in defined if version in (None, d.version)), None)
    if chosen is None:
        raise NotFound(f"SOP '{key}' tidak punya versi {version}.",
                       f"SOP '{key}' has no version {version}.", field="version")
    require_design(actor, chosen.instansi)
    return Opened(key, chosen.name, chosen.instansi, chosen.bpmn_xml, chosen.version,
                  latest.version, versions=counts)


def save_draft(session: Session, actor: Actor, key: str, *, bpmn_xml: str | None,
               table: dict[str, Any] | None, base_version: int | None,
               edited_in: str) -> drafts.SopDraft:
    """Keep the actor's edit; the instansi is the deployed SOP's, or the draft's (new SOP)."""
    instansi = _instansi_of(session, actor, key)
    return drafts.save(session, actor, key, instansi=instansi, base_version=base_version,
                       bpmn_xml=bpmn_xml, table=table, edited_in=edited_in)


def problems_of(session: Session, actor: Actor, key: str, bpmn_xml: str) -> list[dict]:
    """Everything "Terapkan" would refuse in ``bpmn_xml`` as the model of ``key``: the
    deployment's checks, plus a process id that is not ``key`` (it would deploy another SOP)."""
    return check_model(session, key, _instansi_of(session, actor, key), bpmn_xml)


def check_model(session: Session, key: str, instansi: str, bpmn_xml: str) -> list[dict]:
    """``problems_of`` for an SOP already opened (its instansi known, the rights checked)."""
    content = bpmn_xml.encode()
    resource = f"{key}.bpmn"
    _, problems = check(session, [(resource, content, instansi)])
    problems.extend(_key_problems(content, resource, key))
    return problems_json(problems, {resource: content})


@dataclass
class Deployed:
    key: str
    version: int
    created: bool  # False: the draft equals the latest version (nothing new was stored)
    older: list[tuple[int, int]]  # (version, running cases) of older versions with cases


def deploy_draft(session: Session, actor: Actor, key: str, force: bool = False,
                 address: str = "") -> Deployed:
    """Deploy the actor's draft of ``key`` as a new version; their draft is then gone.

    A version deployed by someone else after the draft was opened is a Conflict (say so,
    rather than silently replace their work), unless ``force``."""
    draft = drafts.get(session, actor, key)
    if draft is None or not draft.bpmn_xml:
        raise NotFound("Tidak ada draf untuk diterapkan; simpan dulu.",
                       "There is no draft to deploy; save first.", field="key")
    require_design(actor, draft.instansi)
    _lock_versions(session, key)
    defined = versions(session, key)  # read after the lock: a version just committed counts
    latest = defined[0][0] if defined else None
    if latest and not force and (draft.base_version or 0) < latest.version:
        by = _deployed_by(session, latest)
        raise Conflict(
            f"Versi {latest.version} diterapkan oleh {by} "
            f"sesudah Anda mulai dari versi {draft.base_version or '-'}; bandingkan dulu, "
            "lalu terapkan lagi dengan 'tetap terapkan'.",
            f"Version {latest.version} was deployed by {by} "
            f"after you started from version {draft.base_version or '-'}; compare first, "
            "then deploy again with 'deploy anyway'.", field="baseVersion")
    content = draft.bpmn_xml.encode()
    resource = f"{key}.bpmn"
    key_problems = _key_problems(content, resource, key)
    if key_problems:
        raise InvalidData(key_problems[0].message_id or "", key_problems[0].message,
                          field="bpmn", problems=problems_json(key_problems, {resource: content}))
    result = deploy(session, [(resource, content, draft.instansi)], name=f"perancang: {key}",
                    deployed_by=actor.username,
                    may_deploy=lambda instansi: may_design(actor, instansi))
    record_deployment(session, result, actor.username, address, files=[resource],
                      via="perancang")
    drafts.deployed(session, actor.username, [key])
    key_version = (result.created or result.unchanged)[0][1]
    older = [(d.version, n) for d, n in versions(session, key) if d.version < key_version and n]
    return Deployed(key, key_version, bool(result.created), older)


def new_sop(session: Session, actor: Actor, key: str, name: str, instansi: str) -> drafts.SopDraft:
    """Start a new SOP as a draft: one step in the lane of the instansi's first jabatan (the
    table editor or the modeler goes on from there). Nothing reaches staff until deployed."""
    key, name = key.strip(), name.strip()
    if not KEY_PATTERN.match(key):
        raise InvalidData("Kode SOP: huruf kecil, angka dan garis bawah, diawali huruf "
                          "(mis. serang_kominfo_surat_masuk).",
                          "SOP key: lowercase letters, digits and underscores, starting with a "
                          "letter (e.g. serang_kominfo_surat_masuk).", field="key")
    if not name:
        raise InvalidData("Isi nama SOP.", "Fill in the SOP's name.", field="name")
    if versions(session, key) or drafts.get(session, actor, key):
        raise Conflict(f"SOP '{key}' sudah ada; buka dari daftar.",
                       f"SOP '{key}' exists already; open it from the list.", field="key")
    require_design(actor, instansi)
    catalogue = catalogue_of(session, instansi)
    first = catalogue.names()[0] if catalogue and catalogue.names() else "Pelaksana"
    table = starter_table(key, name, instansi, first)
    xml = table_to_bpmn(table_from_dict(table)).decode()
    draft = drafts.save(session, actor, key, instansi=instansi, base_version=None,
                        bpmn_xml=xml, table=None, edited_in=drafts.TABEL)
    audit.record(session, audit.SOP_DRAFT_CREATED, actor.username, target=f"sop:{key}",
                 instansi=instansi)
    return draft


def starter_table(key: str, name: str, instansi: str, pelaksana: str) -> dict[str, Any]:
    """The smallest SOP table that imports: one step."""
    table = {"format": "sop-table/1", "id": key, "nama": name, "instansi": {"kode": instansi},
             "pelaksana": [pelaksana],
             "langkah": [{"no": 1, "uraian": "Menerima dan memeriksa berkas",
                          "pelaksana": pelaksana, "kelengkapan": ["Berkas permohonan"],
                          "waktu": "1 hari", "output": "Berkas diperiksa"}]}
    assert not validate_data(table, key)
    return table


def designable(session: Session, actor: Actor) -> list[ProcessDefinition]:
    """The latest version of every SOP the actor may design, by instansi and name."""
    return sorted((d for d in latest_versions(session) if may_design(actor, d.instansi)),
                  key=lambda d: (d.instansi, d.name.lower()))


def _lock_versions(session: Session, key: str) -> None:
    """Two designers deploying the same SOP at once: the second waits here for the first to
    commit, then sees its version and gets the Conflict (PostgreSQL; SQLite's write
    transactions are one at a time already)."""
    session.execute(select(ProcessDefinition.id).where(ProcessDefinition.key == key)
                    .with_for_update())


def _deployed_by(session: Session, definition: ProcessDefinition) -> str:
    """Who deployed a version (for the Conflict message)."""
    return session.scalar(select(Deployment.deployed_by)
                          .where(Deployment.id == definition.deployment_id)) or "orang lain"


def _instansi_of(session: Session, actor: Actor, key: str) -> str:
    defined = versions(session, key)
    draft = drafts.get(session, actor, key)
    instansi = defined[0][0].instansi if defined else (draft.instansi if draft else None)
    if instansi is None:
        raise NotFound(f"SOP '{key}' tidak ada; buat dulu sebagai SOP baru.",
                       f"SOP '{key}' does not exist; create it as a new SOP first.", field="key")
    require_design(actor, instansi)
    return instansi


def _key_problems(content: bytes, resource: str, key: str) -> list[Problem]:
    """A model whose executable process is not ``key`` would deploy as another SOP."""
    try:
        root = parse_bpmn(content).getroot()
    except (UnsafeXml, etree.XMLSyntaxError):
        return []  # the deployment checks report an unreadable file themselves
    ids = [p.get("id") for p in root.iterfind(f"{{{BPMN_NS}}}process")
           if p.get("isExecutable") == "true"]
    if ids == [key] or not ids:
        return []
    found = ", ".join(f"'{i}'" for i in ids)
    return [Problem(resource, f"the executable process of this SOP must have id '{key}', "
                    f"found {found}; change it back in the properties panel (ID)",
                    next((p.sourceline for p in root.iterfind(f"{{{BPMN_NS}}}process")), None),
                    f"process '{ids[0]}'",
                    message_id=f"proses yang dijalankan di SOP ini harus ber-id '{key}', "
                    f"ditemukan {found}; kembalikan di panel properti (ID)")]


def _name_of(xml: str | None, key: str) -> str | None:
    if not xml:
        return None
    try:
        root = parse_bpmn(xml.encode()).getroot()
    except (UnsafeXml, etree.XMLSyntaxError):
        return None
    found = root.find(f"{{{BPMN_NS}}}process[@id='{key}']")
    return found.get("name") if found is not None else None
