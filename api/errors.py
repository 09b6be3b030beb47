"""Every API error answers JSON with a message (Indonesian and English) and the offending field.

The staff pages register their own HTML handlers on their blueprint; these app-wide handlers
answer everything else, and no request ever gets a stack trace.
"""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from sqlalchemy.exc import DataError, DBAPIError
from werkzeug.exceptions import HTTPException

from engine.db import is_unwritable
from engine.errors import EngineError

LOG = logging.getLogger("sop.api")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(EngineError, engine_error_json)
    app.register_error_handler(HTTPException, http_error_json)
    app.register_error_handler(DataError, data_error_json)
    app.register_error_handler(OverflowError, data_error_json)
    app.register_error_handler(DBAPIError, database_error_json)
    app.register_error_handler(Exception, unexpected_error_json)


def engine_error_json(err: EngineError):
    return jsonify(err.as_dict()), err.status


_HTTP_ID = {
    400: "Permintaan tidak dapat dibaca.",
    401: "Silakan masuk terlebih dahulu.",
    403: "Anda tidak berhak melakukan ini.",
    404: "Alamat tidak ditemukan.",
    405: "Metode tidak diizinkan untuk alamat ini.",
    413: "Berkas terlalu besar.",
    415: "Jenis isi tidak didukung; kirim JSON.",
}


def http_error_json(err: HTTPException):
    code = err.code or 500
    body = {"message": _HTTP_ID.get(code, err.name), "message_en": err.description or err.name}
    data = getattr(err, "data", None) or {}
    messages = data.get("messages") if isinstance(data, dict) else None
    if messages:
        errors = [{"field": field, "message": "; ".join(_flatten(msgs)),
                   "message_en": "; ".join(_flatten(msgs))}
                  for location, found in messages.items()
                  for field, msgs in _by_field(location, found)]
        names = ", ".join(e["field"] for e in errors)
        body = {"message": "Permintaan tidak valid: " + names,
                "message_en": "Invalid request: " + names,
                "field": errors[0]["field"] if errors else None, "errors": errors}
    return jsonify(body), code


def _by_field(location: str, found) -> list[tuple[str, object]]:
    """webargs reports {field: [msgs]} or, for an unreadable body, a bare list of messages."""
    if isinstance(found, dict):
        return [(field if field != "_schema" else location, msgs) for field, msgs in found.items()]
    return [(location, found)]


def data_error_json(err: Exception):
    """Last line: a value the database refused (PostgreSQL DataError: out of range, too long,
    bad encoding; SQLite's OverflowError for integers beyond 64 bits) is the caller's input.
    Schemas and api.limits should have refused it first, so it is logged to be fixed there."""
    LOG.warning("database refused a value on %s %s: %s", request.method, request.path,
                str(err).splitlines()[0] if str(err) else type(err).__name__)
    return jsonify({"message": "Nilai yang dikirim tidak dapat disimpan atau dicari.",
                    "message_en": "A value sent cannot be stored or searched for.",
                    "field": None}), 400


def database_error_json(err: DBAPIError):
    """A database that cannot write (SQLite read-only file or disk I/O error) or whose
    connection was lost answers 503: the pool has dropped the connection (engine.db), so the
    next try after the cause is gone works without a restart."""
    if err.connection_invalidated or is_unwritable(err):
        LOG.error("database unavailable on %s %s: %s", request.method, request.path,
                  str(err.orig) if err.orig is not None else err)
        response = jsonify({"message": "Basis data sedang tidak dapat menyimpan perubahan; "
                                       "coba lagi sebentar lagi.",
                            "message_en": "The database cannot store changes right now; "
                                          "try again shortly.", "field": None})
        response.headers["Retry-After"] = "30"
        return response, 503
    return unexpected_error_json(err)


def unexpected_error_json(err: Exception):
    if isinstance(err, HTTPException):
        return http_error_json(err)
    LOG.exception("unexpected error on %s %s", request.method, request.path)
    return jsonify({"message": "Terjadi kesalahan di server; kejadian ini telah dicatat.",
                    "message_en": "Server error; it has been logged."}), 500


def _flatten(msgs) -> list[str]:
    if isinstance(msgs, dict):
        return [f"{k}: {m}" for k, v in msgs.items() for m in _flatten(v)]
    if isinstance(msgs, list):
        return [str(m) for m in msgs]
    return [str(msgs)]
