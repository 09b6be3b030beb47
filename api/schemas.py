"""Marshmallow schemas of the JSON API (they also generate its OpenAPI document)."""

from marshmallow import INCLUDE, Schema, fields, validate

from engine.accounts import NOTIFY_MODES
from engine.models import as_utc

from .converters import DB_INT_MAX

# ids, versions and paging values stay within what every database stores (PostgreSQL integer)
DB_ID = validate.Range(min=0, max=DB_INT_MAX)


class UtcDateTime(fields.DateTime):
    """A stored time with its zone: SQLite returns times without one, and they are all UTC
    (the document promises RFC 3339 ``date-time``, which requires the offset)."""

    def _serialize(self, value, attr, obj, **kwargs):
        return super()._serialize(as_utc(value) if value is not None else None, attr, obj,
                                  **kwargs)


class TokenRequest(Schema):
    username = fields.String(required=True, validate=validate.Length(max=100))
    password = fields.String(required=True, load_only=True)


class TokenResponse(Schema):
    token = fields.String()
    username = fields.String()
    roles = fields.List(fields.Dict())
    expiresAt = fields.DateTime()


class StartRequest(Schema):
    variables = fields.Dict(keys=fields.String(), load_default=dict)
    businessKey = fields.String(load_default=None, allow_none=True,
                                validate=validate.Length(min=1, max=200), metadata={
                                    "description": "nomor berkas, unique per SOP (409 when "
                                    "taken); proposed from the SOP's pattern when absent"})
    title = fields.String(load_default="", validate=validate.Length(max=500), metadata={
        "description": "perihal of the case (our extension; optional here, required on the "
                       "Mulai SOP page)"})
    version = fields.Integer(load_default=None, allow_none=True,
                             validate=validate.Range(min=1, max=DB_INT_MAX))


class CompleteRequest(Schema):
    variables = fields.Dict(keys=fields.String(), load_default=dict,
                            metadata={"description": "field id -> value, or {'value': ...}"})


class AssigneeRequest(Schema):
    """Camunda's Set Assignee body; ``null`` unassigns (a hand-over, api.resources)."""
    userId = fields.String(required=True, allow_none=True, validate=validate.Length(min=1,
                                                                                    max=100))


class TaskFilterQuery(Schema):
    """The filters of ``GET /api/task`` and ``/api/task/count`` (Camunda's names; ``returned``,
    ``overdue``, ``search`` and ``instansi`` are ours)."""

    candidateGroup = fields.String(validate=validate.Length(max=200),
                                   metadata={"description": "role (lane name)"})
    assignee = fields.String(validate=validate.Length(max=100))
    processInstanceId = fields.Integer(validate=DB_ID)
    processDefinitionKey = fields.String(validate=validate.Length(max=200))
    processInstanceBusinessKey = fields.String(validate=validate.Length(max=200),
                                               metadata={"description": "nomor berkas"})
    processInstanceBusinessKeyLike = fields.String(
        validate=validate.Length(max=200),
        metadata={"description": "nomor berkas pattern: % any text, _ one character"})
    instansi = fields.String(validate=validate.Length(max=100))
    dueBefore = fields.DateTime(metadata={"description": "batas waktu before this time"})
    returned = fields.Boolean(metadata={"description": "only steps sent back (Dikembalikan)"})
    overdue = fields.Boolean(metadata={"description": "only steps past their batas waktu"})
    search = fields.String(validate=validate.Length(max=200), metadata={
        "description": "words found in the nomor berkas, perihal, SOP name or step name"})


class TaskQuery(TaskFilterQuery):
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=200, validate=validate.Range(min=0, max=1000))
    sortBy = fields.String(load_default="dueDate",
                           validate=validate.OneOf(["dueDate", "created", "name"]),
                           metadata={"description": "dueDate: overdue first, none last"})
    sortOrder = fields.String(load_default="asc", validate=validate.OneOf(["asc", "desc"]))


