"""The Penilaian of an SOP for a period: proposed by the rule, confirmed by the penilai, signed.

Permenpan RB 35/2012's "Monitoring Pelaksanaan SOP AP" is judged by a person, the penilai (the
jabatan the instansi names in its MonitoringSetting). The rule (reports.monitoring.propose) only
proposes; the penilai confirms or changes it with a Catatan Hasil Penilaian and a Tindakan yang
Harus Diambil (:func:`save`), then signs (:func:`sign`, the paraf: name, jabatan, time). Signing
freezes the period: the measured figures are copied into the review, so that the paper the
penilai initialled never changes when late data arrives, and every later save answers 409.

Two penilai never overwrite each other: each save names the ``revision`` it started from and is
refused (409) when the stored one moved on (an UPDATE ... WHERE revision = n, so that holds
between concurrent requests too). Who may confirm and sign: a holder of the penilai jabatan (own
or Plt. / Plh. today), or an admin when the instansi named none. Every change is audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engine import audit
from engine.actors import Actor
from engine.errors import Conflict, EngineError, Forbidden, NotFound
from engine.jabatan import catalogue_of
from engine.models import MonitoringReview, MonitoringSetting, ProcessDefinition, utcnow

from .monitoring import BAIK, TIDAK_BAIK, Period, SopMonitoring, as_dict, monitor, rule_of, utc

PENILAIAN = (BAIK, TIDAK_BAIK)
WORDS = {BAIK: "Berjalan dengan baik", TIDAK_BAIK: "Tidak berjalan dengan baik"}
MAX_TEXT = 4000
ADMIN_JABATAN = "Administrator"


def words(penilaian: str | None) -> str:
    """The table's words for a Penilaian ("" when there is none)."""
    return WORDS.get(penilaian or "", "")


def instansi_of(session: Session, key: str) -> str:
    """The instansi of an SOP (404 naming ``processDefinitionKey`` for an unknown key)."""
    found = session.scalar(select(ProcessDefinition.instansi)
                           .where(ProcessDefinition.key == key).limit(1))
    if found is None:
        raise NotFound(f"SOP '{key}' tidak ditemukan.", f"No SOP with key '{key}'.",
                       field="processDefinitionKey")
    return found


def stored(session: Session, key: str, period: Period) -> MonitoringReview | None:
    return session.scalar(select(MonitoringReview).where(
        MonitoringReview.process_key == key, MonitoringReview.period_from == period.start,
        MonitoringReview.period_to == period.end))


def reviews_of(session: Session, instansi: str, period: Period) -> dict[str, MonitoringReview]:
    """The stored reviews of every SOP of an instansi for exactly this period, by key."""
    rows = session.scalars(select(MonitoringReview).where(
        MonitoringReview.instansi == instansi, MonitoringReview.period_from == period.start,
        MonitoringReview.period_to == period.end))
    return {r.process_key: r for r in rows}


def review_of(session: Session, key: str, period: Period, now: datetime | None = None,
              proposed: str | None = None) -> MonitoringReview:
    """The stored review, or a fresh (unsaved, revision 0) one carrying the rule's proposal.
    ``proposed`` spares measuring again when the caller already did."""
    found = stored(session, key, period)
    if found is not None:
        return found
    instansi = instansi_of(session, key)
    if proposed is None:
        proposed = monitor(session, key, period, now or utcnow(), with_durations=False).proposed
    return MonitoringReview(instansi=instansi, process_key=key, period_from=period.start,
                            period_to=period.end, proposed=proposed, penilaian=None,
                            catatan="", tindakan="", revision=0)


def effective(review: MonitoringReview | None, proposed: str | None) -> tuple[str | None, bool]:
    """(the Penilaian to show, whether the penilai confirmed it): the penilai's when saved,
    else the rule's proposal (shown as "usulan")."""
    if review is not None and review.penilaian:
        return review.penilaian, True
    return proposed, False


# -- who -----------------------------------------------------------------------------------
def penilai_jabatan(session: Session, instansi: str) -> str | None:
    setting = session.get(MonitoringSetting, instansi)
    return setting.penilai_jabatan if setting is not None else None


def may_review(session: Session, actor: Actor, instansi: str) -> bool:
    """True when ``actor`` may confirm and sign the Penilaian of the instansi's SOPs."""
    jabatan = penilai_jabatan(session, instansi)
    if jabatan:
        return actor.holds(jabatan, instansi)
    return actor.is_admin


def _check_reviewer(session: Session, actor: Actor, instansi: str) -> None:
    if may_review(session, actor, instansi):
        return
    jabatan = penilai_jabatan(session, instansi)
    if jabatan:
        raise Forbidden(f"Penilaian hanya dapat diisi oleh {jabatan} (penilai {instansi}).",
                        f"Only the {jabatan} (penilai of {instansi}) may judge.")
    raise Forbidden(f"{instansi} belum menetapkan jabatan penilai; hanya admin yang dapat "
                    "mengisi penilaian.",
                    f"{instansi} named no penilai jabatan; only an admin may judge.")


