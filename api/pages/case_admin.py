"""Admin operations on the staff pages: the case page's panel (Tangguhkan / Aktifkan kembali,
Batalkan, Kembalikan ke langkah, Pindahkan ke versi), the admin actions in the case's timeline,
and a page per SOP with its versions (Pensiunkan versi, Pindahkan semua kasus). The work is
done by engine.case_admin, engine.case_migration and engine.retirement, as for the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from engine import case_admin, case_migration, retirement
from engine.db import transaction
from engine.errors import EngineError, InvalidData, NotFound
from engine.runtime import InstanceView
from engine.transplant import user_steps

from .admin_users import admin_required
from .blueprint import actor, bp, factory, runtime
from .i18n import localized
from .sops import process_spec
from .timefmt import as_utc


@dataclass(frozen=True)
class ActionEntry:
    """An admin action in the case's timeline, beside steps and comments."""

    at: datetime
    by: str
    text: str
    kind: ClassVar[str] = "action"


@dataclass
class AdminPanel:
    """What the case page's admin panel offers for one running case."""

    suspended: bool
    steps: list[tuple[str, str]]  # (step id, name) of the SOP's user tasks
    # (version, whether the case can move there, why not in the page's language)
    versions: list[tuple[int, bool, str]] = field(default_factory=list)


def action_entries(instance_id: int, names: dict[str, str]) -> list[ActionEntry]:
    """The case's admin actions as timeline entries, in the words staff read."""
    with transaction(factory()) as db:
        found = case_admin.actions(db, instance_id)
    return [ActionEntry(as_utc(a.at), names.get(a.actor or "", a.actor or ""), _describe(a))
            for a in found]


def _describe(action: case_admin.ActionView) -> str:
    detail = action.detail
    if action.kind == case_admin.SUSPENDED:
        return _("Ditangguhkan oleh admin")
    if action.kind == case_admin.ACTIVATED:
        return _("Diaktifkan kembali oleh admin")
    if action.kind == case_admin.CANCELLED:
        reason = detail.get("reason") or ""
        return _("Dibatalkan: %(reason)s", reason=reason) if reason else _("Dibatalkan")
    if action.kind == case_admin.RESET:
        return _("Dikembalikan ke langkah %(step)s", step=detail.get("toName") or detail.get("to"))
    if action.kind == case_admin.MIGRATED:
        return _("Dipindahkan dari versi %(a)s ke versi %(b)s", a=detail.get("fromVersion"),
                 b=detail.get("toVersion"))
    return action.kind


def admin_panel(instance: InstanceView) -> AdminPanel | None:
    """The panel for an admin looking at a running case; None for anyone else."""
    me = actor()
    if not me.is_admin or instance.status != "active":
        return None
    spec = process_spec(instance.definition_key, instance.definition_version)
    steps = [(t.name, t.bpmn_name or t.name) for t in user_steps(spec)]
    checks = []
    with transaction(factory()) as db:
        others = [d.version for d, _n in retirement.versions(db, instance.definition_key)
                  if d.version != instance.definition_version]
    for version in others:
        try:
            found = case_migration.check_one(runtime(), instance.id, version, me)
        except EngineError:  # a version that no longer loads: not offered
            continue
        why = (found.reason if _lang_id() else found.reason_en) or ""
        checks.append((version, found.ok, why))
    return AdminPanel(instance.suspended, steps, checks)


def _back(instance_id: int) -> Response:
    return redirect(url_for("pages.instance_page", instance_id=instance_id))


def _attempt(instance_id: int, work, done: str) -> Response:
    """Run one operation; a refusal (409 / 422) is shown on the case page, not as an error
    page, so the admin sees why next to the buttons."""
    try:
        work()
    except InvalidData as err:
        flash(localized(err), "error")
    except EngineError as err:
        if err.status == 403:
            raise
        flash(localized(err), "error")
    else:
        flash(done, "success")
    return _back(instance_id)


