"""Validation messages in both locales. ``Msg`` is a str (Indonesian) carrying its English twin."""

from __future__ import annotations

_CATALOG: dict[str, tuple[str, str]] = {
    "required": ("{label} wajib diisi.", "{label} is required."),
    "required_checkbox": ("{label} wajib dicentang.", "{label} must be checked."),
    "required_if": (
        "{label} wajib diisi bila jawaban \u201c{other}\u201d adalah {value}.",
        "{label} is required when the answer to \u201c{other}\u201d is {value}.",
    ),
    "minlength": ("{label} minimal {n} karakter.", "{label} must be at least {n} characters."),
    "maxlength": ("{label} maksimal {n} karakter.", "{label} must be at most {n} characters."),
    "min": ("{label} minimal {n}.", "{label} must be at least {n}."),
    "max": ("{label} maksimal {n}.", "{label} must be at most {n}."),
    "type_long": ("{label} harus bilangan bulat.", "{label} must be a whole number."),
    "type_boolean": ("{label} harus benar/salah.", "{label} must be true or false."),
    "type_string": ("{label} harus teks.", "{label} must be text."),
    "type_date": (
        "{label} harus tanggal dengan format TTTT-BB-HH.",
        "{label} must be a date formatted YYYY-MM-DD.",
    ),
    "enum": (
        "{label}: nilai '{value}' tidak dikenal; pilihan: {options}.",
        "{label}: unknown value '{value}'; choose one of: {options}.",
    ),
    "readonly": ("{label} hanya-baca dan tidak boleh diubah.", "{label} is read-only."),
    "unknown": (
        "Isian '{field}' tidak ada pada formulir langkah ini.",
        "Field '{field}' is not part of this step's form.",
    ),
}


class Msg(str):
    """An Indonesian message that also knows its English text (``.en``) and its ``code``."""

    en: str
    code: str

    def __new__(cls, code: str, **params: object) -> Msg:
        text_id, text_en = _CATALOG[code]
        obj = super().__new__(cls, text_id.format(**params))
        obj.en = text_en.format(**params)
        obj.code = code
        return obj

    def in_locale(self, locale: str) -> str:
        return self.en if locale.startswith("en") else str(self)
