"""The JSON API of the monitoring (issue 14): figures measured from the runs of each SOP.

Camunda has no resource for this; the shapes follow the API's conventions (camelCase,
``processDefinitionKey``). Durations are working minutes (minutes of working days, the batas
waktu's rule: reports.monitoring), shares are 0..1, dates are the office's (YYYY-MM-DD).

``GET /api/report/monitoring?processDefinitionKey=&from=&to=``: one SOP, its summary and
``rows`` (one per step); ``GET /api/report/monitoring/overview?instansi=&from=&to=``: a list
of the same shape for every SOP of the instansi (rows without durations).
Who may ask: reports.access.may_report (an SOP of an instansi one may not report on answers
404, like a case one may not see; an instansi overview answers 403).

Helper R's endpoints (``.pdf`` / ``.xlsx``, the reviews) extend :data:`blp` here or live in a
resource file of their own; :func:`monitoring_json` is the one place a confirmed Penilaian
replaces the proposed one (``penilaian`` is the proposal until a review says otherwise).
"""

from __future__ import annotations

from typing import Any

from flask import current_app, jsonify
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from engine.db import transaction
from engine.deadlines import office_today
from engine.errors import EngineError
from engine.models import utcnow
from reports.access import reportable_instansi, reportable_sop
from reports.monitoring import SopMonitoring, StepRow, monitor, overview, parse_period

from .auth import current_actor

blp = Blueprint("reports", __name__, url_prefix="/api",
                description="Monitoring Pelaksanaan SOP AP: figures measured from the runs")

MINUTES = "working minutes (minutes of working days, the batas waktu's rule)"


class MonitoringQuery(Schema):
    processDefinitionKey = fields.String(validate=validate.Length(min=1, max=200))
    instansi = fields.String(validate=validate.Length(min=1, max=100))
    from_ = fields.String(data_key="from", validate=validate.Length(max=40),
                          metadata={"description": "first day, YYYY-MM-DD (default: the "
                                    "current semester)"})
    to = fields.String(validate=validate.Length(max=40),
                       metadata={"description": "last day (inclusive), YYYY-MM-DD"})


class MonitoringRow(Schema):
    stepId = fields.String()
    name = fields.String()
    role = fields.String()
    standard = fields.String(metadata={"description": "the mutu baku waktu as written"})
    standardMinutes = fields.Float(allow_none=True, metadata={"description": MINUTES})
    count = fields.Integer(metadata={"description": "completions in the period"})
    median = fields.Float(allow_none=True, metadata={"description": MINUTES})
    p90 = fields.Float(allow_none=True, metadata={"description": MINUTES})
    onTime = fields.Float(allow_none=True, metadata={"description": "share 0..1"})
    late = fields.Integer()
    tidak = fields.Integer(allow_none=True, metadata={"description": "decisions only"})
    tidakRate = fields.Float(allow_none=True, metadata={"description": "share 0..1"})
    waiting = fields.Integer(metadata={"description": "waiting now"})
    overdue = fields.Integer(metadata={"description": "waiting now past the batas waktu"})
    decision = fields.Boolean()
    gone = fields.Boolean(metadata={"description": "a step of an older version only"})
    penilaian = fields.String(allow_none=True, metadata={"description": "the SOP's"})


class MonthResult(Schema):
    month = fields.String()
    completed = fields.Integer()
    onTime = fields.Float(allow_none=True)
    median = fields.Float(allow_none=True, metadata={"description": "case, " + MINUTES})
    refused = fields.Integer()


class MonitoringResult(Schema):
    key = fields.String()
    name = fields.String()
    instansi = fields.String()
    version = fields.Integer()
    periodFrom = fields.Date()
    periodTo = fields.Date()
    periodLabel = fields.String()
    started = fields.Integer()
    completed = fields.Integer()
    refused = fields.Integer()
    running = fields.Integer()
    overdue = fields.Integer()
    stepCompletions = fields.Integer()
    onTime = fields.Float(allow_none=True)
    reworkRate = fields.Float(allow_none=True)
    proposed = fields.String(allow_none=True, metadata={"description": "baik | tidak_baik"})
    penilaian = fields.String(allow_none=True, metadata={
        "description": "the confirmed Penilaian when signed, else the proposed one"})
    rule = fields.Dict(metadata={"description": "min_on_time, max_rework"})
    rows = fields.List(fields.Nested(MonitoringRow))
    monthly = fields.List(fields.Nested(MonthResult))


def _factory():
    return current_app.extensions["sop_factory"]


