"""App-wide refusals of input no handler should ever see: NUL characters, unencodable text,
JSON nested beyond reason.

These are checked once per request, before any view, because every layer below would fail on
them differently: PostgreSQL refuses NUL in text (a DataError deep in a transaction), both
drivers refuse lone UTF-16 surrogates (UnicodeEncodeError), and Python's JSON parser hits the
recursion limit on a body nested 50,000 deep. Each refusal is a 400 naming the parameter.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Flask, request

from engine.errors import EngineError

MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects a JSON body may have (task data needs 3 or 4)."""


class BadInput(EngineError):
    """Malformed input refused before any view ran."""

    status = 400


def register_input_guards(app: Flask) -> None:
    app.before_request(refuse_bad_input)


def refuse_bad_input() -> None:
    """Refuse NUL/unencodable text in the path, query, form, file names and JSON body."""
    if not _clean(request.path):
        raise _unreadable("path")
    for source in (request.args, request.form):
        for name, value in source.items(multi=True):
            if not _clean(name) or not _clean(value):
                raise _unreadable(_printable(name))
    for name, upload in request.files.items(multi=True):
        if not _clean(name) or not _clean(upload.filename or ""):
            raise _unreadable(_printable(name))
    if request.is_json and request.content_length != 0:
        check_json_body(request.get_data(cache=True))


def check_json_body(raw: bytes) -> None:
    """Depth and text checks of a JSON body; unparseable bodies are left to webargs (400)."""
    try:
        document = json.loads(raw)
    except RecursionError:
        raise _too_deep("body") from None
    except ValueError:
        return
    _walk(document)


def _walk(document: Any) -> None:
    """Iterative (a recursive walk would itself hit the limit it enforces)."""
    stack: list[tuple[Any, int, str]] = [(document, 0, "")]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, str):
            if not _clean(value):
                raise _unreadable(path or "body")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= MAX_JSON_DEPTH:
            raise _too_deep(path.split(".")[0].split("[")[0] or "body")
        if isinstance(value, dict):
            for key, item in value.items():
                if not _clean(key):
                    raise _unreadable(_join(path, _printable(key)))
                stack.append((item, depth + 1, _join(path, key)))
        else:
            stack.extend((item, depth + 1, f"{path}[{i}]") for i, item in enumerate(value))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _clean(text: str | None) -> bool:
    """No NUL and nothing UTF-8 cannot encode (lone surrogates from ``\\ud800`` escapes); a
    multipart part whose name or value the parser could not read at all arrives as None."""
    if text is None or "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(name: str | None) -> str:
    if name is None:
        return "?"
    return name.replace("\x00", "\\0").encode("utf-8", "backslashreplace").decode("utf-8")


def _unreadable(field: str) -> BadInput:
    return BadInput(f"Isian '{field}' memuat karakter yang tidak diizinkan (NUL atau kode "
                    "Unicode yang tidak sah).",
                    f"'{field}' contains a character that is not allowed (NUL or an invalid "
                    "Unicode code point).", field=field)


def _too_deep(field: str) -> BadInput:
    return BadInput(f"JSON terlalu dalam: paling banyak {MAX_JSON_DEPTH} tingkat.",
                    f"JSON nested too deeply: at most {MAX_JSON_DEPTH} levels.", field=field)
