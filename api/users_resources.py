"""The JSON API for accounts and the audit log, shaped after Camunda 7's user, group membership
and user operation log resources.

Admins manage every account; a user reads and edits their own profile and changes their own
password. Roles (jabatan per instansi) are Camunda group memberships with the group id
``Jabatan@instansi`` (URL-encoded: ``/api/group/Kasubag%20Keuangan@serang-diskominfo/members/
budi``). The log is read-only: there is no endpoint that edits or deletes an entry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from engine import accounts, audit, supervisors
from engine.actors import Actor
from engine.db import transaction
from engine.errors import Forbidden, InvalidData, NotFound
from engine.models import AuditEntry, User, as_utc
from engine.users import password_matches

from . import schemas as s
from .auth import current_actor, forget_user

blp = Blueprint("users", __name__, url_prefix="/api",
                description="Users, their roles (group memberships) and the audit log")


def _factory():
    return current_app.extensions["sop_factory"]


def _address() -> str:
    return request.remote_addr or ""


def _admin() -> Actor:
    actor = current_actor()
    if not actor.is_admin:
        raise Forbidden("Hanya admin yang dapat mengelola pengguna dan membaca log audit.",
                        "Only admins may manage users and read the audit log.")
    return actor


def _self_or_admin(user_id: str) -> Actor:
    actor = current_actor()
    if actor.username != user_id and not actor.is_admin:
        raise Forbidden("Anda hanya dapat membuka akun Anda sendiri.",
                        "You may only open your own account.")
    return actor


def profile_dict(user: User) -> dict[str, Any]:
    return {"id": user.username, "firstName": user.full_name, "lastName": "",
            "email": user.email, "nip": user.nip, "admin": user.is_admin,
            "disabled": user.disabled, "mustChangePassword": user.must_change_password,
            "demoPassword": user.demo_password, "notifyMode": user.notify_mode,
            "roles": [{"role": r.role, "instansi": r.instansi}
                      for r in sorted(user.roles, key=lambda r: (r.instansi, r.role))]}


def _full_name(body: dict) -> str | None:
    """``nama``, or Camunda's firstName and lastName joined; None when none is given."""
    if "nama" in body:
        return body["nama"]
    if "firstName" in body or "lastName" in body:
        return " ".join(p for p in (body.get("firstName"), body.get("lastName")) if p)
    return None


@blp.route("/user")
@blp.arguments(s.UserQuery, location="query")
@blp.response(200, s.UserProfile(many=True))
def users(query: dict):
    """Users by id (username), with ``?id=`` (exact), ``?search=`` and paging (admins)."""
    _admin()
    with transaction(_factory()) as db:
        found = accounts.list_users(db, query.get("search"), query.get("id"),
                                    query["firstResult"], query["maxResults"])
        return [profile_dict(u) for u in found]


@blp.route("/user/count")
@blp.arguments(s.UserFilter, location="query")
@blp.response(200, s.CountResult)
def user_count(query: dict):
    """How many users match the list's filters (admins)."""
    _admin()
    with transaction(_factory()) as db:
        return {"count": accounts.count_users(db, query.get("search"), query.get("id"))}


@blp.route("/user/create", methods=["POST"])
@blp.arguments(s.UserCreateRequest)
@blp.response(204)
def create(body: dict):
    """Create a user (admins). The admin chose the password, so the user must change it at
    the first login. The password policy applies (422 naming ``password``)."""
    actor = _admin()
    profile = body["profile"]
    with transaction(_factory(), write=True) as db:
        accounts.create_account(
            db, profile["id"], body["credentials"]["password"], actor.username,
            full_name=_full_name(profile) or "", nip=profile.get("nip", ""),
            email=profile.get("email", ""), is_admin=body["admin"], must_change=True,
            address=_address())


@blp.route("/user/<string:user_id>/profile")
class Profile(MethodView):
    @blp.response(200, s.UserProfile)
    def get(self, user_id: str):
        """A user's profile (the user themself, or an admin)."""
        _self_or_admin(user_id)
        with transaction(_factory()) as db:
            return profile_dict(accounts.get_user(db, user_id))

    @blp.arguments(s.ProfileUpdateRequest)
    @blp.response(204)
    def put(self, body: dict, user_id: str):
        """Change name (``firstName``/``lastName`` or ``nama``), NIP, email, and how mail
        tells of work (``notifyMode``: segera, harian or mati)."""
        actor = _self_or_admin(user_id)
        with transaction(_factory(), write=True) as db:
            accounts.update_profile(db, user_id, actor.username, _full_name(body),
                                    body.get("nip"), body.get("email"), _address(),
                                    notify_mode=body.get("notifyMode"))


@blp.route("/user/<string:user_id>/credentials", methods=["PUT"])
@blp.arguments(s.CredentialsRequest)
@blp.response(204)
def credentials(body: dict, user_id: str):
    """Change a password. ``authenticatedUserPassword`` is the caller's own password: a user
    changing theirs, or an admin setting another's (who must then change it at next login).
    Every token and page session of the user ends."""
    actor = _self_or_admin(user_id)
    with transaction(_factory(), write=True) as db:
        if actor.username == user_id:
            _change_own(db, user_id, body)
        else:
            if not password_matches(accounts.get_user(db, actor.username),
                                    body["authenticatedUserPassword"]):
                raise _wrong_own_password()
            accounts.assign_password(db, user_id, body["password"], actor.username,
                                     must_change=True, address=_address())
    forget_user(user_id)