class InstanceFilter(Schema):
    processDefinitionKey = fields.String()
    status = fields.String()
    businessKey = fields.String(validate=validate.Length(max=200))
    businessKeyLike = fields.String(validate=validate.Length(max=200), metadata={
        "description": "nomor berkas pattern, % as wildcard"})
    title = fields.String(validate=validate.Length(max=500), metadata={
        "description": "part of the perihal, case-insensitive (our extension)"})
    superProcessInstance = fields.Integer(validate=DB_ID, metadata={
        "description": "the cases started by this case's call activities"})
    subProcessInstance = fields.Integer(validate=DB_ID, metadata={
        "description": "the case whose call activity started this case"})


class InstanceQuery(InstanceFilter):
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=100, validate=DB_ID)


class VersionQuery(Schema):
    version = fields.Integer(load_default=None, validate=validate.Range(min=1, max=DB_INT_MAX),
                             metadata={"description": "a version other than the latest"})


class HistoryQuery(Schema):
    processInstanceId = fields.Integer(required=True, validate=DB_ID)


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
    businessKey = fields.String(allow_none=True, metadata={"description": "the nomor berkas"})
    title = fields.String(metadata={"description": "the case's perihal (ours)"})
    returned = fields.Boolean(metadata={
        "description": "the step was done before in this case and came back (ours)"})
    suspended = fields.Boolean(metadata={
        "description": "its case is suspended by an admin: it cannot be claimed or completed"})
    processInstanceId = fields.Integer()
    processDefinitionKey = fields.String()
    processDefinitionVersion = fields.Integer()
    sopName = fields.String()
    properties = fields.Dict()
    separationOfDuties = fields.Dict(metadata={
        "description": "pemisahan tugas (ours), only on GET /task/{id} of a step that declares "
                       "it: blocked (true when the caller did the work it checks), step, "
                       "message, message_en"})


class Instance(Schema):
    id = fields.Integer()
    processDefinitionKey = fields.String()
    processDefinitionVersion = fields.Integer()
    sopName = fields.String()
    instansi = fields.String()
    status = fields.String()
    ended = fields.Boolean()
    businessKey = fields.String(allow_none=True, metadata={"description": "nomor berkas"})
    title = fields.String(metadata={"description": "perihal (our extension)"})
    outcome = fields.String(allow_none=True, validate=validate.OneOf(
        ["selesai", "ditolak", "dibatalkan"]), metadata={
        "description": "how an ended case ended (our extension); null while running"})
    suspended = fields.Boolean(metadata={"description": "suspended by an admin: its steps wait"})
    startedBy = fields.String(allow_none=True)
    startTime = fields.DateTime()
    endTime = fields.DateTime(allow_none=True)
    variables = fields.Dict()
    tasks = fields.List(fields.Nested(Task))
    superProcessInstanceId = fields.Integer(allow_none=True, metadata={
        "description": "the case whose call activity started this one; null for a case a "
                       "user started"})


class BusinessKeyProposal(Schema):
    """The nomor berkas the next start of an SOP would get (our extension)."""
    processDefinitionKey = fields.String()
    businessKey = fields.String()
    pattern = fields.String(metadata={"description": "the SOP's nomor_berkas pattern"})


class HistoricProcessInstance(Schema):
    """Camunda's historic process instance, with our perihal and outcome."""
    id = fields.Integer()
    businessKey = fields.String(allow_none=True)
    title = fields.String()
    outcome = fields.String(allow_none=True)
    processDefinitionKey = fields.String()
    processDefinitionId = fields.Integer()
    processDefinitionName = fields.String()
    processDefinitionVersion = fields.Integer()
    instansi = fields.String()
    startUserId = fields.String(allow_none=True)
    startTime = UtcDateTime()
    endTime = UtcDateTime(allow_none=True)
    state = fields.String(metadata={"description": "ACTIVE | COMPLETED | EXTERNALLY_TERMINATED"})
    superProcessInstanceId = fields.Integer(allow_none=True, metadata={
        "description": "the case whose call activity started this one"})