@blp.route("/report/monitoring")
class Monitoring(MethodView):
    @blp.arguments(MonitoringQuery, location="query")
    @blp.response(200, MonitoringResult, description="One SOP's MonitoringResult. 400 names an "
                  "unreadable from / to, or points an instansi to /report/monitoring/overview.")
    def get(self, query: dict):
        """One SOP's monitoring (``processDefinitionKey``); an instansi's overview is
        ``/report/monitoring/overview``."""
        actor = current_actor()
        period = parse_period(query.get("from_"), query.get("to"), office_today())
        key = query.get("processDefinitionKey")
        if not key:
            raise _missing(query.get("instansi"))
        with transaction(_factory()) as db:
            reportable_sop(db, actor, key)
            return jsonify(MonitoringResult().dump(
                monitoring_json(db, monitor(db, key, period, utcnow()))))


class OverviewQuery(Schema):
    instansi = fields.String(required=True, validate=validate.Length(min=1, max=100))
    from_ = fields.String(data_key="from", validate=validate.Length(max=40),
                          metadata={"description": "first day, YYYY-MM-DD (default: the "
                                    "current semester)"})
    to = fields.String(validate=validate.Length(max=40),
                       metadata={"description": "last day (inclusive), YYYY-MM-DD"})


@blp.route("/report/monitoring/overview")
class MonitoringOverview(MethodView):
    @blp.arguments(OverviewQuery, location="query")
    @blp.response(200, MonitoringResult(many=True),
                  description="Every SOP of the instansi (rows without durations). 400 names "
                  "an unreadable from / to.")
    def get(self, query: dict):
        """The monitoring of every SOP of ``instansi`` (403 for one the caller may not
        report on)."""
        actor = current_actor()
        period = parse_period(query.get("from_"), query.get("to"), office_today())
        instansi = query["instansi"]
        with transaction(_factory()) as db:
            reportable_instansi(db, actor, instansi)
            found = overview(db, instansi, period, utcnow())
            return _many([monitoring_json(db, m) for m in found])


def _missing(instansi: str | None) -> Exception:
    """No key: an instansi is pointed to its overview, else the key is asked for."""
    if instansi:
        return EngineError("Ringkasan instansi ada di /api/report/monitoring/overview"
                           f"?instansi={instansi}.", "An instansi's overview is "
                           f"/api/report/monitoring/overview?instansi={instansi}.",
                           field="instansi")
    return EngineError("Sebutkan processDefinitionKey.", "Give processDefinitionKey.",
                       field="processDefinitionKey")


def _many(items: list[dict[str, Any]]) -> Any:
    """The overview: a list of the one-SOP shape (flask-smorest passes a Response through)."""
    return jsonify([MonitoringResult().dump(i) for i in items])


def penilaian_of(db: Any, found: SopMonitoring) -> str | None:
    """The Penilaian shown: the penilai's (a saved MonitoringReview of this key and period,
    reports.review), else the proposal of the rule."""
    from reports.review import effective, stored

    return effective(stored(db, found.key, found.period), found.proposed)[0]


def monitoring_json(db: Any, found: SopMonitoring) -> dict[str, Any]:
    """The API's shape of a monitoring (also what a review may freeze as its figures)."""
    penilaian = penilaian_of(db, found)
    return {
        "key": found.key, "name": found.name, "instansi": found.instansi,
        "version": found.version, "periodFrom": found.period.start,
        "periodTo": found.period.end, "periodLabel": found.period.label,
        "started": found.started, "completed": found.completed, "refused": found.refused,
        "running": found.running, "overdue": found.overdue,
        "stepCompletions": found.step_completions, "onTime": found.on_time,
        "reworkRate": found.rework_rate, "proposed": found.proposed, "penilaian": penilaian,
        "rule": found.rule, "rows": [_row(r, penilaian) for r in found.steps],
        "monthly": [{"month": m.month, "completed": m.completed, "onTime": m.on_time,
                     "median": m.median, "refused": m.refused} for m in found.monthly]}


def _row(row: StepRow, penilaian: str | None) -> dict[str, Any]:
    return {"stepId": row.step_id, "name": row.name, "role": row.role,
            "standard": row.standard, "standardMinutes": row.standard_minutes,
            "count": row.count, "median": row.median, "p90": row.p90, "onTime": row.on_time,
            "late": row.late, "tidak": row.tidak, "tidakRate": row.tidak_rate,
            "waiting": row.waiting, "overdue": row.overdue, "decision": row.decision,
            "gone": row.gone, "penilaian": penilaian}
