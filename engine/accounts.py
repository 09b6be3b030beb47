"""Accounts: the password policy and every change an admin, an operator or the user makes.

Each change writes its audit entry (:mod:`engine.audit`) in the caller's transaction, so the
log never describes a change that rolled back. A password change, a reset or disabling an
account deletes every row of the user in ``api_tokens`` (API tokens and page sessions alike):
the user is logged out everywhere at once, not when some session happens to expire.
"""

from __future__ import annotations

import csv
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from . import audit
from .errors import Conflict, Forbidden, InvalidData, NotFound
from .jabatan import catalogue_of, official_role
from .models import ApiToken, User, UserRole
from .users import DEMO_PASSWORD, create_user, hash_password, password_matches

MIN_LENGTH = 10
# Common in Indonesia and absent from the (English-centred) zxcvbn list; each is also refused
# with digits or signs appended ("bismillah123", "indonesia2026!").
INDONESIAN_COMMON = frozenset("""
    bismillah alhamdulillah assalamualaikum indonesia indonesiaraya nusantara merdeka
    pancasila garuda garudaindonesia jakarta bandung surabaya semarang yogyakarta medan
    makassar rahasia rahasiaku rahasiakita katasandi sandi sayang sayangku sayangkamu
    cinta cintaku aku akusayangkamu kamu anakku mamaku papaku ibuku bapakku keluarga
    tuhan allah allahuakbar insyaallah masyaallah subhanallah barokah berkah selamat
    pegawai pegawainegeri kantor dinas pemda pemkab pemkot kominfo diskominfo sekretariat
    admin administrator operator pengguna masuk rahasia123 indonesia123 bismillah123
    persib persija arema bonek jakmania qwertyuiop asdfghjkl zxcvbnm
    """.split())
_TRAILER = re.compile(r"[\d\W_]+$")
_NIP = re.compile(r"^\d{18}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# how a user hears of their work by e-mail (users.notify_mode, engine.notify): one mail per
# notification, one daily digest, none (the bell in the app always shows)
NOTIFY_MODES = ("segera", "harian", "mati")
_USERNAME = re.compile(r"^[A-Za-z0-9._@-]{2,100}$")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of zxcvbn's list (MIT licence, from leaked password
    sets) plus the Indonesian ones above, lower-cased."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(p.lower() for p in FREQUENCY_LISTS["passwords"]) | INDONESIAN_COMMON


def check_password(password: str, username: str) -> None:
    """Refuse a weak password: under 10 characters, the username (or containing it), or a
    common password (also with digits or signs appended). The error names ``password``."""
    if len(password or "") < MIN_LENGTH:
        raise _weak(f"Kata sandi minimal {MIN_LENGTH} karakter.",
                    f"The password must be at least {MIN_LENGTH} characters long.")
    lowered = password.lower()
    name = (username or "").strip().lower()
    local = name.split("@")[0]
    if name and (name in lowered or (len(local) >= 3 and local in lowered)):
        raise _weak("Kata sandi tidak boleh memuat nama pengguna.",
                    "The password must not contain the username.")
    stem = _TRAILER.sub("", lowered)
    if lowered in common_passwords() or stem in common_passwords():
        raise _weak("Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain.",
                    "This password is too common and easy to guess; choose another.")


def _weak(message: str, message_en: str) -> InvalidData:
    return InvalidData(message, message_en, field="password")


def temporary_password() -> str:
    """A random password that passes the policy (shown once to the admin who reset it)."""
    while True:
        candidate = secrets.token_urlsafe(9)
        try:
            check_password(candidate, "")
            return candidate
        except InvalidData:
            continue


# -- reading --------------------------------------------------------------------------------------
def get_user(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.", f"No user '{username}'.",
                       field="username")
    return user


def _search(query, search: str | None, username: str | None):
    if username:
        query = query.where(User.username == username)
    if search:
        like = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(User.username).like(like),
                                func.lower(User.full_name).like(like),
                                User.nip.like(like), func.lower(User.email).like(like)))
    return query


def list_users(session: Session, search: str | None = None, username: str | None = None,
               offset: int = 0, limit: int = 50) -> list[User]:
    """Users by username, filtered by a search over username, name, NIP and email."""
    query = _search(select(User), search, username).order_by(User.username)
    return list(session.scalars(query.offset(max(offset, 0)).limit(max(limit, 0))))


def count_users(session: Session, search: str | None = None, username: str | None = None
                ) -> int:
    return int(session.scalar(_search(select(func.count(User.id)), search, username)) or 0)


def any_demo_password(session: Session) -> bool:
    """Cheap: is any account flagged as holding the demo password (the login page asks)."""
    return session.scalar(select(User.id).where(User.demo_password).limit(1)) is not None