class HistoricInstanceQuery(Schema):
    processInstanceId = fields.Integer(validate=DB_ID)
    processDefinitionKey = fields.String()
    businessKey = fields.String(validate=validate.Length(max=200))
    businessKeyLike = fields.String(validate=validate.Length(max=200))
    finished = fields.Boolean()
    unfinished = fields.Boolean()
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=100, validate=validate.Range(min=0, max=1000))


class Definition(Schema):
    id = fields.Integer()
    key = fields.String()
    version = fields.Integer()
    name = fields.String()
    instansi = fields.String()
    resource = fields.String()
    deploymentId = fields.Integer()
    suspended = fields.Boolean(metadata={
        "description": "retired: no new case starts on this version (engine.retirement)"})


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
    startTime = UtcDateTime(attribute="ready_at")
    claimedBy = fields.String(attribute="claimed_by", allow_none=True)
    claimTime = UtcDateTime(attribute="claimed_at", allow_none=True)
    assignee = fields.String(attribute="completed_by", allow_none=True)
    endTime = UtcDateTime(attribute="completed_at", allow_none=True)
    variables = fields.Dict(attribute="data", allow_none=True)
    actingAs = fields.String(attribute="acting_as", allow_none=True, metadata={
        "description": "the capacity of a Plt. / Plh. who claimed or completed it, e.g. "
                       "'Plh. Kasubag Keuangan'; null for the jabatan's own holder"})
    handovers = fields.List(fields.Nested(lambda: Handover()), metadata={
        "description": "hand-overs by a pengawas or an admin (POST /task/{id}/assignee), oldest "
                       "first: our extension (Camunda keeps them in its identity link log)"})


class Handover(Schema):
    from_ = fields.String(data_key="from", attribute="from", allow_none=True)
    to = fields.String(allow_none=True)
    by = fields.String(allow_none=True)
    time = UtcDateTime(attribute="at")


class DeploymentResult(Schema):
    id = fields.Integer(allow_none=True)
    created = fields.List(fields.Dict())
    unchanged = fields.List(fields.Dict())


class DeploymentProblem(Schema):
    file = fields.String(allow_none=True)
    element = fields.String(allow_none=True, metadata={
        "description": "the BPMN element the problem is about, e.g. \"userTask 'langkah_02'\""})
    line = fields.Integer(allow_none=True, metadata={"description": "line in the file"})
    elementId = fields.String(allow_none=True, metadata={
        "description": "id of the diagram element to mark; null for the file as a whole"})
    message = fields.String(metadata={"description": "in Bahasa Indonesia"})
    message_en = fields.String()


class ValidationResult(Schema):
    problems = fields.List(fields.Nested(DeploymentProblem))


class HistoricActivity(Schema):
    activityId = fields.String(attribute="node_id")
    activityType = fields.String(attribute="node_type")
    previousActivityId = fields.String(attribute="from_node_id", allow_none=True)
    processInstanceId = fields.Integer(attribute="instance_id")
    endTime = UtcDateTime(attribute="at")
    calledProcessInstanceId = fields.Integer(allow_none=True, metadata={
        "description": "the case a call activity started (engine.calls); null otherwise"})


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


# -- users, group membership (roles) and the user operation log (api/users_resources.py) ----------
class UserFilter(Schema):
    id = fields.String(metadata={"description": "exact username"})
    search = fields.String(metadata={"description": "part of username, name, NIP or email"})


class UserQuery(UserFilter):
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=50, validate=validate.Range(min=0, max=1000))


class CountResult(Schema):
    count = fields.Integer()


class UserProfile(Schema):
    """Camunda's user profile (firstName holds the full name) with NIP, state and roles."""
    id = fields.String()
    firstName = fields.String()
    lastName = fields.String()
    email = fields.String()
    nip = fields.String()
    admin = fields.Boolean()
    disabled = fields.Boolean()
    mustChangePassword = fields.Boolean()
    demoPassword = fields.Boolean()
    notifyMode = fields.String(metadata={"description": "mail of notifications: segera (one "
                                                        "each), harian (daily digest), mati"})
    roles = fields.List(fields.Dict())


