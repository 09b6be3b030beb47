"""Which task-data names a gateway condition may read: checked at deployment, not at run time.

A condition naming a variable nothing ever sets deploys and then answers 409 on every case that
reaches it. The names a condition may read are the form fields (``camunda:formData`` field ids)
of the steps that can precede it (every node from which its flow's source is reachable,
the source included) and the start variables: the start event's form fields, and the names a
process designer declares in a ``camunda:property`` named :data:`START_VARIABLES` (comma
separated) on the start event or on the process, for values given at start over the API.
"""

from __future__ import annotations

from lxml import etree

from .call_spec import outcome_variable

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
START_VARIABLES = "startVariables"


def known_names(flow: etree._Element) -> set[str]:
    """The names the condition on sequence flow ``flow`` may read (see the module docstring)."""
    scope = flow.getparent()
    nodes = {el.get("id"): el for el in scope if isinstance(el.tag, str) and el.get("id")}
    incoming: dict[str, list[str]] = {}
    for el in scope.iterfind(f"{{{BPMN_NS}}}sequenceFlow"):
        incoming.setdefault(el.get("targetRef", ""), []).append(el.get("sourceRef", ""))
    names = set(_declared_start_variables(scope))
    for el in scope.iterfind(f"{{{BPMN_NS}}}startEvent"):
        names |= _form_fields(el) | set(_declared_start_variables(el))
    seen, todo = set(), [flow.get("sourceRef", "")]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if node in nodes:
            names |= _form_fields(nodes[node]) | _call_outputs(nodes[node])
        todo.extend(incoming.get(node, []))
    return names


def _form_fields(node: etree._Element) -> set[str]:
    return {f.get("id") for f in node.iterfind(
        f"{{{BPMN_NS}}}extensionElements/{{{CAMUNDA_NS}}}formData/{{{CAMUNDA_NS}}}formField")
        if f.get("id")}


def _call_outputs(node: etree._Element) -> set[str]:
    """What a call activity gives back (engine.calls): its ``hasil_<calledElement>`` and the
    targets of its ``camunda:out`` mappings (``variables="all"`` names nothing here: map the
    variables a condition reads with source and target, or declare them as start variables)."""
    if etree.QName(node).localname != "callActivity":
        return set()
    names = {outcome_variable((node.get("calledElement") or "").strip())}
    return names | {o.get("target") or o.get("source") for o in node.iterfind(
        f"{{{BPMN_NS}}}extensionElements/{{{CAMUNDA_NS}}}out") if o.get("source")}


def _declared_start_variables(node: etree._Element) -> list[str]:
    found = []
    for prop in node.iterfind(f"{{{BPMN_NS}}}extensionElements/{{{CAMUNDA_NS}}}properties/"
                              f"{{{CAMUNDA_NS}}}property[@name='{START_VARIABLES}']"):
        found.extend(v.strip() for v in (prop.get("value") or "").split(",") if v.strip())
    return found
