"""Who is calling the JSON API: the Bearer token, and nothing else.

The staff pages have their own login session (Flask-Login, with CSRF protection on every form).
The API never reads that session: a cookie-authenticated API would be open to cross-site
requests, since the API is exempt from the pages' CSRF check.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from flask import current_app, g, request

from engine.actors import Actor
from engine.db import transaction
from engine.errors import EngineError, Forbidden
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
    if actor is not None and actor.must_change_password and not _changing_password(actor):
        raise Forbidden("Ganti kata sandi Anda terlebih dahulu: PUT /api/user/{id}/credentials.",
                        "Change your password first: PUT /api/user/{id}/credentials.",
                        field="password")
    g.actor = actor
    return actor


def _changing_password(actor: Actor) -> bool:
    """After an admin's reset, only changing the own password and logging out are allowed."""
    own = f"/api/user/{actor.username}/credentials"
    return (request.method, request.path) in (("PUT", own), ("DELETE", "/api/auth/token"))


def forget_user(username: str) -> None:
    """Drop every cached token of ``username`` from this worker (disabled, password changed):
    its rows are deleted, other workers forget them within ``TOKEN_CACHE_SECONDS``."""
    for token, (_, actor) in list(_TOKEN_CACHE.items()):
        if actor.username == username:
            _TOKEN_CACHE.pop(token, None)


TOKEN_CACHE_SECONDS = 30.0
_TOKEN_CACHE: dict[str, tuple[float, Actor]] = {}


def bearer_token() -> str | None:
    """The token of the ``Authorization: Bearer`` header, if any."""
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    return header[7:].strip() or None


def token_lifetime() -> timedelta:
    """How long a token is accepted after it was issued (``TOKEN_LIFETIME_DAYS``)."""
    return timedelta(days=float(current_app.config["TOKEN_LIFETIME_DAYS"]))


def forget_cached(token: str) -> None:
    """Drop a revoked token from this worker's cache (other workers forget it within
    ``TOKEN_CACHE_SECONDS``)."""
    _TOKEN_CACHE.pop(token, None)


def _from_token() -> Actor | None:
    """The token's actor, remembered for a few seconds per worker.

    Every API request authenticates; a database round trip for each one costs a sixth of a
    completion. Role changes and revocations made elsewhere therefore reach a worker within
    ``TOKEN_CACHE_SECONDS``; a token is never cached past its expiry.
    """
    token = bearer_token()
    if token is None:
        return None
    cached = _TOKEN_CACHE.get(token)
    now = time.monotonic()
    if cached is not None and cached[0] > now:
        return cached[1]
    with transaction(current_app.extensions["sop_factory"]) as db:
        found = actor_for_token(db, token, token_lifetime())
    if found is None:
        forget_cached(token)
        return None
    actor, expires = found
    remaining = (expires - datetime.now(UTC)).total_seconds()
    if len(_TOKEN_CACHE) > 10_000:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[token] = (now + min(TOKEN_CACHE_SECONDS, remaining), actor)
    return actor
