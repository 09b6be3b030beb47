"""The one BPMN parser of the product: SpiffWorkflow's Camunda parser with our own task specs
where the product runs an element its own way (a call activity starts a case of its own, a
timer takes the literal ISO 8601 value Camunda Modeler writes). Deployment checks and the spec
cache both parse with it, so what deploys is exactly what runs."""

from __future__ import annotations

from SpiffWorkflow.camunda.parser import CamundaParser


class SopParser(CamundaParser):
    """CamundaParser with the product's element overrides (filled in by the modules that own
    each element: engine.calls, engine.timers)."""

    OVERRIDE_PARSER_CLASSES = dict(CamundaParser.OVERRIDE_PARSER_CLASSES)


def new_parser() -> SopParser:
    """A fresh parser (they hold the files added to them, so one per parse)."""
    return SopParser(validator=None)
