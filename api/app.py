"""The Flask application: the JSON API (Bearer tokens) and the staff pages (login session)."""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask

from engine import outbox
from engine.background import Background, interval_from_env
from engine.db import make_engine, make_session_factory
from engine.documents import MAX_BYTES, Documents
from engine.mailer import MailSettings
from engine.runtime import Runtime

from .case_admin_resources import blp as case_admin_blp
from .case_resources import blp as cases_blp
from .comment_resources import blp as comments_blp
from .converters import register_converters
from .days_off_resources import blp as days_off_blp
from .document_resources import blp as documents_blp
from .draft_resources import blp as drafts_blp
from .errors import register_error_handlers
from .incident_resources import blp as incidents_blp
from .jabatan_resources import blp as jabatan_blp
from .limits import register_input_guards
from .login_resources import blp as login_blp
from .login_resources import init_login_settings, login_config_defaults
from .notification_resources import blp as notifications_blp
from .openapi_errors import make_api
from .pages import register_pages
from .report_resources import blp as reports_blp
from .report_review_resources import blp as report_review_blp
from .resources import blp
from .security import cookie_config_defaults, init_security
from .sop_book_resources import blp as sop_book_blp
from .sop_document_resources import blp as sop_document_blp
from .substitution_resources import blp as substitutions_blp
from .users_resources import blp as users_blp
from .version_diff_resources import blp as version_diff_blp


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``DATABASE_URL`` (config or environment) picks the database."""
    app = Flask(__name__)
    app.config.update(
        API_TITLE="SOP AP Engine", API_VERSION="1", OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api", OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH=None, SECRET_KEY=os.environ.get("SECRET_KEY"),
        DATABASE_URL=os.environ.get("DATABASE_URL"), ALLOW_SCRIPTS=False,
        TOKEN_LIFETIME_DAYS=os.environ.get("TOKEN_LIFETIME_DAYS", "30"),
        MAX_CONTENT_LENGTH=16 * 1024 * 1024, JSON_SORT_KEYS=False,
        ATTACHMENT_MAX_BYTES=os.environ.get("ATTACHMENT_MAX_BYTES", str(MAX_BYTES)),
    )
    app.config.update(login_config_defaults(), **cookie_config_defaults())
    app.config.update(config or {})
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.config["TOKEN_LIFETIME_DAYS"] = _positive_days(app.config["TOKEN_LIFETIME_DAYS"])
    engine = make_engine(app.config["DATABASE_URL"])
    factory = make_session_factory(engine)
    app.extensions["sop_engine"] = engine
    app.extensions["sop_factory"] = factory
    app.extensions["sop_runtime"] = Runtime(factory, allow_scripts=app.config["ALLOW_SCRIPTS"])
    _init_mail(app)
    app.extensions["sop_documents"] = Documents(
        factory, max_bytes=_positive_bytes(app.config["ATTACHMENT_MAX_BYTES"]))
    register_converters(app)  # before any route: <int:...> is bounded (api.converters)
    api = make_api(app)
    api.register_blueprint(blp)
    api.register_blueprint(cases_blp)
    api.register_blueprint(case_admin_blp)
    api.register_blueprint(days_off_blp)
    api.register_blueprint(jabatan_blp)
    api.register_blueprint(incidents_blp)
    api.register_blueprint(users_blp)
    api.register_blueprint(login_blp)
    api.register_blueprint(substitutions_blp)
    api.register_blueprint(reports_blp)
    api.register_blueprint(report_review_blp)
    api.register_blueprint(documents_blp)
    api.register_blueprint(comments_blp)
    api.register_blueprint(drafts_blp)
    api.register_blueprint(notifications_blp)
    api.register_blueprint(sop_document_blp)
    api.register_blueprint(sop_book_blp)
    api.register_blueprint(version_diff_blp)
    register_error_handlers(app)
    register_input_guards(app)
    init_login_settings(app)
    init_security(app)
    register_pages(app)
    return app


def _init_mail(app: Flask) -> None:
    """SMTP settings (``MAIL_SETTINGS`` in the config, else the environment): notifications
    put mails in the outbox only when SMTP_HOST is set. No thread starts here (tests build
    many apps): the server starts the background loop with :func:`start_background`."""
    settings = app.config.get("MAIL_SETTINGS") or MailSettings.from_env()
    app.extensions["sop_mail"] = settings
    app.extensions["sop_runtime"].mail_enabled = settings.enabled
    outbox.configure(settings)


def start_background(app: Flask) -> Background:
    """Start the background loop (timers, overdue scan, digest, outbox) of a serving worker."""
    loop = Background(app.extensions["sop_factory"], app.extensions["sop_mail"],
                      interval=interval_from_env(), runtime=app.extensions["sop_runtime"])
    app.extensions["sop_background"] = loop.start()
    return loop


def _positive_days(value: Any) -> float:
    """``TOKEN_LIFETIME_DAYS`` as a number, refused at start-up rather than on every request."""
    try:
        days = float(value)
    except (TypeError, ValueError):
        days = 0.0
    if not days > 0:
        raise ValueError(f"TOKEN_LIFETIME_DAYS must be a positive number of days, not {value!r}")
    return days


def _positive_bytes(value: Any) -> int:
    """``ATTACHMENT_MAX_BYTES`` (the largest document, in bytes) as a number, refused at
    start-up when it is not a positive whole number."""
    try:
        size = int(value)
    except (TypeError, ValueError):
        size = 0
    if size <= 0:
        raise ValueError(f"ATTACHMENT_MAX_BYTES must be a positive number of bytes, not {value!r}")
    return size
