"""Driving an SOP over the HTTP API as its users, the way staff would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import ROOT, ApiClient

SPJ_KEY = "serang_kominfo_penyusunan_spj"
SPJ_INSTANSI = "serang-diskominfo"
SPJ_LIBRARY = ROOT / "bpmn" / SPJ_INSTANSI / f"{SPJ_KEY}.bpmn"
# Library SOPs without their dokumen=wajib marks: the tests and the benchmark that play them
# through the API stay about the flow (and comparable over time), not about attachments
# (tests/test_document_rules.py is). Regenerate with: .venv/bin/python tests/spj.py
FIXTURE_BPMN = ROOT / "tests" / "fixtures" / "bpmn"
SPJ_BPMN = FIXTURE_BPMN / SPJ_INSTANSI / f"{SPJ_KEY}.bpmn"
CUTI_BPMN = FIXTURE_BPMN / "lumajang-disdukcapil" / "lumajang_dukcapil_pengajuan_cuti.bpmn"
KEBERSIHAN_BPMN = FIXTURE_BPMN / "lumajang-disdukcapil" / "lumajang_dukcapil_kebersihan_kantor.bpmn"
WITHOUT_DOCUMENTS = (SPJ_BPMN, CUTI_BPMN, KEBERSIHAN_BPMN)  # KEBERSIHAN: bench/scale_bench.py
_DOCUMENT_MARK = re.compile(r'\s*<camunda:properties>\s*<camunda:property id="dokumen" '
                            r'value="[^"]*"/>\s*</camunda:properties>')


def without_documents(xml: str) -> str:
    """A BPMN text with every form field's ``dokumen`` mark removed (as the importer wrote it)."""
    return _DOCUMENT_MARK.sub("", xml)


def spj_bpmn() -> Path:
    return SPJ_BPMN


def valid_data(fields: list[dict[str, Any]], keputusan: str | None = None,
               alasan: str = "") -> dict[str, Any]:
    """Data a careful user would submit: every checkbox ticked, the decision taken."""
    data: dict[str, Any] = {}
    for field in fields:
        if field["type"] == "boolean":
            data[field["id"]] = True
        elif field["id"] == "keputusan":
            data["keputusan"] = keputusan or "Ya"
        elif field["id"] == "alasan":
            data["alasan"] = alasan
        elif field["type"] == "string" and field["required"]:
            data[field["id"]] = "isi"
    return data


def complete_step(client: ApiClient, task: dict[str, Any], keputusan: str | None = None,
                  alasan: str = "") -> dict[str, Any]:
    """Claim, read the form, complete; returns the instance JSON."""
    assert client.post(f"/api/task/{task['id']}/claim").status_code == 200
    fields = client.get(f"/api/task/{task['id']}/form-variables").json()
    resp = client.post(f"/api/task/{task['id']}/complete",
                       json={"variables": valid_data(fields, keputusan, alasan)})
    assert resp.status_code == 200, resp.text
    return resp.json()


def library_source(fixture: Path) -> Path:
    """The library file a fixture copy was made from."""
    return ROOT / "bpmn" / fixture.relative_to(FIXTURE_BPMN)


if __name__ == "__main__":
    for fixture in WITHOUT_DOCUMENTS:
        fixture.parent.mkdir(parents=True, exist_ok=True)
        fixture.write_text(without_documents(library_source(fixture).read_text(
            encoding="utf-8")), encoding="utf-8")
        print(f"wrote {fixture.relative_to(ROOT)}")
