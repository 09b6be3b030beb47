"""Timer events as Camunda Modeler draws them, fired by the host (engine.timers), never by Spiff.

Camunda Modeler writes a timer's value as a literal ISO 8601 text (``<bpmn:timeDuration
xsi:type="bpmn:tFormalExpression">PT3S</bpmn:timeDuration>``); SpiffWorkflow evaluates it as
Python and fails (``NameError: PT3S``). We override the parsing of the timer event definition
(``parse_timer_event`` of the boundary and intermediate catch event parsers) rather than rewrite
the XML before parsing, because the stored BPMN then stays exactly what the designer drew (export
and the modeler round trip see no change) and no expression is ever evaluated: the value is
either the literal text or a quoted Python string (``"PT3S"``, kept for models written for plain
SpiffWorkflow), read with :func:`ast.literal_eval`.

Our event definitions fire only when the host says so (internal data ``event_fired`` for a
duration, date or batas timer; ``sop_cycle_due`` for one round of a cycle). The due time lives in
the ``timers`` table, computed from the product's clock (``engine.models.utcnow``) and, for a
``batas`` timer, from the attached step's batas waktu in working time: Spiff's own wall-clock
check would disagree with a simulated clock and knows nothing of working days.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import datetime, timedelta

from lxml import etree
from SpiffWorkflow.bpmn.parser.util import first
from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException
from SpiffWorkflow.bpmn.specs.event_definitions.timer import (
    CycleTimerEventDefinition,
    DurationTimerEventDefinition,
    TimeDateEventDefinition,
    TimerEventDefinition,
)
from SpiffWorkflow.camunda.parser.event_parsers import (
    CamundaBoundaryEventParser,
    CamundaIntermediateCatchEventParser,
)

from .model_problem import ModelProblem

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
_NS = {"bpmn": BPMN_NS, "camunda": CAMUNDA_NS}
BATAS_PROPERTY = "batas_waktu"  # camunda property on the timer event: value "langkah"
BATAS_VALUE = "langkah"
KINDS = {"timeDuration": "duration", "timeDate": "date", "timeCycle": "cycle"}
CARRIERS = ("boundaryEvent", "intermediateCatchEvent")


class TimerValueError(ValueError):
    """A timer value that cannot be read (e.g. ``PT3X``)."""


def literal(text: str | None) -> str:
    """The timer value as written: the literal ISO text, or the content of a quoted Python
    string (``"PT3S"``); never evaluated otherwise."""
    text = (text or "").strip()
    if text[:1] in ("'", '"'):
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError) as err:
            raise TimerValueError(f"{text!r} is not a quoted text") from err
        if not isinstance(value, str):
            raise TimerValueError(f"{text!r} is not a quoted text")
        text = value.strip()
    if not text:
        raise TimerValueError("the timer value is empty")
    return text


def duration(value: str, start: datetime) -> timedelta:
    """An ISO 8601 duration (``PT3S``, ``P2D``, ``P1M``) from ``start``."""
    if not value.upper().startswith("P"):
        raise TimerValueError(f"{value!r} is not an ISO 8601 duration (e.g. PT3S, P2D)")
    try:
        parsed = TimerEventDefinition.parse_iso_duration(value)
        return TimerEventDefinition.get_timedelta_from_start(parsed, start)
    except Exception as err:  # noqa: BLE001 - Spiff raises bare Exception
        raise TimerValueError(f"{value!r} is not an ISO 8601 duration (e.g. PT3S, P2D)") from err


def date(value: str) -> datetime:
    """An ISO 8601 date-time (a value without offset is the server's local time, as in Spiff)."""
    try:
        return TimerEventDefinition.get_datetime(value)
    except Exception as err:  # noqa: BLE001
        raise TimerValueError(f"{value!r} is not an ISO 8601 date-time "
                              "(e.g. 2026-12-01T09:00:00+07:00)") from err


@dataclass(frozen=True)
class Cycle:
    cycles: int          # -1: without end
    first_due: datetime
    step: timedelta


def cycle(value: str, now: datetime) -> Cycle:
    """``R3/PT1H`` (3 times, an hour apart, the first an hour from now), ``R/PT1H`` (without
    end), ``R3/2026-12-01T09:00:00Z/PT1H`` (from a start)."""
    parts = value.upper().replace("--", "/").split("/")
    if len(parts) not in (2, 3) or not parts[0].startswith("R"):
        raise TimerValueError(f"{value!r} is not an ISO 8601 repetition (e.g. R3/PT1H)")
    count = parts[0][1:]
    if count and not count.isdigit():
        raise TimerValueError(f"{value!r} is not an ISO 8601 repetition (e.g. R3/PT1H)")
    cycles = int(count) if count else -1
    if len(parts) == 2:
        step = duration(parts[1], now)
        return Cycle(cycles, now + step, step)
    try:
        _, start, step = TimerEventDefinition.parse_iso_recurring_interval(value)
    except Exception as err:  # noqa: BLE001
        raise TimerValueError(f"{value!r} is not an ISO 8601 repetition (e.g. R3/PT1H)") from err
    return Cycle(cycles, start, step)


def check(kind: str, value: str, now: datetime) -> None:
    """Raise :class:`TimerValueError` if ``value`` cannot be read as a timer of ``kind``."""
    if kind == "duration":
        duration(value, now)
    elif kind == "date":
        date(value)
    elif kind == "cycle":
        cycle(value, now)


# -- event definitions -------------------------------------------------------------------------
class _HostFired:
    """Fires only when the host set ``event_fired`` (engine.timers, from the timers table)."""

    kind = "duration"

    def has_fired(self, my_task) -> bool:
        return bool(my_task._get_internal_data("event_fired", False))

    @property
    def value(self) -> str:
        return literal(self.expression)


class SopDurationTimer(_HostFired, DurationTimerEventDefinition):
    kind = "duration"


class SopDateTimer(_HostFired, TimeDateEventDefinition):
    kind = "date"


class SopBatasTimer(_HostFired, DurationTimerEventDefinition):
    """Due at the batas waktu of the step the boundary event is attached to (working time)."""

    kind = "batas"


class SopCycleTimer(CycleTimerEventDefinition):
    """One round fires each time the host sets ``sop_cycle_due``; after the last round the
    event is finished (its remaining count is Spiff's ``event_value['cycles']``)."""

    kind = "cycle"

    @property
    def value(self) -> str:
        return literal(self.expression)

    def cycle_complete(self, my_task) -> bool:
        state = my_task._get_internal_data("event_value")
        if state is None:
            state = {"cycles": cycle(self.value, datetime.now().astimezone()).cycles}
        ready = False
        if my_task.internal_data.pop("sop_cycle_due", False) and state["cycles"] != 0:
            state["cycles"] -= 1
            ready = True
        my_task._set_internal_data(event_value=state)
        if state["cycles"] == 0 and not ready:
            my_task._set_internal_data(event_fired=True)
        return ready

    def details(self, my_task):
        return None


def is_timer(task_spec) -> bool:
    return isinstance(getattr(task_spec, "event_definition", None),
                      (_HostFired, SopCycleTimer))


# -- parsing -----------------------------------------------------------------------------------
class _TimerParsing:
    """``parse_timer_event`` that builds the host-fired definitions from literal values."""

    def parse_timer_event(self, event):
        name = self.node.get("name", self.node.get("id"))
        description = self.get_event_description(event)
        if _batas_property(self.node) is not None:
            return SopBatasTimer(name, "", description=description)
        for tag, cls in (("timeDate", SopDateTimer), ("timeDuration", SopDurationTimer),
                         ("timeCycle", SopCycleTimer)):
            node = first(self.xpath(f".//bpmn:{tag}"))
            if node is None:
                continue
            try:
                check(KINDS[tag], literal(node.text), datetime.now().astimezone())
            except TimerValueError as err:
                raise ValidationException(f"Time Specification Error. {err}", node=self.node,
                                          file_name=self.filename) from err
            return cls(name, node.text or "", description=description)
        raise ValidationException("Unknown Time Specification", node=self.node,
                                  file_name=self.filename)


class SopBoundaryEventParser(_TimerParsing, CamundaBoundaryEventParser):
    pass


class SopIntermediateCatchEventParser(_TimerParsing, CamundaIntermediateCatchEventParser):
    pass


def _batas_property(node: etree._Element) -> etree._Element | None:
    for prop in node.iterfind("bpmn:extensionElements/camunda:properties/camunda:property", _NS):
        if prop.get("name") == BATAS_PROPERTY:
            return prop
    return None


# -- deployment checks -------------------------------------------------------------------------
def model_problems(process: etree._Element) -> list[ModelProblem]:
    """Every timer event of a process the engine would not run: a timer that is not on a
    boundary or intermediate catch event, one without a value, a value that cannot be read
    (``PT3X``), a ``batas_waktu`` property that is not ``langkah`` on a boundary event."""
    problems = []
    for definition in process.iterfind(".//bpmn:timerEventDefinition", _NS):
        event = definition.getparent()
        element = f"bpmn:{etree.QName(event).localname} '{event.get('id')}'"
        problem = _timer_problem(event, definition)
        if problem:
            problems.append(ModelProblem(definition.sourceline, element, *problem))
    for event in process.iter(*(f"{{{BPMN_NS}}}{c}" for c in CARRIERS)):
        if event.find("bpmn:timerEventDefinition", _NS) is None and not any(
                etree.QName(c).localname.endswith("EventDefinition") for c in event
                if isinstance(c.tag, str)):
            element = f"bpmn:{etree.QName(event).localname} '{event.get('id')}'"
            problems.append(ModelProblem(
                event.sourceline, element,
                "an event without a definition never fires; give it a timer (timeDuration, "
                "timeDate or timeCycle)",
                "event tanpa definisi tidak pernah terjadi; beri timer (timeDuration, timeDate "
                "atau timeCycle)"))
    return problems


def _timer_problem(event: etree._Element, definition: etree._Element
                   ) -> tuple[str, str] | None:
    local = etree.QName(event).localname
    if local not in CARRIERS:
        return (f"a timer on a bpmn:{local} is not supported: timers run on a boundary "
                "event of a step or on an intermediate catch event",
                f"timer pada bpmn:{local} tidak didukung: timer hanya berjalan pada boundary "
                "event sebuah langkah atau intermediate catch event")
    batas = _batas_property(event)
    if batas is not None:
        if local != "boundaryEvent" or (batas.get("value") or "").strip() != BATAS_VALUE:
            return (f"the property {BATAS_PROPERTY} = {BATAS_VALUE} belongs on a boundary timer "
                    "of a user task (it is due at that step's batas waktu)",
                    f"properti {BATAS_PROPERTY} = {BATAS_VALUE} hanya untuk boundary timer "
                    "sebuah user task (jatuh tempo pada batas waktu langkah itu)")
        return None
    values = [c for c in definition if isinstance(c.tag, str)
              and etree.QName(c).localname in KINDS]
    if len(values) != 1:
        return ("a timer needs exactly one of timeDuration (PT3S, P2D), timeDate "
                "(2026-12-01T09:00:00+07:00) or timeCycle (R3/PT1H)",
                "timer memerlukan tepat satu dari timeDuration (PT3S, P2D), timeDate "
                "(2026-12-01T09:00:00+07:00) atau timeCycle (R3/PT1H)")
    kind = KINDS[etree.QName(values[0]).localname]
    try:
        check(kind, literal(values[0].text), datetime.now().astimezone())
    except TimerValueError as err:
        return (f"the timer value cannot be read: {err}",
                f"nilai timer tidak dapat dibaca: {err}")
    return None
