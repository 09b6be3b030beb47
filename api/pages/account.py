"""Akun Saya: my profile (name, NIP, email) and changing my password.

After an admin reset (``must_change_password``) every page redirects here until the user has
chosen a new password: the check is one ``before_request`` of the pages' blueprint. Changing
the password ends every session and token of the user (engine.accounts), this one included,
so the user logs in again with the new password.
"""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, logout_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import Field, PasswordField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import EqualTo, InputRequired, Length

from engine import accounts
from engine.db import transaction
from engine.errors import EngineError

from ..login_resources import client_address
from .blueprint import actor, bp, factory
from .i18n import localized

# what a user who must change their password may still open
WHILE_MUST_CHANGE = frozenset({"pages.change_password", "pages.logout", "pages.login"})


class ProfileForm(FlaskForm):
    full_name = StringField(_l("Nama lengkap"), [InputRequired(_l("Nama wajib diisi.")),
                                                 Length(max=200)])
    nip = StringField(_l("NIP"), [Length(max=30)])
    email = StringField(_l("Email"), [Length(max=200)])


class NotifyForm(FlaskForm):
    """How mail tells me of my work (users.notify_mode); the bell always shows it."""

    notify_mode = RadioField(_l("Surel pemberitahuan"), choices=[
        SelectChoice("segera", _l("Segera: satu surel untuk setiap pemberitahuan")),
        SelectChoice("harian", _l("Ringkasan harian: satu surel sehari")),
        SelectChoice("mati", _l("Tidak ada surel: hanya lonceng di aplikasi"))],
        validators=[InputRequired(_l("Pilih salah satu."))])


class PasswordForm(FlaskForm):
    old_password = PasswordField(_l("Kata sandi sekarang"),
                                 [InputRequired(_l("Kata sandi sekarang wajib diisi."))])
    password = PasswordField(_l("Kata sandi baru"),
                             [InputRequired(_l("Kata sandi baru wajib diisi."))])
    confirm = PasswordField(_l("Ulangi kata sandi baru"), [
        InputRequired(_l("Ulangi kata sandi baru.")),
        EqualTo("password", _l("Kedua kata sandi baru tidak sama."))])


def must_change_password() -> bool:
    return bool(current_user.is_authenticated and current_user.actor.must_change_password)


@bp.before_request
def force_password_change() -> Response | None:
    """Until a reset password is replaced, every page leads to the change-password page."""
    if must_change_password() and request.endpoint not in WHILE_MUST_CHANGE:
        return redirect(url_for("pages.change_password"))
    return None


def show_error(form: FlaskForm, err: EngineError, fields: dict[str, str]) -> None:
    """Put an engine refusal under the form field it names (else under the first field)."""
    name = fields.get(err.details.get("field") or "", next(iter(fields.values())))
    form[name].errors = [*form[name].errors, localized(err)]


@bp.route("/akun", methods=["GET", "POST"])
@login_required
def account() -> str | Response:
    """My profile; Simpan changes name, NIP and email."""
    with transaction(factory()) as db:
        user = accounts.get_user(db, actor().username)
        form = ProfileForm(obj=user)
        notify_form = NotifyForm(formdata=None, obj=user)
        roles = sorted((r.instansi, r.role) for r in user.roles)
        has_email = bool(user.email)
    if form.validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                accounts.update_profile(db, actor().username, actor().username,
                                        form.full_name.data, form.nip.data, form.email.data,
                                        client_address())
        except EngineError as err:
            show_error(form, err, {"full_name": "full_name", "nip": "nip", "email": "email"})
        else:
            flash(_("Profil disimpan."), "success")
            return redirect(url_for("pages.account"))
    return render_template("account.html", form=form, roles=roles, active="account",
                           notify_form=notify_form, has_email=has_email)


@bp.route("/akun/pemberitahuan", methods=["POST"])
@login_required
def account_notify() -> Response:
    """Simpan the mail mode of notifications (Segera / Ringkasan harian / Tidak ada surel)."""
    form = NotifyForm()
    if not form.validate_on_submit():
        flash(_("Pilihan surel pemberitahuan tidak dikenal."), "error")
        return redirect(url_for("pages.account"))
    with transaction(factory(), write=True) as db:
        accounts.update_profile(db, actor().username, actor().username,
                                notify_mode=form.notify_mode.data, address=client_address())
    flash(_("Pengaturan pemberitahuan disimpan."), "success")
    return redirect(url_for("pages.account"))


@bp.route("/akun/kata-sandi", methods=["GET", "POST"])
@login_required
def change_password() -> str | Response:
    """Ganti kata sandi: the old one proves it is me; afterwards I log in again."""
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                accounts.set_password(db, actor().username, form.old_password.data,
                                      form.password.data, client_address())
        except EngineError as err:
            show_error(form, err, {"password": "password", "old_password": "old_password"})
        else:
            logout_user()
            flash(_("Kata sandi telah diganti dan semua sesi Anda diakhiri. "
                    "Silakan masuk dengan kata sandi baru."), "success")
            return redirect(url_for("pages.login"))
    return render_template("account_password.html", form=form, forced=must_change_password(),
                           min_length=accounts.MIN_LENGTH, active="account")


def demo_mode() -> bool:
    """Jinja global for the login page: some account still has the shared demo password."""
    with transaction(factory()) as db:
        return accounts.any_demo_password(db)


def field_attrs(field: Field, hint: bool = False) -> dict[str, str]:
    """aria attributes tying a field to its hint and error message."""
    ids = ([f"{field.id}-hint"] if hint else []) + ([f"{field.id}-error"] if field.errors else [])
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return attrs


@bp.record_once
def _register_globals(state) -> None:
    state.app.add_template_global(demo_mode)
    state.app.add_template_global(field_attrs)