class ProfileRequest(Schema):
    id = fields.String(validate=validate.Length(min=1, max=100))
    firstName = fields.String(validate=validate.Length(max=200))
    lastName = fields.String(validate=validate.Length(max=200))
    nama = fields.String(validate=validate.Length(max=200),
                         metadata={"description": "full name (instead of firstName/lastName)"})
    email = fields.String(validate=validate.Length(max=200))
    nip = fields.String(validate=validate.Length(max=30))


class ProfileUpdateRequest(ProfileRequest):
    notifyMode = fields.String(validate=validate.OneOf(NOTIFY_MODES),
                               metadata={"description": "mail of notifications: segera (one "
                                                        "each), harian (daily digest), mati"})


class NewUserProfile(ProfileRequest):
    id = fields.String(required=True, validate=validate.Length(min=1, max=100))


class NewUserCredentials(Schema):
    password = fields.String(required=True, load_only=True)


class UserCreateRequest(Schema):
    profile = fields.Nested(NewUserProfile, required=True)
    credentials = fields.Nested(NewUserCredentials, required=True)
    admin = fields.Boolean(load_default=False, metadata={"description": "our extension"})


class CredentialsRequest(Schema):
    password = fields.String(required=True, load_only=True)
    authenticatedUserPassword = fields.String(required=True, load_only=True, metadata={
        "description": "the password of the caller (the user, or the admin acting)"})


class OperationQuery(Schema):
    userId = fields.String(metadata={"description": "who acted"})
    operationType = fields.String(metadata={"description": "e.g. user_disabled, login_failed"})
    entityId = fields.String(metadata={"description": "whom or what it was done to"})
    afterTimestamp = fields.DateTime()
    beforeTimestamp = fields.DateTime()
    firstResult = fields.Integer(load_default=0, validate=DB_ID)
    maxResults = fields.Integer(load_default=100, validate=validate.Range(min=0, max=1000))


class UserOperation(Schema):
    id = fields.Integer()
    timestamp = fields.DateTime()
    userId = fields.String(allow_none=True)
    operationType = fields.String()
    entityType = fields.String()
    entityId = fields.String()
    category = fields.String()
    property = fields.String(allow_none=True)
    orgValue = fields.String(allow_none=True)
    newValue = fields.String(allow_none=True)
    address = fields.String()
    detail = fields.Dict(allow_none=True)


# -- what every error answers (api/errors.py); the OpenAPI document declares it per status -------
class ErrorDetail(Schema):
    class Meta:
        unknown = INCLUDE

    field = fields.String(allow_none=True)
    message = fields.String()
    message_en = fields.String()


class Error(Schema):
    """``{"message", "message_en", "field", "errors"?}``; some errors add details (``problems``
    of a refused deployment, ``retryAfter``...), hence open to more keys."""

    class Meta:
        unknown = INCLUDE

    message = fields.String(required=True, metadata={"description": "Bahasa Indonesia"})
    message_en = fields.String(required=True)
    field = fields.String(allow_none=True, metadata={"description": "the offending field"})
    errors = fields.List(fields.Nested(ErrorDetail), metadata={"description": "every bad field"})
    problems = fields.List(fields.Dict(), metadata={"description": "a refused deployment"})


class DefinitionXml(Schema):
    """Camunda's ``/process-definition/key/{key}/xml`` answer: JSON carrying the BPMN text."""

    id = fields.Integer()
    key = fields.String()
    version = fields.Integer()
    bpmn20Xml = fields.String()


class JabatanQuery(Schema):
    instansi = fields.String(load_default=None, validate=validate.Length(max=100))


class JabatanEntry(Schema):
    nama = fields.String(required=True, validate=validate.Length(min=1, max=200))
    singkatan = fields.List(fields.String(validate=validate.Length(min=1, max=200)),
                            load_default=list, validate=validate.Length(max=50))
    luar = fields.Boolean(load_default=False)
    catatan = fields.String(load_default="", validate=validate.Length(max=2000))
    instansi = fields.String(dump_only=True)


class JabatanCatalogueRequest(Schema):
    jabatan = fields.List(fields.Nested(JabatanEntry), required=True,
                          validate=validate.Length(min=1, max=500))
