"""Shared fixtures: real databases (SQLite file, PostgreSQL server) and a real HTTP server."""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import requests
from werkzeug.serving import make_server

from api.app import create_app
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import collect_files, deploy, instansi_of
from engine.migrate import upgrade
from engine.users import create_user, hash_password

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_BPMN = ROOT / "tests" / "fixtures" / "bpmn"  # library SOPs without documents
# The hash gate admits one password check at a time machine-wide and answers 503 after 2 s of
# waiting; a test logging in many users at once on a loaded CI machine must wait, not fail.
os.environ.setdefault("HASH_WAIT_SECONDS", "60")
PG_ADMIN_URL = os.environ.get("SOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_url(dbname: str) -> str:
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    return f"{base}/{dbname}"


@pytest.fixture(scope="session")
def pg_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        if os.environ.get("CI"):
            raise
        return False


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file, copied for each test (migrating each time costs seconds)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    upgrade(f"sqlite:///{path}")
    return path


_PG_TEMPLATE = f"sop_template_{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def pg_template(pg_available: bool) -> Iterator[str | None]:
    """A migrated PostgreSQL database that each test's database is created from."""
    if not pg_available:
        yield None
        return
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{_PG_TEMPLATE}"')
    upgrade(_pg_url(_PG_TEMPLATE))
    yield _PG_TEMPLATE
    _drop_pg_database(_PG_TEMPLATE)


def _fresh_pg_database(template: str) -> str:
    name = f"sop_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def _drop_pg_database(name: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "sop.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    yield from _pg_database(request.getfixturevalue("pg_template"))


@pytest.fixture
def pg_url(pg_template: str | None) -> Iterator[str]:
    yield from _pg_database(pg_template)


def _pg_database(template: str | None) -> Iterator[str]:
    if template is None:
        pytest.skip("PostgreSQL not reachable (CI requires it)")
    name = _fresh_pg_database(template)
    yield _pg_url(name)
    _drop_pg_database(name)


def deploy_paths(url: str, *paths: Path, base: Path | None = ROOT / "bpmn") -> None:
    """Deploy files or folders; the instansi is the folder under ``base`` (bpmn/<instansi>/),
    or under tests/fixtures/bpmn/ for a fixture copy of a library SOP (tests/spj.py)."""
    factory = make_session_factory(make_engine(url))
    files = [(str(f), f.read_bytes(),
              instansi_of(f, base or found_under) or instansi_of(f, FIXTURE_BPMN))
             for f, found_under in collect_files(list(paths))]
    with transaction(factory, write=True) as db:
        deploy(db, files)


_RAHASIA = hash_password("rahasia")  # below the password policy: given as a hash, hashed once


def add_user(url: str, username: str, roles: list[tuple[str, str]], admin: bool = False) -> None:
    factory = make_session_factory(make_engine(url))
    with transaction(factory, write=True) as db:
        create_user(db, username, "rahasia", roles, is_admin=admin, password_hash=_RAHASIA)


class LiveServer:
    """The Flask app served over real HTTP on a free local port, in a thread."""

    def __init__(self, url: str, config: dict | None = None):
        self.app = create_app({"DATABASE_URL": url, "TESTING": False, **(config or {})})
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.app.extensions["sop_engine"].dispose()

    def login(self, username: str, password: str = "rahasia") -> ApiClient:
        resp = requests.post(f"{self.base}/api/auth/token",
                             json={"username": username, "password": password}, timeout=10)
        assert resp.status_code == 200, resp.text
        return ApiClient(self.base, resp.json()["token"])


class ApiClient:
    def __init__(self, base: str, token: str):
        self.base = base
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.base + path, timeout=30, **kw)

    def post(self, path: str, **kw) -> requests.Response:
        return self.http.post(self.base + path, timeout=30, **kw)

    def delete(self, path: str, **kw) -> requests.Response:
        return self.http.delete(self.base + path, timeout=30, **kw)


@pytest.fixture
def live_server_for():
    servers: list[LiveServer] = []

    def start(url: str) -> LiveServer:
        server = LiveServer(url)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    """Headless Chromium for a module's browser tests (tests/browser.py)."""
    from browser import chromium

    yield from chromium(tmp_path_factory)
