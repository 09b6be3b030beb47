"""One live server for the whole feature run: a migrated SQLite file, the Flask app over HTTP,
the users of every role a feature needs, and each SOP deployed the first time a Latar asks.

Scenarios only ever act through the JSON API; this module touches the engine only to set the
stage (schema, users), which is what an operator does with ``sop init-db`` / ``create-user``.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from pathlib import Path
from typing import Any

import requests
from argon2 import PasswordHasher
from sqlalchemy import select
from werkzeug.serving import WSGIRequestHandler, make_server

from api.app import create_app
from engine import jabatan
from engine.db import make_engine, make_session_factory, transaction
from engine.migrate import upgrade
from engine.models import User, UserRole
from engine.users import slug

from .errors import FiturGagal
from .library import Entry
from .model import SopModel, model_from_xml
from .peran import Jabatan, katalog_dari, official_lanes

PASSWORD = "rahasia-fitur"
OBSERVER = "pengamat-fitur"
# Users are made with a cheap argon2 setting: the default costs ~0.2 s per hash and again per
# login, which is a minute over a library's ~150 roles. Verification reads the cost from the
# hash, so logging in over HTTP stays the real code path.
_HASH = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)


class Api:
    """A logged-in user's HTTP session (Bearer token)."""

    def __init__(self, base: str, username: str):
        self.base, self.username = base, username
        self.http = requests.Session()
        resp = self.http.post(f"{base}/api/auth/token", timeout=30,
                              json={"username": username, "password": PASSWORD})
        if resp.status_code != 200:
            raise FiturGagal(f"Pengguna {username} tidak dapat masuk: {message(resp)}")
        self.http.headers["Authorization"] = f"Bearer {resp.json()['token']}"

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.http.get(self.base + path, params=params or None, timeout=60)

    def post(self, path: str, json: Any = None, **kw: Any) -> requests.Response:
        return self.http.post(self.base + path, json=json, timeout=60, **kw)


def message(resp: requests.Response) -> str:
    """The API's Indonesian error message (or the raw body)."""
    try:
        body = resp.json()
    except ValueError:
        return f"HTTP {resp.status_code}: {resp.text[:300]}"
    if isinstance(body, dict) and body.get("message"):
        errors = "; ".join(e.get("message", "") for e in body.get("errors") or [])
        return f"HTTP {resp.status_code}: {body['message']}" + (f" ({errors})" if errors else "")
    return f"HTTP {resp.status_code}: {body}"


class _Quiet(WSGIRequestHandler):
    def log_request(self, *args: Any, **kwargs: Any) -> None:
        """Hundreds of requests per scenario would drown a failure's captured output."""