def demo_password_users(session: Session) -> list[str]:
    """Users still holding the shared demo password: flagged ones, and those created before
    the flag existed (never changed their password) whose hash verifies ``demo``. Demo users
    share one hash, so this verifies each distinct hash once."""
    found = set(session.scalars(select(User.username).where(User.demo_password)))
    unknown = session.execute(select(User.username, User.password_hash)
                              .where(User.password_changed_at.is_(None))).all()
    verdict: dict[str, bool] = {}
    for username, stored in unknown:
        if stored not in verdict:
            verdict[stored] = password_matches(User(password_hash=stored), DEMO_PASSWORD)
        if verdict[stored]:
            found.add(username)
    return sorted(found)


# -- changing -------------------------------------------------------------------------------------
def create_account(session: Session, username: str, password: str, by: str | None,
                   roles: list[tuple[str, str]] = (), full_name: str = "", nip: str = "",
                   email: str = "", is_admin: bool = False, must_change: bool = False,
                   address: str = "") -> User:
    """Create a user (policy checked) and audit it; ``must_change`` when an admin chose the
    password, so that only the user knows the one they end up with."""
    if not _USERNAME.match(username or ""):
        raise InvalidData("Nama pengguna 2-100 karakter: huruf, angka, titik, @, _ atau -.",
                          "Username: 2-100 letters, digits, '.', '@', '_' or '-'.",
                          field="username")
    nip, email, full_name = _nip(nip), _email(email), _full_name(full_name, username)
    user = create_user(session, username, password, roles, full_name, is_admin, nip=nip,
                       email=email)
    user.must_change_password = must_change
    audit.record(session, audit.USER_CREATED, by, username, address, admin=is_admin,
                 roles=[f"{r}@{i}" for r, i in dict.fromkeys(roles)])
    return user


def update_profile(session: Session, username: str, by: str | None,
                   full_name: str | None = None, nip: str | None = None,
                   email: str | None = None, address: str = "",
                   notify_mode: str | None = None) -> User:
    """Change name, NIP, email or how mail tells of work (``notify_mode``, one of
    :data:`NOTIFY_MODES`); None leaves a value as it is; audits what changed."""
    user = get_user(session, username)
    wanted = {"full_name": None if full_name is None else _full_name(full_name, username),
              "nip": None if nip is None else _nip(nip),
              "email": None if email is None else _email(email),
              "notify_mode": None if notify_mode is None else _notify_mode(notify_mode)}
    changed = {k: v for k, v in wanted.items() if v is not None and getattr(user, k) != v}
    for key, value in changed.items():
        setattr(user, key, value)
    if changed:
        audit.record(session, audit.USER_UPDATED, by, username, address, **changed)
    return user


def set_password(session: Session, username: str, old_password: str, new_password: str,
                 address: str = "") -> User:
    """The user changes their own password: the old one proves it is them."""
    user = get_user(session, username)
    if not password_matches(user, old_password or ""):
        raise InvalidData("Kata sandi lama salah.", "The current password is wrong.",
                          field="old_password")
    if old_password == new_password:
        raise _weak("Kata sandi baru harus berbeda dari yang lama.",
                    "The new password must differ from the current one.")
    check_password(new_password, username)
    _store_password(session, user, new_password, must_change=False)
    audit.record(session, audit.PASSWORD_CHANGED, username, username, address)
    return user


def assign_password(session: Session, username: str, new_password: str, by: str | None,
                    must_change: bool = True, address: str = "") -> User:
    """An admin or operator sets a user's password; by default the user must change it at the
    next login, since someone else knows it."""
    user = get_user(session, username)
    check_password(new_password, username)
    revoked = _store_password(session, user, new_password, must_change)
    audit.record(session, audit.PASSWORD_RESET, by, username, address,
                 must_change_password=must_change, tokens_revoked=revoked)
    return user


def reset_password(session: Session, username: str, by: str | None, address: str = ""
                   ) -> str:
    """An admin resets a password: a temporary one, returned to be shown once."""
    temporary = temporary_password()
    assign_password(session, username, temporary, by, must_change=True, address=address)
    return temporary


def disable(session: Session, username: str, by: str | None, address: str = "") -> User:
    """The account can no longer log in and is logged out everywhere now."""
    user = get_user(session, username)
    if username == by:
        raise Forbidden("Anda tidak dapat menonaktifkan akun Anda sendiri.",
                        "You cannot disable your own account.", field="username")
    user.disabled = True
    revoked = revoke_all(session, user)
    audit.record(session, audit.USER_DISABLED, by, username, address, tokens_revoked=revoked)
    return user


