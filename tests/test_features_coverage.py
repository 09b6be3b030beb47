"""Coverage that means something (issue 12, item 7): lanes count, a scenario that asserts
nothing does not, outline examples are matched by where they are, and no title can switch the
gate off. The last is shown end to end: a gated folder whose outline has a ``<placeholder>``
title and covers too little must fail the run (it used to exit 0 at 94.4%)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from features.assertions import is_check, memeriksa
from features.binding import bind_features, expected_scenarios, scenario_ids
from features.coverage import Recorder, SopCoverage, verdict
from features.library import library
from features.paths import plan_paths
from features.steps import sop as kalimat

ROOT = Path(__file__).resolve().parent.parent
SPJ_KEY = "serang_kominfo_penyusunan_spj"
SPJ_BPMN = ROOT / "tests" / "fixtures" / "bpmn" / "serang-diskominfo" / f"{SPJ_KEY}.bpmn"


def _spj():
    return library(SPJ_BPMN.parent.parent)[SPJ_KEY].model


def _recorder(covered_all: bool) -> Recorder:
    """The SPJ's coverage after every element, or after its main path only."""
    model = _spj()
    rec = Recorder()
    rec.add_model(model, "serang-diskominfo")
    path = plan_paths(model)[0]
    nodes = list(model.nodes) if covered_all else list(path.nodes)
    flows = [f for f in model.flows if covered_all or f.id in path.flows]
    acts = [{"activityId": n, "previousActivityId": None} for n in nodes]
    acts += [{"activityId": f.target, "previousActivityId": f.source} for f in flows]
    rec.record(model, acts)
    return rec


# -- lanes ---------------------------------------------------------------------------------
def test_a_lane_counts_only_when_a_task_in_it_was_completed() -> None:
    model = _spj()
    verifier = next(s for s in model.steps if s.name == "Verifikasi SPJ")
    sop = SopCoverage(model)
    sop.nodes = set(model.nodes) - {verifier.id}
    assert sop.total == len(model.nodes) + len(model.flows) + len(model.lanes)
    assert sop.lanes == set(model.lanes) - {verifier.role}
    assert f'lajur "{verifier.role}"' in sop.missing()
    sop.nodes.add(verifier.id)
    assert sop.lanes == set(model.lanes)


def test_a_lane_without_steps_is_a_gap_no_scenario_can_close() -> None:
    model = dataclasses.replace(_spj(), lanes=(*_spj().lanes, "Kepala Dinas"))
    sop = SopCoverage(model, nodes=set(model.nodes), flows={f.id for f in model.flows})
    assert sop.covered == sop.total - 1 and sop.percent < 100
    assert sop.missing() == ['lajur "Kepala Dinas" (tidak ada langkah di lajur ini)']


# -- the verdict ---------------------------------------------------------------------------
def test_coverage_is_enforced_only_when_every_scenario_was_selected() -> None:
    every = {("a.feature", 3, 0), ("a.feature", 9, 0), ("a.feature", 9, 1)}
    sops = {SPJ_KEY}
    notes, failures = verdict(_recorder(False), {("a.feature", 3, 0)}, every, sops, sops)
    assert failures == [] and "tidak ditegakkan: 1/3" in notes[0]
    notes, failures = verdict(_recorder(False), every, every, sops, sops)
    assert len(failures) == 1 and "(< 100%)" in failures[0], failures
    assert "cakupan ditegakkan: semua 3 skenario" in notes[0]
    assert verdict(_recorder(True), every, every, sops, sops)[1] == []


def test_a_library_sop_without_feature_fails_the_full_run() -> None:
    every = {("a.feature", 3, 0)}
    _, failures = verdict(_recorder(True), every, every, {SPJ_KEY, "sop_baru"}, {SPJ_KEY})
    assert failures and "1 SOP di bpmn/ belum punya fitur (sop_baru)" in failures[0]


# -- scenarios are identified by place, not title --------------------------------------------
OUTLINE = """# language: id
Fitur: SPJ
  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Garis-Besar Skenario: Penyerahan oleh "<siapa>"
    Ketika "<siapa>" memulai SOP
    Dan "<siapa>" melampirkan dokumen "SPJ"
    Dan "<siapa>" menyelesaikan langkah "Penyerahan SPJ"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"

    Contoh:
      | siapa |
      | PPTK  |
      | budi  |

  Skenario: Tanpa pemeriksaan
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
"""
BARE = OUTLINE.splitlines().index("  Skenario: Tanpa pemeriksaan") + 1  # its line


def test_outline_rows_are_expected_by_line_and_row(tmp_path: Path) -> None:
    path = tmp_path / "spj.feature"
    path.write_text(OUTLINE, encoding="utf-8")
    real = os.path.realpath(path)
    assert scenario_ids(path) == [(real, 7, 0), (real, 7, 1), (real, BARE, 0)]
    assert expected_scenarios(tmp_path) == set(scenario_ids(path))


