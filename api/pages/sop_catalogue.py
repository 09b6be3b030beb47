"""SOP pages: the published SOPs (``/sop``), one SOP (``/sop/<key>``), its document and the
instansi's SOP book.

Any logged-in user may read any SOP, its document and any instansi's book: Permenpan RB 35/2012
has the instansi publish its SOPs, and the API's document and book answer anyone logged in too.
The list starts at the user's own instansi (those of their jabatan, Plt. / Plh. and pengawas;
admins and users without one: every instansi) and can show any other. What stays behind its own
rules is only linked: starting an SOP (the Mulai SOP page, for the holders of its first step's
role) and its monitoring (reports.access).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Response, render_template, request
from flask_babel import gettext as _
from flask_login import login_required
from markupsafe import Markup

from engine.actors import Actor
from engine.db import transaction
from engine.errors import Conflict, NotFound
from engine.models import ProcessDefinition
from engine.retirement import versions
from engine.specs import spec_for, usable
from engine.starting import may_start
from reports.access import may_report
from reports.book import UnknownInstansi, book_html, book_of, render_book
from reports.catalogue import (
    SopEntry,
    identity_of,
    instansi_list,
    instansi_title,
    published,
    sop_names,
)
from reports.document import sop_html, sop_pdf
from reports.sop_model import DocumentError, called_keys

from .blueprint import actor, bp, factory, runtime
from .sops import process_diagram
from .svg import render_svg

MINE, ALL = "saya", "semua"


def home_instansi(me: Actor) -> list[str]:
    """The instansi the user works in: of their jabatan, Plt. / Plh. and pengawas ('*' aside)."""
    found = {i for _, i in me.roles} | set(me.supervises) | {i for _, i, _ in me.acting}
    return sorted(found - {"*", ""})


@dataclass(frozen=True)
class Group:
    """The SOPs of one instansi on the list, with what this user may do beyond reading."""

    kode: str
    nama: str
    entries: list[SopEntry]
    startable: frozenset[str]
    may_report: bool


@bp.route("/sop")
@login_required
def sop_list() -> str:
    me = actor()
    mine = home_instansi(me)
    with transaction(factory()) as db:
        every = instansi_list(db)
        chosen = _chosen(request.args.get("instansi", ""), mine, every, me.is_admin)
        query = " ".join(request.args.get("q", "").split())[:200]
        entries = [e for e in published(db) if _shown(e, chosen, mine, query)]
        groups = _groups(db, me, entries)
    return render_template("sop_list.html", groups=groups, every=every, mine=mine,
                           chosen=chosen, query=query, total=len(entries), active="sop")


def _chosen(asked: str, mine: list[str], every: list[str], is_admin: bool) -> str:
    if asked == ALL or asked in every or (asked == MINE and mine):
        return asked
    return MINE if mine and not is_admin else ALL


def _shown(entry: SopEntry, chosen: str, mine: list[str], query: str) -> bool:
    if chosen == MINE and entry.instansi not in mine:
        return False
    if chosen not in (MINE, ALL) and entry.instansi != chosen:
        return False
    needle = query.casefold()
    return not needle or needle in f"{entry.name} {entry.identity.nomor} {entry.key}".casefold()


def _groups(db, me: Actor, entries: list[SopEntry]) -> list[Group]:
    by_instansi: dict[str, list[SopEntry]] = {}
    for entry in entries:
        by_instansi.setdefault(entry.instansi, []).append(entry)
    return [Group(kode, instansi_title(found)[1] or kode, found, _startable(db, me, found),
                  may_report(db, me, kode))
            for kode, found in by_instansi.items()]


def _startable(db, me: Actor, entries: list[SopEntry]) -> frozenset[str]:
    """The keys among ``entries`` this user may start (Mulai SOP's own rule)."""
    definitions = [db.get(ProcessDefinition, e.id) for e in entries]
    return frozenset(d.key for d in usable(definitions) if may_start(me, spec_for(d), d.instansi))


@bp.route("/sop/<key>")
@login_required
def sop_page(key: str) -> str:
    me = actor()
    with transaction(factory()) as db:
        all_versions = versions(db, key)
        if not all_versions:
            raise _unknown(key)
        current = next((d for d, _ in all_versions if d.retired_at is None), all_versions[0][0])
        identity = identity_of(current)
        startable = _startable(db, me, [_as_entry(current, identity)]) \
            if current.retired_at is None else frozenset()
        reports = may_report(db, me, current.instansi)
    return render_template(
        "sop_detail.html", sop=current, identity=identity, versions=all_versions,
        svg=_diagram(current.key, current.version, current.name), may_start=key in startable,
        may_report=reports, active="sop")


def _as_entry(d, identity) -> SopEntry:
    return SopEntry(d.id, d.key, d.version, d.name, d.instansi, d.content_hash, identity)


def _diagram(key: str, version: int, name: str) -> Markup | None:
    diagram = process_diagram(key, version)
    if diagram is None:
        return None
    return render_svg(diagram, None, _("Diagram SOP %(name)s", name=name))


def _unknown(key: str) -> NotFound:
    return NotFound(f"SOP '{key}' belum diterapkan.", f"Process '{key}' is not deployed.",
                    field="key")


def _version() -> int | None:
    raw = request.args.get("versi", "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def _document(key: str, as_pdf: bool) -> bytes | str:
    """The SOP document of the asked version (``?versi=``; default the newest)."""
    with transaction(factory()) as db:
        definition = runtime().definition(db, key, _version())
        wanted = called_keys(definition.bpmn_xml, key)
        names = {k: n for k, n in sop_names(db).items() if k in wanted}
        try:
            if as_pdf:
                return sop_pdf(definition, names)
            return sop_html(definition, called_names=names)
        except DocumentError as exc:
            raise Conflict(f"SOP '{definition.name}' tidak dapat ditampilkan sebagai dokumen "
                           f"SOP AP: {exc}",
                           f"Process '{definition.name}' cannot be shown as an SOP AP "
                           f"document: {exc}", field="key") from exc


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)


@bp.route("/sop/<key>/dokumen.pdf")
@login_required
def sop_document_pdf(key: str) -> Response:
    version = _version()
    name = f"SOP-{_safe(key)}{f'-v{version}' if version else ''}.pdf"
    return Response(_document(key, as_pdf=True), mimetype="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@bp.route("/sop/<key>/dokumen")
@login_required
def sop_document_html(key: str) -> Response:
    return Response(_document(key, as_pdf=False), mimetype="text/html")


@bp.route("/buku-sop/<kode>.pdf")
@login_required
def sop_book(kode: str) -> Response:
    """The instansi's SOP book (reports.book)."""
    try:
        with transaction(factory()) as db:
            html = book_html(book_of(db, kode))
    except UnknownInstansi as exc:
        raise NotFound(f"Instansi '{kode}' tidak memiliki SOP yang diterapkan.",
                       f"Instansi '{kode}' has no deployed SOP.", field="kode") from exc
    pdf = render_book(html)
    return Response(pdf, mimetype="application/pdf", headers={
        "Content-Disposition": f'inline; filename="Buku-SOP-{_safe(kode)}.pdf"'})

