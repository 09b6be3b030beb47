"""Accounts (engine.accounts) on SQLite and PostgreSQL, and the `sop` account commands.

Every change is checked for its real outcome in the database: the password that now works,
the tokens and page sessions that are gone, the audit entry written with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

import api.cli
from api.cli import main
from engine import accounts, audit
from engine.db import make_engine, make_session_factory, transaction
from engine.errors import Conflict, Forbidden, InvalidData, NotFound
from engine.models import ApiToken, User
from engine.users import (
    DEMO_PASSWORD,
    actor_for_token,
    authenticate,
    create_user,
    hash_password,
    issue_token,
)

GOOD = "kuda-lari-pagi-7"
BETTER = "perahu-biru-sungai-9"


@pytest.fixture
def factory(db_url: str):
    engine = make_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()


def _user(factory, username: str = "budi", password: str = GOOD, **kw) -> None:
    with transaction(factory, write=True) as db:
        accounts.create_account(db, username, password, "admin", **kw)


def _tokens(factory, username: str) -> int:
    with transaction(factory) as db:
        user = accounts.get_user(db, username)
        return db.scalar(select(func.count(ApiToken.id)).where(ApiToken.user_id == user.id))


def _log(factory, action: str) -> list:
    with transaction(factory) as db:
        return [(e.actor, e.target, e.detail) for e in audit.entries(db, action=action)]


def _login_everywhere(factory, username: str) -> tuple[str, str]:
    """An API token and a page session of the user."""
    with transaction(factory, write=True) as db:
        user = accounts.get_user(db, username)
        return issue_token(db, user)[0], issue_token(db, user, kind="session")[0]


# -- the policy ------------------------------------------------------------------------------------
@pytest.mark.parametrize("password, why", [
    ("pendek", "minimal 10"),
    ("budi-santoso-2026", "nama pengguna"),
    ("xBUDI123456", "nama pengguna"),
    ("password123", "terlalu umum"),
    ("1234567890", "terlalu umum"),
    ("qwertyuiop", "terlalu umum"),
    ("bismillah", "minimal 10"),
    ("bismillah2026", "terlalu umum"),
    ("Indonesia123!", "terlalu umum"),
    ("rahasia123", "terlalu umum"),
])
def test_policy_refuses_weak_passwords_naming_the_field(password: str, why: str):
    with pytest.raises(InvalidData) as refused:
        accounts.check_password(password, "budi")
    assert refused.value.details["field"] == "password"
    assert why in refused.value.message and refused.value.message_en


def test_policy_accepts_a_long_uncommon_password_and_the_list_is_big():
    accounts.check_password(GOOD, "budi")
    assert len(accounts.common_passwords()) >= 10_000
    accounts.check_password(accounts.temporary_password(), "budi")


def test_create_user_enforces_the_policy_unless_a_hash_is_given(factory):
    with transaction(factory, write=True) as db:
        with pytest.raises(InvalidData):
            create_user(db, "lemah", "rahasia")
        create_user(db, "uji", "", password_hash=hash_password("rahasia"))
        assert authenticate(db, "uji", "rahasia") is not None


# -- passwords -------------------------------------------------------------------------------------
def test_changing_the_own_password_logs_out_everywhere_and_is_audited(factory):
    _user(factory)
    api_token, page_session = _login_everywhere(factory, "budi")
    with transaction(factory, write=True) as db:
        with pytest.raises(InvalidData) as wrong:
            accounts.set_password(db, "budi", "bukan-sandinya", BETTER)
        assert wrong.value.details["field"] == "old_password"
    with transaction(factory, write=True) as db:
        accounts.set_password(db, "budi", GOOD, BETTER, address="10.0.0.5")
    assert _tokens(factory, "budi") == 0
    with transaction(factory) as db:
        assert actor_for_token(db, api_token) is None
        assert actor_for_token(db, page_session, kind="session") is None
        assert authenticate(db, "budi", GOOD) is None
        user = authenticate(db, "budi", BETTER)
        assert user is not None and user.password_changed_at is not None
        assert not user.must_change_password and not user.demo_password
    assert _log(factory, audit.PASSWORD_CHANGED) == [("budi", "budi", None)]


def test_reset_gives_a_temporary_password_that_must_be_changed(factory):
    _user(factory)
    api_token, _ = _login_everywhere(factory, "budi")
    with transaction(factory, write=True) as db:
        temporary = accounts.reset_password(db, "budi", "admin")
    with transaction(factory) as db:
        assert actor_for_token(db, api_token) is None
        user = authenticate(db, "budi", temporary)
        assert user is not None and user.must_change_password
    with transaction(factory, write=True) as db:
        token = issue_token(db, accounts.get_user(db, "budi"))[0]
        assert actor_for_token(db, token)[0].must_change_password
        accounts.set_password(db, "budi", temporary, BETTER)
        assert not accounts.get_user(db, "budi").must_change_password
    [(by, target, detail)] = _log(factory, audit.PASSWORD_RESET)
    assert (by, target, detail["must_change_password"], detail["tokens_revoked"]) == \
        ("admin", "budi", True, 2)


def test_disabled_user_cannot_log_in_and_is_logged_out(factory):
    _user(factory)
    api_token, page_session = _login_everywhere(factory, "budi")
    with transaction(factory, write=True) as db:
        with pytest.raises(Forbidden):
            accounts.disable(db, "budi", "budi")  # not one's own account
    with transaction(factory, write=True) as db:
        accounts.disable(db, "budi", "admin")
    with transaction(factory) as db:
        assert authenticate(db, "budi", GOOD) is None
        assert actor_for_token(db, api_token) is None
        assert actor_for_token(db, page_session, kind="session") is None
    with transaction(factory, write=True) as db:
        accounts.enable(db, "budi", "admin")
    with transaction(factory) as db:
        assert authenticate(db, "budi", GOOD) is not None
    assert _log(factory, audit.USER_DISABLED) == [("admin", "budi", {"tokens_revoked": 2})]
    assert _log(factory, audit.USER_ENABLED) == [("admin", "budi", None)]


def test_roles_and_profile_changes_are_audited(factory):
    _user(factory, roles=[("PPTK", "serang-diskominfo")])
    with transaction(factory, write=True) as db:
        accounts.add_role(db, "budi", "Bendahara", "serang-diskominfo", "admin")
        with pytest.raises(Conflict):
            accounts.add_role(db, "budi", "Bendahara", "serang-diskominfo", "admin")
    with transaction(factory, write=True) as db:
        accounts.remove_role(db, "budi", "PPTK", "serang-diskominfo", "admin")
        with pytest.raises(NotFound):
            accounts.remove_role(db, "budi", "PPTK", "serang-diskominfo", "admin")
    with transaction(factory, write=True) as db:
        for field, values in (("nip", {"nip": "12345"}), ("email", {"email": "budi@"})):
            with pytest.raises(InvalidData) as bad:
                accounts.update_profile(db, "budi", "admin", **values)
            assert bad.value.details["field"] == field
        accounts.update_profile(db, "budi", "budi", full_name="Budi Santoso",
                                nip="198001012005011001", email="budi@serangkota.go.id")
    with transaction(factory) as db:
        user = accounts.get_user(db, "budi")
        assert [(r.role, r.instansi) for r in user.roles] == [("Bendahara", "serang-diskominfo")]
        assert (user.full_name, user.nip) == ("Budi Santoso", "198001012005011001")
    assert _log(factory, audit.ROLE_ADDED)[0][2] == {"role": "Bendahara",
                                                     "instansi": "serang-diskominfo"}
    assert _log(factory, audit.ROLE_REMOVED)[0][:2] == ("admin", "budi")
    assert _log(factory, audit.USER_UPDATED)[0][2]["nip"] == "198001012005011001"


def test_a_change_that_rolls_back_leaves_no_audit_entry(factory):
    _user(factory)
    with pytest.raises(RuntimeError):
        with transaction(factory, write=True) as db:
            accounts.disable(db, "budi", "admin")
            raise RuntimeError("something after the change failed")
    assert _log(factory, audit.USER_DISABLED) == []
    with transaction(factory) as db:
        assert authenticate(db, "budi", GOOD) is not None


# -- import --------------------------------------------------------------------------------------
STAFF_CSV = (
    "username,nama,nip,email,jabatan,password\n"
    "budi,Budi Santoso,198001012005011001,budi@serangkota.go.id,"
    "PPTK@serang-diskominfo;Bendahara Pengeluaran@serang-diskominfo,\n"
    "siti,Siti Aminah,,siti@serangkota.go.id,Kasubag Keuangan@serang-diskominfo,"
    "perahu-biru-sungai-9\n")


def test_import_creates_and_updates_without_duplicates(factory):
    _user(factory, roles=[("Kepala Dinas", "serang-diskominfo")])
    with transaction(factory, write=True) as db:
        result = accounts.import_staff(db, STAFF_CSV, "admin")
    assert (result.created, result.updated, list(result.temporary)) == (["siti"], ["budi"], [])
    with transaction(factory, write=True) as db:
        again = accounts.import_staff(db, STAFF_CSV.replace("Siti Aminah", "Siti A."), "admin")
    assert (again.created, again.updated) == ([], ["budi", "siti"])
    with transaction(factory) as db:
        assert db.scalar(select(func.count(User.id))) == 2
        budi = accounts.get_user(db, "budi")
        assert sorted(r.role for r in budi.roles) == ["Bendahara Pengeluaran", "PPTK"]
        assert budi.nip == "198001012005011001" and budi.full_name == "Budi Santoso"
        assert authenticate(db, "budi", GOOD) is not None  # no password cell: unchanged
        siti = authenticate(db, "siti", BETTER)
        assert siti is not None and siti.must_change_password and siti.full_name == "Siti A."


def test_import_with_a_bad_row_changes_nothing_and_names_row_and_column(factory):
    bad = STAFF_CSV + "rudi,Rudi,12AB,rudi@x.id,Bendahara,\nsiti,Siti,,,,\n"
    with transaction(factory, write=True) as db:
        with pytest.raises(InvalidData) as refused:
            accounts.import_staff(db, bad, "admin")
    cells = {(e["row"], e["column"]) for e in refused.value.details["errors"]}
    assert cells == {(4, "nip"), (4, "jabatan"), (5, "username")}
    assert refused.value.details["row"] == 4
    with transaction(factory) as db:
        assert db.scalar(select(func.count(User.id))) == 0
    with pytest.raises(InvalidData) as missing:
        accounts.parse_staff_csv("username,nama\nbudi,Budi\n")
    assert missing.value.details["errors"][0]["column"] == "nip"


def test_semicolon_csv_and_new_users_without_password_get_a_temporary_one(factory):
    text = 'username;nama;nip;email;jabatan\nrina;Rina;;;"PPTK@serang-diskominfo"\n'
    with transaction(factory, write=True) as db:
        result = accounts.import_staff(db, "\ufeff" + text, "admin")
    with transaction(factory) as db:
        user = authenticate(db, "rina", result.temporary["rina"])
        assert user is not None and user.must_change_password


def test_demo_password_users_are_found_flagged_or_legacy(factory):
    with transaction(factory, write=True) as db:
        create_user(db, "demo-baru", "", password_hash=hash_password(DEMO_PASSWORD), demo=True)
        legacy = create_user(db, "demo-lama", "", password_hash=hash_password(DEMO_PASSWORD))
        legacy.password_changed_at = None  # created before migration 0004 knew the flag
        other = create_user(db, "lain", "", password_hash=hash_password("rahasia"))
        other.password_changed_at = None
    with transaction(factory) as db:
        assert accounts.demo_password_users(db) == ["demo-baru", "demo-lama"]
        assert accounts.any_demo_password(db)


# -- the command line ------------------------------------------------------------------------------
def _cli(url: str, *args: str, input: str | None = None):
    return CliRunner().invoke(main, ["--database-url", url, *args], input=input)


@pytest.fixture
def cli_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert _cli(url, "init-db").exit_code == 0
    return url


def test_cli_user_commands(cli_url: str):
    weak = _cli(cli_url, "create-user", "budi", "--password", "rahasia")
    assert weak.exit_code != 0 and "[password]" in weak.output
    made = _cli(cli_url, "create-user", "budi", "--password", GOOD, "--role", "PPTK@uji",
                "--email", "budi@serangkota.go.id", "--nip", "198001012005011001")
    assert made.exit_code == 0, made.output
    assert _cli(cli_url, "user", "add-role", "budi", "Bendahara@uji").exit_code == 0
    assert _cli(cli_url, "user", "remove-role", "budi", "PPTK@uji").exit_code == 0
    missing = _cli(cli_url, "user", "remove-role", "budi", "PPTK@uji")
    assert missing.exit_code != 0 and "does not hold" in missing.output
    listed = _cli(cli_url, "user", "list").output
    assert "budi" in listed and "Bendahara@uji" in listed and "PPTK@uji" not in listed
    assert _cli(cli_url, "user", "disable", "budi").exit_code == 0
    assert "disabled" in _cli(cli_url, "user", "list", "--search", "budi").output
    assert _cli(cli_url, "user", "enable", "budi").exit_code == 0
    reset = _cli(cli_url, "user", "reset-password", "budi")
    temporary = reset.output.split("Temporary password of budi: ")[1].split()[0]
    factory = make_session_factory(make_engine(cli_url))
    with transaction(factory) as db:
        assert authenticate(db, "budi", temporary).must_change_password
    set_again = _cli(cli_url, "user", "set-password", "budi", input=f"{BETTER}\n{BETTER}\n")
    assert set_again.exit_code == 0, set_again.output
    with transaction(factory) as db:
        user = authenticate(db, "budi", BETTER)
        assert user is not None and not user.must_change_password
        actions = [e.action for e in audit.entries(db, target="budi")]
    assert actions == [audit.PASSWORD_RESET, audit.PASSWORD_RESET, audit.USER_ENABLED,
                       audit.USER_DISABLED, audit.ROLE_REMOVED, audit.ROLE_ADDED,
                       audit.USER_CREATED]


def test_cli_import_refuses_a_bad_row_and_imports_a_good_file(cli_url: str, tmp_path: Path):
    bad = tmp_path / "pegawai-salah.csv"
    bad.write_text(STAFF_CSV + "rudi,Rudi,12AB,,PPTK@uji,\n", encoding="utf-8")
    refused = _cli(cli_url, "import-users", str(bad))
    assert refused.exit_code == 1
    assert "row 4, column nip" in refused.output and "nothing was changed" in refused.output
    assert "budi" not in _cli(cli_url, "user", "list").output
    good = tmp_path / "pegawai.csv"
    good.write_text(STAFF_CSV, encoding="utf-8")
    done = _cli(cli_url, "import-users", str(good))
    assert done.exit_code == 0 and "2 user(s) created, 0 updated" in done.output
    assert "budi" in done.output  # no password in the file: its temporary one is printed
    assert "0 user(s) created, 2 updated" in _cli(cli_url, "import-users", str(good)).output


def test_serve_refuses_to_start_while_demo_passwords_remain(cli_url: str, tmp_path: Path,
                                                          monkeypatch):
    started = []
    monkeypatch.setattr(api.cli, "serve", lambda *args: started.append(args))
    factory = make_session_factory(make_engine(cli_url))
    shared = hash_password(DEMO_PASSWORD)
    with transaction(factory, write=True) as db:
        create_user(db, "admin", "", is_admin=True, password_hash=shared, demo=True)
        create_user(db, "pptk@uji", "", [("PPTK", "uji")], password_hash=shared, demo=True)
    no_bpmn = str(tmp_path / "tidak-ada")
    refused = _cli(cli_url, "serve", "--bpmn", no_bpmn)
    assert refused.exit_code == 1 and started == []
    assert "admin, pptk@uji" in refused.output and "demo password" in refused.output
    assert _cli(cli_url, "user", "disable", "pptk@uji").exit_code == 0
    still = _cli(cli_url, "serve", "--bpmn", no_bpmn)
    assert still.exit_code == 1 and "admin" in still.output and "pptk@uji" in still.output
    assert _cli(cli_url, "user", "set-password", "admin", "--password", GOOD).exit_code == 0
    assert _cli(cli_url, "user", "set-password", "pptk@uji",
                "--password", BETTER).exit_code == 0
    ok = _cli(cli_url, "serve", "--bpmn", no_bpmn, "--port", "5999")
    assert ok.exit_code == 0, ok.output
    assert started and started[0][:2] == ("127.0.0.1", 5999)
    with transaction(factory) as db:
        assert db.scalar(select(func.count(User.id))) == 2  # serve created no demo users


def test_engine_errors_in_cli_never_show_a_traceback(cli_url: str):
    result = _cli(cli_url, "user", "disable", "tidak-ada")
    assert result.exit_code == 1 and "No user 'tidak-ada'" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
