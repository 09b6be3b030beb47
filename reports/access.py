"""Who may see an instansi's monitoring and evaluation reports.

The reports judge how an instansi works, so they are for those who answer for it: admins, its
pengawas (engine.supervisors), the holder of the jabatan the instansi named as penilai
(MonitoringSetting.penilai_jabatan) and its head: "Kepala Dinas", or the first jabatan of its
catalogue (the pimpinan: "Sekretaris Daerah" in a Setda). Holding a jabatan counts as the
inbox counts it (engine.actors.Actor.holds: own jabatan, '*', or Plt. / Plh. today).
Everyone else is refused (403 on a page; the API answers 404 for an SOP, as for a case).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.actors import Actor
from engine.errors import Forbidden, NotFound
from engine.models import Jabatan, MonitoringSetting, ProcessDefinition
from engine.supervisors import supervises

HEAD_JABATAN = "Kepala Dinas"


def head_jabatan(session: Session, instansi: str) -> set[str]:
    """The instansi's head: Kepala Dinas and the first staff jabatan of its catalogue."""
    heads = {HEAD_JABATAN}
    first = session.scalar(select(Jabatan.nama).where(Jabatan.instansi == instansi,
                                                      Jabatan.luar.is_(False))
                           .order_by(Jabatan.urutan, Jabatan.id).limit(1))
    if first:
        heads.add(first)
    return heads


def may_report(session: Session, actor: Actor, instansi: str) -> bool:
    """True when ``actor`` may see the monitoring and evaluation of ``instansi``."""
    if actor.is_admin or supervises(actor, instansi):
        return True
    setting = session.get(MonitoringSetting, instansi)
    wanted = head_jabatan(session, instansi)
    if setting is not None and setting.penilai_jabatan:
        wanted.add(setting.penilai_jabatan)
    return any(actor.holds(role, instansi) for role in wanted)


def reportable_sop(session: Session, actor: Actor, key: str) -> str:
    """The instansi of SOP ``key`` when ``actor`` may report on it; otherwise 404 naming
    ``processDefinitionKey``, exactly as for an unknown key (the API answers as for a case)."""
    instansi = session.scalar(select(ProcessDefinition.instansi)
                              .where(ProcessDefinition.key == key).limit(1))
    if instansi is None or not may_report(session, actor, instansi):
        raise NotFound(f"SOP '{key}' tidak ditemukan.", f"No SOP with key '{key}'.",
                       field="processDefinitionKey")
    return instansi


def reportable_instansi(session: Session, actor: Actor, instansi: str) -> str:
    """``instansi`` when ``actor`` may report on it; otherwise 403 naming ``instansi``."""
    if not may_report(session, actor, instansi):
        raise Forbidden(f"Anda tidak berhak melihat laporan {instansi}.",
                        f"You may not see the reports of {instansi}.", field="instansi")
    return instansi


__all__ = ["HEAD_JABATAN", "head_jabatan", "may_report", "reportable_instansi",
           "reportable_sop"]
