"""The designer's pages (``/perancang``): the SOP list, a new SOP, and what both editors call.

For admins and holders of "Perancang SOP" (engine.designers). The modeler
(``designer_modeler``) and the table editor (``designer_table``) are pages of their own; they
share the endpoints here, which answer JSON to their scripts (CSRF token in ``X-CSRFToken``):

- ``GET|PUT|DELETE /perancang/sop/<key>/draf.json``: open the user's draft or a deployed
  version (``?versi=n``), keep an edit, throw the draft away;
- ``POST /perancang/sop/<key>/periksa``: the deployment's checks on a model, nothing stored;
- ``POST /perancang/sop/<key>/terapkan``: deploy the user's saved draft as a new version.
"""

from __future__ import annotations

from functools import wraps
from typing import Any

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from sqlalchemy.exc import IntegrityError

from design import drafts, workbench
from engine.db import transaction
from engine.designers import design_instansi, is_designer
from engine.errors import Conflict, InvalidData
from engine.jabatan import catalogue_of
from reports.catalogue import instansi_list

from ..login_resources import client_address
from .blueprint import actor, bp, factory
from .i18n import locale, localized


def designer_required(view):
    """Admins and SOP designers only (403 page for everyone else)."""
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not is_designer(actor()):
            abort(403)
        return view(*args, **kwargs)
    return wrapped


@bp.app_template_global("may_design_sops")
def may_design_sops() -> bool:
    """Show "Perancang" in the menu?"""
    return is_designer(actor())


@bp.route("/perancang")
@designer_required
def designer_list():
    """Every SOP the user may design, their drafts first, and the form for a new SOP."""
    me = actor()
    with transaction(factory()) as db:
        mine = drafts.mine(db, me)
        sops = workbench.designable(db, me)
        allowed = design_instansi(me)
        instansi = [i for i in instansi_list(db) if allowed is None or i in allowed]
        deployed = {d.key for d in sops}
        rows = [{"key": d.key, "name": d.name, "instansi": d.instansi, "version": d.version,
                 "draft": next((x for x in mine if x.key == d.key), None)} for d in sops]
        new_drafts = [x for x in mine if x.key not in deployed]
        return render_template("designer_list.html", rows=rows, drafts=mine,
                               new_drafts=new_drafts, instansi=instansi, active="designer")


@bp.route("/perancang/baru", methods=["POST"])
@designer_required
def designer_new():
    """A new SOP: a one-step draft, opened in the table editor."""
    form = request.form
    try:
        with transaction(factory(), write=True) as db:
            draft = workbench.new_sop(db, actor(), form.get("key", ""), form.get("name", ""),
                                      form.get("instansi", ""))
            key = draft.key
    except InvalidData as err:
        flash(localized(err), "error")
        return redirect(url_for("pages.designer_list"))
    flash(_("Draf SOP baru dibuat. Susun langkahnya, lalu terapkan."), "success")
    return redirect(url_for("pages.designer_table", key=key))


@bp.route("/perancang/sop/<key>/draf.json")
@designer_required
def designer_draft(key: str):
    """The user's draft of ``key`` or a deployed version (``?versi=n``), as the editors open it."""
    version = request.args.get("versi", type=int)
    with transaction(factory()) as db:
        opened = workbench.open_sop(db, actor(), key, version)
        catalogue = catalogue_of(db, opened.instansi)
        return jsonify(_opened_json(opened, catalogue.names() if catalogue else []))


