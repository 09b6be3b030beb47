"""The Penilaian of the monitoring (reports.review), the Permenpan table as PDF / XLSX
(reports.monitoring_export) and the evaluation report (reports.evaluation).

- ``GET /api/report/monitoring.pdf|.xlsx?instansi=&from=&to=`` (or ``processDefinitionKey=``:
  that SOP's row and its step table);
- ``GET|PUT /api/report/monitoring/review?processDefinitionKey=&from=&to=`` (PUT body:
  ``penilaian`` baik | tidak_baik, ``catatan``, ``tindakan``, ``revision`` as last read; 409 when
  stale or signed) and ``POST /api/report/monitoring/review/sign`` (body ``revision``);
- ``GET|PUT /api/report/monitoring/settings/{instansi}`` (PUT: admins only);
- ``GET /api/report/evaluation.pdf?instansi=&from=&to=``.

Who may read: reports.access.may_report (an SOP one may not report on answers 404, an instansi
403); who may judge and sign: reports.review.may_review (403 otherwise).
"""

from __future__ import annotations

import re
from typing import Any

from flask import Response, current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from engine.db import transaction
from engine.deadlines import office_today
from engine.errors import EngineError
from engine.models import MonitoringReview, utcnow
from reports import review
from reports.access import reportable_instansi, reportable_sop
from reports.evaluation import evaluation_pdf
from reports.monitoring import Period, parse_period
from reports.monitoring_export import table_pdf, table_xlsx, wib

from .auth import current_actor

blp = Blueprint("report_review", __name__, url_prefix="/api",
                description="Penilaian, the Permenpan monitoring table and the evaluation")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class PeriodQuery(Schema):
    from_ = fields.String(data_key="from", validate=validate.Length(max=40),
                          metadata={"description": "first day, YYYY-MM-DD (default: the "
                                    "current semester)"})
    to = fields.String(validate=validate.Length(max=40))


class TableQuery(PeriodQuery):
    instansi = fields.String(validate=validate.Length(min=1, max=100))
    processDefinitionKey = fields.String(validate=validate.Length(min=1, max=200))


class ReviewQuery(PeriodQuery):
    processDefinitionKey = fields.String(required=True, validate=validate.Length(min=1, max=200))


class ReviewBody(Schema):
    penilaian = fields.String(required=True, metadata={"description": "baik | tidak_baik"})
    catatan = fields.String(load_default="", validate=validate.Length(max=review.MAX_TEXT))
    tindakan = fields.String(load_default="", validate=validate.Length(max=review.MAX_TEXT))
    revision = fields.Integer(required=True, metadata={
        "description": "the revision last read (0: never saved)"})


class SignBody(Schema):
    revision = fields.Integer(required=True)


class ReviewResult(Schema):
    processDefinitionKey = fields.String()
    instansi = fields.String()
    periodFrom = fields.Date()
    periodTo = fields.Date()
    periodLabel = fields.String()
    proposed = fields.String(allow_none=True)
    penilaian = fields.String(allow_none=True, metadata={"description": "the penilai's"})
    penilaianText = fields.String()
    catatan = fields.String()
    tindakan = fields.String()
    revision = fields.Integer()
    signed = fields.Boolean()
    penilai = fields.String(allow_none=True)
    penilaiNama = fields.String(allow_none=True)
    penilaiJabatan = fields.String(allow_none=True)
    signedAt = fields.DateTime(allow_none=True)
    paraf = fields.String()
    mayReview = fields.Boolean()
    figures = fields.Dict(allow_none=True, metadata={"description": "frozen at the paraf"})


class SettingsBody(Schema):
    minOnTime = fields.Float(required=True, metadata={"description": "0..1, e.g. 0.8"})
    maxRework = fields.Float(required=True, metadata={"description": "0..1 (exclusive 0)"})
    penilaiJabatan = fields.String(allow_none=True, load_default=None,
                                   validate=validate.Length(max=200))


class SettingsResult(Schema):
    instansi = fields.String()
    minOnTime = fields.Float()
    maxRework = fields.Float()
    penilaiJabatan = fields.String(allow_none=True)
    jabatanChoices = fields.List(fields.String())
    stored = fields.Boolean()


def _factory():
    return current_app.extensions["sop_factory"]


def _period(query: dict) -> Period:
    return parse_period(query.get("from_"), query.get("to"), office_today())


def check_instansi(db: Any, actor: Any, instansi: str | None) -> str:
    if not instansi:
        raise EngineError("Sebutkan instansi atau processDefinitionKey.",
                          "Give instansi or processDefinitionKey.", field="instansi")
    return reportable_instansi(db, actor, instansi)


def review_json(db: Any, actor: Any, found: MonitoringReview) -> dict[str, Any]:
    return {"processDefinitionKey": found.process_key, "instansi": found.instansi,
            "periodFrom": found.period_from, "periodTo": found.period_to,
            "periodLabel": Period(found.period_from, found.period_to).label,
            "proposed": found.proposed, "penilaian": found.penilaian,
            "penilaianText": review.words(found.penilaian or found.proposed),
            "catatan": found.catatan or "", "tindakan": found.tindakan or "",
            "revision": found.revision, "signed": found.signed_at is not None,
            "penilai": found.penilai, "penilaiNama": found.penilai_nama,
            "penilaiJabatan": found.penilai_jabatan, "signedAt": found.signed_at,
            "paraf": (f"{found.penilai_nama}, {found.penilai_jabatan}, {wib(found.signed_at)}"
                      if found.signed_at else ""),
            "mayReview": review.may_review(db, actor, found.instansi),
            "figures": found.figures}


