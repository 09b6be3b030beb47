"""Hand-over on the task page: Lepas for the one who claimed it, "Serahkan ke..." for a pengawas
of the task's instansi or an admin (engine.handover decides who may, Runtime.assign does it).

The choice lists every holder of the task's role today, own jabatan or Plt. / Plh., with name
and NIP, so a supervisor picks a person, not a login name. Hand-overs then appear in the
timeline (``handover_notes``) and in /api/history/task (``handovers``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine import handover
from engine.actors import Actor
from engine.db import transaction
from engine.errors import EngineError
from engine.runtime import TaskView

from ..login_resources import client_address
from .blueprint import actor, bp, factory, runtime
from .i18n import localized
from .people import acting_label, people, person_label
from .timefmt import as_utc


@dataclass(frozen=True)
class Choice:
    username: str
    label: str  # "Budi Santoso (NIP ...)" or "Plh. Kasubag Keuangan (Budi Santoso, NIP ...)"


@dataclass(frozen=True)
class HandoverPanel:
    """What the task page offers: ``may_release`` (Lepas), ``choices`` (Serahkan ke...)."""

    may_release: bool
    may_assign: bool
    choices: list[Choice] = field(default_factory=list)


@dataclass(frozen=True)
class HandoverNote:
    """One hand-over in the timeline: who gave the step from whom to whom, when."""

    by: str
    from_: str
    to: str
    at: datetime | None


def handover_panel(view: TaskView, me: Actor) -> HandoverPanel:
    """Lepas when I hold the claim; the holders of the role when I may hand it over."""
    if not handover.may_assign(me, view.instansi):
        return HandoverPanel(may_release=view.assignee == me.username, may_assign=False)
    with transaction(factory()) as db:
        holders = handover.holders(db, view.role, view.instansi)
    choices = [Choice(h.username, acting_label(person_label(h.username, h.full_name, h.nip),
                                               h.acting_as or None))
               for h in holders if h.username != view.assignee]
    return HandoverPanel(may_release=view.assignee == me.username, may_assign=True,
                         choices=choices)


def handover_notes(entry: Mapping[str, Any], names: Mapping[str, str]) -> list[HandoverNote]:
    """The hand-overs of one history entry, with people's names where the page has them."""
    wanted = [u for h in entry.get("handovers") or () for u in (h["by"], h["from"], h["to"])]
    missing = [u for u in wanted if u and u not in names]
    known = {**names, **(people(missing) if missing else {})}
    return [HandoverNote(by=known.get(h["by"], h["by"] or ""),
                         from_=known.get(h["from"], h["from"] or "") if h["from"] else "",
                         to=known.get(h["to"], h["to"] or "") if h["to"] else "",
                         at=as_utc(h["at"]) if h.get("at") else None)
            for h in entry.get("handovers") or ()]


@bp.route("/tugas/<task_id>/serahkan", methods=["POST"])
@login_required
def hand_over(task_id: str) -> Response:
    """Serahkan: a pengawas or an admin gives the task to the chosen holder of its role (an
    empty choice returns it to every holder)."""
    chosen = (request.form.get("kepada") or "").strip() or None
    try:
        task = runtime().assign(task_id, actor(), chosen, client_address())
    except EngineError as err:
        flash(localized(err), "error")
        return redirect(url_for("pages.task_page", task_id=task_id))
    if chosen is None:
        flash(_("Tugas \u201c%(name)s\u201d dikembalikan ke semua pemegang jabatan %(role)s.",
                name=task.name, role=task.role), "success")
    else:
        flash(_("Tugas \u201c%(name)s\u201d diserahkan kepada %(who)s.", name=task.name,
                who=people([chosen]).get(chosen, chosen)), "success")
    return redirect(url_for("pages.task_page", task_id=task_id))
