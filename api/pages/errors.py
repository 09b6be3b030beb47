"""Error pages in the staff's language: a refusal, a conflict, a stale form; never a stack trace.

Handlers on the blueprint answer everything raised in a page view (including the CSRF check,
which runs before the view). Unknown addresses outside ``/api`` also get a page; the API keeps
its JSON answers.
"""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError
from werkzeug.exceptions import HTTPException

from engine.db import is_unwritable
from engine.errors import EngineError

from .. import errors as api_errors
from .blueprint import bp
from .i18n import localized

LOG = logging.getLogger("sop.pages")

TITLES = {
    400: _l("Permintaan tidak dapat diproses"),
    401: _l("Silakan masuk"),
    403: _l("Akses ditolak"),
    404: _l("Halaman tidak ditemukan"),
    405: _l("Cara membuka halaman ini tidak diizinkan"),
    409: _l("Sudah didahului pengguna lain"),
    422: _l("Isian tidak valid"),
    503: _l("Server sedang tidak dapat menyimpan"),
    500: _l("Terjadi kesalahan di server"),
}
DETAILS = {
    404: _l("Alamat yang Anda buka tidak ada, atau tugas itu sudah tidak ada lagi."),
    405: _l("Buka halaman ini melalui tautan atau tombol yang tersedia."),
    500: _l("Kejadian ini telah dicatat. Silakan coba lagi nanti."),
    503: _l("Basis data sementara tidak dapat ditulisi. Isian Anda belum tersimpan; coba lagi "
            "sebentar lagi."),
}


def error_page(status: int, message: str, hint: str | None = None) -> tuple[str, int]:
    return render_template("error.html", status=status, title=TITLES.get(status, TITLES[400]),
                           message=message, hint=hint), status


def wants_json() -> bool:
    """A page's script asking (the designer's editors): answer JSON, as the API does."""
    return request.is_json or request.accept_mimetypes.best == "application/json"


@bp.errorhandler(EngineError)
def engine_error(err: EngineError):
    if wants_json():
        return jsonify({**err.as_dict(), "message": localized(err)}), err.status
    hint = _l("Muat ulang Tugas Saya untuk melihat keadaan terbaru.") if err.status == 409 \
        else None
    return error_page(err.status, localized(err), hint and str(hint))


@bp.errorhandler(CSRFError)
def csrf_error(err: CSRFError):
    if wants_json():
        return jsonify({"message": str(_l("Formulir ini sudah kedaluwarsa atau tidak sah.")) + " "
                        + str(_l("Muat ulang halaman, lalu kirim lagi."))}), 400
    return error_page(400, str(_l("Formulir ini sudah kedaluwarsa atau tidak sah.")),
                      str(_l("Muat ulang halaman, lalu kirim lagi.")))


@bp.errorhandler(HTTPException)
def http_error(err: HTTPException) -> tuple[str, int]:
    status = err.code or 500
    return error_page(status, str(DETAILS.get(status, err.name)))


@bp.errorhandler(Exception)
def unexpected_error(err: Exception) -> tuple[str, int]:
    if isinstance(err, HTTPException):
        return http_error(err)
    if isinstance(err, DBAPIError) and (err.connection_invalidated or is_unwritable(err)):
        LOG.error("database unavailable on %s %s: %s", request.method, request.path, err.orig)
        body, status = error_page(503, str(DETAILS[503]))
        return body, status, {"Retry-After": "30"}
    LOG.exception("unexpected error on %s %s", request.method, request.path)
    return error_page(500, str(DETAILS[500]))


def _page_or_json(err: HTTPException):
    """Addresses that match no route: JSON under /api (as before), a page elsewhere."""
    if request.path.startswith("/api"):
        return api_errors.http_error_json(err)
    return http_error(err)


def register_fallbacks(app: Flask) -> None:
    app.register_error_handler(404, _page_or_json)
    app.register_error_handler(405, _page_or_json)
