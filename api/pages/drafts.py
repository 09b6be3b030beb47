"""Simpan draf on the task page: the step's form saved without completing it, and restored
(over the defaults) when its holder opens the task again; engine.drafts keeps one per user.

The button is a second submit button of the step's form (``formnovalidate``, its own name), so
it works without JavaScript and sends exactly what the completion would have sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from flask import current_app
from wtforms import Form

from engine import drafts
from engine.db import transaction
from engine.drafts import Draft
from engine.models import as_utc
from forms import FormDefinition, draft_values, restore_draft

from .blueprint import actor, factory
from .i18n import locale

BUTTON, VALUE = "aksi", "simpan-draf"  # the Simpan draf button's name and value


def asks_for_draft(formdata: Mapping[str, Any]) -> bool:
    """The form was sent with Simpan draf rather than a completion button."""
    return formdata.get(BUTTON) == VALUE


def save_page_draft(task_id: str, definition: FormDefinition,
                    formdata: Mapping[str, Any]) -> Draft:
    """Keep the submitted form as the user's draft (engine.drafts decides who may)."""
    with transaction(factory(), write=True) as db:
        return drafts.save(db, task_id, actor(), draft_values(definition, formdata))


def restore_page_draft(task_id: str, definition: FormDefinition, form: Form) -> datetime | None:
    """Fill ``form`` from the user's draft of the task; when it was saved (None: no draft)."""
    with transaction(factory()) as db:
        found = drafts.load(db, task_id, actor().username)
    if found is None:
        return None
    restore_draft(form, definition, found.data)
    return as_utc(found.saved_at)


def clock(moment: datetime) -> str:
    """The time of day in the office's zone, as staff write it: "14.05" ("14:05" in English)."""
    pattern = "HH:mm" if locale().startswith("en") else "HH.mm"
    zone = ZoneInfo(current_app.config["SOP_TIMEZONE"])
    return format_datetime(as_utc(moment), pattern, tzinfo=zone, locale=locale()[:2])
