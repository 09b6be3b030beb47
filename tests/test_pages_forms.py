"""One form definition, two faces: HTML form data and JSON payloads meet the same WTForms class."""

from __future__ import annotations

import pytest
from conftest import ROOT
from werkzeug.datastructures import MultiDict

from api.pages.submission import FormSubmission
from engine.errors import InvalidData
from engine.specs import parse_spec
from forms import FieldDef, FormDefinition, form_definition, validate_formdata, validate_payload

YA_TIDAK = (("Ya", "Ya"), ("Tidak", "Tidak"))
FORM = FormDefinition((
    FieldDef("kelengkapan_1", "boolean", "Nota", required=True),
    FieldDef("kelengkapan_2", "boolean", "Kuitansi", required=True),
    FieldDef("output", "string", "Output: SPJ", maxlength=20),
    FieldDef("jumlah", "long", "Jumlah", min=1, max=100),
    FieldDef("keputusan", "enum", "SPJ lengkap?", required=True, options=YA_TIDAK),
    FieldDef("alasan", "string", "Alasan", required_if=("keputusan", "Tidak"), maxlength=100),
    FieldDef("kode", "string", "Kode", readonly=True, default="K-1"),
))


def html(**fields: str) -> MultiDict:
    return MultiDict({"csrf_token": "abc", **fields})


def codes(errors) -> dict[str, str]:
    return {e.field: e.code for e in errors}


def test_a_complete_html_submission_gives_typed_process_data():
    checked = validate_formdata(FORM, html(kelengkapan_1="y", kelengkapan_2="y", output="SPJ Mei",
                                           jumlah="3", keputusan="Ya", kode="diubah"))
    assert checked.errors == []
    assert checked.data == {"kelengkapan_1": True, "kelengkapan_2": True, "output": "SPJ Mei",
                            "jumlah": 3, "keputusan": "Ya", "alasan": "", "kode": "K-1"}


def test_unticked_checkbox_and_too_long_text_are_refused_and_the_text_kept():
    too_long = "x" * 21
    checked = validate_formdata(FORM, html(kelengkapan_2="y", output=too_long, keputusan="Ya"))
    assert codes(checked.errors) == {"kelengkapan_1": "required_checkbox", "output": "maxlength"}
    assert checked.form["output"].data == too_long
    assert checked.form["kelengkapan_2"].data is True
    message = checked.form["kelengkapan_1"].errors[0]
    assert str(message) == "Nota wajib dicentang." and message.en == "Nota must be checked."


def test_returning_without_a_reason_is_refused_by_the_same_form():
    checked = validate_formdata(FORM, html(kelengkapan_1="y", kelengkapan_2="y",
                                           keputusan="Tidak"))
    assert codes(checked.errors) == {"alasan": "required_if"}
    assert "SPJ lengkap?" in checked.errors[0].message
    ok = validate_formdata(FORM, html(kelengkapan_1="y", kelengkapan_2="y", keputusan="Tidak",
                                      alasan="nota kurang"))
    assert ok.errors == [] and ok.data["alasan"] == "nota kurang"


@pytest.mark.parametrize("formdata, payload", [
    ({}, {}),
    ({"output": "x" * 21, "keputusan": "Mungkin"}, {"output": "x" * 21, "keputusan": "Mungkin"}),
    ({"jumlah": "0", "keputusan": "Tidak"}, {"jumlah": 0, "keputusan": "Tidak"}),
    ({"jumlah": "101", "kelengkapan_1": "y"}, {"jumlah": 101, "kelengkapan_1": True}),
])
def test_both_faces_refuse_the_same_fields_with_the_same_messages(formdata, payload):
    from_html = validate_formdata(FORM, html(**formdata)).errors
    _, from_json = validate_payload(FORM, payload)
    assert from_html == from_json


def test_the_json_face_still_checks_json_types_and_unknown_fields():
    _, errors = validate_payload(FORM, {"kelengkapan_1": "ya", "jumlah": "3", "lain": 1,
                                        "kode": "diubah"})
    assert codes(errors) == {"lain": "unknown", "kelengkapan_1": "type_boolean",
                             "jumlah": "type_long", "kode": "readonly",
                             "kelengkapan_2": "required_checkbox", "keputusan": "required"}


def test_decision_and_checklist_are_read_from_the_definition():
    assert FORM.decision().id == "keputusan"
    assert [f.id for f in FORM.checklist()] == ["kelengkapan_1", "kelengkapan_2"]
    other = FormDefinition((FieldDef("keputusan", "enum", "?", options=(("A", "A"),)),))
    assert other.decision() is None and other.checklist() == ()


def test_the_fixture_decision_step_has_a_decision():
    spec = parse_spec("fixture_spj", (ROOT / "tests/fixtures/spj_loop.bpmn").read_text())
    assert form_definition(spec.task_specs["langkah_03"]).decision().id == "keputusan"
    assert form_definition(spec.task_specs["langkah_01"]).decision() is None


def test_the_pages_validator_raises_invalid_data_and_keeps_the_bound_form():
    spec = parse_spec("fixture_spj", (ROOT / "tests/fixtures/spj_loop.bpmn").read_text())
    submission = FormSubmission()
    with pytest.raises(InvalidData) as refused:
        submission(spec.task_specs["langkah_01"], html(output="ditulis"))
    assert refused.value.details["field"] == "kelengkapan_1"
    assert submission.checked.form["output"].data == "ditulis"
    clean = submission(spec.task_specs["langkah_01"], html(kelengkapan_1="y"))
    assert clean["kelengkapan_1"] is True