def paraf_jabatan(session: Session, actor: Actor, instansi: str) -> str:
    """The jabatan written beside the paraf: the penilai jabatan, "Plt. X" when held as a
    substitute today; "Administrator" for an admin signing where no penilai is named."""
    jabatan = penilai_jabatan(session, instansi)
    if not jabatan:
        return ADMIN_JABATAN
    return actor.acting_as(jabatan, instansi) or jabatan


# -- writing -------------------------------------------------------------------------------
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str | None, name: str) -> str:
    """Catatan / Tindakan as kept: trimmed, without control characters (which a workbook
    cannot hold), at most MAX_TEXT characters."""
    text = CONTROL.sub("", value or "").strip()
    if len(text) > MAX_TEXT:
        raise EngineError(f"{name.capitalize()} paling panjang {MAX_TEXT} karakter.",
                          f"'{name}' is at most {MAX_TEXT} characters.", field=name)
    return text


def _frozen(found: MonitoringReview) -> None:
    if found.signed_at is not None:
        raise Conflict(f"Penilaian periode ini sudah diparaf oleh {found.penilai_nama} dan "
                       "dibekukan.", "This period's Penilaian is signed and frozen.",
                       field="revision")


def _stale(revision: int) -> Conflict:
    return Conflict("Penilaian ini sudah diubah orang lain; muat ulang lalu ulangi.",
                    "Someone else changed this Penilaian; reload and try again.",
                    field="revision", revision=revision)


def save(session: Session, actor: Actor, key: str, period: Period, penilaian: str,
         catatan: str | None, tindakan: str | None, revision: int,
         now: datetime | None = None) -> MonitoringReview:
    """The penilai confirms or changes the proposal and writes Catatan and Tindakan.
    ``revision``: the one the penilai saw (0 for a review never saved)."""
    instansi = instansi_of(session, key)
    _check_reviewer(session, actor, instansi)
    if penilaian not in PENILAIAN:
        raise EngineError("Pilih penilaian: Berjalan dengan baik atau Tidak berjalan dengan "
                          "baik.", "Choose penilaian: baik or tidak_baik.", field="penilaian")
    catatan, tindakan = _text(catatan, "catatan"), _text(tindakan, "tindakan")
    now = utc(now or utcnow())  # stored in UTC (SQLite keeps no zone)
    found = stored(session, key, period)
    proposed = monitor(session, key, period, now, with_durations=False).proposed
    if found is None:
        found = _insert(session, instansi, key, period, revision)
    _frozen(found)
    values = {"proposed": proposed, "penilaian": penilaian, "catatan": catatan,
              "tindakan": tindakan, "updated_by": actor.username, "updated_at": now}
    _bump(session, found, revision, values)
    audit.record(session, audit.MONITORING_REVIEW_SAVED, actor.username, target=key,
                 instansi=instansi, period=period.label, penilaian=penilaian,
                 proposed=proposed, revision=found.revision)
    return found


def _insert(session: Session, instansi: str, key: str, period: Period,
            revision: int) -> MonitoringReview:
    """A first save creates the row (revision 0, bumped to 1 right after). Two first saves at
    once: the unique (key, period) refuses the second, which answers 409 like a stale one."""
    if revision != 0:
        raise _stale(0)
    found = MonitoringReview(instansi=instansi, process_key=key, period_from=period.start,
                             period_to=period.end, catatan="", tindakan="", revision=0)
    try:
        with session.begin_nested():
            session.add(found)
            session.flush()
    except IntegrityError:
        raise _stale(0) from None
    return found


