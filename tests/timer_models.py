"""Small BPMN models with timer events for the timer tests, as Camunda Modeler writes them
(the literal ISO value in a bpmn:tFormalExpression)."""

from __future__ import annotations

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions '
        'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" '
        'targetNamespace="http://bpmn.io/schema/bpmn">\n')
ROLE, INSTANSI = "Staf", "uji-timer"


def timer_definition(kind: str, value: str) -> str:
    if kind == "batas":
        return "<bpmn:timerEventDefinition id=\"td\"/>"
    return (f'<bpmn:timerEventDefinition id="td"><bpmn:{kind} xsi:type="bpmn:tFormalExpression">'
            f"{value}</bpmn:{kind}></bpmn:timerEventDefinition>")


def boundary_model(key: str, kind: str = "timeDuration", value: str = "PT3S",
                   interrupting: bool = True, waktu: str = "") -> bytes:
    """Mulai -> Periksa -> Selesai; a timer on Periksa leads to Tindak lanjut -> Selesai 2."""
    props = ('<bpmn:extensionElements><camunda:properties><camunda:property name="batas_waktu" '
             'value="langkah"/></camunda:properties></bpmn:extensionElements>'
             if kind == "batas" else "")
    step_props = (f'<bpmn:extensionElements><camunda:properties><camunda:property '
                  f'name="waktu_iso" value="{waktu}"/><camunda:property name="waktu_hari" '
                  f'value="kerja"/></camunda:properties></bpmn:extensionElements>'
                  if waktu else "")
    cancel = "" if interrupting else ' cancelActivity="false"'
    nodes = ["mulai", "periksa", "timer", "lanjut", "selesai", "selesai2"]
    return (HEAD + f'<bpmn:process id="{key}" name="Uji {key}" isExecutable="true">'
            + _lanes(nodes) +
            '<bpmn:startEvent id="mulai"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>'
            f'<bpmn:userTask id="periksa" name="Periksa">{step_props}<bpmn:incoming>f1'
            '</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>'
            f'<bpmn:boundaryEvent id="timer" name="Pengingat" attachedToRef="periksa"{cancel}>'
            f'{props}<bpmn:outgoing>f3</bpmn:outgoing>{timer_definition(kind, value)}'
            '</bpmn:boundaryEvent>'
            '<bpmn:userTask id="lanjut" name="Tindak lanjut"><bpmn:incoming>f3</bpmn:incoming>'
            '<bpmn:outgoing>f4</bpmn:outgoing></bpmn:userTask>'
            '<bpmn:endEvent id="selesai"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>'
            '<bpmn:endEvent id="selesai2"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>'
            + _flows(("f1", "mulai", "periksa"), ("f2", "periksa", "selesai"),
                     ("f3", "timer", "lanjut"), ("f4", "lanjut", "selesai2"))
            + "</bpmn:process></bpmn:definitions>\n").encode()


def catch_model(key: str, kind: str = "timeDuration", value: str = "PT1H") -> bytes:
    """Mulai -> Periksa -> Tunggu (an intermediate timer) -> Arsipkan -> Selesai."""
    nodes = ["mulai", "periksa", "tunggu", "arsip", "selesai"]
    return (HEAD + f'<bpmn:process id="{key}" name="Uji {key}" isExecutable="true">'
            + _lanes(nodes) +
            '<bpmn:startEvent id="mulai"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>'
            '<bpmn:userTask id="periksa" name="Periksa"><bpmn:incoming>f1</bpmn:incoming>'
            '<bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>'
            '<bpmn:intermediateCatchEvent id="tunggu" name="Tunggu"><bpmn:incoming>f2'
            f'</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>{timer_definition(kind, value)}'
            '</bpmn:intermediateCatchEvent>'
            '<bpmn:userTask id="arsip" name="Arsipkan"><bpmn:incoming>f3</bpmn:incoming>'
            '<bpmn:outgoing>f4</bpmn:outgoing></bpmn:userTask>'
            '<bpmn:endEvent id="selesai"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>'
            + _flows(("f1", "mulai", "periksa"), ("f2", "periksa", "tunggu"),
                     ("f3", "tunggu", "arsip"), ("f4", "arsip", "selesai"))
            + "</bpmn:process></bpmn:definitions>\n").encode()


def _lanes(nodes: list[str]) -> str:
    refs = "".join(f"<bpmn:flowNodeRef>{n}</bpmn:flowNodeRef>" for n in nodes)
    return f'<bpmn:laneSet id="ls"><bpmn:lane id="lane_staf" name="{ROLE}">{refs}</bpmn:lane>' \
           "</bpmn:laneSet>"


def _flows(*flows: tuple[str, str, str]) -> str:
    return "".join(f'<bpmn:sequenceFlow id="{i}" sourceRef="{s}" targetRef="{t}"/>'
                   for i, s, t in flows)


def subprocess_model(key: str, value: str = "PT1H") -> bytes:
    """Mulai -> Sub-proses [Periksa, with an interrupting timer to Tindak lanjut] -> Selesai."""
    inner = boundary_model("x", value=value).decode()
    body = inner[inner.index("<bpmn:startEvent"):inner.index("</bpmn:process>")]
    body = body.replace('id="mulai"', 'id="sub_mulai"').replace('"mulai"', '"sub_mulai"')
    nodes = ["mulai", "sub", "akhir"]
    return (HEAD + f'<bpmn:process id="{key}" name="Uji {key}" isExecutable="true">'
            + _lanes(nodes) +
            '<bpmn:startEvent id="mulai"><bpmn:outgoing>g1</bpmn:outgoing></bpmn:startEvent>'
            '<bpmn:subProcess id="sub" name="Pemeriksaan"><bpmn:incoming>g1</bpmn:incoming>'
            f'<bpmn:outgoing>g2</bpmn:outgoing>{body}</bpmn:subProcess>'
            '<bpmn:endEvent id="akhir"><bpmn:incoming>g2</bpmn:incoming></bpmn:endEvent>'
            + _flows(("g1", "mulai", "sub"), ("g2", "sub", "akhir"))
            + "</bpmn:process></bpmn:definitions>\n").encode()
