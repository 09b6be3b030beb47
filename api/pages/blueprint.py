"""The staff pages' blueprint and what every view needs: the runtime, the database, the actor."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app, g
from flask_login import current_user
from sqlalchemy.orm import Session, sessionmaker

from engine.actors import Actor
from engine.days_off import days_off_of
from engine.db import transaction
from engine.runtime import Runtime

bp = Blueprint("pages", __name__)


def runtime() -> Runtime:
    return current_app.extensions["sop_runtime"]


def factory() -> sessionmaker[Session]:
    return current_app.extensions["sop_factory"]


def actor() -> Actor:
    """The logged-in staff member as the engine knows them (views are login_required)."""
    return current_user.actor


def days_off(instansi: str) -> frozenset[date]:
    """The instansi's regional days off, read once per request (an inbox shows many tasks)."""
    cache = g.setdefault("days_off", {})
    if instansi not in cache:
        with transaction(factory()) as db:
            cache[instansi] = days_off_of(db, instansi)
    return cache[instansi]
