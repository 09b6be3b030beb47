"""Driving an SOP over the HTTP API as its users, the way staff would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ROOT, ApiClient

SPJ_BPMN = ROOT / "bpmn" / "serang-diskominfo" / "serang_kominfo_penyusunan_spj.bpmn"
SPJ_KEY = "serang_kominfo_penyusunan_spj"
SPJ_INSTANSI = "serang-diskominfo"


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
