"""A step that performs another SOP (``panggil``): table -> call activity -> table, the checks
that refuse a bad call, and the library's conversions matching docs/keterkaitan.md."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from engine.soptable.check import check_paths
from engine.soptable.cli import table_commands
from engine.soptable.exporter import bpmn_to_table
from engine.soptable.importer import import_paths, table_to_bpmn
from engine.soptable.model import TableError, load_table, table_from_dict, table_to_dict
from engine.soptable.validate import validate_data
from engine.soptable.verify import verify_bpmn

ROOT = Path(__file__).resolve().parent.parent
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}
KODE = "uji-dinas"


def _table(pid: str, nama: str, steps: list[dict], pelaksana: list[str]) -> dict:
    return {"format": "sop-table/1", "id": pid, "instansi": {"kode": KODE, "nama": "Dinas Uji"},
            "nama": nama, "pelaksana": pelaksana, "langkah": steps}


AGENDA = _table("uji_pengagendaan_surat_keluar", "Prosedur Pengagendaan Surat Keluar", [
    {"no": 1, "uraian": "Menandatangani surat keluar", "pelaksana": "Kadin"},
    {"no": 2, "uraian": "Mengagenda dan mendistribusikan", "pelaksana": "Staf"},
], ["Kadin", "Staf"])

GAJI = _table("uji_daftar_gaji", "Prosedur Penyusunan Daftar Gaji", [
    {"no": 1, "uraian": "Mengetik daftar gaji", "pelaksana": "Staf"},
    {"no": 2, "uraian": "Memeriksa daftar gaji", "pelaksana": "Kasubag Keu",
     "keputusan": {"pertanyaan": "Daftar gaji benar?", "tidak": 1}},
    {"no": 3, "uraian": "Memerintahkan untuk mengagenda, memberi Nomor surat keluar.",
     "pelaksana": "Kasubag Keu", "kelengkapan": ["Daftar gaji yang sudah ditandatangani"],
     "waktu": "30 menit", "output": "Daftar gaji yang sudah diagenda",
     "keterangan": "SOP Pengagendaan surat keluar", "panggil": "uji_pengagendaan_surat_keluar"},
    {"no": 4, "uraian": "Mengirim daftar gaji ke BPKAD", "pelaksana": "Staf"},
], ["Kasubag Keu", "Staf"])


def _write(folder: Path, data: dict) -> Path:
    path = folder / KODE / f"{data['id']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _call(root: etree._Element) -> etree._Element:
    calls = root.findall(".//bpmn:callActivity", NS)
    assert len(calls) == 1
    return calls[0]


def test_a_step_with_panggil_becomes_a_call_activity():
    root = etree.fromstring(table_to_bpmn(table_from_dict(copy.deepcopy(GAJI))))
    call = _call(root)
    assert call.get("id") == "langkah_03"
    assert call.get("name") == "Memerintahkan untuk mengagenda, memberi Nomor surat keluar."
    assert call.get("calledElement") == "uji_pengagendaan_surat_keluar"
    assert call.get(f"{{{NS['camunda']}}}formKey") is None
    assert call.find(".//camunda:formData", NS) is None  # nothing to fill in: no form
    mapping = [(etree.QName(e).localname, e.get("variables"))
               for e in call.find("bpmn:extensionElements", NS)
               if etree.QName(e).localname in ("in", "out")]
    assert mapping == [("in", "all"), ("out", "all")]
    props = {p.get("name"): p.get("value")
             for p in call.iterfind(".//camunda:property", NS)}
    assert props["waktu"] == "30 menit" and props["waktu_iso"] == "PT30M"
    assert props["output"] == "Daftar gaji yang sudah diagenda"
    assert props["tautan_sop"] == "uji_pengagendaan_surat_keluar"  # the "SOP terkait" link
    lane = root.find(".//bpmn:lane[@name='Kasubag Keu']", NS)
    assert "langkah_03" in [r.text for r in lane.iterfind("bpmn:flowNodeRef", NS)]
    flows_in = [f.text for f in call.iterfind("bpmn:incoming", NS)]
    flows_out = [f.text for f in call.iterfind("bpmn:outgoing", NS)]
    assert len(flows_in) == 1 and len(flows_out) == 1
    assert len(root.findall(".//bpmn:userTask", NS)) == 3  # the other steps stay user tasks


def test_the_call_activity_is_drawn_like_a_task():
    """The same diagram as with a user task there: same place, same (uraian-fitted) size."""
    plain = copy.deepcopy(GAJI)
    del plain["langkah"][2]["panggil"]

    def shape(data: dict) -> tuple[etree._Element, dict]:
        root = etree.fromstring(table_to_bpmn(table_from_dict(copy.deepcopy(data))))
        found = root.find(".//bpmndi:BPMNShape[@bpmnElement='langkah_03']", NS)
        return found, dict(found.find("dc:Bounds", NS).attrib)

    called, bounds = shape(GAJI)
    assert bounds == shape(plain)[1]
    assert called.get("isExpanded") is None  # collapsed: bpmn-js draws the "+" marker itself


def test_import_verifies_and_export_keeps_panggil(tmp_path):
    tables = tmp_path / "tables"
    _write(tables, AGENDA)
    _write(tables, GAJI)
    result = import_paths([tables], tmp_path / "bpmn")
    assert result.problems == []
    for path in result.written:
        assert verify_bpmn(path) == []  # XSD and the engine's parser
    written = tmp_path / "bpmn" / KODE / "uji_daftar_gaji.bpmn"
    back = bpmn_to_table(written)
    assert back.step(3).panggil == "uji_pengagendaan_surat_keluar"
    original = load_table(tables / KODE / "uji_daftar_gaji.yaml")
    assert table_to_dict(back) == table_to_dict(original)
    exported = CliRunner().invoke(table_commands, ["export", str(written)])
    assert exported.exit_code == 0, exported.output
    assert 'panggil: "uji_pengagendaan_surat_keluar"' in exported.output
    assert exported.output.count("panggil:") == 1  # other steps do not carry the key


def _problems(tmp_path: Path, *tables: dict) -> list[str]:
    folder = tmp_path / "tables"
    for data in tables:
        _write(folder, data)
    _, problems, _ = check_paths([folder], tmp_path / "bpmn")
    return problems


def test_check_refuses_a_call_to_an_sop_not_in_the_library(tmp_path):
    problems = _problems(tmp_path, GAJI)
    assert len(problems) == 1
    assert "langkah 3: panggil: 'uji_pengagendaan_surat_keluar' is no SOP of the library" \
        in problems[0]


def test_check_accepts_a_target_already_in_the_bpmn_library(tmp_path):
    out = tmp_path / "bpmn"
    _write(tmp_path / "agenda", AGENDA)
    assert import_paths([tmp_path / "agenda"], out).problems == []
    assert _problems(tmp_path, GAJI) == []


def test_check_refuses_a_step_performing_its_own_sop(tmp_path):
    data = copy.deepcopy(GAJI)
    data["langkah"][2]["panggil"] = "uji_daftar_gaji"
    problems = _problems(tmp_path, data, AGENDA)
    assert any("langkah 3: panggil: a step cannot perform its own SOP 'uji_daftar_gaji'" in p
               for p in problems), problems


def test_check_refuses_a_call_that_is_also_a_decision_or_not_an_id():
    data = copy.deepcopy(GAJI)
    data["langkah"][2]["keputusan"] = {"pertanyaan": "Sudah diagenda?", "tidak": 1}
    data["langkah"][2]["panggil"] = "Prosedur Pengagendaan"
    problems = validate_data(data, "uji.yaml")
    assert any("panggil: 'Prosedur Pengagendaan' must be the process id" in p for p in problems)
    assert any("cannot be a decision (keputusan)" in p for p in problems)
    data["langkah"][2]["panggil"] = 12
    assert any("panggil: must be a string" in p for p in validate_data(data, "uji.yaml"))


def test_check_refuses_sops_calling_each_other(tmp_path):
    agenda = copy.deepcopy(AGENDA)
    agenda["langkah"][1]["panggil"] = "uji_daftar_gaji"
    problems = _problems(tmp_path, GAJI, agenda)
    circles = [p for p in problems if "call each other in a circle" in p]
    assert len(circles) == 2, problems
    assert "uji_daftar_gaji -> uji_pengagendaan_surat_keluar -> uji_daftar_gaji" in circles[0]


def test_export_names_a_call_activity_without_called_element(tmp_path):
    tables = tmp_path / "tables"
    _write(tables, AGENDA)
    _write(tables, GAJI)
    import_paths([tables], tmp_path / "bpmn")
    path = tmp_path / "bpmn" / KODE / "uji_daftar_gaji.bpmn"
    path.write_text(path.read_text(encoding="utf-8").replace(
        ' calledElement="uji_pengagendaan_surat_keluar"', ""), encoding="utf-8")
    with pytest.raises(TableError) as err:
        bpmn_to_table(path)
    assert "langkah_03: a call activity needs calledElement" in str(err.value)


# -- the library ---------------------------------------------------------------------------------

def _documented_calls() -> set[tuple[str, int, str]]:
    """(SOP, langkah, called process) of the rows marked "dijalankan" in the first table."""
    text = (ROOT / "docs/keterkaitan.md").read_text(encoding="utf-8")
    section = text.split("## Converted", 1)[1].split("\n## ", 1)[0]
    found = set()
    for row in section.splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[3] == "dijalankan":
            process = re.search(r"\(([a-z0-9_]+)[,)]", cells[2]).group(1)
            found.add((cells[0], int(cells[1].split()[0]), process))
    return found


def test_library_calls_are_the_documented_ones():
    tables = [load_table(p) for p in sorted((ROOT / "tables").glob("*/*.yaml"))
              if p.name != "unmodelled.yaml"]
    ids = {t.id for t in tables}
    calls = {(t.id, s.no, s.panggil) for t in tables for s in t.langkah if s.panggil}
    assert calls == _documented_calls()
    assert len(calls) == 4
    assert all(target in ids for _, _, target in calls)


def test_library_bpmn_has_the_call_activities():
    for sop, no, target in _documented_calls():
        path = ROOT / "bpmn/lumajang-disdukcapil" / f"{sop}.bpmn"
        call = _call(etree.parse(str(path)).getroot())
        assert call.get("id") == f"langkah_{no:02d}"
        assert call.get("calledElement") == target
