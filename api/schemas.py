"""Marshmallow schemas of the JSON API (they also generate its OpenAPI document)."""

from marshmallow import Schema, fields, validate


class TokenRequest(Schema):
    username = fields.String(required=True)
    password = fields.String(required=True, load_only=True)


class TokenResponse(Schema):
    token = fields.String()
    username = fields.String()
    roles = fields.List(fields.Dict())
    expiresAt = fields.DateTime()


class StartRequest(Schema):
    variables = fields.Dict(keys=fields.String(), load_default=dict)
    businessKey = fields.String(load_default=None, allow_none=True)
    version = fields.Integer(load_default=None, allow_none=True)


class CompleteRequest(Schema):
    variables = fields.Dict(keys=fields.String(), load_default=dict,
                            metadata={"description": "field id -> value, or {'value': ...}"})


class TaskQuery(Schema):
    candidateGroup = fields.String(metadata={"description": "role (lane name)"})
    assignee = fields.String()
    processInstanceId = fields.Integer()
    processDefinitionKey = fields.String()
    instansi = fields.String()
    firstResult = fields.Integer(load_default=0)
    maxResults = fields.Integer(load_default=200)


class InstanceQuery(Schema):
    processDefinitionKey = fields.String()
    status = fields.String()
    firstResult = fields.Integer(load_default=0)
    maxResults = fields.Integer(load_default=100)


class HistoryQuery(Schema):
    processInstanceId = fields.Integer(required=True)


class Task(Schema):
    id = fields.String()
    name = fields.String()
    taskDefinitionKey = fields.String()
    candidateGroup = fields.String()
    instansi = fields.String()
    assignee = fields.String(allow_none=True)
    created = fields.DateTime()
    claimed = fields.DateTime(allow_none=True)
    due = fields.DateTime(allow_none=True, metadata={
        "description": "Batas waktu from the step's Mutu Baku Waktu (working days skip weekends, "
                       "national holidays, cuti bersama and regional days off)"})
    processInstanceId = fields.Integer()
    processDefinitionKey = fields.String()
    processDefinitionVersion = fields.Integer()
    sopName = fields.String()
    properties = fields.Dict()


class Instance(Schema):
    id = fields.Integer()
    processDefinitionKey = fields.String()
    processDefinitionVersion = fields.Integer()
    sopName = fields.String()
    instansi = fields.String()
    status = fields.String()
    ended = fields.Boolean()
    businessKey = fields.String(allow_none=True)
    startedBy = fields.String(allow_none=True)
    startTime = fields.DateTime()
    endTime = fields.DateTime(allow_none=True)
    variables = fields.Dict()
    tasks = fields.List(fields.Nested(Task))


class Definition(Schema):
    id = fields.Integer()
    key = fields.String()
    version = fields.Integer()
    name = fields.String()
    instansi = fields.String()
    resource = fields.String()
    deploymentId = fields.Integer()


class FormField(Schema):
    id = fields.String()
    type = fields.String()
    label = fields.String()
    required = fields.Boolean()
    readonly = fields.Boolean()
    defaultValue = fields.Raw(allow_none=True)
    options = fields.List(fields.Dict())
    constraints = fields.Dict()


class HistoricTask(Schema):
    id = fields.String(attribute="task_id")
    processInstanceId = fields.Integer(attribute="instance_id")
    taskDefinitionKey = fields.String(attribute="step_id")
    name = fields.String()
    candidateGroup = fields.String(attribute="role")
    startTime = fields.DateTime(attribute="ready_at")
    claimedBy = fields.String(attribute="claimed_by", allow_none=True)
    claimTime = fields.DateTime(attribute="claimed_at", allow_none=True)
    assignee = fields.String(attribute="completed_by", allow_none=True)
    endTime = fields.DateTime(attribute="completed_at", allow_none=True)
    variables = fields.Dict(attribute="data", allow_none=True)


class DeploymentResult(Schema):
    id = fields.Integer(allow_none=True)
    created = fields.List(fields.Dict())
    unchanged = fields.List(fields.Dict())


class HistoricActivity(Schema):
    activityId = fields.String(attribute="node_id")
    activityType = fields.String(attribute="node_type")
    previousActivityId = fields.String(attribute="from_node_id", allow_none=True)
    processInstanceId = fields.Integer(attribute="instance_id")
    endTime = fields.DateTime(attribute="at")


class DayOffQuery(Schema):
    instansi = fields.String(load_default=None)
    year = fields.Integer(load_default=None, validate=validate.Range(min=1900, max=2200))


class DayOffRequest(Schema):
    day = fields.Date(required=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    instansi = fields.String(load_default="*", validate=validate.Length(min=1, max=100))


class DayOffResult(Schema):
    day = fields.Date()
    name = fields.String()
    instansi = fields.String()
