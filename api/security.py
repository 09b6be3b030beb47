"""Security headers on every response, the session cookie's flags, and the reverse proxy setting.

- Content-Security-Policy: scripts, styles and images only from this site (api/static), no
  inline script or style, no plugins, no framing; forms post only here.
- X-Frame-Options DENY (older browsers), X-Content-Type-Options nosniff, Referrer-Policy
  same-origin (addresses of cases never leak to other sites).
- ``Cache-Control: no-store`` on everything but the static files: pages show case data and the
  API answers carry it, so Back after Keluar must not show the previous user's inbox, and no
  shared cache may keep a copy.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
))
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def cookie_config_defaults() -> dict[str, Any]:
    """The session cookie's flags (Flask defines these keys, so ``setdefault`` would not do):
    SameSite=Lax and HttpOnly always; Secure when ``SESSION_COOKIE_SECURE`` says so (set it
    whenever the site is served over HTTPS)."""
    secure = os.environ.get("SESSION_COOKIE_SECURE", "").lower() in ("1", "true", "yes", "on")
    return {"SESSION_COOKIE_SAMESITE": "Lax", "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SECURE": secure, "REMEMBER_COOKIE_SAMESITE": "Lax",
            "TRUSTED_PROXIES": os.environ.get("TRUSTED_PROXIES", "0")}


def init_security(app: Flask) -> None:
    """Add the headers to every response; trust ``TRUSTED_PROXIES`` reverse proxies' headers."""
    app.after_request(_add_headers)
    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies > 0:
        # the client address (throttle, audit) and the scheme come from the proxy's headers
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies,
                                x_host=proxies)  # type: ignore[method-assign]


def _add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        response.headers.pop("Expires", None)
    return response
