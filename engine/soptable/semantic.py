"""The semantic half of the BPMN: collaboration, process, lanes, tasks, forms, properties.

Everything a table holds goes into the model itself (names, lanes, form fields, flows,
``camunda:properties``) so the exporter can read it back after a designer's edits; the
process documentation is a derived, readable summary only.
"""

from __future__ import annotations

from lxml import etree

from . import isian
from .bpmnxml import add_properties, sub
from .dokumen import is_document
from .graph import Graph, Node, lane_id
from .links import SopIndex
from .model import Langkah, SopTable
from .pemisahan import PROPERTY as PEMISAHAN
from .pemisahan import declared
from .waktu import parse_waktu

IDENTITY_SCALARS = (
    "instansi.kode", "instansi.pemerintah", "instansi.nama", "instansi.unit", "nomor",
    "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh.jabatan",
    "disahkan_oleh.nama", "disahkan_oleh.nip", "jenis_layanan", "waktu_hari", "waktu_angka",
    "sumber.seed", "sumber.baris", "sumber.judul",
)
IDENTITY_LISTS = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan",
                  "peringatan", "pencatatan", "catatan")
NODE_TAG = {"start": "bpmn:startEvent", "end": "bpmn:endEvent", "task": "bpmn:userTask",
            "decision": "bpmn:exclusiveGateway", "merge": "bpmn:exclusiveGateway"}
CALL_TAG = "bpmn:callActivity"  # a step with ``panggil``: the SOP performed at that step


def get_field(table: SopTable, dotted: str) -> str:
    """``instansi.kode`` style access to the table's identity fields."""
    value: object = table
    for part in dotted.split("."):
        value = getattr(value, part)
    return str(value)


def pool_name(table: SopTable) -> str:
    """The pool is the unit; a table without unit falls back to the instansi name."""
    return table.instansi.unit or table.instansi.nama or table.instansi.kode


def write_collaboration(defs: etree._Element, table: SopTable) -> etree._Element:
    collab = sub(defs, "bpmn:collaboration", {"id": f"kolaborasi_{table.id}"})
    sub(collab, "bpmn:participant",
        {"id": f"pool_{table.id}", "name": pool_name(table), "processRef": table.id})
    return collab


def write_process(defs: etree._Element, table: SopTable, graph: Graph,
                  index: SopIndex | None) -> etree._Element:
    """One executable process holding lanes, nodes and flows of ``graph``."""
    proc = sub(defs, "bpmn:process", {"id": table.id, "name": table.nama,
                                      "isExecutable": "true"})
    sub(proc, "bpmn:documentation", text=summary(table, index))
    ext = sub(proc, "bpmn:extensionElements")
    add_properties(ext, identity_properties(table, index))
    lane_set = sub(proc, "bpmn:laneSet", {"id": f"lanes_{table.id}"})
    for i, name in enumerate(table.pelaksana):
        lane = sub(lane_set, "bpmn:lane", {"id": lane_id(i), "name": name})
        for node in graph.nodes:
            if node.lane == i:
                sub(lane, "bpmn:flowNodeRef", text=node.id)
    for node in graph.nodes:
        _write_node(proc, node, graph, table, index)
    for flow in graph.flows:
        el = sub(proc, "bpmn:sequenceFlow", {"id": flow.id, "name": flow.name or None,
                                             "sourceRef": flow.source, "targetRef": flow.target})
        if flow.condition:
            sub(el, "bpmn:conditionExpression", {"xsi:type": "bpmn:tFormalExpression"},
                flow.condition)
    return proc


def identity_properties(table: SopTable, index: SopIndex | None) -> list[tuple[str, object]]:
    """Every identity field, lists as JSON, plus the ids of linked SOPs found."""
    props: list[tuple[str, object]] = [(k, get_field(table, k)) for k in IDENTITY_SCALARS]
    props += [(k, list(getattr(table, k))) for k in IDENTITY_LISTS]
    links = _keterkaitan_links(table, index)
    if links:
        props.append(("tautan_sop", links))
    return props


def _keterkaitan_links(table: SopTable, index: SopIndex | None) -> list[str]:
    if index is None:
        return []
    found = (index.find(k, table.instansi.kode, table.id) for k in table.keterkaitan)
    return list(dict.fromkeys(f for f in found if f))


def _write_node(proc: etree._Element, node: Node, graph: Graph, table: SopTable,
                index: SopIndex | None) -> None:
    attrs = {"id": node.id, "name": node.name or None}
    calls = node.kind == "task" and bool(node.step.panggil)
    if calls:
        attrs["calledElement"] = node.step.panggil
    elif node.kind == "task":
        attrs["camunda:formKey"] = node.id
    el = sub(proc, CALL_TAG if calls else NODE_TAG[node.kind], attrs)
    if node.kind == "task":
        ext = sub(el, "bpmn:extensionElements")
        if calls:
            write_call_mapping(ext)
        else:
            write_form(ext, node.step)
        add_properties(ext, step_properties(node.step, table, index))
    for flow in graph.incoming(node.id):
        sub(el, "bpmn:incoming", text=flow.id)
    for flow in graph.outgoing(node.id):
        sub(el, "bpmn:outgoing", text=flow.id)


