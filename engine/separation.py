"""Pemisahan tugas (separation of duties): who did a piece of work may not check it.

A decision step declares the steps it checks as a task property, as Camunda Modeler writes it
(Extensions > Properties)::

    <bpmn:userTask id="langkah_03" name="Verifikasi SPJ">
      <bpmn:extensionElements><camunda:properties>
        <camunda:property name="pemisahan_tugas" value="langkah_02"/>

The value lists user task ids, space separated. The user who completed any of them last in
the case (after a Tidak loop the latest doer counts) may neither claim nor complete the
declaring step: :func:`check` refuses with a 403, whoever they are (a Plt. / Plh. acting in the
role is still the same person, an admin too). The importer writes the property for every
decision that checks another pelaksana's work (engine.soptable.pemisahan); deployment refuses a
value it would not honour (:func:`model_problems`).

Cost: nothing for a step without the property; one query on ``task_events`` by its indexed
``instance_id`` for a step with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from sqlalchemy.orm import Session

from .actors import Actor
from .errors import Forbidden
from .model_problem import ModelProblem
from .tasklist import last_doers

PROPERTY = "pemisahan_tugas"

_BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
_CAMUNDA = "http://camunda.org/schema/1.0/bpmn"
_NS = {"bpmn": _BPMN, "camunda": _CAMUNDA}


def checked_steps(task_spec: Any) -> list[str]:
    """The ids of the steps a task checks (its ``pemisahan_tugas``), none when it declares none."""
    value = (getattr(task_spec, "extensions", None) or {}).get(PROPERTY) or ""
    return list(dict.fromkeys(value.split()))


@dataclass(frozen=True)
class Blocked:
    """Why a user may not act on a step: the checked step they did last, and the message."""

    step_id: str
    step_name: str
    message: str
    message_en: str

    def as_dict(self) -> dict[str, Any]:
        return {"blocked": True, "step": self.step_name, "stepId": self.step_id,
                "message": self.message, "message_en": self.message_en}


def blocked(session: Session, username: str, instance_id: int, task_spec: Any, role: str,
            spec: Any) -> Blocked | None:
    """Whether ``username`` completed last a step this task checks in this case (None: free).
    No query for a task without the property."""
    steps = checked_steps(task_spec)
    if not steps:
        return None
    doers = last_doers(session, instance_id, steps)
    for step_id in steps:
        if doers.get(step_id) == username:
            checked = spec.task_specs.get(step_id)
            name = getattr(checked, "bpmn_name", None) or step_id
            return Blocked(
                step_id, name,
                f"Pemisahan tugas: Anda menyelesaikan langkah \u201c{name}\u201d pada berkas "
                f"ini, jadi pemeriksaannya harus oleh pengguna lain yang memegang jabatan {role}.",
                f"Separation of duties: you completed the step \u201c{name}\u201d in this case, "
                f"so it must be checked by another user holding the role {role}.")
    return None


def check(session: Session, actor: Actor, instance_id: int, task_spec: Any, role: str,
          spec: Any) -> None:
    """Refuse (403) an actor who did the work this step checks; a no-op otherwise."""
    found = blocked(session, actor.username, instance_id, task_spec, role, spec)
    if found is not None:
        raise Forbidden(found.message, found.message_en, field=PROPERTY, step=found.step_id)


def status(session: Session, actor: Actor, instance_id: int, task_spec: Any, role: str,
           spec: Any) -> dict[str, Any] | None:
    """What the task page and ``GET /api/task/{id}`` say: None for a step without the
    property, ``{"blocked": False, ...}`` when the actor may act, the reason when not."""
    steps = checked_steps(task_spec)
    if not steps:
        return None
    found = blocked(session, actor.username, instance_id, task_spec, role, spec)
    if found is not None:
        return found.as_dict()
    return {"blocked": False, "checks": steps}


# -- deployment --------------------------------------------------------------------------------
def model_problems(process: etree._Element) -> list[ModelProblem]:
    """Every ``pemisahan_tugas`` property of a process the engine would not honour: one on an
    element that is not a user task, an empty value, or a value naming something that is not
    a user task of this process (a typo would silently separate nothing)."""
    user_tasks = {el.get("id") for el in process.iterfind(".//bpmn:userTask", _NS)}
    problems = []
    for holder, prop in _declarations(process):
        element = f"bpmn:{etree.QName(holder).localname} '{holder.get('id')}'"
        problem = _problem(holder, prop.get("value") or "", user_tasks)
        if problem:
            problems.append(ModelProblem(prop.sourceline, element, *problem))
    return problems


def _declarations(process: etree._Element):
    for prop in process.iterfind(".//camunda:properties/camunda:property", _NS):
        if prop.get("name") != PROPERTY:
            continue
        holder = prop.getparent().getparent()  # camunda:properties <- extensionElements
        if holder is not None and etree.QName(holder).localname == "extensionElements":
            yield holder.getparent(), prop


def _problem(holder: etree._Element, value: str, user_tasks: set[str]
             ) -> tuple[str, str] | None:
    if etree.QName(holder).localname != "userTask":
        return (f"{PROPERTY} belongs on the user task of the decision that checks the work; "
                f"move it to a bpmn:userTask",
                f"{PROPERTY} hanya berlaku pada user task keputusan yang memeriksa pekerjaan; "
                f"pindahkan ke bpmn:userTask")
    ids = value.split()
    if not ids:
        return (f"{PROPERTY} is empty; write the ids of the user tasks this step checks, "
                f"space separated (e.g. value=\"langkah_02\"), or remove the property",
                f"{PROPERTY} kosong; tulis id user task yang diperiksa langkah ini, dipisah "
                f"spasi (mis. value=\"langkah_02\"), atau hapus properti ini")
    unknown = [i for i in ids if i not in user_tasks or i == holder.get("id")]
    if not unknown:
        return None
    names = ", ".join(f"'{i}'" for i in unknown)
    known = ", ".join(sorted(user_tasks - {holder.get("id")})) or "-"
    return (f"{PROPERTY} names {names}, which is not another user task of this process; "
            f"write ids of user tasks it checks (one of: {known})",
            f"{PROPERTY} menyebut {names}, yang bukan user task lain dalam proses ini; tulis "
            f"id user task yang diperiksa (salah satu dari: {known})")