def _change_own(db, user_id: str, body: dict) -> None:
    try:
        accounts.set_password(db, user_id, body["authenticatedUserPassword"],
                              body["password"], _address())
    except InvalidData as err:
        if err.details.get("field") == "old_password":
            raise _wrong_own_password() from None
        raise


def _wrong_own_password() -> InvalidData:
    return InvalidData("Kata sandi Anda (authenticatedUserPassword) salah.",
                       "Your password (authenticatedUserPassword) is wrong.",
                       field="authenticatedUserPassword")


@blp.route("/user/<string:user_id>/disable", methods=["POST"])
@blp.response(204)
def disable(user_id: str):
    """Disable an account (our extension; admins): it cannot log in, and every token and page
    session of it ends now."""
    actor = _admin()
    with transaction(_factory(), write=True) as db:
        accounts.disable(db, user_id, actor.username, _address())
    forget_user(user_id)


@blp.route("/user/<string:user_id>/enable", methods=["POST"])
@blp.response(204)
def enable(user_id: str):
    """Enable a disabled account again (admins)."""
    actor = _admin()
    with transaction(_factory(), write=True) as db:
        accounts.enable(db, user_id, actor.username, _address())


@blp.route("/group/<string:group_id>/members/<string:user_id>")
class Membership(MethodView):
    @blp.response(204)
    def put(self, group_id: str, user_id: str):
        """Give ``user_id`` the role ``Jabatan@instansi`` (admins; 409 when held)."""
        actor = _admin()
        role, instansi = accounts.parse_role(group_id)
        with transaction(_factory(), write=True) as db:
            accounts.add_role(db, user_id, role, instansi, actor.username, _address())
        forget_user(user_id)

    @blp.response(204)
    def delete(self, group_id: str, user_id: str):
        """Take the role away (admins; 404 when not held)."""
        actor = _admin()
        role, instansi = accounts.parse_role(group_id)
        with transaction(_factory(), write=True) as db:
            accounts.remove_role(db, user_id, role, instansi, actor.username, _address())
        forget_user(user_id)


@blp.route("/user/<string:user_id>/pengawas/<string:instansi>")
class Pengawas(MethodView):
    """Our extension: mark a user as pengawas (supervisor) of an instansi ('*': every one)."""

    @blp.response(204)
    def put(self, user_id: str, instansi: str):
        """Make ``user_id`` a pengawas of ``instansi`` (admins; idempotent; audited)."""
        actor = _admin()
        with transaction(_factory(), write=True) as db:
            supervisors.appoint(db, user_id, instansi, actor.username, _address())
        forget_user(user_id)

    @blp.response(204)
    def delete(self, user_id: str, instansi: str):
        """No longer a pengawas of ``instansi`` (admins; 404 when they were not; audited)."""
        actor = _admin()
        with transaction(_factory(), write=True) as db:
            if not supervisors.dismiss(db, user_id, instansi, actor.username, _address()):
                raise NotFound(f"{user_id} bukan pengawas {instansi}.",
                               f"{user_id} is not a pengawas of {instansi}.", field="instansi")
        forget_user(user_id)


# -- the audit log as Camunda's user operation log -----------------------------------------------
ENTITY_TYPES = {"role": "GroupMembership", "deployed": "Deployment", "day_off": "DayOff",
                "incident": "Incident", "login": "Login", "logout": "Login",
                "task_": "Task", "substitution_": "Substitution", "pengawas_": "Supervisor"}
CATEGORIES = {"Deployment": "Operator", "Incident": "Operator", "Login": "Login",
              "Task": "TaskWorker"}


def operation_dict(entry: AuditEntry) -> dict[str, Any]:
    entity = next((kind for prefix, kind in ENTITY_TYPES.items()
                   if entry.action.startswith(prefix)), "User")
    detail = entry.detail or {}
    single = next(iter(detail.items())) if len(detail) == 1 else (None, None)
    return {"id": entry.id, "timestamp": as_utc(entry.at), "userId": entry.actor,
            "operationType": entry.action, "entityType": entity, "entityId": entry.target,
            "category": CATEGORIES.get(entity, "Admin"), "property": single[0],
            "orgValue": None, "newValue": None if single[1] is None else str(single[1]),
            "address": entry.address, "detail": entry.detail}


def _log_filters(query: dict) -> dict[str, Any]:
    return {"actor": query.get("userId"), "action": query.get("operationType"),
            "target": query.get("entityId"), "after": _utc(query.get("afterTimestamp")),
            "before": _utc(query.get("beforeTimestamp"))}


def _utc(moment: datetime | None) -> datetime | None:
    """Stored times are UTC; a time without a zone is taken as UTC too."""
    return None if moment is None else as_utc(moment).astimezone(UTC)


@blp.route("/history/user-operation")
@blp.arguments(s.OperationQuery, location="query")
@blp.response(200, s.UserOperation(many=True))
def operations(query: dict):
    """The audit log, newest first (admins): logins, account and role changes, deployments,
    days off. Filters: ``userId`` (who acted), ``operationType``, ``entityId``,
    ``afterTimestamp``, ``beforeTimestamp``; paging ``firstResult``/``maxResults``."""
    _admin()
    with transaction(_factory()) as db:
        found = audit.entries(db, **_log_filters(query), limit=query["maxResults"],
                              offset=query["firstResult"])
        return [operation_dict(e) for e in found]


@blp.route("/history/user-operation/count")
@blp.arguments(s.OperationQuery, location="query")
@blp.response(200, s.CountResult)
def operation_count(query: dict):
    """How many log entries match the same filters (admins)."""
    _admin()
    with transaction(_factory()) as db:
        return {"count": audit.count(db, **_log_filters(query))}
