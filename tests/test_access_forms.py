"""The acted-in ground of the access rule has two SQL forms (engine.access.acted_in): a set of
case ids for a user with few task events, a per-case probe for one with thousands. Both must
admit exactly the same cases, in the full rule and in Berkas Saya, on both databases."""

from __future__ import annotations

import pytest
from conftest import deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY
from sqlalchemy import select

from engine import access, caselist
from engine.actors import Actor
from engine.caselist import CaseFilter
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ProcessInstance
from engine.runtime import Runtime

PPTK = ("PPTK", SPJ_INSTANSI)


@pytest.mark.parametrize("many_above", [0, 1_000_000], ids=["probe", "id-set"])
def test_both_forms_admit_the_same_cases(db_url, monkeypatch, many_above):
    deploy_paths(db_url, SPJ_BPMN)
    factory = make_session_factory(make_engine(db_url))
    runtime = Runtime(factory)
    pptk = Actor("pptk", frozenset({PPTK}))
    acted = runtime.start(SPJ_KEY, pptk, title="diambil mantan")
    only = runtime.start(SPJ_KEY, pptk, title="hanya pptk")
    started = runtime.start(SPJ_KEY, Actor("pemula", frozenset({PPTK})), title="dimulai pemula")
    runtime.claim(acted.tasks[0].id, Actor("mantan", frozenset({PPTK})))
    monkeypatch.setattr(access, "MANY_EVENTS", many_above)

    def seen(actor: Actor) -> set[int]:
        with transaction(factory) as db:
            rule = access.visible(db, actor)
            return set(db.scalars(select(ProcessInstance.id).where(rule)))

    def mine(actor: Actor) -> set[int]:
        with transaction(factory) as db:
            return {row.id for row in caselist.rows(db, actor, CaseFilter(scope="mine"))}

    mantan, pemula = Actor("mantan"), Actor("pemula")  # both have since lost the role
    assert seen(mantan) == mine(mantan) == {acted.id}
    assert seen(pemula) == mine(pemula) == {started.id}
    assert seen(Actor("orang-lain")) == mine(Actor("orang-lain")) == set()
    assert len(seen(pptk)) == 3 and mine(pptk) == {acted.id, only.id}