@bp.route("/perancang/sop/<key>/draf.json", methods=["PUT"])
@designer_required
def designer_draft_save(key: str):
    """Keep the editor's work: ``{"bpmn", "table", "baseVersion", "editedIn"}``."""
    body = json_body()
    base, table = body.get("baseVersion"), body.get("table")
    if base is not None and (not isinstance(base, int) or isinstance(base, bool) or base < 1):
        raise InvalidData("'baseVersion' harus nomor versi.", "'baseVersion' must be a version "
                          "number.", field="baseVersion")
    if table is not None and not isinstance(table, dict):
        raise InvalidData("'table' harus objek tabel SOP.", "'table' must be an SOP table "
                          "object.", field="table")
    try:
        with transaction(factory(), write=True) as db:
            draft = workbench.save_draft(
                db, actor(), key, bpmn_xml=_text(body, "bpmn"), table=table, base_version=base,
                edited_in=drafts.TABEL if body.get("editedIn") == drafts.TABEL
                else drafts.MODELER)
            saved_at = draft.saved_at.isoformat()
    except IntegrityError as err:  # the user's first draft of it, saved twice at one moment
        raise Conflict("Draf ini baru saja disimpan dari jendela lain; simpan lagi.",
                       "This draft was just saved from another window; save again.",
                       field="key") from err
    return jsonify({"key": key, "savedAt": saved_at,
                    "message": _("Draf tersimpan. Staf belum melihatnya sampai diterapkan.")})


@bp.route("/perancang/sop/<key>/draf.json", methods=["DELETE"])
@designer_required
def designer_draft_discard(key: str):
    with transaction(factory(), write=True) as db:
        gone = drafts.discard(db, actor(), key)
    return jsonify({"discarded": gone, "message": _("Draf dibuang.") if gone
                    else _("Tidak ada draf.")})


@bp.route("/perancang/sop/<key>/periksa", methods=["POST"])
@designer_required
def designer_check(key: str):
    """The deployment's checks on ``{"bpmn"}``; nothing is stored."""
    bpmn = _text(json_body(), "bpmn")
    if not bpmn:
        raise InvalidData("Kirim model BPMN (bpmn).", "Send the BPMN model (bpmn).", field="bpmn")
    with transaction(factory()) as db:
        problems = workbench.problems_of(db, actor(), key, bpmn)
    return jsonify({"problems": [localized_problem(p) for p in problems]})


@bp.route("/perancang/sop/<key>/terapkan", methods=["POST"])
@designer_required
def designer_deploy(key: str):
    """Deploy the user's saved draft (``{"force": true}`` over a newer version)."""
    body = json_body()
    try:
        with transaction(factory(), write=True) as db:
            done = workbench.deploy_draft(db, actor(), key, force=bool(body.get("force")),
                                          address=client_address())
    except IntegrityError as err:  # another designer's version took the same number meanwhile
        raise Conflict("Orang lain menerapkan versi SOP ini pada saat yang sama; draf Anda "
                       "tetap tersimpan. Bandingkan dulu, lalu terapkan lagi.",
                       "Someone else deployed a version of this SOP at the same moment; your "
                       "draft is kept. Compare first, then deploy again.",
                       field="baseVersion") from err
    message = (_("Versi %(v)s diterapkan: kasus baru memakai versi ini.", v=done.version)
               if done.created else
               _("Tidak ada perubahan: versi %(v)s tetap berlaku.", v=done.version))
    return jsonify({
        "key": key, "version": done.version, "created": done.created, "message": message,
        "older": [{"version": v, "running": n} for v, n in done.older],
        "migrateUrl": url_for("pages.admin_versions", key=key),
        "sopUrl": url_for("pages.sop_page", key=key)})


def _opened_json(opened: workbench.Opened, jabatan: list[str]) -> dict[str, Any]:
    return {"key": opened.key, "name": opened.name, "instansi": opened.instansi,
            "bpmn": opened.bpmn_xml, "table": opened.table, "fromDraft": opened.from_draft,
            "baseVersion": opened.base_version, "latestVersion": opened.latest_version,
            "editedIn": opened.edited_in,
            "savedAt": opened.saved_at.isoformat() if opened.saved_at else None,
            "versions": [{"version": v, "running": n} for v, n in opened.versions],
            "jabatan": jabatan}


def localized_problem(problem: dict) -> dict:
    """The problem's message in the page's language (the API gives both)."""
    return {**problem, "message": problem["message_en"] if locale() == "en"
            else problem["message"]}


def json_body() -> dict[str, Any]:
    """The request's JSON object, or 422 saying what to send (never a 500)."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InvalidData("Kirim JSON berupa objek.", "Send a JSON object.", field="body")
    return body


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise InvalidData(f"'{name}' harus teks.", f"'{name}' must be text.", field=name)
    return value
