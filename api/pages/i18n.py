"""Bahasa Indonesia first, English second: locale choice, catalogs, Jinja filters.

The locale comes from ``?lang=`` (remembered in the session), else the browser's
Accept-Language, else Indonesian. Message ids are the Indonesian texts themselves, so only
English needs a catalog (api/translations/en). The compiled ``.mo`` is committed; it is
recompiled at start when the ``.po`` is newer, so a translator's edit never needs a build step.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask, current_app, request, session, url_for
from flask_babel import Babel, get_locale

from . import timefmt

SUPPORTED = ("id", "en")
DEFAULT_LOCALE = "id"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
LOG = logging.getLogger("sop.pages")


def select_locale() -> str:
    """``?lang=`` > the session's choice > Accept-Language > Indonesian."""
    asked = request.args.get("lang")
    if asked in SUPPORTED:
        return asked
    if session.get("lang") in SUPPORTED:
        return session["lang"]
    return request.accept_languages.best_match(SUPPORTED) or DEFAULT_LOCALE


def remember_locale() -> None:
    """A language chosen with ``?lang=`` sticks for the rest of the session."""
    asked = request.args.get("lang")
    if asked in SUPPORTED:
        session["lang"] = asked


def locale() -> str:
    return str(get_locale() or DEFAULT_LOCALE)


def compile_catalogs(directory: Path = TRANSLATIONS) -> list[Path]:
    """Compile each ``messages.po`` whose ``.mo`` is missing or older; returns those written."""
    written = []
    for po_path in sorted(directory.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        written.append(mo_path)
    return written


def init_i18n(app: Flask) -> None:
    app.config.setdefault("SOP_TIMEZONE", "Asia/Jakarta")
    try:
        compile_catalogs()
    except OSError as err:  # a read-only install keeps the committed .mo
        LOG.warning("translations not recompiled: %s", err)
    Babel(app, locale_selector=select_locale, default_locale=DEFAULT_LOCALE,
          default_translation_directories=str(TRANSLATIONS))
    app.before_request(remember_locale)
    app.add_template_filter(when)
    app.add_template_filter(ago)
    app.add_template_filter(duration)
    app.add_template_filter(localized)
    app.add_template_global(switch_language_url)
    app.add_template_global(locale, "current_locale")
    app.add_template_global(zone_label)


def _zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["SOP_TIMEZONE"])


def zone_label() -> str:
    """Jinja global: the office's time zone as staff name it (WIB)."""
    return timefmt.zone_label(current_app.config["SOP_TIMEZONE"])


def when(moment: datetime | None) -> str:
    """Jinja filter: "21 November 2026 14.05" in the office's time zone."""
    return timefmt.format_when(moment, locale(), _zone())


def ago(moment: datetime | None) -> str:
    """Jinja filter: "3 jam yang lalu"."""
    return timefmt.format_ago(moment, timefmt.now_utc(), locale())


def duration(span: timedelta | None) -> str:
    """Jinja filter: "2 jam 30 menit"."""
    return timefmt.format_duration(span, locale())


def localized(message: Any) -> str:
    """Jinja filter: a bilingual message (forms.Msg, an EngineError) in the page's language."""
    if hasattr(message, "in_locale"):
        return message.in_locale(locale())
    if hasattr(message, "message_en"):
        return message.message_en if locale() == "en" else message.message
    return str(message)


def switch_language_url(lang: str) -> str:
    """This page again in ``lang`` (the inbox when this address has no GET, e.g. Ambil)."""
    rule = request.url_rule
    if request.endpoint and rule is not None and "GET" in (rule.methods or ()):
        args = {**(request.view_args or {}), **request.args.to_dict(), "lang": lang}
        return url_for(request.endpoint, **args)
    return url_for("pages.inbox", lang=lang)
