"""Tugas Saya: the ready tasks of my roles and those I claimed; Ambil (claim) and Lepas.

The list is engine.tasklist's one query: count, filters, search, sort and the page all come
from the database, so a Kasubag with 205 tasks waiting sees "205 tugas" and pages of 25 or 50.
The filters are a GET form, so a filtered page can be bookmarked and shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from engine.db import transaction
from engine.errors import EngineError
from engine.runtime import TaskView
from engine.tasklist import TaskFilter, sops_waiting

from .blueprint import actor, bp, runtime
from .i18n import localized
from .people import people
from .timefmt import as_utc, now_utc

PAGE_SIZES = (25, 50)
SORTS = {"batas": "dueDate", "menunggu": "created"}  # page's word -> the API's sortBy
MAX_PAGE = 100_000  # a page number beyond any real list: refused quietly (treated as the last)


@dataclass(frozen=True)
class InboxRow:
    task: TaskView
    ready_at: datetime
    deadline: datetime | None
    late: bool
    mine: bool
    can_claim: bool


@dataclass(frozen=True)
class InboxQuery:
    """The inbox's GET parameters, read leniently: a bad value falls back to its default."""

    sop: str = ""
    search: str = ""
    sort: str = "batas"
    size: int = 25
    page: int = 1
    claimed: bool = False
    returned: bool = False
    overdue: bool = False

    @classmethod
    def from_args(cls, args: Any) -> InboxQuery:
        size = _int(args.get("per"), 25)
        return cls(sop=args.get("sop", "")[:200], search=args.get("q", "").strip()[:200],
                   sort=args.get("urut") if args.get("urut") in SORTS else "batas",
                   size=size if size in PAGE_SIZES else 25,
                   page=min(max(_int(args.get("hal"), 1), 1), MAX_PAGE),
                   claimed=args.get("diambil") == "1", returned=args.get("kembali") == "1",
                   overdue=args.get("terlambat") == "1")

    def filter(self) -> TaskFilter:
        return TaskFilter(key=self.sop or None, search=self.search,
                          claimed_by_me=self.claimed, returned=self.returned,
                          overdue=self.overdue)

    def url(self, page: int) -> str:
        """This list's address at another page (defaults left out, so links stay short)."""
        params = {"sop": self.sop, "q": self.search,
                  "urut": "" if self.sort == "batas" else self.sort,
                  "per": "" if self.size == 25 else str(self.size),
                  "diambil": "1" if self.claimed else "", "kembali": "1" if self.returned else "",
                  "terlambat": "1" if self.overdue else "", "hal": str(page) if page > 1 else ""}
        query = urlencode({k: v for k, v in params.items() if v})
        return url_for("pages.inbox") + (f"?{query}" if query else "")

    @property
    def filtered(self) -> bool:
        return bool(self.sop or self.search or self.claimed or self.returned or self.overdue)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None and len(value) < 10 else default
    except ValueError:
        return default


@bp.route("/")
@login_required
def home() -> Response:
    return redirect(url_for("pages.inbox"))


@bp.route("/tugas")
@login_required
def inbox() -> str:
    me, asked = actor(), InboxQuery.from_args(request.args)
    wanted = asked.filter()
    total = runtime().count_tasks(me, wanted)
    pages = max(1, -(-total // asked.size))
    number = min(asked.page, pages)
    tasks = runtime().tasks(me, wanted=wanted, sort_by=SORTS[asked.sort],
                            limit=asked.size, offset=(number - 1) * asked.size)
    with transaction(current_app.extensions["sop_factory"]) as db:
        sops = sops_waiting(db, me)
    now = now_utc()
    names = people(t.assignee for t in tasks if t.assignee != me.username)  # one query a page
    return render_template(
        "inbox.html", rows=[_row(t, now) for t in tasks], sops=sops, asked=asked, total=total,
        names=names,
        number=number, pages=pages, first=(number - 1) * asked.size + 1 if tasks else 0,
        last=(number - 1) * asked.size + len(tasks),
        prev_url=asked.url(number - 1) if number > 1 else None,
        next_url=asked.url(number + 1) if number < pages else None,
        page_sizes=PAGE_SIZES, active="inbox")


def _row(task: TaskView, now: datetime) -> InboxRow:
    me = actor()
    due = as_utc(task.due_at) if task.due_at is not None else None
    return InboxRow(task=task, ready_at=as_utc(task.ready_at), deadline=due,
                    late=due is not None and due < now,
                    mine=task.assignee == me.username,
                    can_claim=task.assignee is None and me.holds(task.role, task.instansi))


@bp.route("/tugas/<task_id>/ambil", methods=["POST"])
@login_required
def claim(task_id: str) -> Response:
    """Ambil: the task becomes mine; then straight to its page to work on it."""
    try:
        task = runtime().claim(task_id, actor())
    except EngineError as err:
        flash(localized(err), "error")
        return redirect(url_for("pages.inbox"))
    flash(_("Tugas \u201c%(name)s\u201d Anda ambil.", name=task.name), "success")
    return redirect(url_for("pages.task_page", task_id=task_id))


@bp.route("/tugas/<task_id>/lepas", methods=["POST"])
@login_required
def unclaim(task_id: str) -> Response:
    """Lepas: give the task back to everyone holding its role; back to the list it came from
    (``next`` is only ever a path of this site)."""
    back = request.form.get("next", "")
    if not back.startswith("/tugas") or "//" in back or "\\" in back:
        back = url_for("pages.inbox")
    try:
        task = runtime().unclaim(task_id, actor())
    except EngineError as err:
        flash(localized(err), "error")
        return redirect(back)
    flash(_("Tugas \u201c%(name)s\u201d dilepas.", name=task.name), "success")
    return redirect(back)
