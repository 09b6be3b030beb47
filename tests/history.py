"""A small known history for tests that want "something realistic shows" (engine.history):
two SOPs of two instansi, six months before :data:`END`, played through the real runtime.
Tests needing exact figures build their own histories; this one is seeded, so its counts are
the same on every run.

    from history import SMALL_HISTORY_KEYS, END, small_history
    def test_something(db_url):
        factory, report = small_history(db_url)
"""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import ROOT, deploy_paths
from sqlalchemy.orm import Session, sessionmaker

from api.resources import validate_task_data
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import latest_versions
from engine.history import history
from engine.simulate import Report
from engine.users import ensure_demo_users

SPJ = "serang_kominfo_penyusunan_spj"
CUTI = "lumajang_dukcapil_pengajuan_cuti"
SMALL_HISTORY_KEYS = (SPJ, CUTI)
FILES = (ROOT / "bpmn" / "serang-diskominfo" / f"{SPJ}.bpmn",
         ROOT / "bpmn" / "lumajang-disdukcapil" / f"{CUTI}.bpmn")
END = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)  # a Wednesday, 11.00 WIB: in office hours
MONTHS = 6
PER_MONTH = 5


def office_for(url: str) -> sessionmaker[Session]:
    """The two SOPs deployed and their demo users (one per lane) on the database ``url``."""
    deploy_paths(url, *FILES)
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        ensure_demo_users(db, latest_versions(db))
    return factory


def small_history(url: str, seed: int = 2026, per_month: int = PER_MONTH
                  ) -> tuple[sessionmaker[Session], Report]:
    """Six months (June-November 2026) of SPJ and cuti cases ending at :data:`END`: about
    ``per_month`` finished cases a month per SOP (some late, some sent back, a tenth of the
    cuti refused) and a few still waiting, some overdue."""
    factory = office_for(url)
    report = history(factory, SMALL_HISTORY_KEYS, months=MONTHS, cases_per_month=per_month,
                     seed=seed, end=END, validate=validate_task_data)
    return factory, report