@bp.route("/instans/<int:instance_id>/tangguhkan", methods=["POST"])
@admin_required
def case_suspend(instance_id: int) -> Response:
    suspended = request.form.get("suspended") == "1"
    return _attempt(instance_id, lambda: case_admin.set_suspended(
        runtime(), instance_id, actor(), suspended, request.remote_addr or ""),
        _("Berkas ditangguhkan.") if suspended else _("Berkas diaktifkan kembali."))


@bp.route("/instans/<int:instance_id>/batalkan", methods=["POST"])
@admin_required
def case_cancel(instance_id: int) -> Response:
    reason = (request.form.get("reason") or "")[:case_admin.MAX_REASON]
    if request.form.get("confirm") != "1":
        flash(_("Centang konfirmasi untuk membatalkan berkas."), "error")
        return _back(instance_id)
    return _attempt(instance_id, lambda: case_admin.cancel(
        runtime(), instance_id, actor(), reason, request.remote_addr or ""),
        _("Berkas dibatalkan."))


@bp.route("/instans/<int:instance_id>/kembalikan", methods=["POST"])
@admin_required
def case_reset(instance_id: int) -> Response:
    step = (request.form.get("step") or "")[:200]
    return _attempt(instance_id, lambda: case_admin.reset(
        runtime(), instance_id, actor(), step, None, request.remote_addr or ""),
        _("Berkas dikembalikan ke langkah yang dipilih."))


@bp.route("/instans/<int:instance_id>/pindahkan", methods=["POST"])
@admin_required
def case_migrate(instance_id: int) -> Response:
    version = _int(request.form.get("version"))
    return _attempt(instance_id, lambda: case_migration.migrate(
        runtime(), instance_id, actor(), version, request.remote_addr or ""),
        _("Berkas dipindahkan ke versi %(v)s.", v=version))


def _int(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


# -- the versions of an SOP ---------------------------------------------------------------------
@bp.route("/admin/sop/<key>/versi")
@admin_required
def admin_versions(key: str) -> str:
    with transaction(factory()) as db:
        found = [(d.id, d.version, d.name, as_utc(d.deployed_at),
                  as_utc(d.retired_at) if d.retired_at else None, n)
                 for d, n in retirement.versions(db, key)]
    if not found:
        raise NotFound(f"SOP '{key}' belum diterapkan.", f"Process '{key}' is not deployed.")
    newest = found[0][1]
    return render_template("admin_versions.html", key=key, name=found[0][2], versions=found,
                           newest=newest, active="admin_versions")


@bp.route("/admin/sop/<key>/versi/<int:definition_id>/pensiun", methods=["POST"])
@admin_required
def admin_version_retire(key: str, definition_id: int) -> Response:
    retired = request.form.get("retired") == "1"
    with transaction(factory(), write=True) as db:
        found = retirement.set_retired(db, definition_id, actor(), retired,
                                       request.remote_addr or "")
        version = found.version
    flash(_("Versi %(v)s dipensiunkan: berkas baru tidak lagi dimulai padanya.", v=version)
          if retired else _("Versi %(v)s dapat dipakai lagi.", v=version), "success")
    return redirect(url_for("pages.admin_versions", key=key))


@bp.route("/admin/sop/<key>/pindahkan", methods=["POST"])
@admin_required
def admin_versions_migrate(key: str) -> Response:
    source, target = _int(request.form.get("from")), _int(request.form.get("to"))
    try:
        result = case_migration.migrate_all(runtime(), key, source, target, actor(),
                                            request.remote_addr or "")
    except EngineError as err:
        if err.status == 403:
            raise
        flash(localized(err), "error")
        return redirect(url_for("pages.admin_versions", key=key))
    flash(_("%(n)s berkas dipindahkan dari versi %(a)s ke versi %(b)s.",
            n=len(result["migrated"]), a=source, b=target), "success")
    for failed in result["failed"]:
        flash(_("Berkas #%(id)s tidak dapat dipindahkan: %(why)s", id=failed["processInstanceId"],
                why=failed["reason"] if _lang_id() else failed["reasonEn"]), "error")
    return redirect(url_for("pages.admin_versions", key=key))


def _lang_id() -> bool:
    from flask_babel import get_locale

    return str(get_locale() or "id").startswith("id")
