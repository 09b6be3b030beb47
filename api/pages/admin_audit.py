"""Admin: Log Audit. The append-only log, newest first, filtered by who acted, what was done,
to whom, and a date range (days in the office's time zone); 50 entries a page. Read-only:
nothing here (or anywhere) edits or deletes an entry."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from math import ceil
from typing import Any
from zoneinfo import ZoneInfo

from flask import current_app, render_template, request
from flask_babel import lazy_gettext as _l

from engine import audit
from engine.db import transaction

from .admin_users import admin_required, page_number
from .blueprint import bp, factory

PAGE_SIZE = 50
ACTIONS = {
    audit.LOGIN: _l("Masuk"), audit.LOGIN_FAILED: _l("Gagal masuk"),
    audit.LOGIN_THROTTLED: _l("Masuk ditahan"), audit.LOGOUT: _l("Keluar"),
    audit.USER_CREATED: _l("Pengguna dibuat"), audit.USER_UPDATED: _l("Profil diubah"),
    audit.USER_DISABLED: _l("Pengguna dinonaktifkan"),
    audit.USER_ENABLED: _l("Pengguna diaktifkan"),
    audit.PASSWORD_CHANGED: _l("Kata sandi diganti"),
    audit.PASSWORD_RESET: _l("Kata sandi diatur ulang"),
    audit.ROLE_ADDED: _l("Jabatan ditambahkan"), audit.ROLE_REMOVED: _l("Jabatan dicabut"),
    audit.ACCOUNT_UNLOCKED: _l("Akun dibuka kembali"), audit.TOKENS_REVOKED: _l("Token dicabut"),
    audit.DEPLOYED: _l("SOP dipasang"), audit.DAY_OFF_ADDED: _l("Hari libur daerah dicatat"),
    audit.DAY_OFF_REMOVED: _l("Hari libur daerah dihapus"),
    audit.INCIDENT_RESOLVED: _l("Insiden diselesaikan"),
}


def _day(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, ""))
    except ValueError:
        return None


def _start_of(day: date | None) -> datetime | None:
    """Midnight of ``day`` in the office's zone (stored times are UTC)."""
    if day is None:
        return None
    zone = ZoneInfo(current_app.config["SOP_TIMEZONE"])
    return datetime.combine(day, time(), zone).astimezone(ZoneInfo("UTC"))


def filters() -> dict[str, Any]:
    """The query's filters as engine.audit takes them; an unreadable date is ignored."""
    until = _day("sampai")
    return {"actor": request.args.get("pelaku", "").strip() or None,
            "action": request.args.get("tindakan") or None,
            "target": request.args.get("sasaran", "").strip() or None,
            "after": _start_of(_day("dari")),
            "before": _start_of(until + timedelta(days=1)) if until else None}


@bp.route("/admin/audit")
@admin_required
def admin_audit() -> str:
    page, chosen = page_number(), filters()
    with transaction(factory()) as db:
        total = audit.count(db, **chosen)
        rows = [(e.id, e.at, e.actor, e.action, e.target, e.address, e.detail or {})
                for e in audit.entries(db, **chosen, limit=PAGE_SIZE,
                                       offset=(page - 1) * PAGE_SIZE)]
    args = {k: v for k, v in request.args.items() if k != "halaman"}
    return render_template("admin_audit.html", rows=rows, actions=ACTIONS, args=args,
                           page=page, pages=max(ceil(total / PAGE_SIZE), 1), total=total,
                           active="admin_audit")
