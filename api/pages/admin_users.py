"""Admin: Pengguna. List and search accounts, create one, edit a profile, disable / enable,
reset a password (the temporary one is shown once, in that answer only), add and remove
jabatan, and import staff from a CSV (all or nothing, with every bad cell listed first).

Every change goes through engine.accounts, which audits it in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from math import ceil

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import login_required
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.wrappers import Response
from wtforms import BooleanField, HiddenField, PasswordField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length

from engine import accounts, supervisors, throttle
from engine.db import transaction
from engine.designers import DESIGNER_ROLE
from engine.errors import EngineError
from engine.jabatan import choices as jabatan_choices

from ..login_resources import client_address
from .account import ProfileForm, show_error
from .blueprint import actor, bp, factory
from .i18n import localized

PAGE_SIZE = 25
PROFILE_FIELDS = {"full_name": "full_name", "nip": "nip", "email": "email"}


def admin_required(view: Callable) -> Callable:
    """Admins only; anyone else gets the 403 page."""
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not actor().is_admin:
            abort(403)
        return view(*args, **kwargs)
    return wrapped


class NewUserForm(ProfileForm):
    username = StringField(_l("Nama pengguna"), [InputRequired(_l("Nama pengguna wajib diisi.")),
                                                  Length(max=100)])
    password = PasswordField(_l("Kata sandi awal"), [InputRequired(_l("Kata sandi wajib diisi."))])
    roles = TextAreaField(_l("Jabatan"))
    is_admin = BooleanField(_l("Admin"))


class RoleForm(FlaskForm):
    role = StringField(_l("Jabatan"), [InputRequired(_l("Jabatan wajib diisi.")),
                                       Length(max=200)])
    instansi = StringField(_l("Instansi"), [Length(max=100)])


class RemoveRoleForm(FlaskForm):
    role = HiddenField()
    instansi = HiddenField()


class ImportForm(FlaskForm):
    file = FileField(_l("Berkas CSV"), [FileRequired(_l("Pilih berkas CSV."))])


def page_number() -> int:
    value = request.args.get("halaman", "1")
    return max(int(value), 1) if value.isdigit() else 1


@bp.route("/admin/pengguna")
@admin_required
def admin_users() -> str:
    """Pengguna: search over username, name, NIP and email; 25 a page."""
    search = request.args.get("q", "").strip()
    page = page_number()
    with transaction(factory()) as db:
        total = accounts.count_users(db, search or None)
        users = accounts.list_users(db, search or None, offset=(page - 1) * PAGE_SIZE,
                                    limit=PAGE_SIZE)
        rows = [(u.username, u.full_name, u.nip, u.email, u.is_admin, u.disabled,
                 u.must_change_password, sorted(f"{r.role}@{r.instansi}" for r in u.roles))
                for u in users]
    return render_template("admin_users.html", rows=rows, search=search, page=page,
                           pages=max(ceil(total / PAGE_SIZE), 1), total=total,
                           active="admin_users")


@bp.route("/admin/pengguna/baru", methods=["GET", "POST"])
@admin_required
def admin_user_new() -> str | Response:
    """Tambah pengguna: the admin picks a first password, which the user must change."""
    form = NewUserForm()
    if form.validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                roles = [accounts.parse_role(line) for line in _lines(form.roles.data)]
                accounts.create_account(
                    db, form.username.data.strip(), form.password.data, actor().username,
                    roles, form.full_name.data, form.nip.data, form.email.data,
                    form.is_admin.data, must_change=True, address=client_address())
        except EngineError as err:
            show_error(form, err, {**PROFILE_FIELDS, "username": "username",
                                   "password": "password", "role": "roles"})
        else:
            flash(_("Pengguna %(name)s dibuat. Ia harus mengganti kata sandinya saat pertama "
                    "masuk.", name=form.username.data.strip()), "success")
            return redirect(url_for("pages.admin_user", username=form.username.data.strip()))
    return render_template("admin_user_new.html", form=form, min_length=accounts.MIN_LENGTH,
                           active="admin_users")


def _lines(text: str | None) -> list[str]:
    return [part.strip() for line in (text or "").splitlines() for part in line.split(";")
            if part.strip()]


@bp.route("/admin/pengguna/<username>", methods=["GET", "POST"])
@admin_required
def admin_user(username: str) -> str | Response:
    """One account: profile (Simpan), state, password reset, jabatan."""
    with transaction(factory()) as db:
        user = accounts.get_user(db, username)
        form = ProfileForm(obj=user)
        state = {"disabled": user.disabled, "admin": user.is_admin,
                 "must_change": user.must_change_password, "demo": user.demo_password}
        roles = sorted((r.role, r.instansi) for r in user.roles)
        # the designer's right is granted like a jabatan (engine.designers)
        jabatan_options = [(DESIGNER_ROLE, _("hak merancang SOP")), *jabatan_choices(db)]
        supervised = sorted(supervisors.supervised_instansi(db, username))
        state["locked_minutes"] = _locked_minutes(db, username)
    if form.validate_on_submit():
        try:
            with transaction(factory(), write=True) as db:
                accounts.update_profile(db, username, actor().username, form.full_name.data,
                                        form.nip.data, form.email.data, client_address())
        except EngineError as err:
            show_error(form, err, PROFILE_FIELDS)
        else:
            flash(_("Profil %(name)s disimpan.", name=username), "success")
            return redirect(url_for("pages.admin_user", username=username))
    return render_template("admin_user.html", username=username, form=form, state=state,
                           roles=roles, role_form=RoleForm(prefix="jabatan"),
                           jabatan_options=jabatan_options,
                           supervised=supervised,
                           remove_form=RemoveRoleForm(), action_form=FlaskForm(),
                           active="admin_users")


def _locked_minutes(db, username: str) -> int | None:
    """Minutes until the account's login lock (too many wrong passwords) ends; None when it
    is not locked. The address limit is not shown: it belongs to an address, not an account."""
    settings = current_app.extensions["sop_login"]
    lock = throttle.lock_of(db, username, "", settings.limits, settings.clock())
    return max(1, ceil(lock.retry_after / 60)) if lock is not None else None


def _act(username: str, change: Callable, done: str) -> Response:
    """Run one change on the account (a POST with only the CSRF token) and say how it went."""
    if not FlaskForm().validate_on_submit():
        abort(400)
    try:
        with transaction(factory(), write=True) as db:
            change(db)
    except EngineError as err:
        flash(localized(err), "error")
    else:
        flash(done, "success")
    return redirect(url_for("pages.admin_user", username=username))


@bp.route("/admin/pengguna/<username>/nonaktifkan", methods=["POST"])
@admin_required
def admin_user_disable(username: str) -> Response:
    return _act(username, lambda db: accounts.disable(db, username, actor().username,
                                                      client_address()),
                _("%(name)s dinonaktifkan dan dikeluarkan dari semua sesi.", name=username))


@bp.route("/admin/pengguna/<username>/aktifkan", methods=["POST"])
@admin_required
def admin_user_enable(username: str) -> Response:
    return _act(username, lambda db: accounts.enable(db, username, actor().username,
                                                     client_address()),
                _("%(name)s diaktifkan kembali.", name=username))


@bp.route("/admin/pengguna/<username>/buka-kunci", methods=["POST"])
@admin_required
def admin_user_unlock(username: str) -> Response:
    """Buka kunci: forget the account's wrong passwords so the user may try again now."""
    return _act(username, lambda db: throttle.unlock(db, username, actor().username,
                                                     client_address()),
                _("Kunci masuk %(name)s dibuka.", name=username))


