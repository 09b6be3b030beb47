"""What to write instead: hints for the BPMN a designer may draw that this engine does not run.

Deployment reports one problem per unsupported element (its children are not listed again) and
says what to use instead, in Bahasa Indonesia and English. A Camunda JUEL condition such as
``${x == 'Ya'}`` is translated mechanically to the Python form this engine reads where that is
possible (``${a}`` -> ``a``, ``&&`` -> ``and``, ``||`` -> ``or``, ``!`` -> ``not``, single to
double quotes), so the message shows the designer their own expression rewritten.
"""

from __future__ import annotations

import re

# Elements that only draw (annotations, groups, their categories): accepted and not looked into.
GRAPHICAL = {"textAnnotation", "text", "association", "group", "category", "categoryValue",
             "categoryValueRef"}

_USER_TASK = ("use a user task (bpmn:userTask) in the lane of the jabatan who does it",
              "gunakan user task (bpmn:userTask) di lane jabatan yang mengerjakannya")
_EVENTS = ("not supported: model the wait as a user task (someone records that it happened), "
           "or a timer where time is what is awaited",
           "tidak didukung: modelkan penantiannya sebagai user task (seseorang mencatat bahwa "
           "hal itu terjadi), atau timer bila yang ditunggu adalah waktu")
HINTS: dict[str, tuple[str, str]] = {
    "serviceTask": _USER_TASK, "sendTask": _USER_TASK, "receiveTask": _USER_TASK,
    "businessRuleTask": ("use an exclusive gateway whose conditions state the rule, after a "
                         "user task that records the data",
                         "gunakan exclusive gateway dengan kondisi yang menyatakan aturannya, "
                         "setelah user task yang mencatat datanya"),
    "dataStore": ("data stores are not supported; record the data in a step's form fields",
                  "data store tidak didukung; catat datanya di isian form sebuah langkah"),
    "dataStoreReference": ("data stores are not supported; record the data in a step's form "
                           "fields", "data store tidak didukung; catat datanya di isian form "
                           "sebuah langkah"),
    "complexGateway": ("use an exclusive, parallel or inclusive gateway",
                       "gunakan exclusive, parallel atau inclusive gateway"),
    "eventBasedGateway": ("use an exclusive gateway after a user task that records what happened",
                          "gunakan exclusive gateway setelah user task yang mencatat apa yang "
                          "terjadi"),
    "transaction": ("transactions are not supported; draw the steps without the transaction",
                    "transaksi tidak didukung; gambar langkahnya tanpa transaksi"),
}
EVENT_KINDS = ("message", "signal", "error", "escalation", "conditional", "compensate", "link",
               "cancel", "terminate")


def hint(local: str) -> tuple[str, str]:
    """(English, Indonesian) of what to use instead of ``bpmn:<local>``; generic otherwise."""
    if local in HINTS:
        return HINTS[local]
    if local.endswith("EventDefinition") or local.endswith("Event"):
        return _EVENTS
    return ("use start/end events, user or manual tasks, gateways and lanes",
            "gunakan start/end event, user task atau manual task, gateway dan lane")


def event_hint(definition: str) -> tuple[str, str]:
    """The hint for an event carrying ``bpmn:<definition>`` (messageEventDefinition, ...)."""
    kind = definition.removesuffix("EventDefinition")
    en, id_ = _EVENTS
    return (f"{kind} events are {en}", f"event {kind} {id_}")


JUEL = re.compile(r"^\s*[$#]\{(?P<body>.*)\}\s*$", re.DOTALL)


def juel_to_python(text: str) -> str | None:
    """The Python form of a JUEL condition ``${...}``, or None when ``text`` is not JUEL."""
    found = JUEL.match(text or "")
    if found is None:
        return None
    body = found.group("body").strip()
    body = re.sub(r"'([^'\"]*)'", r'"\1"', body)
    body = re.sub(r"\s*&&\s*", " and ", body)
    body = re.sub(r"\s*\|\|\s*", " or ", body)
    body = re.sub(r"!(?!=)\s*", "not ", body)
    for word, op in (("eq", "=="), ("ne", "!="), ("lt", "<"), ("gt", ">"), ("le", "<="),
                     ("ge", ">=")):
        body = re.sub(rf"\s+{word}\s+", f" {op} ", body)
    return body
