"""The staff pages' blueprint and what every view needs: the runtime, the database, the actor."""

from __future__ import annotations

from flask import Blueprint, current_app
from flask_login import current_user
from sqlalchemy.orm import Session, sessionmaker

from engine.actors import Actor
from engine.runtime import Runtime

bp = Blueprint("pages", __name__)


def runtime() -> Runtime:
    return current_app.extensions["sop_runtime"]


def factory() -> sessionmaker[Session]:
    return current_app.extensions["sop_factory"]


def actor() -> Actor:
    """The logged-in staff member as the engine knows them (views are login_required)."""
    return current_user.actor

