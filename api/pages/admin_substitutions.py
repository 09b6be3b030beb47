"""Admin: Plt. / Plh. List who acts in which jabatan and when, record a new substitution, and
end one early (Akhiri). Every change goes through engine.substitutions, which audits it.

A page session's actor is rebuilt on every request, so the substitute's pages change at once;
an API token's actor is cached up to 30 seconds per worker (api.auth), and this worker's cache
of the user is dropped here.
"""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import DateField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from engine import substitutions
from engine.db import transaction
from engine.errors import EngineError

from ..auth import forget_user
from ..login_resources import client_address
from .account import show_error
from .admin_users import admin_required
from .blueprint import actor, bp, factory
from .i18n import localized

FIELDS = {"userId": "username", "role": "role", "instansi": "instansi", "from": "starts_on",
          "to": "ends_on", "kind": "kind", "username": "username"}


class SubstitutionForm(FlaskForm):
    username = StringField(_l("Nama pengguna"), [InputRequired(_l("Nama pengguna wajib diisi.")),
                                                  Length(max=100)])
    kind = SelectField(_l("Jenis"), choices=[SelectChoice("Plh", _l("Plh. (Pelaksana Harian)")),
                                            SelectChoice("Plt", _l("Plt. (Pelaksana Tugas)"))])
    role = StringField(_l("Jabatan"), [InputRequired(_l("Jabatan wajib diisi.")),
                                       Length(max=200)])
    instansi = StringField(_l("Instansi"), [InputRequired(_l("Instansi wajib diisi.")),
                                            Length(max=100)])
    starts_on = DateField(_l("Mulai tanggal"), [InputRequired(_l("Tanggal mulai wajib diisi."))])
    ends_on = DateField(_l("Sampai tanggal"), [InputRequired(_l("Tanggal selesai wajib diisi."))])


@bp.route("/admin/plt", methods=["GET", "POST"])
@admin_required
def admin_substitutions() -> str | Response:
    """Plt. / Plh.: the list (in force today, or all) and the form to record one."""
    form = SubstitutionForm()
    if form.validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                view = substitutions.create(
                    db, form.username.data.strip(), form.role.data, form.instansi.data,
                    form.starts_on.data, form.ends_on.data, form.kind.data, actor().username,
                    client_address())
        except EngineError as err:
            show_error(form, err, FIELDS)
        else:
            forget_user(view.username)
            flash(_("%(who)s dicatat sebagai %(label)s %(instansi)s.", who=view.full_name,
                    label=view.label, instansi=view.instansi), "success")
            return redirect(url_for("pages.admin_substitutions"))
    shown = request.args.get("tampil", "aktif")
    with transaction(factory()) as db:
        rows = substitutions.listing(db, active=True if shown == "aktif" else None)
    return render_template("admin_substitutions.html", form=form, rows=rows, shown=shown,
                           active="admin_plt"), (422 if form.errors else 200)


@bp.route("/admin/plt/<int:substitution_id>/akhiri", methods=["POST"])
@admin_required
def admin_substitution_end(substitution_id: int) -> Response:
    """Akhiri: the substitution ends now; its row stays in the list of all."""
    if FlaskForm().validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                view = substitutions.end(db, substitution_id, actor().username,
                                         client_address())
        except EngineError as err:
            flash(localized(err), "error")
        else:
            forget_user(view.username)
            flash(_("%(label)s %(who)s diakhiri.", label=view.label, who=view.full_name),
                  "success")
    return redirect(url_for("pages.admin_substitutions"))
