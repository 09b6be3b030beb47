"""Every step a person does sits in a lane.

A step's role is its lane (engine.specs / engine.jabatan): a user, manual or plain task outside
every lane would get the role "" and could never be claimed or completed by anyone, so the case
would hang there. Deployment refuses such a task naming it and its line. A process without any
lane is refused the same way (its people's steps have no role at all); no SOP of the library nor
any test model runs without lanes. A step inside an embedded sub-process belongs to the lane of
the sub-process unless it names its own, so a task counts as placed when it or one of its
enclosing sub-processes is referenced by a lane.
"""

from __future__ import annotations

from lxml import etree

from .model_problem import ModelProblem

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
PEOPLE_STEPS = {"userTask", "manualTask", "task"}


def model_problems(process: etree._Element) -> list[ModelProblem]:
    """A problem for each person's step of ``process`` that no lane holds."""
    placed = {ref.text.strip() for ref in process.iter(f"{{{BPMN_NS}}}flowNodeRef") if ref.text}
    has_lanes = any(True for _ in process.iter(f"{{{BPMN_NS}}}lane"))
    problems = []
    for el in process.iter():
        if not isinstance(el.tag, str) or etree.QName(el).namespace != BPMN_NS:
            continue
        local = etree.QName(el).localname
        if local not in PEOPLE_STEPS or _in_a_lane(el, placed):
            continue
        problems.append(_problem(el, local, has_lanes))
    return problems


def _in_a_lane(el: etree._Element, placed: set[str]) -> bool:
    node = el
    while node is not None and etree.QName(node).localname != "process":
        if node.get("id") in placed:
            return True
        node = node.getparent()
    return False


def _problem(el: etree._Element, local: str, has_lanes: bool) -> ModelProblem:
    name = el.get("name") or el.get("id")
    element = f"bpmn:{local} '{el.get('id')}'"
    if has_lanes:
        return ModelProblem(
            el.sourceline, element,
            f"step '{name}' is outside every lane, so no one could ever do it; move it into the "
            "lane of the jabatan that does it",
            f"langkah '{name}' berada di luar semua lane, sehingga tidak ada yang dapat "
            "mengerjakannya; pindahkan ke lane jabatan yang mengerjakannya")
    return ModelProblem(
        el.sourceline, element,
        f"step '{name}' has no lane because the process has none; draw a pool with a lane per "
        "jabatan (the lane's name is the role that does the step) and put the step in it",
        f"langkah '{name}' tidak punya lane karena prosesnya tidak punya lane; gambar pool "
        "dengan satu lane per jabatan (nama lane = peran yang mengerjakan) dan taruh langkah "
        "di dalamnya")
