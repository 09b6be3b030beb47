"""Regional days off for the current request, shared by the JSON API and the pages.

A batas waktu in working days must skip the instansi's regional days off (``engine.days_off``);
they are read once per request and instansi, since one answer may list many tasks.
"""

from __future__ import annotations

from datetime import date

from flask import current_app, g

from engine.days_off import days_off_of
from engine.db import transaction


def days_off(instansi: str) -> frozenset[date]:
    """The instansi's regional days off, read at most once per request."""
    cache = g.setdefault("days_off", {})
    if instansi not in cache:
        with transaction(current_app.extensions["sop_factory"]) as db:
            cache[instansi] = days_off_of(db, instansi)
    return cache[instansi]
