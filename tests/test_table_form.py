"""The table editor's conversions and checks (design/table_form.py) and its row operations
(api/static/designer_table.js, run under node): every library SOP opens as a table and comes
back as the very same BPMN; problems point at their row and field; a moved or removed row keeps
the decisions' Ya / Tidak pointing at the steps they meant."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from design import table_form
from design.workbench import Opened
from engine.jabatan import load_file
from engine.soptable.links import SopIndex, index_bpmn_dir

ROOT = Path(__file__).resolve().parent.parent
MODELS = sorted((ROOT / "bpmn").glob("*/*.bpmn"))
SCRIPT = ROOT / "api" / "static" / "designer_table.js"
SPP = ROOT / "bpmn" / "serang-diskominfo" / "serang_kominfo_pengajuan_spp_spm.bpmn"


@pytest.fixture(scope="module")
def library() -> SopIndex:
    index = SopIndex()
    index_bpmn_dir(index, ROOT / "bpmn")
    return index


def opened(path: Path, xml: str | None = None, table: dict | None = None) -> Opened:
    return Opened(path.stem, path.stem, path.parent.name, xml or path.read_text(), 1, 1,
                  table=table)


def test_every_library_sop_round_trips_table_bpmn_table(library):
    """bpmn -> table -> bpmn -> table is stable for all models, and the BPMN made is the file
    itself (byte for byte), so opening an SOP here and saving it changes nothing."""
    assert len(MODELS) == 122
    unstable = []
    for path in MODELS:
        instansi = path.parent.name
        catalogue = load_file(ROOT / "bpmn" / instansi / "jabatan.yaml")
        table = table_form.table_of(opened(path))
        made = table_form.make(table, key=path.stem, instansi=instansi, catalogue=catalogue,
                               index=library)
        assert table_form.blocking(made.problems) == [], (path.name, made.problems)
        again = table_form.table_of(opened(path, made.bpmn))
        if again != table or made.bpmn != path.read_text():
            unstable.append(path.name)
    assert unstable == []


def test_the_draft_table_form_wins_over_its_bpmn():
    form = {"format": "sop-table/1", "id": "x"}
    assert table_form.table_of(opened(SPP, table=form)) is form


def test_a_model_the_table_cannot_hold_is_a_problem_list_not_a_crash():
    parallel = SPP.read_text().replace("exclusiveGateway", "parallelGateway")
    with pytest.raises(table_form.NotATable) as refused:
        table_form.table_of(opened(SPP, parallel))
    [found] = refused.value.problems
    assert "buka di modeler" in found["message"] and "parallelGateway" in found["message_en"]
    for junk in ("", "<bukan xml", "<definitions/>"):
        with pytest.raises(table_form.NotATable):
            table_form.table_of(opened(SPP, junk or " "))


@pytest.fixture
def spp() -> tuple[dict, object]:
    catalogue = load_file(ROOT / "bpmn" / "serang-diskominfo" / "jabatan.yaml")
    return table_form.table_of(opened(SPP)), catalogue


def check(table, catalogue):
    return table_form.check(table, key=SPP.stem, instansi="serang-diskominfo",
                            catalogue=catalogue)


def test_problems_point_at_their_row_and_field(spp):
    table, catalogue = spp
    assert check(table, catalogue) == []
    table["langkah"][1]["uraian"] = " "
    table["langkah"][2]["keputusan"]["tidak"] = 42
    table["nama"] = ""
    found = {(p["row"], p["field"]): p for p in check(table, catalogue)}
    assert set(found) == {(2, "uraian"), (3, "keputusan.tidak"), (None, "nama")}
    assert found[(2, "uraian")]["message"] == "langkah 2: uraian: tidak boleh kosong"
    assert "langkah 42 tidak ada" in found[(3, "keputusan.tidak")]["message"]
    assert found[(3, "keputusan.tidak")]["message_en"].startswith("langkah 3: keputusan.tidak")


def test_a_step_nothing_leads_to_is_marked_on_its_row(spp):
    table, catalogue = spp
    table["langkah"][2]["keputusan"]["ya"] = 5  # skip step 4
    [found] = check(table, catalogue)
    assert (found["row"], found["field"]) == (4, None) and "tidak terjangkau" in found["message"]


def test_an_unknown_pelaksana_is_a_problem_with_the_close_names(spp):
    table, catalogue = spp
    table["pelaksana"].append("Bendahara Pengeluaranx")
    table["langkah"][0]["pelaksana"] = "Bendahara Pengeluaranx"
    found = [p for p in check(table, catalogue) if p["severity"] == "error"]
    assert len(found) == 1 and found[0]["column"] == len(table["pelaksana"]) - 1
    assert "bukan jabatan serang-diskominfo" in found[0]["message"]
    assert "mungkin maksudnya 'Bendahara Pengeluaran'" in found[0]["message"]


def test_warnings_do_not_block_the_import(spp):
    table, catalogue = spp
    table["langkah"][0]["waktu"] = "secepatnya"
    [found] = check(table, catalogue)
    assert (found["row"], found["field"], found["severity"]) == (1, "waktu", "warning")
    assert table_form.make(table, key=SPP.stem, instansi="serang-diskominfo").bpmn


def test_a_table_for_another_sop_is_refused(spp):
    table, catalogue = spp
    table["id"] = "lain"
    assert [p["field"] for p in check(table, catalogue)] == ["id"]


def test_fields_the_form_does_not_show_are_kept(spp):
    table, _ = spp
    table["langkah"][0]["catatan"] = "jangan hilang"
    table["langkah"][0]["eskalasi"] = True
    bpmn = table_form.to_bpmn(table)
    back = table_form.table_from_bpmn(bpmn, SPP.stem, "serang-diskominfo")
    assert back["langkah"][0]["catatan"] == "jangan hilang" and back["langkah"][0]["eskalasi"]


def test_the_preview_is_the_sop_ap_document_without_inline_styles(spp):
    table, _ = spp
    html = table_form.preview_html(table)
    assert 'class="sop-doc"' in html and "Usulan Pencairan Anggaran" in html
    assert ' style="' not in html and 'data-style="background:' in html


# -- the page script's row operations, run under node ------------------------------------
def run_ops(call: str, steps: list) -> list:
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    program = (f"const ops = require({json.dumps(str(SCRIPT))});\n"
               f"const steps = {json.dumps(steps)};\n"
               f"process.stdout.write(JSON.stringify({call}));\n")
    done = subprocess.run(["node", "-e", program], capture_output=True, text=True, timeout=30,
                          check=True)
    return json.loads(done.stdout)


def targets(steps: list) -> list:
    return [(s["no"], s["uraian"], s.get("keputusan", {}).get("ya"),
             s.get("keputusan", {}).get("tidak")) for s in steps]


def test_a_moved_row_keeps_its_decision_targets_right(spp):
    table, _ = spp
    steps = table["langkah"]
    assert targets(steps)[2] == (3, steps[2]["uraian"], 4, 2)
    moved = run_ops("ops.moveStep(steps, 3, -1)", steps)  # step 4 up above the decision
    names = [s["uraian"] for s in moved]
    assert names[2] == steps[3]["uraian"] and names[3] == steps[2]["uraian"]
    decision = moved[3]
    assert decision["no"] == 4 and (decision["keputusan"]["ya"], decision["keputusan"]["tidak"]) \
        == (3, 2)  # still the step it meant (now number 3) and still back to step 2
    assert [s["no"] for s in moved] == list(range(1, len(steps) + 1))


def test_inserted_and_removed_rows_renumber_the_targets(spp):
    table, _ = spp
    steps = table["langkah"]
    new = {"no": 0, "uraian": "Baru", "pelaksana": "PPTK"}
    inserted = run_ops(f"ops.insertStep(steps, 1, {json.dumps(new)})", steps)
    assert inserted[1]["uraian"] == "Baru"
    assert (inserted[3]["keputusan"]["ya"], inserted[3]["keputusan"]["tidak"]) == (5, 3)
    removed = run_ops("ops.removeStep(steps, 3)", steps)  # the step Ya went to
    kep = removed[2]["keputusan"]
    assert (kep["ya"], kep["tidak"]) == (4, 2)  # on to what followed it
    last = run_ops(f"ops.removeStep(steps, {len(steps) - 1})", copy.deepcopy(steps))
    assert all(s["keputusan"]["ya"] != len(steps) for s in last if "keputusan" in s)
