"""Masuk / Keluar: the staff session (Flask-Login), separate from the API's Bearer tokens."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, UserMixin, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from engine.actors import Actor
from engine.db import transaction
from engine.models import User
from engine.users import actor_for, authenticate

from .blueprint import bp, factory


class StaffUser(UserMixin):
    """The session's user: the database id (what the cookie holds) and the engine's actor."""

    def __init__(self, user_id: int, actor: Actor):
        self.id = user_id
        self.actor = actor

    @property
    def display_name(self) -> str:
        return self.actor.full_name or self.actor.username


def load_user(user_id: str) -> StaffUser | None:
    """Read the user afresh on every request, so a changed role takes effect at once."""
    if not user_id.isdigit():
        return None
    with transaction(factory()) as db:
        user = db.get(User, int(user_id))
        return StaffUser(user.id, actor_for(user)) if user else None


def init_login(app: Flask) -> None:
    manager = LoginManager(app)
    manager.user_loader(load_user)
    manager.login_view = "pages.login"
    manager.login_message = _l("Silakan masuk untuk membuka halaman ini.")
    manager.login_message_category = "info"


class LoginForm(FlaskForm):
    username = StringField(_l("Nama pengguna"), [InputRequired(_l("Nama pengguna wajib diisi."))])
    password = PasswordField(_l("Kata sandi"), [InputRequired(_l("Kata sandi wajib diisi."))])


@bp.route("/masuk", methods=["GET", "POST"])
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        with transaction(factory()) as db:
            user = authenticate(db, form.username.data.strip(), form.password.data)
            staff = StaffUser(user.id, actor_for(user)) if user else None
        if staff is not None:
            login_user(staff)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append(_("Nama pengguna atau kata sandi salah."))
    status = 401 if form.errors and request.method == "POST" else 200
    return render_template("login.html", form=form), status


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") \
                and not target.startswith("//"):
            return target
    return url_for("pages.inbox")


@bp.route("/keluar", methods=["POST"])
@login_required
def logout() -> Response:
    logout_user()
    flash(_("Anda telah keluar."), "info")
    return redirect(url_for("pages.login"))