def enable(session: Session, username: str, by: str | None, address: str = "") -> User:
    user = get_user(session, username)
    user.disabled = False
    audit.record(session, audit.USER_ENABLED, by, username, address)
    return user


def add_role(session: Session, username: str, role: str, instansi: str, by: str | None,
             address: str = "") -> User:
    """Give a user a jabatan in an instansi ('*': every instansi)."""
    user = get_user(session, username)
    role, instansi = _role(role, instansi)
    role = official_role(session, role, instansi)
    if any((r.role, r.instansi) == (role, instansi) for r in user.roles):
        raise Conflict(f"{username} sudah memegang {role}@{instansi}.",
                       f"{username} already holds {role}@{instansi}.", field="role")
    user.roles.append(UserRole(role=role, instansi=instansi))
    session.flush()
    audit.record(session, audit.ROLE_ADDED, by, username, address, role=role,
                 instansi=instansi)
    return user


def remove_role(session: Session, username: str, role: str, instansi: str, by: str | None,
                address: str = "") -> User:
    user = get_user(session, username)
    known = catalogue_of(session, instansi)
    role = (known.official(role) if known else None) or role
    held = [r for r in user.roles if (r.role, r.instansi) == (role, instansi)]
    if not held:
        raise NotFound(f"{username} tidak memegang {role}@{instansi}.",
                       f"{username} does not hold {role}@{instansi}.", field="role")
    user.roles.remove(held[0])
    session.flush()
    audit.record(session, audit.ROLE_REMOVED, by, username, address, role=role,
                 instansi=instansi)
    return user


def revoke_all(session: Session, user: User) -> int:
    """Delete every API token and page session of ``user``; how many there were."""
    result = session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    return int(result.rowcount or 0)


def _store_password(session: Session, user: User, password: str, must_change: bool) -> int:
    user.password_hash = hash_password(password)
    user.must_change_password = must_change
    user.demo_password = False
    user.password_changed_at = datetime.now(UTC)
    return revoke_all(session, user)


# -- field rules ----------------------------------------------------------------------------------
def _full_name(value: str, username: str) -> str:
    value = (value or "").strip() or username
    if len(value) > 200:
        raise InvalidData("Nama maksimal 200 karakter.", "The name is at most 200 characters.",
                          field="full_name")
    return value


def _nip(value: str) -> str:
    value = re.sub(r"\s+", "", value or "")
    if value and not _NIP.match(value):
        raise InvalidData("NIP terdiri atas 18 angka.", "A NIP is 18 digits.", field="nip")
    return value


def _email(value: str) -> str:
    value = (value or "").strip()
    if value and (len(value) > 200 or not _EMAIL.match(value)):
        raise InvalidData("Alamat email tidak valid.", "Invalid email address.", field="email")
    return value


def _notify_mode(value: str) -> str:
    if value not in NOTIFY_MODES:
        raise InvalidData("Pilihan surel pemberitahuan tidak dikenal.",
                          "Unknown notification mail setting.", field="notifyMode")
    return value


def _role(role: str, instansi: str) -> tuple[str, str]:
    role, instansi = (role or "").strip(), (instansi or "").strip() or "*"
    if not role or len(role) > 200 or len(instansi) > 100:
        raise InvalidData("Jabatan wajib diisi (maksimal 200 karakter).",
                          "The role (jabatan) is required (at most 200 characters).",
                          field="role")
    return role, instansi


def parse_role(text: str) -> tuple[str, str]:
    """``Jabatan@instansi`` (the last '@' splits; without one: every instansi, '*')."""
    role, _, instansi = text.strip().rpartition("@") if "@" in text else (text, "", "*")
    return _role(role, instansi)


# -- import from CSV ------------------------------------------------------------------------------
CSV_COLUMNS = ("username", "nama", "nip", "email", "jabatan", "password")
REQUIRED_COLUMNS = CSV_COLUMNS[:5]


@dataclass
class StaffRow:
    line: int
    username: str
    full_name: str
    nip: str
    email: str
    roles: list[tuple[str, str]] | None  # None: the cell was empty, keep the user's roles
    password: str


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    # new users without a password in the file: their temporary password, to hand over once
    temporary: dict[str, str] = field(default_factory=dict)


