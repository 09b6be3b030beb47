"""The words of the mails: one notification (immediate mode) or a day's list (digest).

Plain text, Indonesian first and English below, composed from engine.notify.describe and the
facts a notification holds (nomor berkas, perihal, step, batas waktu), with the link staff
open (PUBLIC_URL + the page path)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from . import notify
from .mailer import MailSettings
from .models import Notification

DIGEST_LIMIT = 50  # items written out in one digest; the rest are counted and in the app
_FACTS = (("nomor", "Nomor berkas", "Case number"), ("perihal", "Perihal", "Subject"),
          ("step", "Langkah", "Step"))
_FOOTER = ("--\nSurel ini dikirim otomatis oleh SOP AP; jangan dibalas. Pilih cara Anda "
           "diberi tahu (segera, ringkasan harian, atau tidak sama sekali) di {account}.\n"
           "This mail was sent automatically by SOP AP; do not reply. Choose how you are "
           "told (immediately, a daily digest, or not at all) at {account}.\n")


def due_text(value: Any, english: bool = False) -> str:
    """A batas waktu (ISO 8601 UTC) as the bell words it (engine.notify.format_due)."""
    try:
        return notify.format_due(value, "en" if english else "id")
    except (TypeError, ValueError):
        return str(value or "")


def _facts(data: dict[str, Any], english: bool) -> list[str]:
    lines = [f"{en if english else idn}: {data[key]}"
             for key, idn, en in _FACTS if data.get(key)]
    if data.get("due"):
        label = "Due" if english else "Batas waktu"
        lines.append(f"{label}: {due_text(data['due'], english)}")
    return lines


def _words(note: Notification) -> dict[str, str]:
    return notify.describe(note.kind, note.data or {}, note.instance_id, note.task_id)


def _block(note: Notification, words: dict[str, str], settings: MailSettings,
           english: bool, indent: str = "") -> list[str]:
    """One notification: its title, sentence, facts and link."""
    title = words["title_en" if english else "title"]
    # the sentence only: the batas waktu on its later line is among the facts below
    body = words["body_en" if english else "body"].split("\n", 1)[0].strip()
    lines = [title] + ([body] if body and body != title else [])
    lines += _facts(note.data or {}, english)
    lines.append(f"{'Open' if english else 'Buka'}: {settings.link(words['link'])}")
    return [indent + line if i else line for i, line in enumerate(lines)]


def immediate(note: Notification, settings: MailSettings) -> tuple[str, str]:
    """Subject and body of the mail of one notification."""
    words = _words(note)
    nomor = (note.data or {}).get("nomor")
    subject = words["title"]
    if nomor and nomor not in subject:
        subject = f"{subject} [{nomor}]"
    parts = _block(note, words, settings, False) + ["", "English:"]
    parts += _block(note, words, settings, True) + [""]
    body = "\n".join(parts) + "\n" + _FOOTER.format(account=settings.link("/akun"))
    return _one_line(subject), body


def digest(notes: Sequence[Notification], day: date, settings: MailSettings
           ) -> tuple[str, str]:
    """Subject and body of a daily digest listing ``notes`` (oldest first)."""
    shown = list(notes)[:DIGEST_LIMIT]
    more = len(notes) - len(shown)
    words = [_words(note) for note in shown]
    subject = f"Ringkasan harian SOP AP {day:%d-%m-%Y}: {len(notes)} pemberitahuan"
    lines = [f"Pemberitahuan Anda sejak ringkasan terakhir ({len(notes)}):", ""]
    lines += _numbered(shown, words, settings, False)
    if more:
        lines += [f"... dan {more} lainnya: lihat di {settings.link('/')}", ""]
    lines += ["English:", f"Your notifications since the last digest ({len(notes)}):", ""]
    lines += _numbered(shown, words, settings, True)
    if more:
        lines += [f"... and {more} more: see {settings.link('/')}", ""]
    return subject, "\n".join(lines) + "\n" + _FOOTER.format(account=settings.link("/akun"))


def _numbered(notes: Sequence[Notification], words: list[dict[str, str]],
              settings: MailSettings, english: bool) -> list[str]:
    lines: list[str] = []
    for number, (note, said) in enumerate(zip(notes, words, strict=True), start=1):
        block = _block(note, said, settings, english, indent="   ")
        lines += [f"{number}. {block[0]}"] + block[1:] + [""]
    return lines


def _one_line(text: str) -> str:
    """A subject is one line (a title with a newline would break the header)."""
    return " ".join(text.split())[:400]
