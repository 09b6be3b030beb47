"""Mulai SOP: the SOPs whose first step belongs to one of my roles; starting one opens its task."""

from __future__ import annotations

from dataclasses import dataclass

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine import cases
from engine.db import transaction
from engine.errors import Conflict, EngineError, InvalidData
from engine.retirement import startable_versions
from engine.specs import spec_for, usable
from engine.starting import first_steps, may_start

from .blueprint import actor, bp, factory, runtime


@dataclass(frozen=True)
class Startable:
    key: str
    name: str
    instansi: str
    version: int
    first: list[tuple[str, str]]  # (step name, role)


def startable_sops() -> list[Startable]:
    """Every deployed SOP (latest version) the current actor may start."""
    me, found = actor(), []
    with transaction(factory()) as db:
        # the newest version not retired (engine.retirement); a broken stored one is skipped
        for definition in usable(startable_versions(db)):
            spec = spec_for(definition)
            if not may_start(me, spec, definition.instansi):
                continue
            first = [(t.bpmn_name or t.name, t.lane or "") for t in first_steps(spec)]
            found.append(Startable(definition.key, definition.name, definition.instansi,
                                   definition.version, first))
    return sorted(found, key=lambda s: (s.instansi, s.name))


@dataclass(frozen=True)
class LinkedSop:
    """An SOP a step's keterangan names ("dilanjutkan dengan SOP Pengagendaan Surat Keluar")."""

    key: str
    name: str
    may_start: bool


def linked_sops(keys: list[str]) -> list[LinkedSop]:
    """The deployed SOPs among ``keys`` (latest versions), in the order the step names them,
    each saying whether the current actor may start it from here."""
    if not keys:
        return []
    me = actor()
    with transaction(factory()) as db:
        found = {d.key: d for d in usable(d for d in startable_versions(db) if d.key in keys)}
        return [LinkedSop(key, found[key].name,
                          may_start(me, spec_for(found[key]), found[key].instansi))
                for key in dict.fromkeys(keys) if key in found]


@bp.route("/mulai")
@login_required
def start_list() -> str:
    return _render_list()


def _render_list(typed: dict[str, str] | None = None, failed: str | None = None,
                 error: EngineError | None = None) -> str:
    """The list; ``failed`` is the SOP whose start was refused, shown again with what was
    typed (``typed``) and the error under its field."""
    me = actor()
    mine = runtime().instances(started_by=me.username, limit=10, actor=me)
    sops = startable_sops()
    with transaction(factory()) as db:
        proposals = {sop.key: cases.propose(db, runtime().definition(db, sop.key))
                     for sop in sops}
    return render_template("start.html", sops=sops, mine=mine, proposals=proposals,
                           typed=typed or {}, failed=failed, error=error, active="start")


@bp.route("/mulai/<key>", methods=["POST"])
@login_required
def start(key: str) -> Response | tuple[str, int]:
    """Start the latest version with a perihal and a nomor berkas, then open its first task if
    it is mine. The nomor field comes filled with the proposal; left as proposed, the engine
    takes the next free one (two people starting at once never collide), edited, it is kept
    or refused as taken (422, the form shown again with what was typed)."""
    me = actor()
    typed = {"title": request.form.get("title", ""), "nomor": request.form.get("nomor", ""),
             "proposed": request.form.get("proposed", "")}
    nomor = " ".join(typed["nomor"].split())
    if not typed["title"].strip() and request.form.get("from_task"):
        typed["title"] = _follow_up_title(request.form["from_task"])
    try:
        title = cases.clean_title(typed["title"], required=True)
        instance = runtime().start(
            key, me, title=title,
            business_key=None if nomor in ("", typed["proposed"]) else nomor)
    except (InvalidData, Conflict) as err:
        if err.details.get("field") not in ("title", "businessKey"):
            raise
        return _render_list(typed, key, err), 422
    flash(_("Berkas %(nomor)s dimulai: %(name)s.", nomor=instance.business_key or
            f"#{instance.id}", name=instance.sop_name), "success")
    for task in instance.tasks:
        if me.holds(task.role, task.instansi):
            return redirect(url_for("pages.task_page", task_id=task.id))
    return redirect(url_for("pages.instance_page", instance_id=instance.id))


def _follow_up_title(task_id: str) -> str:
    """The perihal of an SOP started from a step's "SOP terkait" button: it continues the case
    of that step ("Lanjutan SPJ/2026/0012: SPJ perjalanan dinas"); '' when that step is gone
    or not visible, so the form asks for one."""
    try:
        task = runtime().task(task_id[:36], actor())
        case = runtime().instance(task.instance_id, actor())
    except EngineError:
        return ""
    nomor = case.business_key or f"#{case.id}"
    return _("Lanjutan %(nomor)s", nomor=nomor) + (f": {case.title}" if case.title else "")