def _bump(session: Session, found: MonitoringReview, revision: int,
          values: dict[str, Any]) -> None:
    """Write ``values`` only if the row is still at ``revision`` (and not signed)."""
    result = session.execute(
        update(MonitoringReview)
        .where(MonitoringReview.id == found.id, MonitoringReview.revision == revision,
               MonitoringReview.signed_at.is_(None))
        .values(revision=revision + 1, **values)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.expire(found)
        _frozen(found)
        raise _stale(found.revision)
    session.expire(found)


def sign(session: Session, actor: Actor, key: str, period: Period, revision: int,
         now: datetime | None = None) -> MonitoringReview:
    """The paraf: the penilai's name, jabatan and the time; the measured figures are frozen
    into the review and the period's Penilaian can no longer change."""
    instansi = instansi_of(session, key)
    _check_reviewer(session, actor, instansi)
    found = stored(session, key, period)
    if found is None or not found.penilaian:
        raise Conflict("Simpan penilaian dahulu sebelum paraf.",
                       "Save a Penilaian before signing.", field="penilaian")
    _frozen(found)
    now = utc(now or utcnow())  # stored in UTC (SQLite keeps no zone)
    figures = frozen_figures(monitor(session, key, period, now))
    values = {"figures": figures, "penilai": actor.username,
              "penilai_nama": actor.full_name or actor.username,
              "penilai_jabatan": paraf_jabatan(session, actor, instansi), "signed_at": now,
              "proposed": figures["proposed"], "updated_by": actor.username,
              "updated_at": now}
    _bump(session, found, revision, values)
    audit.record(session, audit.MONITORING_REVIEW_SIGNED, actor.username, target=key,
                 instansi=instansi, period=period.label, penilaian=found.penilaian,
                 revision=found.revision)
    return found


def frozen_figures(found: SopMonitoring) -> dict[str, Any]:
    """The monitoring as JSON to keep with the paraf (without each completion's duration:
    the median and p90 say what the table showed, and the copy stays small)."""
    data = as_dict(found)
    for step in data["steps"]:
        step.pop("durations", None)
    return data


# -- the instansi's rule -------------------------------------------------------------------
@dataclass(frozen=True)
class Settings:
    instansi: str
    min_on_time: float
    max_rework: float
    penilai_jabatan: str | None
    choices: list[str]  # the instansi's jabatan catalogue (empty: none published)
    stored: bool

    def as_json(self) -> dict[str, Any]:
        return {"instansi": self.instansi, "minOnTime": self.min_on_time,
                "maxRework": self.max_rework, "penilaiJabatan": self.penilai_jabatan,
                "jabatanChoices": self.choices, "stored": self.stored}


def _known_instansi(session: Session, instansi: str) -> None:
    if not session.scalar(select(ProcessDefinition.id)
                          .where(ProcessDefinition.instansi == instansi).limit(1)):
        raise NotFound(f"Instansi '{instansi}' tidak mempunyai SOP.",
                       f"Instansi '{instansi}' has no SOP.", field="instansi")


def settings_of(session: Session, instansi: str) -> Settings:
    """The instansi's rule and penilai jabatan (the default rule when none is stored)."""
    _known_instansi(session, instansi)
    rule = rule_of(session, instansi)
    catalogue = catalogue_of(session, instansi)
    return Settings(instansi, rule.min_on_time, rule.max_rework, rule.penilai_jabatan,
                    [e.nama for e in catalogue.entries if not e.luar] if catalogue else [],
                    session.get(MonitoringSetting, instansi) is not None)


def _share(value: Any, name: str, low_open: bool) -> float:
    try:
        share = float(value)
    except (TypeError, ValueError):
        share = -1.0
    if not (0 < share <= 1 if low_open else 0 <= share <= 1):
        bound = "lebih dari 0" if low_open else "0"
        raise EngineError(f"'{name}' harus bilangan {bound} sampai 1 (mis. 0.8 = 80%).",
                          f"'{name}' must be a share between 0 and 1 (0.8 = 80%).", field=name)
    return share


def _jabatan(session: Session, instansi: str, name: str | None) -> str | None:
    text = (name or "").strip()
    if not text:
        return None
    catalogue = catalogue_of(session, instansi)
    if catalogue is None:
        return text[:200]
    official = catalogue.official(text)
    staff = {e.nama for e in catalogue.entries if not e.luar}
    if official is None or official not in staff:
        close = ", ".join(catalogue.suggest(text)) or "-"
        raise EngineError(f"Jabatan '{text}' tidak ada dalam katalog jabatan {instansi} "
                          f"(mungkin: {close}).",
                          f"'{text}' is not in the jabatan catalogue of {instansi}.",
                          field="penilaiJabatan")
    return official


def update_settings(session: Session, actor: Actor, instansi: str, min_on_time: Any,
                    max_rework: Any, penilai_jabatan: str | None) -> Settings:
    """An admin sets the instansi's rule and penilai jabatan (one of its catalogue)."""
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat mengubah aturan penilaian.",
                        "Only an admin may change the monitoring rule.")
    _known_instansi(session, instansi)
    values = {"min_on_time": _share(min_on_time, "minOnTime", low_open=False),
              "max_rework": _share(max_rework, "maxRework", low_open=True),
              "penilai_jabatan": _jabatan(session, instansi, penilai_jabatan)}
    found = session.get(MonitoringSetting, instansi)
    before = None
    if found is None:
        found = MonitoringSetting(instansi=instansi)
        session.add(found)
    else:
        before = {"min_on_time": found.min_on_time, "max_rework": found.max_rework,
                  "penilai_jabatan": found.penilai_jabatan}
    for name, value in values.items():
        setattr(found, name, value)
    found.updated_by, found.updated_at = actor.username, utcnow()
    session.flush()
    audit.record(session, audit.MONITORING_SETTINGS_CHANGED, actor.username, target=instansi,
                 before=before, after=values)
    return settings_of(session, instansi)


__all__ = ["PENILAIAN", "Settings", "effective", "frozen_figures", "instansi_of",
           "may_review", "paraf_jabatan", "review_of", "reviews_of", "save", "settings_of",
           "sign", "stored", "update_settings", "words"]
