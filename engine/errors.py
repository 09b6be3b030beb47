"""Errors the engine raises for callers to turn into clear answers (HTTP, CLI, pages)."""

from __future__ import annotations

from typing import Any


class EngineError(Exception):
    """Base: ``status`` is the HTTP status an API should answer with."""

    status = 400

    def __init__(self, message: str, message_en: str | None = None, **details: Any):
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.details = details

    def as_dict(self) -> dict[str, Any]:
        return {"message": self.message, "message_en": self.message_en, **self.details}


class NotFound(EngineError):
    status = 404


class Forbidden(EngineError):
    status = 403


class Conflict(EngineError):
    status = 409


class InvalidData(EngineError):
    """Submitted task data failed the form: ``details['errors']`` names each field."""

    status = 422


class DeploymentError(EngineError):
    """A BPMN file was refused: ``details['problems']`` lists file, line, element and why."""

    status = 400


class TooLarge(EngineError):
    """An upload above the size limit (a document bigger than ATTACHMENT_MAX_BYTES)."""

    status = 413
