"""The JSON API, shaped after Camunda 7's REST API where it fits."""

from __future__ import annotations

from typing import Any

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from design import drafts
from engine import calls, cases
from engine.db import transaction
from engine.deployment import (
    Problem,
    check,
    deploy,
    latest_versions,
    problems_json,
    record_deployment,
)
from engine.designers import is_designer, may_design
from engine.errors import Forbidden, InvalidData
from engine.models import Deployment, ProcessDefinition
from engine.runtime import Runtime
from engine.sessions import API, log_in, log_out
from engine.tasklist import TaskFilter
from forms import form_definition, validate_payload

from . import schemas as s
from .auth import Unauthorized, bearer_token, current_actor, forget_cached, token_lifetime
from .calendar import days_off
from .call_views import called_instances
from .login_resources import client_address, login_settings
from .views import form_fields, instance_dict, plain_variables, task_dict

blp = Blueprint("api", __name__, url_prefix="/api", description="SOP engine API")


def runtime() -> Runtime:
    return current_app.extensions["sop_runtime"]


def validate_task_data(task_spec: Any, data: dict[str, Any]) -> dict[str, Any]:
    """The completion validator handed to the engine: the task's generated form decides."""
    clean, errors = validate_payload(form_definition(task_spec), data)
    if errors:
        names = ", ".join(e.field for e in errors)
        raise InvalidData(f"Isian tidak valid: {names}.", f"Invalid fields: {names}.",
                          field=errors[0].field, errors=[e.as_dict() for e in errors])
    return clean


@blp.route("/auth/token", methods=["POST"])
@blp.arguments(s.TokenRequest)
@blp.response(200, s.TokenResponse)
def token(body: dict):
    """Exchange a username and password for a Bearer token (valid ``TOKEN_LIFETIME_DAYS``).

    Throttled (engine.throttle): 429 with ``Retry-After`` after too many wrong passwords for
    the account or from the address; 503 with ``Retry-After`` when the server is too busy
    checking passwords. Every try is audited."""
    done = log_in(current_app.extensions["sop_factory"], body["username"], body["password"],
                  client_address(), API, token_lifetime(), login_settings())
    if done is None:
        raise Unauthorized("Nama pengguna atau kata sandi salah.",
                           "Wrong username or password.", field="password")
    return {"token": done.token, "username": done.actor.username, "expiresAt": done.expires,
            "roles": [{"role": r, "instansi": i} for r, i in sorted(done.actor.roles)]}


@blp.route("/auth/token", methods=["DELETE"])
@blp.response(204)
def revoke():
    """Log out: the presented token stops working at once on this worker, within
    30 seconds on the others."""
    actor = current_actor()
    presented = bearer_token()
    with transaction(current_app.extensions["sop_factory"], write=True) as db:
        log_out(db, presented, actor.username, client_address(), API)
    forget_cached(presented)


@blp.route("/deployment")
class Deployments(MethodView):
    @blp.response(200, s.DeploymentResult(many=True))
    def get(self):
        """List deployments."""
        current_actor()
        with transaction(current_app.extensions["sop_factory"]) as db:
            rows = db.query(Deployment).order_by(Deployment.id).all()
            return [{"id": d.id, "created": [], "unchanged": []} for d in rows]


@blp.route("/deployment/create", methods=["POST"])
@blp.response(200, s.DeploymentResult)
def create_deployment():
    """Deploy uploaded .bpmn files (multipart field ``data``, several allowed).

    Admins deploy anything; a "Perancang SOP" deploys the SOPs of their own instansi. Form field
    ``instansi`` names the agency of the files that do not name their own (process property
    ``instansi.kode``; one that disagrees is refused, as is a file with neither). All files are
    checked before anything is stored: one bad file refuses the whole deployment. The
    deployer's drafts of the deployed SOPs are done with.
    """
    actor = current_actor()
    if not is_designer(actor):
        raise Forbidden("Hanya admin dan Perancang SOP yang dapat menerapkan SOP.",
                        "Only admins and SOP designers may deploy.")
    files = _uploaded_files()
    with transaction(current_app.extensions["sop_factory"], write=True) as db:
        result = deploy(db, files, name=request.form.get("deployment-name", "upload"),
                        deployed_by=actor.username,
                        may_deploy=lambda instansi: may_design(actor, instansi))
        record_deployment(db, result, actor.username, client_address(),
                          files=[name for name, _, _ in files])
        drafts.deployed(db, actor.username, [k for k, _ in result.created + result.unchanged])
        return {"id": result.deployment_id,
                "created": [{"key": k, "version": v} for k, v in result.created],
                "unchanged": [{"key": k, "version": v} for k, v in result.unchanged]}


