"""The staff pages: server-rendered HTML in Bahasa Indonesia (English second), no JSON in sight.

``register_pages(app)`` wires everything the pages need into the app: translations and date
formats, the login session, CSRF protection on every page form (the JSON API is exempt: it
accepts Bearer tokens only, never the session cookie), the views and their error pages.
"""

from __future__ import annotations

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from . import (  # noqa: F401  (register the views)
    account,
    admin_audit,
    admin_incidents,
    admin_substitutions,
    admin_users,
    case_admin,
    cases,
    comments,
    designer,
    designer_modeler,
    designer_table,
    designer_versions,
    documents,
    errors,
    handover,
    inbox,
    instance,
    login,
    notifications,
    report_charts,
    report_dashboard,
    report_review,
    sop_catalogue,
    start,
    task,
)
from .blueprint import bp
from .i18n import init_i18n
from .login import init_login

CSRF_HOURS = 8  # a working day: a form left open over lunch still submits


def register_pages(app: Flask) -> None:
    """Register the pages on ``app`` (after the API blueprints, which are exempted from CSRF:
    they authenticate by Bearer token only, never by the session cookie)."""
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", CSRF_HOURS * 3600)
    # the session cookie's flags (SameSite=Lax, HttpOnly, Secure) are set by api.security
    init_i18n(app)
    init_login(app)
    csrf = CSRFProtect(app)
    for blueprint in list(app.blueprints.values()):
        if (blueprint.url_prefix or "").startswith("/api"):
            csrf.exempt(blueprint)
    app.register_blueprint(bp)
    errors.register_fallbacks(app)
