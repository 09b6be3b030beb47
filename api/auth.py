"""Who is calling the JSON API: the Bearer token, and nothing else.

The staff pages have their own login session (Flask-Login, with CSRF protection on every form).
The API never reads that session: a cookie-authenticated API would be open to cross-site
requests, since the API is exempt from the pages' CSRF check.
"""

from __future__ import annotations

import time

from flask import current_app, g, request

from engine.actors import Actor
from engine.db import transaction
from engine.errors import EngineError
from engine.users import actor_for_token


class Unauthorized(EngineError):
    status = 401


def current_actor(required: bool = True) -> Actor | None:
    """The actor of this request, from its ``Authorization: Bearer`` header."""
    if "actor" in g:
        return g.actor
    actor = _from_token()
    if actor is None and required:
        raise Unauthorized("Sertakan token yang sah: Authorization: Bearer <token>.",
                           "A valid token is required: Authorization: Bearer <token>.")
    g.actor = actor
    return actor


TOKEN_CACHE_SECONDS = 30.0
_TOKEN_CACHE: dict[str, tuple[float, Actor]] = {}


def _from_token() -> Actor | None:
    """The token's actor, remembered for a few seconds per worker.

    Every API request authenticates; a database round trip for each one costs a sixth of a
    completion. Role changes therefore reach a worker within ``TOKEN_CACHE_SECONDS``.
    """
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    token = header[7:].strip()
    cached = _TOKEN_CACHE.get(token)
    now = time.monotonic()
    if cached is not None and cached[0] > now:
        return cached[1]
    with transaction(current_app.extensions["sop_factory"]) as db:
        actor = actor_for_token(db, token)
    if actor is not None:
        if len(_TOKEN_CACHE) > 10_000:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[token] = (now + TOKEN_CACHE_SECONDS, actor)
    return actor