@blp.route("/deployment/validate", methods=["POST"])
@blp.response(200, s.ValidationResult)
def validate_deployment():
    """Check uploaded .bpmn files exactly as ``/deployment/create`` would, and store nothing.

    Multipart as for ``/deployment/create`` (``data``, ``instansi``). Answers 200 with
    ``problems``: each with the ``element`` and ``line`` it is about (and ``elementId``, the
    diagram element to mark), the ``message`` in Bahasa Indonesia and ``message_en``; an empty
    list means the files would deploy. For admins and SOP designers.
    """
    actor = current_actor()
    if not is_designer(actor):
        raise Forbidden("Hanya admin dan Perancang SOP yang dapat memeriksa SOP.",
                        "Only admins and SOP designers may validate SOPs.")
    files = _uploaded_files()
    with transaction(current_app.extensions["sop_factory"]) as db:
        checked, problems = check(db, files)
    problems.extend(_instansi_problem(p.resource, p.instansi) for p in checked
                    if not may_design(actor, p.instansi))
    return {"problems": problems_json(problems, {name: data for name, data, _ in files})}


def _instansi_problem(resource: str, instansi: str) -> Problem:
    """A file of an instansi the designer may not deploy: said before they try."""
    return Problem(resource, f"You may not deploy SOPs of instansi {instansi}.",
                   message_id=f"Anda tidak dapat menerapkan SOP instansi {instansi}.")


def _uploaded_files() -> list[tuple[str, bytes, str]]:
    """The multipart ``data`` files with the request's ``instansi``, or 400 naming the field."""
    uploads = request.files.getlist("data")
    if not uploads:
        raise InvalidData("Tidak ada berkas BPMN (field 'data').", "No BPMN file (field 'data').",
                          field="data")
    instansi = request.form.get("instansi", "")
    return [(u.filename or "upload.bpmn", u.read(), instansi) for u in uploads]


@blp.route("/process-definition")
@blp.response(200, s.Definition(many=True))
def definitions():
    """The latest version of every deployed SOP."""
    current_actor()
    with transaction(current_app.extensions["sop_factory"]) as db:
        return [_definition_dict(d) for d in latest_versions(db)]


@blp.route("/process-definition/key/<key>")
@blp.arguments(s.VersionQuery, location="query")
@blp.response(200, s.Definition)
def definition(query: dict, key: str):
    """One SOP's latest version (``?version=N`` for another)."""
    current_actor()
    with transaction(current_app.extensions["sop_factory"]) as db:
        return _definition_dict(runtime().definition(db, key, query["version"]))


@blp.route("/process-definition/key/<key>/xml")
@blp.arguments(s.VersionQuery, location="query")
@blp.response(200, s.DefinitionXml)
def definition_xml(query: dict, key: str):
    """The BPMN XML of a SOP (for the diagram and for modelers)."""
    current_actor()
    with transaction(current_app.extensions["sop_factory"]) as db:
        found = runtime().definition(db, key, query["version"])
        return {"id": found.id, "key": found.key, "version": found.version,
                "bpmn20Xml": found.bpmn_xml}


@blp.route("/process-definition/key/<key>/start", methods=["POST"])
@blp.arguments(s.StartRequest)
@blp.response(200, s.Instance)
def start(body: dict, key: str):
    """Start an instance of the latest (or ``version``) definition with initial variables.

    ``businessKey`` (nomor berkas) is proposed from the SOP's pattern when absent; one already
    used by a case of the SOP is 409 naming ``businessKey``. ``title`` (perihal) is our
    extension."""
    inst = runtime().start(key, current_actor(), plain_variables(body["variables"]),
                           version=body["version"], business_key=body["businessKey"],
                           title=body["title"])
    return instance_dict(inst, days_off)


@blp.route("/process-instance")
@blp.arguments(s.InstanceQuery, location="query")
@blp.response(200, s.Instance(many=True))
def instances(query: dict):
    """Instances the caller may see (engine.access), newest first; ``businessKey``,
    ``businessKeyLike`` and ``title`` (part of the perihal) filter."""
    found = runtime().instances(key=query.get("processDefinitionKey"),
                                status=query.get("status"), limit=query["maxResults"],
                                offset=query["firstResult"], actor=current_actor(),
                                where=_case_filters(query))
    return [instance_dict(i, days_off) for i in found]


@blp.route("/process-instance/count")
@blp.arguments(s.InstanceFilter, location="query")
@blp.response(200, s.CountResult)
def instance_count(query: dict):
    """How many instances the caller may see, with the same filters as the list."""
    return {"count": runtime().count_instances(
        key=query.get("processDefinitionKey"), status=query.get("status"),
        actor=current_actor(), where=_case_filters(query))}


def _case_filters(query: dict) -> list:
    return cases.matching(query.get("businessKey"), query.get("businessKeyLike"),
                          query.get("title")) + calls.instance_filters(
        query.get("superProcessInstance"), query.get("subProcessInstance"))


