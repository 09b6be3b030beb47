"""Forms generated from a user task's ``camunda:formData``: one definition, two faces.

The same WTForms class validates the JSON API's payloads and renders the staff pages, so both
give the same messages (Bahasa Indonesia first, English second).
"""

from .definition import FieldDef, FormDefinition, form_definition
from .drafts import draft_values, restore_draft
from .prefill import previous_values
from .validation import Checked, FieldError, check_formdata, validate_formdata, validate_payload
from .wtf import wtform_class

__all__ = ["Checked", "FieldDef", "FieldError", "FormDefinition", "check_formdata",
           "draft_values", "form_definition", "previous_values", "restore_draft",
           "validate_formdata", "validate_payload", "wtform_class"]
