"""The OpenAPI document declares the error answers the API really gives.

flask-smorest documents only the success answer, a 422 for decorated arguments and a catch-all
``default`` whose schema (``code``/``status``) is not what api/errors.py answers. Clients and
schemathesis then learn nothing true about errors. Here the catch-all is dropped and every
operation lists, by status, the causes it shares with all others (rules below), each with the
real error schema (:class:`api.schemas.Error`). An operation's own ``alt_response`` wins.
"""

from __future__ import annotations

from apispec import BasePlugin
from flask_smorest import Api

from . import schemas

EVERY_OPERATION = ("400", "401", "403", "404", "422")
"""Malformed input (api.limits), no/expired token (the login itself: wrong password), no right
or a password change pending, an unknown id or key, a refused field."""

CHANGES = ("409", "413", "503")
"""Requests with a body or an effect: lost a race or a duplicate, body over MAX_CONTENT_LENGTH,
database not writable or too busy (api.errors, the login hash gate)."""

LOGIN_PATHS = ("/api/auth/token",)
"""Throttled logins answer 429 with Retry-After."""

_NAMES = {"400": "BAD_REQUEST", "401": "UNAUTHORIZED", "403": "FORBIDDEN", "404": "NOT_FOUND",
          "409": "CONFLICT", "413": "REQUEST_ENTITY_TOO_LARGE", "422": "UNPROCESSABLE_ENTITY",
          "429": "TOO_MANY_REQUESTS", "503": "SERVICE_UNAVAILABLE"}


class SopApi(Api):
    """flask-smorest's Api answering with :class:`api.schemas.Error`, without ``default``."""

    ERROR_SCHEMA = schemas.Error
    DEFAULT_ERROR_RESPONSE_NAME = None


class ErrorResponses(BasePlugin):
    """Adds the shared error statuses to each operation as it is registered."""

    def operation_helper(self, path=None, operations=None, **kwargs) -> None:
        for method, operation in (operations or {}).items():
            responses = operation.setdefault("responses", {})
            for status in statuses_of(path or "", method):
                responses.setdefault(status, _NAMES[status])


def statuses_of(path: str, method: str) -> list[str]:
    """The error statuses an operation can answer, by the rules of this module."""
    found = list(EVERY_OPERATION)
    if method.lower() in ("post", "put", "patch", "delete"):
        found += CHANGES
    if path in LOGIN_PATHS and method.lower() == "post":
        found.append("429")
    return found


def make_api(app) -> SopApi:
    """The app's Api with the error responses plugin installed."""
    return SopApi(app, spec_kwargs={"extra_plugins": [ErrorResponses()]})