@blp.route("/process-instance/<int:instance_id>")
@blp.response(200, s.Instance)
def instance(instance_id: int):
    """One instance with its variables and ready tasks (404 for a case the caller may not see)."""
    return instance_dict(runtime().instance(instance_id, current_actor()), days_off)


@blp.route("/task")
@blp.arguments(s.TaskQuery, location="query")
@blp.response(200, s.Task(many=True))
def tasks(query: dict):
    """Ready user tasks visible to the caller (their roles in their instansi, own or as Plt. /
    Plh., and tasks assigned to them; all for an admin), filtered, searched, sorted and paged
    in the database (``sortBy`` dueDate: overdue first, no batas waktu last)."""
    found = runtime().tasks(
        current_actor(), wanted=_task_filter(query), sort_by=query["sortBy"],
        descending=query["sortOrder"] == "desc", limit=query["maxResults"],
        offset=query["firstResult"])
    return [task_dict(t, days_off) for t in found]


@blp.route("/task/count")
@blp.arguments(s.TaskFilterQuery, location="query")
@blp.response(200, s.CountResult)
def task_count(query: dict):
    """How many tasks ``GET /api/task`` lists with the same filters, over all its pages."""
    return {"count": runtime().count_tasks(current_actor(), _task_filter(query))}


def _task_filter(query: dict) -> TaskFilter:
    return TaskFilter(
        role=query.get("candidateGroup"), assignee=query.get("assignee"),
        instance_id=query.get("processInstanceId"), key=query.get("processDefinitionKey"),
        instansi=query.get("instansi"), business_key=query.get("processInstanceBusinessKey"),
        business_key_like=query.get("processInstanceBusinessKeyLike"),
        returned=bool(query.get("returned")), overdue=bool(query.get("overdue")),
        due_before=query.get("dueBefore"), search=query.get("search") or "")


@blp.route("/task/<task_id>")
@blp.response(200, s.Task)
def task(task_id: str):
    """One ready task."""
    return task_dict(runtime().task(task_id, current_actor()), days_off)


@blp.route("/task/<task_id>/form-variables")
@blp.response(200, s.FormField(many=True))
def form_variables(task_id: str):
    """The task's form: fields, types, options and constraints."""
    view = runtime().task(task_id, current_actor())
    return form_fields(form_definition(runtime().task_spec(view)))


@blp.route("/task/<task_id>/claim", methods=["POST"])
@blp.response(200, s.Task)
def claim(task_id: str):
    """Claim a task for the caller (who must hold its role)."""
    return task_dict(runtime().claim(task_id, current_actor()), days_off)


@blp.route("/task/<task_id>/unclaim", methods=["POST"])
@blp.response(200, s.Task)
def unclaim(task_id: str):
    """Release a claimed task."""
    return task_dict(runtime().unclaim(task_id, current_actor()), days_off)


@blp.route("/task/<task_id>/assignee", methods=["POST"])
@blp.arguments(s.AssigneeRequest)
@blp.response(204)
def set_assignee(body: dict, task_id: str):
    """Hand a task over (Camunda's Set Assignee): a pengawas of the task's instansi or an admin
    gives it to ``userId``, who must hold its role today (own or as Plt. / Plh.; else 422);
    ``null`` returns it to every holder. Others get 403; a finished task 409."""
    runtime().assign(task_id, current_actor(), body["userId"], client_address())


@blp.route("/task/<task_id>/complete", methods=["POST"])
@blp.arguments(s.CompleteRequest)
@blp.response(200, s.Instance)
def complete(body: dict, task_id: str):
    """Complete a task with form data; answers the instance as it now stands."""
    inst = runtime().complete(task_id, current_actor(), plain_variables(body["variables"]),
                              validate_task_data)
    return instance_dict(inst, days_off)


@blp.route("/history/task")
@blp.arguments(s.HistoryQuery, location="query")
@blp.response(200, s.HistoricTask(many=True))
def history(query: dict):
    """Every task occurrence of an instance: who claimed and completed it, when, with what."""
    return runtime().history(query["processInstanceId"], current_actor())


@blp.route("/history/activity-instance")
@blp.arguments(s.HistoryQuery, location="query")
@blp.response(200, s.HistoricActivity(many=True))
def activity_history(query: dict):
    """Every flow node (events, tasks, gateways) the instance passed, with the node before it;
    a call activity names the case it started (``calledProcessInstanceId``)."""
    found = runtime().activities(query["processInstanceId"], current_actor())
    return called_instances(runtime(), query["processInstanceId"], found)


def _definition_dict(d: ProcessDefinition) -> dict:
    return {"id": d.id, "key": d.key, "version": d.version, "name": d.name,
            "instansi": d.instansi, "resource": d.resource, "deploymentId": d.deployment_id,
            "suspended": d.retired_at is not None}
