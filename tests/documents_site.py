"""The SPJ SOP with one required document (step 1's kelengkapan "SPJ", dokumen=wajib), its
people with full names, and small real files (PDF, PNG) for the document page tests."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY

from engine.db import make_engine, make_session_factory, transaction
from engine.users import create_user, hash_password

KEY = SPJ_KEY
PEOPLE = [  # username, full name, roles
    ("pptk", "Agus Saputra", [("PPTK", SPJ_INSTANSI)]),
    ("pptk2", "Dewi Lestari", [("PPTK", SPJ_INSTANSI)]),
    ("bendahara", "Budi Santoso", [("Bendahara Pengeluaran", SPJ_INSTANSI)]),
    ("luar", "Rina Wati", [("Analis Keuangan", SPJ_INSTANSI)]),  # no role in the SPJ SOP
]
_MARK = re.compile(r'\s*<camunda:properties>\s*<camunda:property id="dokumen" value="\w+"/>'
                   r'\s*</camunda:properties>')
_SPJ_FIELD = '<camunda:formField id="kelengkapan_1" label="SPJ" type="boolean">'


def spj_with_document(folder: Path) -> Path:
    """The library's SPJ SOP with exactly one document mark, whatever the library marks."""
    xml = _MARK.sub("", SPJ_BPMN.read_text(encoding="utf-8"))
    assert xml.count(_SPJ_FIELD) == 1
    xml = xml.replace(_SPJ_FIELD, _SPJ_FIELD + '\n<camunda:properties><camunda:property '
                      'id="dokumen" value="wajib"/></camunda:properties>')
    path = folder / SPJ_INSTANSI / SPJ_BPMN.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(xml, encoding="utf-8")
    return path


def set_up(url: str, folder: Path) -> None:
    """Deploy the SOP and create its people (password "rahasia")."""
    deploy_paths(url, spj_with_document(folder), base=folder)
    secret = hash_password("rahasia")
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        for username, name, roles in PEOPLE:
            create_user(db, username, "", roles, full_name=name, password_hash=secret)


