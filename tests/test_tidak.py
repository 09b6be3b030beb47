"""A decision's Tidak is read from where its flow leads: back (Dikembalikan), to the end
(Ditolak), or forward past steps the seed makes conditional (the case goes on: Selesai). The
pages' buttons and timeline and the demo office follow it (engine.tidak)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.pages.timeline import _status
from engine.specs import parse_spec
from engine.tidak import KEMBALI, LANJUT, TOLAK, tidak_kind

ROOT = Path(__file__).parent.parent / "bpmn"
TELEPON = ROOT / "lumajang-disdukcapil" / "lumajang_dukcapil_penerimaan_telepon.bpmn"
DISIPLIN = ROOT / "lumajang-disdukcapil" / "lumajang_dukcapil_penanganan_disiplin_pegawai.bpmn"
SPJ = ROOT / "serang-diskominfo" / "serang_kominfo_penyusunan_spj.bpmn"


def _spec(path: Path):
    return parse_spec(path.stem, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "step", "kind"), [
    (TELEPON, "langkah_03", LANJUT),   # Tidak, dijawab petugas: skips step 4
    (DISIPLIN, "langkah_03", TOLAK),   # Sudah ada perbaikan: the SOP ends
    (DISIPLIN, "langkah_02", KEMBALI),  # Tidak back to step 1
    (SPJ, "langkah_03", KEMBALI),      # Verifikasi SPJ: back to the Bendahara
])
def test_tidak_kind_follows_the_flow(path, step, kind):
    assert tidak_kind(_spec(path), step) == kind


def test_a_step_without_decision_has_no_tidak():
    assert tidak_kind(_spec(TELEPON), "langkah_01") is None


def test_timeline_says_selesai_for_a_forward_tidak_and_dikembalikan_for_a_return():
    done = {"completed_at": "2026-11-30T10:00:00Z", "claimed_by": "x"}
    assert _status({**done, "step_id": "langkah_03"}, {"keputusan": "Tidak"},
                   _spec(TELEPON)) == "selesai"
    assert _status({**done, "step_id": "langkah_03"}, {"keputusan": "Tidak"},
                   _spec(SPJ)) == "dikembalikan"
    assert _status({**done, "step_id": "langkah_03"}, {"keputusan": "Tidak"},
                   _spec(DISIPLIN)) == "ditolak"
