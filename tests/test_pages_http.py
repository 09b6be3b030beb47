"""The pages over HTTP without a browser: sessions vs tokens, CSRF, refusals, language, catalogs."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from test_pages_browser import spj_source

from api.app import create_app
from api.pages.i18n import TRANSLATIONS
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy, latest_versions
from engine.migrate import upgrade
from engine.users import DEMO_PASSWORD, ensure_demo_users

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('http') / 'sop.sqlite'}"
    upgrade(url)
    path, key, instansi = spj_source()
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        deploy(db, [(str(path), path.read_bytes(), instansi)], name="test")
        ensure_demo_users(db, latest_versions(db))
    flask_app = create_app({"DATABASE_URL": url})
    flask_app.config.update(SPJ_KEY=key, SPJ_INSTANSI=instansi or "umum")
    yield flask_app
    flask_app.extensions["sop_engine"].dispose()


def csrf(response) -> str:
    match = TOKEN.search(response.get_data(as_text=True))
    assert match, "the page carries a CSRF token"
    return match.group(1) or match.group(2)


def login(client, app, role_slug: str, password: str = DEMO_PASSWORD):
    """Log in as the demo user of a role (by its slug), or as a plain username."""
    plain = role_slug in ("admin", "tamu")
    username = role_slug if plain else f"{role_slug}@{app.config['SPJ_INSTANSI']}"
    token = csrf(client.get("/masuk"))
    return client.post("/masuk", data={"csrf_token": token, "username": username,
                                       "password": password})


def test_pages_need_a_login_and_come_back_after_it(app):
    client = app.test_client()
    response = client.get("/tugas")
    assert response.status_code == 302 and response.location.startswith("/masuk?next=")
    token = csrf(client.get(response.location))
    done = client.post("/masuk?next=/mulai", data={
        "csrf_token": token, "username": f"pptk@{app.config['SPJ_INSTANSI']}",
        "password": DEMO_PASSWORD})
    assert done.status_code == 302 and done.location == "/mulai"


def test_wrong_password_is_refused_in_indonesian(app):
    response = login(app.test_client(), app, "pptk", "salah")
    assert response.status_code == 401
    assert "Nama pengguna atau kata sandi salah." in response.get_data(as_text=True)


@pytest.mark.parametrize("target", ["https://contoh.example/", "//contoh.example/x",
                                    "javascript:x"])
def test_no_open_redirect_after_login(app, target):
    client = app.test_client()
    token = csrf(client.get("/masuk"))
    response = client.post("/masuk", query_string={"next": target}, data={
        "csrf_token": token, "username": f"pptk@{app.config['SPJ_INSTANSI']}",
        "password": DEMO_PASSWORD})
    assert response.location == "/tugas"


def test_the_api_ignores_the_page_session(app):
    client = app.test_client()
    assert login(client, app, "pptk").status_code == 302
    assert client.get("/tugas").status_code == 200
    response = client.get("/api/task")
    assert response.status_code == 401 and "Bearer" in response.get_json()["message"]


def test_the_api_is_exempt_from_csrf_and_pages_are_not(app):
    client = app.test_client()
    token = client.post("/api/auth/token", json={"username": "admin", "password": DEMO_PASSWORD})
    assert token.status_code == 200
    login(client, app, "pptk")
    refused = client.post(f"/mulai/{app.config['SPJ_KEY']}")
    assert refused.status_code == 400
    assert "Formulir ini sudah kedaluwarsa atau tidak sah." in refused.get_data(as_text=True)
    logout = client.post("/keluar")
    assert logout.status_code == 400, "logging out needs the token too"


def test_unknown_addresses_get_a_page_and_the_api_keeps_json(app):
    client = app.test_client()
    page = client.get("/tidak-ada")
    assert page.status_code == 404 and page.content_type.startswith("text/html")
    assert "Halaman tidak ditemukan" in page.get_data(as_text=True)
    api = client.get("/api/tidak-ada")
    assert api.status_code == 404 and api.get_json()["message"] == "Alamat tidak ditemukan."


def test_start_list_shows_only_sops_my_role_begins(app):
    pptk, bendahara, admin = app.test_client(), app.test_client(), app.test_client()
    login(pptk, app, "pptk")
    login(bendahara, app, "bendahara-pengeluaran")
    login(admin, app, "admin")
    start_form = f'action="/mulai/{app.config["SPJ_KEY"]}"'
    assert start_form in pptk.get("/mulai").get_data(as_text=True)
    assert start_form not in bendahara.get("/mulai").get_data(as_text=True)
    assert "Tidak ada SOP yang dapat Anda mulai." in bendahara.get("/mulai").get_data(as_text=True)
    assert start_form in admin.get("/mulai").get_data(as_text=True)


def test_strangers_may_not_read_an_instance(app):
    pptk = app.test_client()
    login(pptk, app, "pptk")
    started = pptk.post(f"/mulai/{app.config['SPJ_KEY']}", data={"csrf_token": csrf(
        pptk.get("/mulai")), "title": "SPJ rapat"})
    task_page = pptk.get(started.location)
    instance_id = re.search(r'href="/instans/(\d+)"', task_page.get_data(as_text=True)).group(1)
    assert pptk.get(f"/instans/{instance_id}").status_code == 200
    with transaction(app.extensions["sop_factory"], write=True) as db:
        from engine.users import create_user, hash_password
        create_user(db, "tamu", "", [("Kepala Dinas", "instansi-lain")],
                    password_hash=hash_password("rahasia"))
    guest = app.test_client()
    assert login(guest, app, "tamu", "rahasia").status_code == 302
    refused = guest.get(f"/instans/{instance_id}")
    assert refused.status_code == 403 and "Akses ditolak" in refused.get_data(as_text=True)
    assert guest.get(started.location).status_code == 403


def test_locale_from_query_then_session_then_accept_language(app):
    client = app.test_client()
    assert "<h1>Masuk</h1>" in client.get("/masuk").get_data(as_text=True)
    english = client.get("/masuk", headers={"Accept-Language": "en-US,en;q=0.8"})
    assert "<h1>Log in</h1>" in english.get_data(as_text=True)
    assert "<h1>Masuk</h1>" in client.get(
        "/masuk", headers={"Accept-Language": "id-ID,id;q=0.9,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="en">' in client.get("/masuk?lang=en").get_data(as_text=True)
    assert "<h1>Log in</h1>" in client.get("/masuk").get_data(as_text=True), "remembered"
    page = client.get("/masuk?lang=id").get_data(as_text=True)
    assert "<h1>Masuk</h1>" in page and 'href="/masuk?lang=en"' in page


def test_every_message_has_an_english_translation_and_the_mo_is_current():
    pot_path = TRANSLATIONS / "messages.pot"
    po_path = TRANSLATIONS / "en" / "LC_MESSAGES" / "messages.po"
    with pot_path.open("rb") as pot_file, po_path.open("rb") as po_file:
        template, english = read_po(pot_file), read_po(po_file, locale="en")
    wanted = {m.id for m in template if m.id}
    translated = {m.id: m.string for m in english if m.id}
    assert wanted <= set(translated), wanted - set(translated)
    assert all(translated[i] for i in wanted), [i for i in wanted if not translated[i]]
    with (po_path.with_suffix(".mo")).open("rb") as mo_file:
        compiled = {m.id: m.string for m in read_mo(BytesIO(mo_file.read())) if m.id}
    assert compiled == {i: s for i, s in translated.items() if s}


def test_inbox_filters_by_sop(app):
    pptk = app.test_client()
    login(pptk, app, "pptk")
    pptk.post(f"/mulai/{app.config['SPJ_KEY']}", data={"csrf_token": csrf(pptk.get("/mulai")),
                                                      "title": "SPJ rapat"})
    everything = pptk.get("/tugas").get_data(as_text=True)
    assert "Penyerahan SPJ" in everything
    mine = pptk.get("/tugas", query_string={"sop": app.config["SPJ_KEY"]}).get_data(as_text=True)
    assert "Penyerahan SPJ" in mine and 'id="saring-sop"' in mine
    other = pptk.get("/tugas", query_string={"sop": "sop_lain"}).get_data(as_text=True)
    assert "Penyerahan SPJ" not in other
    assert "Tidak ada tugas yang menunggu Anda." in other and 'id="saring-sop"' in other
