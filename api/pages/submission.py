"""The HTML face's completion validator: request.form through the task's own WTForms class.

``Runtime.complete`` calls it inside its transaction with the task spec it is completing, so the
form that decides is the one of the step actually being completed. When it refuses, the bound
form (typed values kept, one message per bad field) stays on the object for the page to show.
"""

from __future__ import annotations

from typing import Any

from engine.errors import InvalidData
from forms import Checked, form_definition, validate_formdata


class FormSubmission:
    """Callable as ``Runtime.complete``'s ``validate``; remembers what it checked."""

    def __init__(self) -> None:
        self.checked: Checked | None = None

    def __call__(self, task_spec: Any, data: Any) -> dict[str, Any]:
        self.checked = validate_formdata(form_definition(task_spec), data)
        errors = self.checked.errors
        if errors:
            names = ", ".join(e.field for e in errors)
            raise InvalidData(f"Isian tidak valid: {names}.", f"Invalid fields: {names}.",
                              field=errors[0].field, errors=[e.as_dict() for e in errors])
        return self.checked.data
