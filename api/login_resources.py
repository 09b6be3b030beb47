"""Login settings of the app (throttle limits, hash gate, session lifetime), the client
address, the 429/503 answers with ``Retry-After``, and ``POST /api/user/{id}/unlock``."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from flask import Flask, current_app, jsonify, request
from flask_smorest import Blueprint

from engine.db import transaction
from engine.errors import EngineError, Forbidden
from engine.sessions import LoginSettings
from engine.throttle import HashGate, Limits, ServerBusy, TooManyAttempts, unlock

from .auth import current_actor

blp = Blueprint("login", __name__, url_prefix="/api", description="Logins and account locks")

# (config key, environment default); the environment wins over these, app config over both
_DEFAULTS = {
    "LOGIN_MAX_FAILURES_USER": "5",
    "LOGIN_MAX_FAILURES_ADDRESS": "20",
    "LOGIN_WINDOW_MINUTES": "15",
    "SESSION_LIFETIME_HOURS": "12",
    "HASH_CONCURRENCY": "1",
    "HASH_WAIT_SECONDS": "2",
    "HASH_GATE_PATH": "",
}


def login_config_defaults() -> dict[str, Any]:
    """The login settings from the environment, for ``create_app`` to put in its config."""
    return {key: os.environ.get(key, default) for key, default in _DEFAULTS.items()}


def init_login_settings(app: Flask) -> None:
    """Read the settings once (refusing bad values at start-up, not at the first login)."""
    config = app.config
    try:
        limits = Limits(per_user=int(config["LOGIN_MAX_FAILURES_USER"]),
                        per_address=int(config["LOGIN_MAX_FAILURES_ADDRESS"]),
                        window=timedelta(minutes=float(config["LOGIN_WINDOW_MINUTES"])))
        gate = HashGate(config["HASH_GATE_PATH"] or None, int(config["HASH_CONCURRENCY"]),
                        float(config["HASH_WAIT_SECONDS"]))
        hours = float(config["SESSION_LIFETIME_HOURS"])
    except (TypeError, ValueError) as err:
        raise ValueError(f"bad login setting: {err}") from err
    if min(limits.per_user, limits.per_address) < 1 or limits.window <= timedelta(0) \
            or hours <= 0:
        raise ValueError("login limits, window and SESSION_LIFETIME_HOURS must be positive")
    clock = config.get("LOGIN_CLOCK")  # tests move time forward without sleeping
    settings = LoginSettings(limits, gate, clock) if clock else LoginSettings(limits, gate)
    app.extensions["sop_login"] = settings
    app.extensions["sop_session_lifetime"] = timedelta(hours=hours)
    app.register_error_handler(TooManyAttempts, _with_retry_after)
    app.register_error_handler(ServerBusy, _with_retry_after)


def login_settings() -> LoginSettings:
    return current_app.extensions["sop_login"]


def session_lifetime() -> timedelta:
    """How long a staff page session lasts after login (``SESSION_LIFETIME_HOURS``)."""
    return current_app.extensions["sop_session_lifetime"]


def client_address() -> str:
    """The caller's address as the WSGI server saw it; behind a reverse proxy set
    ``TRUSTED_PROXIES`` (see api.security) so that this is the client, not the proxy."""
    return request.remote_addr or ""


def _with_retry_after(err: EngineError):
    response = jsonify(err.as_dict())
    response.status_code = err.status
    response.headers["Retry-After"] = str(err.retry_after)
    return response


@blp.route("/user/<user_id>/unlock", methods=["POST"])
@blp.response(204)
def unlock_user(user_id: str):
    """Let a locked-out user try again at once (admins; Camunda's ``POST /user/{id}/unlock``:
    the id is the username). Audited."""
    actor = current_actor()
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat membuka kunci akun.",
                        "Only admins may unlock accounts.")
    with transaction(current_app.extensions["sop_factory"], write=True) as db:
        unlock(db, user_id, actor=actor.username, address=client_address())
