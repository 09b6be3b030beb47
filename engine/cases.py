"""Nomor berkas: the number a case is known by in the office (``SPJ/2026/0012``).

Each SOP may set its pattern with the process-level extension property ``nomor_berkas``
(``camunda:property name="nomor_berkas" value="SPJ/{tahun}/{urut:04d}"``); without one the
pattern is :data:`DEFAULT_PATTERN`. Placeholders: ``{kode}`` (the property ``kode_berkas`` or the
initials of the SOP's name), ``{tahun}``, ``{bulan}`` (the office's date) and ``{urut}`` (the
sequence number, restarting each period: each year when the pattern names ``{tahun}``, each month
with ``{bulan}``); ``{urut:04d}`` pads it.

The sequence lives in ``case_counters``, one row per SOP and period, bumped by one atomic
``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` in the start transaction, so two starts at the
same moment never get the same urut on either database. A nomor is unique per SOP (across its
versions): the unique constraint decides, inside a savepoint, never a look-up before the insert.
"""

from __future__ import annotations

import logging
import re
import string
import threading
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .deadlines import office_today
from .errors import Conflict, InvalidData
from .models import CaseCounter, ProcessDefinition, ProcessInstance
from .xmlsafe import parse_bpmn

LOG = logging.getLogger("sop.engine")
DEFAULT_PATTERN = "{kode}/{tahun}/{urut}"
MAX_NOMOR = 200
MAX_TITLE = 500
_FIELDS = frozenset({"kode", "tahun", "bulan", "urut"})
_SKIP_WORDS = frozenset({"sop", "prosedur", "dan", "atau", "di", "ke", "dari", "yang", "untuk",
                         "pada", "dengan", "tentang", "the", "of", "and"})
_CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
_LOCK = threading.Lock()
_PATTERNS: dict[tuple[str, str], tuple[str, str]] = {}


@dataclass(frozen=True)
class NomorPattern:
    """An SOP's nomor pattern and its kode, read from the definition."""

    pattern: str
    kode: str

    def period(self, today: date) -> str:
        """The counter's period: the year (and month) the pattern shows, '' when it shows none."""
        fields = {name for _, name, _, _ in string.Formatter().parse(self.pattern) if name}
        if "bulan" in fields:
            return f"{today.year:04d}-{today.month:02d}"
        return f"{today.year:04d}" if "tahun" in fields else ""

    def render(self, urut: int, today: date) -> str:
        return self.pattern.format(kode=self.kode, tahun=f"{today.year:04d}",
                                   bulan=f"{today.month:02d}", urut=urut)[:MAX_NOMOR]


def pattern_of(definition: ProcessDefinition) -> NomorPattern:
    """The definition's pattern (cached per file content); an unusable one is logged and the
    default used, so a typo in a model never stops a start."""
    key = (definition.key, definition.content_hash)
    with _LOCK:
        found = _PATTERNS.get(key)
    if found is None:
        props = _process_properties(definition)
        pattern = props.get("nomor_berkas") or DEFAULT_PATTERN
        if not valid_pattern(pattern):
            LOG.error("SOP %s: nomor_berkas '%s' is not usable; using '%s'", definition.key,
                      pattern, DEFAULT_PATTERN)
            pattern = DEFAULT_PATTERN
        found = (pattern, props.get("kode_berkas") or short_code(definition.name))
        with _LOCK:
            _PATTERNS[key] = found
    return NomorPattern(*found)


def valid_pattern(pattern: str) -> bool:
    """Only the known placeholders, no attribute access or conversion; ``{urut}`` required
    (without it every case of a period would get the same nomor)."""
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        return False
    names = [name for _, name, _, _ in parts if name is not None]
    if "urut" not in names or any(n not in _FIELDS for n in names):
        return False
    if any(conv for _, name, _, conv in parts if name is not None):
        return False
    try:
        pattern.format(kode="X", tahun="2026", bulan="01", urut=1)
    except (ValueError, KeyError, IndexError):
        return False
    return True


