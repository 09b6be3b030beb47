"""Server-side page sessions (issue 9): a row per login, refused once Keluar deleted it, once
it expired, once the user's rows were deleted (password change) or the user was disabled."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

import pytest
import requests
from conftest import add_user
from sqlalchemy import delete, select, update

from engine import audit
from engine.db import make_engine, make_session_factory, transaction
from engine.models import ApiToken, User

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def site(db_url, live_server_for):
    add_user(db_url, "budi", [("PPTK", "*")])
    live = live_server_for(db_url)
    live.factory = make_session_factory(make_engine(db_url))
    return live


def csrf(page: requests.Response) -> str:
    match = CSRF.search(page.text)
    assert match, "the page carries a CSRF token"
    return match.group(1) or match.group(2)


def log_in(site, username: str = "budi", password: str = "rahasia") -> requests.Session:
    http = requests.Session()
    page = http.get(site.base + "/masuk", timeout=30)
    done = http.post(site.base + "/masuk", timeout=30, allow_redirects=False, data={
        "csrf_token": csrf(page), "username": username, "password": password})
    assert done.status_code == 302 and done.headers["Location"] == "/tugas", done.text
    return http


def inbox(http: requests.Session, site) -> requests.Response:
    return http.get(site.base + "/tugas", timeout=30, allow_redirects=False)


def refused(response: requests.Response) -> bool:
    return response.status_code == 302 and response.headers["Location"].startswith("/masuk")


def session_rows(site) -> list[ApiToken]:
    with transaction(site.factory) as db:
        return list(db.scalars(select(ApiToken).where(ApiToken.kind == "session")))


def test_a_page_login_is_a_session_row_holding_only_a_digest(site):
    http = log_in(site)
    assert inbox(http, site).status_code == 200
    [row] = session_rows(site)
    cookie = http.cookies["session"]
    assert row.token_hash not in cookie and len(row.token_hash) == 64
    assert row.user.username == "budi"


def test_a_replayed_cookie_after_keluar_is_refused(site):
    http = log_in(site)
    stolen = http.cookies["session"]
    out = http.post(site.base + "/keluar", timeout=30, allow_redirects=False,
                    data={"csrf_token": csrf(inbox(http, site))})
    assert refused(out)
    assert session_rows(site) == []
    replay = requests.Session()
    replay.cookies.set("session", stolen)
    assert refused(inbox(replay, site))
    with transaction(site.factory) as db:
        [entry] = audit.entries(db, action=audit.LOGOUT)
    assert (entry.actor, entry.address, entry.detail) == ("budi", "127.0.0.1",
                                                          {"kind": "session"})


def test_a_session_expires_after_its_lifetime(site):
    http = log_in(site)
    with transaction(site.factory, write=True) as db:
        db.execute(update(ApiToken).values(
            created_at=datetime.now(UTC) - timedelta(hours=12, minutes=1)))
    assert refused(inbox(http, site))


def test_deleting_the_users_rows_ends_every_session(site):
    """What a password change or reset does (another module): every api_tokens row goes."""
    first, second = log_in(site), log_in(site)
    with transaction(site.factory, write=True) as db:
        db.execute(delete(ApiToken))
    assert refused(inbox(first, site)) and refused(inbox(second, site))


def test_a_disabled_user_is_refused_and_their_sessions_stop(site):
    http = log_in(site)
    with transaction(site.factory, write=True) as db:
        db.execute(update(User).where(User.username == "budi").values(disabled=True))
    assert refused(inbox(http, site))
    page = requests.Session()
    again = page.post(site.base + "/masuk", timeout=30, allow_redirects=False, data={
        "csrf_token": csrf(page.get(site.base + "/masuk", timeout=30)),
        "username": "budi", "password": "rahasia"})
    assert again.status_code == 401 and "Nama pengguna atau kata sandi salah." in again.text
    api = requests.post(site.base + "/api/auth/token", timeout=30,
                        json={"username": "budi", "password": "rahasia"})
    assert api.status_code == 401


def test_a_session_token_is_not_a_bearer_token(site):
    """The token in the cookie opens pages only; the API takes its own kind of token."""
    http = log_in(site)
    serializer = site.app.session_interface.get_signing_serializer(site.app)
    token = serializer.loads(http.cookies["session"])["_user_id"]
    assert [r.token_hash for r in session_rows(site)] == [hashlib.sha256(token.encode())
                                                          .hexdigest()]
    api = requests.get(site.base + "/api/task", timeout=30,
                       headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 401