def write_call_mapping(ext: etree._Element) -> None:
    """All variables into the called SOP's case and back, written out as Camunda Modeler
    does (``camunda:in/out variables="all"``) so the file means the same on Camunda 7, whose
    default without a mapping passes nothing."""
    sub(ext, "camunda:in", {"variables": "all"})
    sub(ext, "camunda:out", {"variables": "all"})


def write_form(ext: etree._Element, step: Langkah) -> None:
    """The task form: a required checkbox per kelengkapan item, output, catatan, and on a
    decision the keputusan choice with its reason (required when the answer is Tidak)."""
    form = sub(ext, "camunda:formData")
    for i, item in enumerate(step.kelengkapan, 1):
        _field(form, f"kelengkapan_{i}", item, "boolean", [("required", None)],
               dokumen=is_document(item))
    output_label = f"Output: {step.output}" if step.output else "Output"
    _field(form, "output", output_label, "string", [("maxlength", "500")],
           dokumen=is_document(step.output))
    _field(form, "catatan", "Catatan", "string", [("maxlength", "1000")])
    isian.write(form, step.isian, sub)  # the designer's own fields (soptable.isian)
    if step.keputusan is None:
        return
    kep = step.keputusan
    _field(form, "keputusan", kep.pertanyaan, "enum", [("required", None)],
           values=[("Ya", kep.label_ya), ("Tidak", kep.label_tidak)])
    _field(form, "alasan", "Alasan", "string",
           [("required_if", "keputusan=Tidak"), ("maxlength", "1000")])


def _field(form: etree._Element, fid: str, label: str, ftype: str,
           constraints: list[tuple[str, str | None]],
           values: list[tuple[str, str]] = (), dokumen: bool = False) -> etree._Element:
    field = sub(form, "camunda:formField", {"id": fid, "label": label, "type": ftype})
    if dokumen:  # as Camunda Modeler writes a form field property (engine.document_rules)
        holder = sub(field, "camunda:properties")
        sub(holder, "camunda:property", {"id": "dokumen", "value": "wajib"})
    for value_id, name in values:
        sub(field, "camunda:value", {"id": value_id, "name": name})
    validation = sub(field, "camunda:validation")
    for name, config in constraints:
        sub(validation, "camunda:constraint", {"name": name, "config": config})
    return field


def step_properties(step: Langkah, table: SopTable,
                    index: SopIndex | None) -> list[tuple[str, object]]:
    """Mutu baku and remarks of one step; empty values are left out."""
    waktu = parse_waktu(step.waktu, table.waktu_hari, table.waktu_angka, warn=lambda m: None)
    kep = step.keputusan
    link = index.find(step.keterangan, table.instansi.kode, table.id) if index else ""
    props: list[tuple[str, object]] = [
        ("no", str(step.no)), ("pelaksana", step.pelaksana), ("kelengkapan", step.kelengkapan),
        ("waktu", step.waktu), ("waktu_iso", waktu.iso if waktu else ""),
        ("waktu_min_iso", waktu.min_iso if waktu else ""),
        ("waktu_hari", waktu.hari if waktu else ""), ("output", step.output),
        ("keterangan", step.keterangan), ("catatan", step.catatan),
        ("keputusan_pertanyaan", kep.pertanyaan if kep else ""),
        ("tautan_sop", step.panggil or (link if step.keterangan else "")),
        (PEMISAHAN, declared(table, step)),
    ]
    return [(k, v) for k, v in props if v not in ("", [])]


def summary(table: SopTable, index: SopIndex | None) -> str:
    """A readable identity section for the modeler's documentation field (derived only)."""
    ins, sah = table.instansi, table.disahkan_oleh
    lines = [table.nama, f"Nomor SOP: {table.nomor or '-'}",
             "Instansi: " + ", ".join(p for p in (ins.pemerintah, ins.nama, ins.unit) if p),
             f"Tanggal pembuatan: {table.tanggal_pembuatan or '-'}; revisi: "
             f"{table.tanggal_revisi or '-'}; efektif: {table.tanggal_efektif or '-'}",
             "Disahkan oleh: " + (", ".join(p for p in (sah.jabatan, sah.nama,
                                                        f"NIP {sah.nip}" if sah.nip else "")
                                            if p) or "-")]
    for key, title in (("dasar_hukum", "Dasar hukum"),
                       ("kualifikasi_pelaksana", "Kualifikasi pelaksana"),
                       ("keterkaitan", "Keterkaitan"), ("peralatan", "Peralatan / perlengkapan"),
                       ("peringatan", "Peringatan"), ("pencatatan", "Pencatatan dan pendataan"),
                       ("catatan", "Catatan transkripsi")):
        items = getattr(table, key)
        if items:
            lines.append(f"{title}:")
            lines += [f"- {item}" + _link_note(key, item, table, index) for item in items]
    if table.sumber.seed:
        lines.append(f"Sumber: {table.sumber.seed}, baris {table.sumber.baris or '-'}")
    return "\n".join(lines)


def _link_note(key: str, item: str, table: SopTable, index: SopIndex | None) -> str:
    if key != "keterkaitan" or index is None:
        return ""
    target = index.find(item, table.instansi.kode, table.id)
    return f" (proses {target})" if target else ""
