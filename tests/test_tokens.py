"""API tokens: they expire, the holder can revoke one (log out), an operator can revoke all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from conftest import add_user, deploy_paths
from spj import spj_bpmn
from sqlalchemy import update

from api.app import create_app
from api.cli import main
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ApiToken


@pytest.fixture
def server(db_url, live_server_for):
    deploy_paths(db_url, spj_bpmn())
    add_user(db_url, "budi", [("PPTK", "*")])
    return live_server_for(db_url)


def test_a_token_says_when_it_expires(server):
    import requests
    before = datetime.now(UTC)
    resp = requests.post(server.base + "/api/auth/token",
                         json={"username": "budi", "password": "rahasia"}, timeout=10)
    expires = datetime.fromisoformat(resp.json()["expiresAt"])
    assert before + timedelta(days=30) <= expires <= datetime.now(UTC) + timedelta(days=30)


def test_logging_out_revokes_only_that_token(server):
    first, second = server.login("budi"), server.login("budi")
    assert first.get("/api/task").status_code == 200  # now cached by the worker
    assert first.delete("/api/auth/token").status_code == 204
    refused = first.get("/api/task")
    assert refused.status_code == 401 and "token" in refused.json()["message"]
    assert first.delete("/api/auth/token").status_code == 401
    assert second.get("/api/task").status_code == 200


def test_an_expired_token_is_refused(server, db_url):
    client = server.login("budi")
    factory = make_session_factory(make_engine(db_url))
    with transaction(factory, write=True) as db:
        db.execute(update(ApiToken).values(created_at=datetime.now(UTC) - timedelta(days=31)))
    assert client.get("/api/task").status_code == 401


def test_an_operator_revokes_every_token_of_a_user(server, db_url):
    clients = [server.login("budi") for _ in range(2)]
    runner = CliRunner()
    result = runner.invoke(main, ["--database-url", db_url, "revoke-tokens", "budi"])
    assert result.exit_code == 0 and "2 token(s) of budi revoked" in result.output
    assert [c.get("/api/task").status_code for c in clients] == [401, 401]
    unknown = runner.invoke(main, ["--database-url", db_url, "revoke-tokens", "siapa"])
    assert unknown.exit_code != 0 and "No user 'siapa'" in unknown.output


@pytest.mark.parametrize("days", ["abc", "0", "-1"])
def test_a_bad_token_lifetime_is_refused_at_start_up(tmp_path, days):
    with pytest.raises(ValueError, match="TOKEN_LIFETIME_DAYS must be a positive number"):
        create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite'}",
                    "TOKEN_LIFETIME_DAYS": days})