def test_a_title_used_twice_is_a_failing_test_not_a_lost_scenario(tmp_path: Path) -> None:
    path = tmp_path / "ganda.feature"
    path.write_text(OUTLINE.replace("Skenario: Tanpa pemeriksaan",
                                    'Skenario: Penyerahan oleh "<siapa>"'), encoding="utf-8")
    assert (os.path.realpath(path), 7, 0) in scenario_ids(path)
    namespace: dict[str, object] = {}
    assert bind_features(namespace, tmp_path) == 2
    broken = [f for name, f in namespace.items() if "nama_ganda" in name]
    assert len(broken) == 1
    with pytest.raises(pytest.fail.Exception, match="baris 7|:7:"):
        broken[0]()


# -- which sentences assert ----------------------------------------------------------------
def test_checks_are_declared_on_their_step_functions() -> None:
    assert is_check(kalimat.sop_selesai) and is_check(kalimat.tugas_berikutnya)
    assert not is_check(kalimat.menyelesaikan) and not is_check(kalimat.memulai)

    @memeriksa
    def baru() -> None:
        """A new sentence joins the checks by its declaration alone."""
    assert is_check(baru)


# -- end to end: the old hole ----------------------------------------------------------------
CONFTEST = """from pathlib import Path

from features.suites import Suite, register

HERE = Path(__file__).parent


def pytest_configure(config):
    config.pluginmanager.import_plugin("features.plugin")
    register(config, Suite("uji/", HERE / "fitur", "uji-coverage", gate=True,
                           library=HERE / "bpmn"))
    register(config, Suite("terima/", HERE / "terima", "terima-coverage",
                           auto_documents=True, library=HERE / "bpmn"))
"""
# the first step's "SPJ" becomes a required document (dokumen=wajib), as in the library
SPJ_FIELD = '<camunda:formField id="kelengkapan_1" label="SPJ" type="boolean">'
SPJ_REQUIRED = ('<camunda:properties><camunda:property id="dokumen" value="wajib"/>'
                "</camunda:properties>")
# written from a seed: names no file, yet the step requires the document "SPJ"
FROM_SEED = """# language: id
Fitur: SPJ dari naskah sumber
  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Penyerahan tanpa menyebut berkas
    Ketika "PPTK" memulai SOP
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
"""
BINDER = """from pathlib import Path

from features.binding import bind_features

bind_features(globals(), Path(__file__).parent / "{folder}")
"""


@pytest.fixture(scope="module")
def gated_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str]:
    """A gated folder of one SOP: an outline whose title holds a placeholder, and a scenario
    that walks further without asserting anything; beside it an ungated folder whose scenario
    names no document. (exit code, output, text report of the gated folder)"""
    folder = tmp_path_factory.mktemp("gerbang")
    (folder / "fitur").mkdir()
    (folder / "fitur" / "spj.feature").write_text(
        OUTLINE.replace("Dan pengguna untuk setiap pelaksana SOP",
                        'Dan pengguna untuk setiap pelaksana SOP\n'
                        '    Dan pengguna "budi" sebagai "PPTK"'), encoding="utf-8")
    (folder / "bpmn" / "serang-diskominfo").mkdir(parents=True)
    (folder / "bpmn" / "serang-diskominfo" / SPJ_BPMN.name).write_text(
        SPJ_BPMN.read_text(encoding="utf-8").replace(SPJ_FIELD, SPJ_FIELD + SPJ_REQUIRED, 1),
        encoding="utf-8")
    (folder / "terima").mkdir()
    (folder / "terima" / "spj.feature").write_text(FROM_SEED, encoding="utf-8")
    (folder / "conftest.py").write_text(CONFTEST)
    for name in ("fitur", "terima"):
        (folder / f"test_{name}.py").write_text(BINDER.format(folder=name))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
         str(folder), str(folder)], cwd=folder, env=env, capture_output=True, text=True,
        timeout=300)
    report = folder / "artifacts" / "coverage" / "uji-coverage.txt"
    return proc.returncode, proc.stdout + proc.stderr, report.read_text(encoding="utf-8")


def test_placeholder_title_cannot_switch_the_gate_off(gated_run: tuple[int, str, str]) -> None:
    code, out, _ = gated_run
    assert "4 passed" in out, out
    assert "cakupan ditegakkan: semua 3 skenario uji/ dijalankan" in out, out
    assert "GAGAL: cakupan BPMN" in out and code == 1, out


def test_report_names_the_ignored_scenario_and_the_lanes_never_acted(
        gated_run: tuple[int, str, str]) -> None:
    _, out, text = gated_run
    assert "1 skenario tanpa pemeriksaan (kalimat Maka) tidak dihitung" in text
    assert f"fitur/spj.feature:{BARE + 1} Tanpa pemeriksaan" in text  # +1: budi
    # only the ignored scenario completed "Penerimaan SPJ": its lane stays a gap
    assert 'belum dilalui: lajur "Bendahara Pengeluaran"' in text, text
    assert 'belum dilalui: lajur "PPTK"' not in text, text
    assert "tanpa pemeriksaan, tidak dihitung" in out


def test_an_ungated_suite_gets_documents_attached_and_its_own_report(
        gated_run: tuple[int, str, str]) -> None:
    """The scenario from the seed passed although it attaches nothing: the harness uploaded
    the required "SPJ"; its suite is reported apart and never gated."""
    _, out, _ = gated_run
    assert "cakupan BPMN (terima/)" in out and "terima-coverage.txt" in out, out
    assert "cakupan terima/ hanya dilaporkan, tidak ditegakkan" in out, out