class SopServer:
    """The app on a free local port, in a thread, over a fresh migrated SQLite file."""

    def __init__(self, db_path: Path):
        self.url = f"sqlite:///{db_path}"
        upgrade(self.url)
        self.factory = make_session_factory(make_engine(self.url))
        self.app = create_app({"DATABASE_URL": self.url, "TESTING": False})
        self.http = make_server("127.0.0.1", 0, self.app, threaded=True, request_handler=_Quiet)
        self.base = f"http://127.0.0.1:{self.http.server_port}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self._clients: dict[str, Api] = {}
        self._models: dict[str, SopModel] = {}
        self._lock = threading.Lock()
        self._users: set[tuple[str, str, str]] = set()  # (username, role, instansi) made
        self._katalog: dict[str, tuple[Jabatan, ...]] = {}
        add_user(self.factory, OBSERVER, [], admin=True)

    def stop(self) -> None:
        self.http.shutdown()
        self.app.extensions["sop_engine"].dispose()

    def client(self, username: str) -> Api:
        """The user's API session, logged in once per run."""
        if username not in self._clients:
            self._clients[username] = Api(self.base, username)
        return self._clients[username]

    @property
    def observer(self) -> Api:
        """An admin who deploys and sees every task, but holds no role (cannot act)."""
        return self.client(OBSERVER)

    def role_user(self, role: str, instansi: str) -> str:
        """The username holding exactly this role in this instansi (created on first use)."""
        digest = hashlib.sha1(f"{role}@{instansi}".encode()).hexdigest()[:6]
        username = f"{slug(role)}-{digest}@{instansi}"
        if (username, role, instansi) not in self._users:
            add_user(self.factory, username, [(role, instansi)])
            self._users.add((username, role, instansi))
        return username

    def named_user(self, name: str, role: str, instansi: str, username: str = "") -> str:
        """A user a feature names (``pengguna "budi" sebagai "PPTK"``), new for each scenario
        so that roles given in one scenario never leak into another."""
        username = username or f"{slug(name)}-{uuid.uuid4().hex[:8]}@{instansi}"
        add_user(self.factory, username, [(role, instansi)])
        return username

    def deploy(self, entry: Entry) -> SopModel:
        """Deploy the SOP over the API (once per run) and read back the model it runs."""
        with self._lock:
            if entry.key not in self._models:
                self._models[entry.key] = self._deploy(entry)
            return self._models[entry.key]

    def katalog(self, instansi: str) -> tuple[Jabatan, ...]:
        """The instansi's jabatan catalogue as ``GET /api/jabatan`` answers it (read once per
        run); the catalogue stored in the database when the API does not serve it."""
        if instansi not in self._katalog:
            resp = self.observer.get("/api/jabatan", instansi=instansi)
            if resp.status_code == 200:
                self._katalog[instansi] = katalog_dari(resp.json())
            else:
                with transaction(self.factory) as db:
                    found = jabatan.catalogue_of(db, instansi)
                self._katalog[instansi] = tuple(
                    Jabatan(e.nama, tuple(e.singkatan)) for e in found.entries) if found else ()
        return self._katalog[instansi]

    def _load_katalog(self, entry: Entry) -> None:
        """Store the instansi's ``jabatan.yaml`` as ``sop deploy`` does with its folder."""
        folder = next((p for p in entry.path.parents if p.name == entry.instansi), None)
        path = jabatan.catalogue_path(folder.parent, entry.instansi) if folder else None
        if path is None or not path.exists():
            return
        try:
            with transaction(self.factory, write=True) as db:
                jabatan.load_all(db, [path])
        except jabatan.CatalogueError as err:
            raise FiturGagal(f"Katalog jabatan {path} tidak dapat dimuat: {err}") from None
        self._katalog.pop(entry.instansi, None)

    def _deploy(self, entry: Entry) -> SopModel:
        self._load_katalog(entry)
        files = {"data": (entry.path.name, entry.path.read_bytes(), "application/xml")}
        resp = self.observer.post("/api/deployment/create", files=files,
                                  data={"instansi": entry.instansi, "deployment-name": entry.key})
        if resp.status_code != 200:
            raise FiturGagal(f'SOP "{entry.key}" ditolak saat diterapkan: {message(resp)}')
        xml = self.observer.get(f"/api/process-definition/key/{entry.key}/xml")
        if xml.status_code != 200:
            raise FiturGagal(f'SOP "{entry.key}" tidak dapat dibaca kembali: {message(xml)}')
        model = model_from_xml(xml.json()["bpmn20Xml"], entry.key, source=str(entry.path))
        return model.with_lanes(official_lanes(model.lanes, self.katalog(entry.instansi)))


def add_user(factory: Any, username: str, roles: list[tuple[str, str]],
             admin: bool = False) -> None:
    """Create the user if missing, and give it any of ``roles`` it lacks."""
    with transaction(factory, write=True) as db:
        user = db.scalars(select(User).where(User.username == username)).first()
        if user is None:
            user = User(username=username, full_name=username, is_admin=admin,
                        password_hash=_HASH)
            db.add(user)
        held = {(r.role, r.instansi) for r in user.roles}
        for role, instansi in roles:
            if (role, instansi) not in held:
                user.roles.append(UserRole(role=role, instansi=instansi))