def parse_staff_csv(text: str) -> list[StaffRow]:
    """Read and check every row; one InvalidData lists every bad cell by row and column
    (``errors``: row, column, message, message_en), so nothing is half-imported."""
    lines = text.lstrip("\ufeff").splitlines()
    delimiter = ";" if lines and ";" in lines[0] and "," not in lines[0] else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise _import_error([_cell(1, missing[0], f"Kolom wajib tidak ada: {', '.join(missing)}.",
                                   f"Missing columns: {', '.join(missing)}.")])
    reader.fieldnames = header
    rows, errors, seen = [], [], set()
    for line, raw in enumerate(reader, start=2):
        cells = {k: (v or "").strip() for k, v in raw.items() if k in CSV_COLUMNS}
        row, row_errors = _staff_row(line, cells, seen)
        rows.append(row)
        errors += row_errors
    if errors:
        raise _import_error(errors)
    if not rows:
        raise _import_error([_cell(2, "username", "Berkas tidak berisi baris pegawai.",
                                   "The file holds no staff rows.")])
    return rows


def _staff_row(line: int, cells: dict[str, str], seen: set[str]
               ) -> tuple[StaffRow, list[dict]]:
    errors: list[dict] = []
    username = cells.get("username", "")

    def check(column: str, rule, value):
        try:
            return rule(value)
        except InvalidData as err:
            errors.append(_cell(line, column, err.message, err.message_en))
            return ""

    if not _USERNAME.match(username):
        errors.append(_cell(line, "username", "Nama pengguna 2-100 karakter: huruf, angka, titik,"
                            " @, _ atau -.", "Username: 2-100 letters, digits, '.', '@', '_'"
                            " or '-'."))
    elif username in seen:
        errors.append(_cell(line, "username", f"'{username}' muncul dua kali dalam berkas.",
                            f"'{username}' appears twice in the file."))
    seen.add(username)
    roles = None
    if cells.get("jabatan"):
        roles = [check("jabatan", _role_cell, part) for part in cells["jabatan"].split(";")
                 if part.strip()]
    password = cells.get("password", "")
    if password:
        check("password", lambda p: check_password(p, username), password)
    row = StaffRow(line, username, check("nama", lambda v: _full_name(v, username),
                                          cells.get("nama", "")) if cells.get("nama") else "",
                   check("nip", _nip, cells.get("nip", "")),
                   check("email", _email, cells.get("email", "")), roles, password)
    return row, errors


def _role_cell(text: str) -> tuple[str, str]:
    if "@" not in text:
        raise InvalidData(f"Tulis jabatan sebagai Jabatan@instansi: '{text.strip()}'.",
                          f"Write the role as Role@instansi: '{text.strip()}'.")
    return parse_role(text)


def _cell(line: int, column: str, message: str, message_en: str) -> dict:
    return {"row": line, "column": column, "message": message, "message_en": message_en}


def _import_error(errors: list[dict]) -> InvalidData:
    first = errors[0]
    return InvalidData(f"Impor dibatalkan: baris {first['row']}, kolom {first['column']}: "
                       f"{first['message']}", f"Import refused: row {first['row']}, column "
                       f"{first['column']}: {first['message_en']}", field=first["column"],
                       row=first["row"], errors=errors)


def import_staff(session: Session, text: str, by: str | None, address: str = ""
                 ) -> ImportResult:
    """Create or update every user of a staff CSV, all or nothing (see :func:`parse_staff_csv`).

    Existing users get the file's name, NIP and email where the cells are filled, and exactly
    the file's jabatan when that cell is filled. A password in the file, or a temporary one for
    a new user without it, must be changed at the first login."""
    result = ImportResult()
    for row in parse_staff_csv(text):
        existing = session.scalars(select(User).where(User.username == row.username)).first()
        if existing is None:
            _import_new(session, row, by, address, result)
        else:
            _import_existing(session, existing, row, by, address)
            result.updated.append(row.username)
    return result


def _import_new(session: Session, row: StaffRow, by: str | None, address: str,
                result: ImportResult) -> None:
    password = row.password or temporary_password()
    if not row.password:
        result.temporary[row.username] = password
    create_account(session, row.username, password, by, row.roles or [], row.full_name,
                   row.nip, row.email, must_change=True, address=address)
    result.created.append(row.username)


def _import_existing(session: Session, user: User, row: StaffRow, by: str | None,
                     address: str) -> None:
    update_profile(session, user.username, by, row.full_name or None, row.nip or None,
                   row.email or None, address)
    if row.roles is not None:
        wanted = list(dict.fromkeys((official_role(session, r, i), i) for r, i in row.roles))
        for held in [(r.role, r.instansi) for r in user.roles if (r.role, r.instansi)
                     not in wanted]:
            remove_role(session, user.username, *held, by, address)
        held_now = {(r.role, r.instansi) for r in user.roles}
        for role, instansi in wanted:
            if (role, instansi) not in held_now:
                add_role(session, user.username, role, instansi, by, address)
    if row.password:
        assign_password(session, user.username, row.password, by, True, address)
