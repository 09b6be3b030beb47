"""The one BPMN parser of the product: SpiffWorkflow's Camunda parser with our own task specs
where the product runs an element its own way (a call activity starts a case of its own, a
timer takes the literal ISO 8601 value Camunda Modeler writes). Deployment checks and the spec
cache both parse with it, so what deploys is exactly what runs."""

from __future__ import annotations

from SpiffWorkflow.bpmn.parser.util import full_tag
from SpiffWorkflow.bpmn.specs.defaults import SubWorkflowTask
from SpiffWorkflow.camunda.parser import CamundaParser
from SpiffWorkflow.camunda.parser.task_spec import SubWorkflowParser

from . import call_spec, timer_events


class SopParser(CamundaParser):
    """CamundaParser with the product's element overrides (filled in by the modules that own
    each element: engine.calls, engine.timers)."""

    OVERRIDE_PARSER_CLASSES = dict(CamundaParser.OVERRIDE_PARSER_CLASSES)
    # an embedded sub-process runs inside its case (engine.subprocesses); CamundaParser gives
    # it the CallActivity class, which would make it look like a call to another SOP
    OVERRIDE_PARSER_CLASSES[full_tag("subProcess")] = (SubWorkflowParser, SubWorkflowTask)
    # a call activity starts a case of its own and waits for it (engine.call_spec, engine.calls)
    OVERRIDE_PARSER_CLASSES[full_tag("callActivity")] = (
        call_spec.CallActivityParser, call_spec.CallActivityTask)
    # timers: literal ISO values, fired by the host (engine.timer_events)
    OVERRIDE_PARSER_CLASSES[full_tag("boundaryEvent")] = (
        timer_events.SopBoundaryEventParser,
        OVERRIDE_PARSER_CLASSES[full_tag("boundaryEvent")][1])
    OVERRIDE_PARSER_CLASSES[full_tag("intermediateCatchEvent")] = (
        timer_events.SopIntermediateCatchEventParser,
        OVERRIDE_PARSER_CLASSES[full_tag("intermediateCatchEvent")][1])


def new_parser() -> SopParser:
    """A fresh parser (they hold the files added to them, so one per parse)."""
    return SopParser(validator=None)
