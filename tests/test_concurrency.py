"""Concurrent users on PostgreSQL: of many simultaneous claims or completions exactly one wins."""

from __future__ import annotations

import threading

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_INSTANSI, SPJ_KEY, spj_bpmn, valid_data

THREADS = 10


def _race(calls) -> list[requests.Response]:
    barrier = threading.Barrier(len(calls))
    results: list[requests.Response | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results  # type: ignore[return-value]


@pytest.fixture
def pptk_clients(pg_url, live_server_for):
    deploy_paths(pg_url, spj_bpmn())
    for i in range(THREADS):
        add_user(pg_url, f"pptk{i}", [("PPTK", SPJ_INSTANSI)])
    server = live_server_for(pg_url)
    return [server.login(f"pptk{i}") for i in range(THREADS)]


def test_simultaneous_claims_one_winner(pptk_clients):
    first = pptk_clients[0]
    inst = first.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    task_id = inst["tasks"][0]["id"]
    results = _race([lambda c=c: c.post(f"/api/task/{task_id}/claim") for c in pptk_clients])
    codes = sorted(r.status_code for r in results)
    assert codes == [200] + [409] * (THREADS - 1), [r.text for r in results]
    winner = next(r.json()["assignee"] for r in results if r.status_code == 200)
    assert first.get(f"/api/task/{task_id}").json()["assignee"] == winner


def test_simultaneous_completions_one_winner_no_step_lost(pptk_clients):
    first = pptk_clients[0]
    inst = first.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
    task_id = inst["tasks"][0]["id"]
    fields = first.get(f"/api/task/{task_id}/form-variables").json()
    body = {"variables": valid_data(fields)}
    results = _race([lambda c=c: c.post(f"/api/task/{task_id}/complete", json=body)
                     for c in pptk_clients])
    codes = sorted(r.status_code for r in results)
    assert codes == [200] + [409] * (THREADS - 1), [r.text for r in results]
    history = first.get("/api/history/task", params={"processInstanceId": inst["id"]}).json()
    completed = [h for h in history if h["endTime"]]
    assert len(completed) == 1 and completed[0]["name"] == "Penyerahan SPJ"
    now = first.get(f"/api/process-instance/{inst['id']}").json()
    assert [t["name"] for t in now["tasks"]] == ["Penerimaan SPJ"]


def test_many_instances_in_parallel_each_advance_once(pptk_clients):
    """Different instances never block each other: all parallel completions succeed."""
    insts = [c.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={}).json()
             for c in pptk_clients]
    calls = []
    for client, inst in zip(pptk_clients, insts, strict=True):
        task_id = inst["tasks"][0]["id"]
        fields = client.get(f"/api/task/{task_id}/form-variables").json()
        calls.append(lambda c=client, t=task_id, f=fields: c.post(
            f"/api/task/{t}/complete", json={"variables": valid_data(f)}))
    assert [r.status_code for r in _race(calls)] == [200] * THREADS