def _file(data: bytes, mimetype: str, name: str) -> Response:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    return Response(data, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{safe}"'})


def _binary(media_type: str, what: str) -> dict:
    return {"200": {"description": what,
                    "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


def _table(query: dict, as_pdf: bool) -> Response:
    actor, period = current_actor(), _period(query)
    key = query.get("processDefinitionKey")
    with transaction(_factory()) as db:
        instansi = reportable_sop(db, actor, key) if key else check_instansi(
            db, actor, query.get("instansi"))
        make = table_pdf if as_pdf else table_xlsx
        data = make(db, instansi, period, utcnow(), key)
    name = f"monitoring-{key or instansi}-{period.start}-{period.end}"
    return _file(data, "application/pdf" if as_pdf else XLSX,
                 f"{name}.{'pdf' if as_pdf else 'xlsx'}")


@blp.route("/report/monitoring.pdf")
@blp.arguments(TableQuery, location="query")
@blp.doc(responses=_binary("application/pdf", "the Permenpan table, A4 landscape"))
def monitoring_pdf(query: dict):
    """"Monitoring Pelaksanaan SOP AP" of an instansi (or one SOP with its steps) as PDF."""
    return _table(query, as_pdf=True)


@blp.route("/report/monitoring.xlsx")
@blp.arguments(TableQuery, location="query")
@blp.doc(responses=_binary(XLSX, "the table, then one sheet per SOP with its step rows"))
def monitoring_xlsx(query: dict):
    """The Permenpan table as a workbook (with ``processDefinitionKey``: that SOP only)."""
    return _table(query, as_pdf=False)


@blp.route("/report/evaluation.pdf")
@blp.arguments(TableQuery, location="query")
@blp.doc(responses=_binary("application/pdf", "the evaluation report"))
def evaluation(query: dict):
    """The evaluation of an instansi's SOPs: Penilaian, SOPs to revise and why, Tanggal Revisi
    due, changes since the previous period."""
    actor, period = current_actor(), _period(query)
    with transaction(_factory()) as db:
        instansi = check_instansi(db, actor, query.get("instansi"))
        data = evaluation_pdf(db, instansi, period, utcnow())
    return _file(data, "application/pdf", f"evaluasi-{instansi}-{period.start}-{period.end}.pdf")


@blp.route("/report/monitoring/review")
class Review(MethodView):
    @blp.arguments(ReviewQuery, location="query")
    @blp.response(200, ReviewResult)
    def get(self, query: dict):
        """The Penilaian of an SOP for the period (revision 0: never saved, the proposal)."""
        actor, period = current_actor(), _period(query)
        key = query["processDefinitionKey"]
        with transaction(_factory()) as db:
            reportable_sop(db, actor, key)
            return review_json(db, actor, review.review_of(db, key, period, utcnow()))

    @blp.arguments(ReviewQuery, location="query")
    @blp.arguments(ReviewBody)
    @blp.response(200, ReviewResult)
    @blp.alt_response(409, description="stale revision, or already signed (sudah diparaf)")
    def put(self, query: dict, body: dict):
        """The penilai confirms or changes the Penilaian, with Catatan and Tindakan."""
        actor, period = current_actor(), _period(query)
        key = query["processDefinitionKey"]
        with transaction(_factory(), write=True) as db:
            reportable_sop(db, actor, key)
            found = review.save(db, actor, key, period, body["penilaian"], body["catatan"],
                                body["tindakan"], body["revision"])
            return review_json(db, actor, found)


@blp.route("/report/monitoring/review/sign", methods=["POST"])
@blp.arguments(ReviewQuery, location="query")
@blp.arguments(SignBody)
@blp.response(200, ReviewResult)
@blp.alt_response(409, description="stale revision, nothing saved, or already signed")
def sign(query: dict, body: dict):
    """The paraf: the penilai's name, jabatan and time; the period is frozen."""
    actor, period = current_actor(), _period(query)
    key = query["processDefinitionKey"]
    with transaction(_factory(), write=True) as db:
        reportable_sop(db, actor, key)
        return review_json(db, actor, review.sign(db, actor, key, period, body["revision"]))


@blp.route("/report/monitoring/settings/<instansi>")
class Settings(MethodView):
    @blp.response(200, SettingsResult)
    def get(self, instansi: str):
        """The instansi's rule for proposing the Penilaian and its penilai jabatan."""
        actor = current_actor()
        with transaction(_factory()) as db:
            check_instansi(db, actor, instansi)
            return review.settings_of(db, instansi).as_json()

    @blp.arguments(SettingsBody)
    @blp.response(200, SettingsResult)
    def put(self, body: dict, instansi: str):
        """Set the rule and the penilai jabatan (admins; the jabatan from the catalogue)."""
        actor = current_actor()
        with transaction(_factory(), write=True) as db:
            return review.update_settings(db, actor, instansi, body["minOnTime"],
                                          body["maxRework"], body["penilaiJabatan"]).as_json()
