"""Login throttling (issue 9): per account and per address, in the engine on both databases
and over real HTTP (API and the /masuk page); unlocking; the login audit entries."""

from __future__ import annotations

import dataclasses
import fcntl
import re
import threading
from datetime import datetime, timedelta

import pytest
import requests
from click.testing import CliRunner
from conftest import add_user
from sqlalchemy import func, select

from api.cli import main
from engine import audit
from engine.db import make_engine, make_session_factory, transaction
from engine.errors import NotFound
from engine.models import LoginAttempt, utcnow
from engine.sessions import API, LoginSettings, log_in
from engine.throttle import (
    HashGate,
    Limits,
    ServerBusy,
    TooManyAttempts,
    prune,
    unlock,
)

LIFETIME = timedelta(days=1)
HERE = "10.0.0.1"


class Clock:
    """A clock the test moves forward instead of sleeping."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def setup(db_url, tmp_path):
    add_user(db_url, "budi", [("PPTK", "*")])
    factory = make_session_factory(make_engine(db_url))
    clock = Clock()
    settings = LoginSettings(Limits(), HashGate(str(tmp_path / "gate"), wait=30), clock)
    return factory, settings, clock


def try_login(factory, settings, password: str, username: str = "budi", address: str = HERE):
    return log_in(factory, username, password, address, API, LIFETIME, settings)


def entries(factory, action: str) -> list:
    with transaction(factory) as db:
        return audit.entries(db, action=action)


# -- the engine, on SQLite and PostgreSQL --------------------------------------------------------
def test_five_wrong_passwords_lock_the_account_until_the_window_passes(setup):
    factory, settings, clock = setup
    assert [try_login(factory, settings, "salah") for _ in range(5)] == [None] * 5
    clock.advance(minutes=1)
    with pytest.raises(TooManyAttempts) as refused:
        try_login(factory, settings, "rahasia")  # even the right password is not heard
    assert refused.value.retry_after == 14 * 60 and refused.value.status == 429
    clock.advance(minutes=14, seconds=1)
    assert try_login(factory, settings, "rahasia").actor.username == "budi"


def test_a_success_resets_the_account_count(setup):
    factory, settings, clock = setup
    for _ in range(4):
        assert try_login(factory, settings, "salah") is None
    assert try_login(factory, settings, "rahasia") is not None
    for _ in range(4):
        assert try_login(factory, settings, "salah") is None
    assert try_login(factory, settings, "rahasia") is not None  # 4 since the success, not 8


def test_twenty_failures_from_one_address_lock_the_address(setup):
    factory, settings, clock = setup
    for n in range(20):
        assert try_login(factory, settings, "salah", username=f"tamu{n}") is None
    with pytest.raises(TooManyAttempts):
        try_login(factory, settings, "rahasia")
    assert try_login(factory, settings, "rahasia", address="10.0.0.2") is not None


def test_unlock_forgets_the_failures_and_is_audited(setup):
    factory, settings, clock = setup
    for _ in range(5):
        try_login(factory, settings, "salah")
    with transaction(factory, write=True) as db:
        assert unlock(db, "budi", actor="admin", address="10.9.9.9") == 5
    assert try_login(factory, settings, "rahasia") is not None
    [entry] = entries(factory, audit.ACCOUNT_UNLOCKED)
    assert (entry.actor, entry.target, entry.address) == ("admin", "budi", "10.9.9.9")
    assert entry.detail == {"failures_cleared": 5}
    with pytest.raises(NotFound), transaction(factory, write=True) as db:
        unlock(db, "siapa")


def test_workers_counting_at_once_check_no_more_passwords_than_the_limit(setup):
    """12 threads at once, one account: the count and the reservation are one serialised
    transaction, so exactly 5 passwords are checked and 7 tries are refused unheard."""
    factory, settings, clock = setup
    outcomes: list[str] = []
    barrier = threading.Barrier(12)

    def attempt() -> None:
        barrier.wait()
        try:
            outcomes.append("checked" if try_login(factory, settings, "salah") is None else "in")
        except TooManyAttempts:
            outcomes.append("refused")

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["checked"] * 5 + ["refused"] * 7


def test_a_busy_server_answers_503_and_does_not_count_the_try(setup, tmp_path):
    factory, settings, clock = setup
    quick = dataclasses.replace(settings, gate=HashGate(str(tmp_path / "held"), wait=0.05))
    with open(str(tmp_path / "held") + ".0", "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another worker is hashing
        with pytest.raises(ServerBusy) as busy:
            try_login(factory, quick, "rahasia")
    assert busy.value.status == 503
    with transaction(factory) as db:
        assert db.scalar(select(func.count(LoginAttempt.id))) == 0
    assert try_login(factory, quick, "rahasia") is not None


def test_old_attempts_are_pruned(setup):
    factory, settings, clock = setup
    try_login(factory, settings, "salah")
    clock.advance(minutes=16)
    try_login(factory, settings, "salah")
    with transaction(factory, write=True) as db:
        assert prune(db, settings.limits, clock.now) == 1
        assert db.scalar(select(func.count(LoginAttempt.id))) == 1


def test_every_login_is_audited_with_its_address(setup):
    factory, settings, clock = setup
    try_login(factory, settings, "salah")
    try_login(factory, settings, "salah", username="siapa")
    try_login(factory, settings, "rahasia")
    for _ in range(5):
        try_login(factory, settings, "salah")
    with pytest.raises(TooManyAttempts):
        try_login(factory, settings, "rahasia")
    failed = entries(factory, audit.LOGIN_FAILED)
    assert sorted(e.detail["username"] for e in failed) == ["budi"] * 6 + ["siapa"]
    assert {(e.actor, e.address) for e in failed} == {(None, HERE)}
    [login] = entries(factory, audit.LOGIN)
    assert (login.actor, login.address, login.detail) == ("budi", HERE, {"kind": "api"})
    [throttled] = entries(factory, audit.LOGIN_THROTTLED)
    assert throttled.target == "budi" and throttled.detail["retry_after"] == 15 * 60


def test_a_flood_of_refused_tries_writes_one_audit_entry_per_lock(setup):
    """Refused tries are not written each time: the append-only log cannot be grown without
    bound by anyone posting wrong passwords."""
    factory, settings, clock = setup
    for _ in range(5):
        try_login(factory, settings, "salah")
    for _ in range(30):
        with pytest.raises(TooManyAttempts):
            try_login(factory, settings, "salah")
    assert len(entries(factory, audit.LOGIN_THROTTLED)) == 1
    clock.advance(minutes=15, seconds=1)  # the lock passes; five more failures: a new lock
    for _ in range(5):
        try_login(factory, settings, "salah")
    for _ in range(3):
        with pytest.raises(TooManyAttempts):
            try_login(factory, settings, "salah")
    assert len(entries(factory, audit.LOGIN_THROTTLED)) == 2


# -- over real HTTP ------------------------------------------------------------------------------
@pytest.fixture
def server(db_url, live_server_for, tmp_path):
    add_user(db_url, "budi", [("PPTK", "*")])
    add_user(db_url, "admin1", [], admin=True)
    live = live_server_for(db_url)
    clock = Clock()
    settings = live.app.extensions["sop_login"]
    live.app.extensions["sop_login"] = dataclasses.replace(
        settings, clock=clock, gate=HashGate(str(tmp_path / "gate"), wait=30))
    live.clock = clock
    return live


def post_token(server, username: str, password: str) -> requests.Response:
    return requests.post(server.base + "/api/auth/token", timeout=30,
                         json={"username": username, "password": password})


def test_api_sixth_try_gets_429_with_retry_after_until_the_window_passes(server):
    assert [post_token(server, "budi", "salah").status_code for _ in range(5)] == [401] * 5
    refused = post_token(server, "budi", "rahasia")
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == str(15 * 60)
    body = refused.json()
    assert body["message"].startswith("Terlalu banyak percobaan masuk yang gagal")
    assert body["message_en"].startswith("Too many failed login attempts")
    assert body["retryAfter"] == 15 * 60
    server.clock.advance(minutes=15, seconds=1)
    assert post_token(server, "budi", "rahasia").status_code == 200


def test_api_21st_try_from_one_address_gets_429(server):
    for n in range(20):
        assert post_token(server, f"tamu{n}", "salah").status_code == 401
    assert post_token(server, "budi", "rahasia").status_code == 429


def test_api_admin_unlocks_an_account(server, db_url):
    for _ in range(5):
        post_token(server, "budi", "salah")
    admin = server.login("admin1")  # another account: not locked
    assert admin.post("/api/user/budi/unlock").status_code == 204
    assert post_token(server, "budi", "rahasia").status_code == 200
    factory = make_session_factory(make_engine(db_url))
    [entry] = entries(factory, audit.ACCOUNT_UNLOCKED)
    assert (entry.actor, entry.target, entry.address) == ("admin1", "budi", "127.0.0.1")
    not_admin = server.login("budi").post("/api/user/admin1/unlock")
    assert not_admin.status_code == 403
    assert admin.post("/api/user/siapa/unlock").status_code == 404


def test_cli_unlocks_an_account_and_an_address(server, db_url):
    for _ in range(5):
        post_token(server, "budi", "salah")
    runner = CliRunner()
    done = runner.invoke(main, ["--database-url", db_url, "unlock", "budi"])
    assert done.exit_code == 0 and "budi unlocked (5 failed login(s) forgotten)" in done.output
    assert post_token(server, "budi", "rahasia").status_code == 200
    for n in range(20):
        post_token(server, f"tamu{n}", "salah")
    assert post_token(server, "budi", "rahasia").status_code == 429
    done = runner.invoke(main, ["--database-url", db_url, "unlock", "--address", "127.0.0.1"])
    assert done.exit_code == 0, done.output
    assert post_token(server, "budi", "rahasia").status_code == 200
    unknown = runner.invoke(main, ["--database-url", db_url, "unlock", "siapa"])
    assert unknown.exit_code != 0 and "No user 'siapa'" in unknown.output
    factory = make_session_factory(make_engine(db_url))
    assert {e.actor for e in entries(factory, audit.ACCOUNT_UNLOCKED)} == {"cli"}


CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def page_login(http: requests.Session, base: str, username: str, password: str,
               lang: str = "") -> requests.Response:
    page = http.get(f"{base}/masuk{lang}", timeout=30)
    match = CSRF.search(page.text)
    return http.post(f"{base}/masuk{lang}", timeout=30, allow_redirects=False, data={
        "csrf_token": match.group(1) or match.group(2), "username": username,
        "password": password})


def test_page_says_when_to_try_again(server, db_url):
    http = requests.Session()
    assert [page_login(http, server.base, "budi", "salah").status_code
            for _ in range(5)] == [401] * 5
    refused = page_login(http, server.base, "budi", "rahasia")
    assert refused.status_code == 429 and refused.headers["Retry-After"] == str(15 * 60)
    assert "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit." in refused.text
    english = page_login(http, server.base, "budi", "rahasia", lang="?lang=en")
    assert english.status_code == 429
    assert "Too many failed login attempts. Try again in 15 minutes." in english.text
    server.clock.advance(minutes=15, seconds=1)
    assert page_login(http, server.base, "budi", "rahasia").status_code == 302
    factory = make_session_factory(make_engine(db_url))
    assert len(entries(factory, audit.LOGIN_THROTTLED)) == 1  # one per lock: see the next test
    [login] = entries(factory, audit.LOGIN)
    assert login.detail == {"kind": "session"} and login.address == "127.0.0.1"


def test_admin_page_shows_the_lock_and_unlocks_it(server, db_url):
    for _ in range(5):
        post_token(server, "budi", "salah")
    admin = requests.Session()
    assert page_login(admin, server.base, "admin1", "rahasia").status_code == 302
    page = admin.get(f"{server.base}/admin/pengguna/budi", timeout=30)
    assert "Akun ini terkunci 15 menit lagi karena terlalu banyak kata sandi salah." in page.text
    token = CSRF.search(page.text)
    unlocked = admin.post(f"{server.base}/admin/pengguna/budi/buka-kunci", timeout=30,
                          data={"csrf_token": token.group(1) or token.group(2)})
    assert unlocked.status_code == 200 and "Kunci masuk budi dibuka." in unlocked.text
    assert "terkunci" not in unlocked.text
    assert post_token(server, "budi", "rahasia").status_code == 200
    factory = make_session_factory(make_engine(db_url))
    [entry] = entries(factory, audit.ACCOUNT_UNLOCKED)
    assert (entry.actor, entry.target) == ("admin1", "budi")
