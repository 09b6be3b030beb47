"""Attach the documents a step requires when the scenario does not say so.

The acceptance scenarios (``acceptance/``) are written from the seed, which names the papers a
step checks but no files; the library marks those papers ``dokumen=wajib`` and the server then
refuses the step until a file is attached. For those scenarios the harness plays the careful
clerk: before completing a step it uploads a small real PDF for each required document the
case does not hold yet, through the same attachments API a user would use. The drafts under
``features/`` attach explicitly (``melampirkan dokumen``) and never use this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.document_rules import DECISION_NO, normalise
from engine.pdfdoc import text_pdf

from .errors import FiturGagal
from .model import Option, Step
from .server import message

if TYPE_CHECKING:
    from .world import Skenario

NOTE = "Dilampirkan otomatis oleh harness penerimaan (skenario tidak menyebut berkasnya)"


def upload_pdf(api: Any, task: dict[str, Any], name: str, field_id: str,
               lines: list[str]) -> Any:
    """Attach a small real PDF named after the document to ``task`` through the Camunda
    attachments API, as ``api``'s user; the response, for the caller to judge."""
    pdf = text_pdf(name, [*lines, f"Langkah: {task['name']}"])
    return api.post(f"/api/task/{task['id']}/attachment/create",
                    data={"attachment-name": name, "attachment-type": field_id},
                    files={"content": (f"{name}.pdf", pdf, "application/pdf")})


def lengkapi(world: Skenario, who: str, step: Step, task: dict[str, Any],
             option: Option | None) -> list[str]:
    """Upload, as ``who``, a PDF for each ``dokumen=wajib`` slot of ``step`` that no document
    of the case stands for yet; the names uploaded. A "Tidak" answer needs no documents
    (the engine exempts it: who returns the work says why in the alasan)."""
    if option is not None and option.value == DECISION_NO:
        return []
    wanted = step.documents
    if not wanted:
        return []
    held = _case_documents(world, task)
    api, _ = world.actor(who)
    uploaded = []
    for field_id, name in wanted:
        if normalise(name) in held:
            continue
        resp = upload_pdf(api, task, name, field_id, [world.sop.name, NOTE])
        if resp.status_code != 200:
            raise FiturGagal(f'Dokumen "{name}" untuk langkah "{step.name}" tidak dapat '
                             f"dilampirkan otomatis: {message(resp)}")
        held.add(normalise(name))
        uploaded.append(name)
    return uploaded


def _case_documents(world: Skenario, task: dict[str, Any]) -> set[str]:
    """The documents the case holds, by the name the engine compares (``item``)."""
    instance = task.get("processInstanceId") or world.current()
    resp = world.server.observer.get(f"/api/process-instance/{instance}/attachment")
    if resp.status_code != 200:
        raise FiturGagal(f"Dokumen berkas tidak dapat dibaca: {message(resp)}")
    return {normalise(a.get("item") or "") for a in resp.json() if a.get("item")}