def short_code(name: str) -> str:
    """Initials of the SOP's significant words, e.g. 'Prosedur Pengajuan Cuti' -> 'PC'."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in _SKIP_WORDS]
    return "".join(w[0] for w in words).upper()[:8] or "SOP"


def propose(session: Session, definition: ProcessDefinition) -> str:
    """The nomor the next start would get, without reserving it (a page shows it editable)."""
    pattern, today = pattern_of(definition), office_today()
    last = session.scalar(select(CaseCounter.value).where(
        CaseCounter.process_key == definition.key,
        CaseCounter.period == pattern.period(today))) or 0
    return pattern.render(last + 1, today)


def allocate(session: Session, definition: ProcessDefinition) -> str:
    """Take the next nomor (in the caller's start transaction); a nomor somebody typed by hand
    earlier is skipped, so the proposal never collides with it."""
    pattern, today = pattern_of(definition), office_today()
    for _ in range(1000):
        nomor = pattern.render(_bump(session, definition.key, pattern.period(today)), today)
        if not _taken(session, definition.key, nomor):
            return nomor
    raise Conflict("Nomor berkas baru tidak dapat dibuat.", "No new case number could be made.",
                   field="businessKey")


def accept(session: Session, definition: ProcessDefinition, nomor: str) -> str:
    """A nomor given by the user: cleaned and checked; when it is the current proposal the
    counter moves past it, so the next proposal is fresh."""
    nomor = clean_nomor(nomor)
    pattern, today = pattern_of(definition), office_today()
    if nomor == propose(session, definition):
        _bump(session, definition.key, pattern.period(today))
    return nomor


def clean_nomor(nomor: str) -> str:
    nomor = " ".join((nomor or "").split())
    if not nomor:
        raise InvalidData("Nomor berkas kosong.", "The case number is empty.",
                          field="businessKey")
    if len(nomor) > MAX_NOMOR:
        raise InvalidData(f"Nomor berkas paling panjang {MAX_NOMOR} karakter.",
                          f"The case number may have at most {MAX_NOMOR} characters.",
                          field="businessKey")
    return nomor


def clean_title(title: str | None, required: bool = False) -> str:
    """The perihal: spaces tidied, at most :data:`MAX_TITLE` characters; the pages require it,
    the API does not (Camunda's start has no title)."""
    title = " ".join((title or "").split())
    if required and not title:
        raise InvalidData("Perihal wajib diisi.", "The subject (perihal) is required.",
                          field="title")
    if len(title) > MAX_TITLE:
        raise InvalidData(f"Perihal paling panjang {MAX_TITLE} karakter.",
                          f"The subject may have at most {MAX_TITLE} characters.", field="title")
    return title


def duplicate(nomor: str, sop_name: str) -> Conflict:
    """409 for a nomor already used by another case of the SOP."""
    return Conflict(f"Nomor berkas '{nomor}' sudah dipakai berkas lain SOP '{sop_name}'.",
                    f"Case number '{nomor}' is already used by another case of '{sop_name}'.",
                    field="businessKey")


def _bump(session: Session, process_key: str, period: str) -> int:
    """Add one to the counter and return it, atomically (the row is created at 1)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(CaseCounter).values(process_key=process_key, period=period, value=1)
    statement = statement.on_conflict_do_update(
        index_elements=[CaseCounter.process_key, CaseCounter.period],
        set_={"value": CaseCounter.value + 1}).returning(CaseCounter.value)
    return int(session.execute(statement).scalar_one())


def _taken(session: Session, process_key: str, nomor: str) -> bool:
    return session.scalar(select(ProcessInstance.id).where(
        ProcessInstance.process_key == process_key,
        ProcessInstance.business_key == nomor).limit(1)) is not None


def _process_properties(definition: ProcessDefinition) -> dict[str, str]:
    """The process element's own ``camunda:property`` values (not its tasks')."""
    try:
        root = parse_bpmn(definition.bpmn_xml)
    except Exception:  # noqa: BLE001 - an unreadable file is refused elsewhere; default here
        return {}
    for process in root.iter():
        if isinstance(process.tag, str) and process.tag.endswith("}process") \
                and process.get("id") == definition.key:
            found: dict[str, str] = {}
            for child in process:
                if isinstance(child.tag, str) and child.tag.endswith("}extensionElements"):
                    for prop in child.iter(f"{{{_CAMUNDA}}}property"):
                        found.setdefault(prop.get("name") or "", prop.get("value") or "")
            return found
    return {}


def matching(business_key: str | None = None, business_key_like: str | None = None,
             title_like: str | None = None) -> list:
    """Conditions of the API's case filters (Camunda's ``businessKey`` / ``businessKeyLike``,
    where ``%`` is the wildcard; our ``title``: part of the perihal, case-insensitive)."""
    found = []
    if business_key is not None:
        found.append(ProcessInstance.business_key == business_key)
    if business_key_like is not None:
        found.append(ProcessInstance.business_key.like(business_key_like))
    if title_like:
        escaped = title_like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found.append(ProcessInstance.title.ilike(f"%{escaped}%", escape="\\"))
    return found
