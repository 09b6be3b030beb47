"""Masuk / Keluar: the staff session (Flask-Login), separate from the API's Bearer tokens.

The session is server-side (engine.sessions): the signed cookie carries a random session token
whose SHA-256 is a row of ``api_tokens`` (kind 'session'), and the user loader accepts the
cookie only while that row exists and has not expired. Keluar deletes the row, so a copy of
the cookie is refused afterwards; a password change or reset deletes every row of the user.
Logins are throttled and audited like the API's (engine.throttle)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import (
    LoginManager,
    UserMixin,
    current_user,
    login_required,
    login_user,
    logout_user,
)
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from engine.actors import Actor
from engine.db import transaction
from engine.sessions import SESSION, actor_for_session, log_in, log_out
from engine.throttle import ServerBusy, TooManyAttempts

from ..login_resources import client_address, login_settings, session_lifetime
from .blueprint import bp, factory


class StaffUser(UserMixin):
    """The session's user: the session token (what the cookie holds) and the engine's actor."""

    def __init__(self, session_token: str, actor: Actor):
        self.id = session_token
        self.actor = actor

    @property
    def display_name(self) -> str:
        return self.actor.full_name or self.actor.username


def load_user(session_token: str) -> StaffUser | None:
    """The holder of a live session, read afresh on every request, so a changed role, a
    disabled account or a logout elsewhere takes effect at once."""
    with transaction(factory()) as db:
        actor = actor_for_session(db, session_token, session_lifetime())
    return StaffUser(session_token, actor) if actor else None


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
def login() -> tuple[str, int, dict[str, str]] | Response:
    form = LoginForm()
    status, headers = 200, {}
    if form.validate_on_submit():
        try:
            done = log_in(factory(), form.username.data.strip(), form.password.data,
                          client_address(), SESSION, session_lifetime(), login_settings())
        except TooManyAttempts as err:
            status, headers = 429, {"Retry-After": str(err.retry_after)}
            form.password.errors.append(_(
                "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %(minutes)s menit.",
                minutes=err.minutes))
        except ServerBusy as err:
            status, headers = 503, {"Retry-After": str(err.retry_after)}
            form.password.errors.append(_("Server sedang sibuk. Coba lagi sebentar lagi."))
        else:
            if done is not None:
                _start_session(StaffUser(done.token, done.actor))
                return redirect(_safe_next(request.args.get("next")))
            form.password.errors.append(_("Nama pengguna atau kata sandi salah."))
    if status == 200 and form.errors and request.method == "POST":
        status = 401
    return render_template("login.html", form=form), status, headers


def _start_session(staff: StaffUser) -> None:
    """A fresh cookie for the new session: nothing of the anonymous one (but the chosen
    language) is carried over."""
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang
    login_user(staff)


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
    with transaction(factory(), write=True) as db:
        log_out(db, current_user.id, current_user.actor.username, client_address(), SESSION)
    logout_user()
    flash(_("Anda telah keluar."), "info")
    return redirect(url_for("pages.login"))
