"""Mulai SOP: the SOPs whose first step belongs to one of my roles; starting one opens its task."""

from __future__ import annotations

from dataclasses import dataclass

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine.db import transaction
from engine.deployment import latest_versions
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
        for definition in usable(latest_versions(db)):  # a broken stored one is skipped
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
        found = {d.key: d for d in usable(d for d in latest_versions(db) if d.key in keys)}
        return [LinkedSop(key, found[key].name,
                          may_start(me, spec_for(found[key]), found[key].instansi))
                for key in dict.fromkeys(keys) if key in found]


@bp.route("/mulai")
@login_required
def start_list() -> str:
    me = actor()
    mine = runtime().instances(started_by=me.username, limit=10, actor=me)
    return render_template("start.html", sops=startable_sops(), mine=mine, active="start")


@bp.route("/mulai/<key>", methods=["POST"])
@login_required
def start(key: str) -> Response:
    """Start the latest version, then open its first task if it is mine."""
    me = actor()
    instance = runtime().start(key, me)
    flash(_("SOP \u201c%(name)s\u201d dimulai (instans #%(id)s).", name=instance.sop_name,
            id=instance.id), "success")
    for task in instance.tasks:
        if me.holds(task.role, task.instansi):
            return redirect(url_for("pages.task_page", task_id=task.id))
    return redirect(url_for("pages.instance_page", instance_id=instance.id))
