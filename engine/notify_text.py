"""The words of a notification, in Indonesian and English, from the facts it stores.

Notifications keep facts (nomor, perihal, SOP, step, batas waktu, outcome), not sentences, so
the bell, the API and the mail composer word them in the reader's language when they are read;
this module is that wording, a pure function so it is tested without a database or an app.
Dates read as staff read them: "Senin, 30 November 2026 pukul 14.00 WIB".
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from babel.dates import format_datetime

from .deadlines import DEFAULT_ZONE
from .models import as_utc

_PATTERNS = {"id": "EEEE, d MMMM yyyy 'pukul' HH.mm", "en": "EEEE, d MMMM yyyy 'at' HH:mm"}
_ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                "Asia/Jayapura": "WIT"}
_OUTCOMES = {"selesai": ("Selesai", "Completed"), "ditolak": ("Ditolak", "Rejected"),
             "dibatalkan": ("Dibatalkan", "Cancelled")}


def format_due(due: str | datetime | None, lang: str = "id", zone: tzinfo = DEFAULT_ZONE) -> str:
    """A batas waktu as "Senin, 30 November 2026 pukul 14.00 WIB" (or the English shape)."""
    if not due:
        return ""
    moment = as_utc(datetime.fromisoformat(due) if isinstance(due, str) else due)
    text = format_datetime(moment, _PATTERNS[lang], tzinfo=zone, locale=lang)
    key = getattr(zone, "key", str(zone))
    return f"{text} {_ZONE_LABELS.get(key, key)}"


def link_of(instance_id: int | None, task_id: str | None, kind: str = "") -> str:
    """Where the notification leads: the task while it waits, else the case."""
    if task_id and kind != "case_ended":
        return f"/tugas/{task_id}"
    return f"/instans/{instance_id}" if instance_id else "/"


def _case(data: dict[str, Any]) -> tuple[str, str]:
    """"SPJ-2026-0001 (Perjalanan dinas ke Jakarta)" and its SOP name."""
    nomor = data.get("nomor") or ""
    perihal = data.get("perihal") or ""
    case = f"{nomor} ({perihal})" if nomor and perihal else (nomor or perihal)
    return case, data.get("sop") or ""


def _due_lines(data: dict[str, Any], zone: tzinfo) -> tuple[str, str]:
    if not data.get("due"):
        return "", ""
    return (f"\nBatas waktu: {format_due(data['due'], 'id', zone)}.",
            f"\nDue: {format_due(data['due'], 'en', zone)}.")


def describe(kind: str, data: dict[str, Any], instance_id: int | None = None,
             task_id: str | None = None, zone: tzinfo = DEFAULT_ZONE) -> dict[str, str]:
    """The words of a notification in both languages: keys ``title``, ``title_en``, ``body``,
    ``body_en`` and ``link`` (a path of the staff pages: the task, else the case)."""
    case, sop = _case(data)
    step = data.get("step") or ""
    role = data.get("role") or ""
    due_id, due_en = _due_lines(data, zone)
    where_id = f"Berkas {case}, SOP {sop}." if sop else f"Berkas {case}."
    where_en = f"Case {case}, SOP {sop}." if sop else f"Case {case}."
    if kind == "task_returned":
        title = (f"Tugas dikembalikan: {step}", f"Task returned: {step}")
        body = (f"Langkah {step} yang pernah Anda kerjakan dikembalikan kepada Anda. "
                f"{where_id}{due_id}",
                f"The step {step} you did before came back to you. {where_en}{due_en}")
    elif kind == "task_overdue":
        title = (f"Tugas terlambat: {step}", f"Task overdue: {step}")
        body = (f"Langkah {step} ({role}) melewati batas waktunya. {where_id}{due_id}",
                f"The step {step} ({role}) is past its due time. {where_en}{due_en}")
    elif kind == "task_escalated":  # a batas timer fired (engine.timers): to the pengawas
        title = (f"Eskalasi: {step} terlambat", f"Escalation: {step} is overdue")
        body = (f"Langkah {step} ({role}) melewati batas waktunya; Anda diberi tahu sebagai "
                f"pengawas. {where_id}{due_id}",
                f"The step {step} ({role}) is past its due time; you are told as supervisor. "
                f"{where_en}{due_en}")
    elif kind == "case_ended":
        outcome = _OUTCOMES.get(data.get("outcome") or "selesai", _OUTCOMES["selesai"])
        title = (f"Berkas {outcome[0].lower()}: {data.get('nomor') or ''}",
                 f"Case {outcome[1].lower()}: {data.get('nomor') or ''}")
        body = (f"Berkas yang Anda mulai telah berakhir. Hasil: {outcome[0]}. {where_id}",
                f"The case you started has ended. Outcome: {outcome[1]}. {where_en}")
    else:  # task_ready
        title = (f"Tugas baru: {step}", f"New task: {step}")
        body = (f"Langkah {step} menunggu {role}. {where_id}{due_id}",
                f"The step {step} is waiting for {role}. {where_en}{due_en}")
    return {"title": title[0], "title_en": title[1], "body": body[0], "body_en": body[1],
            "link": link_of(instance_id, task_id, kind)}