@bp.route("/admin/pengguna/<username>/atur-ulang-sandi", methods=["POST"])
@admin_required
def admin_user_reset(username: str) -> str | Response:
    """Atur ulang kata sandi: the temporary password is in this answer only (never flashed:
    the flash would sit in the session cookie)."""
    if not FlaskForm().validate_on_submit():
        abort(400)
    with transaction(factory(), write=True) as db:
        temporary = accounts.reset_password(db, username, actor().username, client_address())
    return render_template("admin_user_reset.html", username=username, temporary=temporary,
                           active="admin_users")


@bp.route("/admin/pengguna/<username>/jabatan", methods=["POST"])
@admin_required
def admin_user_add_role(username: str) -> str | Response:
    form = RoleForm(prefix="jabatan")
    if not form.validate_on_submit():
        flash(_("Jabatan wajib diisi."), "error")
        return redirect(url_for("pages.admin_user", username=username))
    role, instansi = form.role.data.strip(), form.instansi.data.strip() or "*"
    return _act(username, lambda db: accounts.add_role(db, username, role, instansi,
                                                       actor().username, client_address()),
                _("Jabatan %(role)s@%(instansi)s ditambahkan.", role=role, instansi=instansi))


@bp.route("/admin/pengguna/<username>/jabatan/hapus", methods=["POST"])
@admin_required
def admin_user_remove_role(username: str) -> Response:
    form = RemoveRoleForm()
    role, instansi = form.role.data or "", form.instansi.data or ""
    return _act(username, lambda db: accounts.remove_role(db, username, role, instansi,
                                                          actor().username, client_address()),
                _("Jabatan %(role)s@%(instansi)s dicabut.", role=role, instansi=instansi))


@bp.route("/admin/pengguna/<username>/pengawas", methods=["POST"])
@admin_required
def admin_user_add_pengawas(username: str) -> Response:
    """Jadikan pengawas: the user sees every case of the instansi (Berkas Unit)."""
    instansi = (request.form.get("instansi") or "").strip()
    return _act(username, lambda db: supervisors.appoint(db, username, instansi,
                                                         actor().username, client_address()),
                _("%(name)s kini pengawas %(instansi)s.", name=username, instansi=instansi))


@bp.route("/admin/pengguna/<username>/pengawas/hapus", methods=["POST"])
@admin_required
def admin_user_remove_pengawas(username: str) -> Response:
    instansi = (request.form.get("instansi") or "").strip()
    return _act(username, lambda db: supervisors.dismiss(db, username, instansi,
                                                         actor().username, client_address()),
                _("%(name)s bukan lagi pengawas %(instansi)s.", name=username,
                  instansi=instansi))


@bp.route("/admin/pengguna/impor", methods=["GET", "POST"])
@admin_required
def admin_import() -> str:
    """Impor pegawai: every bad cell is listed (row, column, why) and nothing is imported;
    a clean file creates and updates users at once."""
    form, problems, result = ImportForm(), [], None
    if form.validate_on_submit():
        text = form.file.data.read().decode("utf-8-sig", errors="replace")
        try:
            with transaction(factory(), write=True) as db:
                result = accounts.import_staff(db, text, actor().username, client_address())
        except EngineError as err:
            problems = err.details.get("errors") or [
                {"row": "", "column": err.details.get("field", ""), "message": err.message,
                 "message_en": err.message_en}]
    return render_template("admin_import.html", form=form, problems=problems, result=result,
                           columns=accounts.CSV_COLUMNS, active="admin_users")
