"""The JSON API for regional days off (libur daerah): anyone may read, admins record them."""

from __future__ import annotations

from datetime import date

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from engine import audit
from engine.days_off import EVERY_INSTANSI, add_day_off, list_days_off, remove_day_off
from engine.db import transaction
from engine.errors import Forbidden, InvalidData

from . import schemas as s
from .auth import current_actor

blp = Blueprint("days_off", __name__, url_prefix="/api",
                description="Regional days off skipped by working-day deadlines")


def _admin() -> None:
    if not current_actor().is_admin:
        raise Forbidden("Hanya admin yang dapat mengubah hari libur daerah.",
                        "Only admins may change regional days off.")


def _factory():
    return current_app.extensions["sop_factory"]


@blp.route("/day-off")
class DaysOff(MethodView):
    @blp.arguments(s.DayOffQuery, location="query")
    @blp.response(200, s.DayOffResult(many=True))
    def get(self, query: dict):
        """Recorded days off; for an instansi, its own and those for every instansi ('*')."""
        current_actor()
        with transaction(_factory()) as db:
            found = list_days_off(db, query["instansi"], query["year"])
            return [{"day": d.day, "name": d.name, "instansi": d.instansi} for d in found]

    @blp.arguments(s.DayOffRequest)
    @blp.response(201, s.DayOffResult)
    def post(self, body: dict):
        """Record a day off (admins); the same day twice for one instansi answers 409."""
        _admin()
        with transaction(_factory(), write=True) as db:
            made = add_day_off(db, body["day"], body["name"], body["instansi"])
            audit.record(db, audit.DAY_OFF_ADDED, current_actor().username,
                         f"{made.day}@{made.instansi}", request.remote_addr or "", name=made.name)
            return {"day": made.day, "name": made.name, "instansi": made.instansi}


@blp.route("/day-off/<string:day>")
class DayOff(MethodView):
    @blp.arguments(s.DayOffQuery, location="query")
    @blp.response(204)
    def delete(self, query: dict, day: str):
        """Forget a day off (admins); ``?instansi=`` picks whose, '*' by default."""
        _admin()
        with transaction(_factory(), write=True) as db:
            remove_day_off(db, _date(day), query["instansi"] or EVERY_INSTANSI)
            audit.record(db, audit.DAY_OFF_REMOVED, current_actor().username,
                         f"{day}@{query['instansi'] or EVERY_INSTANSI}", request.remote_addr or "")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidData(f"Tanggal '{text}' tidak valid; tulis YYYY-MM-DD.",
                          f"'{text}' is not a date; write YYYY-MM-DD.", field="day") from None
