"""The JSON API for documents, shaped after Camunda 7's task attachments.

``POST /api/task/{id}/attachment/create`` (multipart: ``attachment-name``,
``attachment-description``, ``attachment-type``, file ``content``), ``GET
/api/task/{id}/attachment[/{aid}[/data]]``, ``DELETE /api/task/{id}/attachment/{aid}``, and
every document of a case: ``GET /api/process-instance/{id}/attachment[/{aid}/data]``.
The rules (who, what, how large) are engine.documents'; this layer reads the request and
shapes the answers.

``/data`` serves the stored bytes with their detected type. PDF, JPEG and PNG are ``inline``
(the pages preview them in an <iframe>: framing by this site only) unless ``?download=1``;
every other type is an ``attachment``. Nothing is ever sniffed (``nosniff``), and what is not
a PDF is sandboxed (Chrome refuses to run its PDF viewer in a sandbox).
"""

from __future__ import annotations

import io
from typing import Any

from flask import Response, current_app, request, send_file
from flask_smorest import Blueprint
from flask_smorest.fields import Upload as UploadField
from marshmallow import EXCLUDE, Schema, fields, validate
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy
from werkzeug.datastructures import CombinedMultiDict

from engine.documents import ALLOWED_TYPES, AttachmentView, Documents, Upload
from engine.errors import NotFound
from engine.filecheck import too_large

from .auth import current_actor
from .login_resources import client_address
from .schemas import UtcDateTime
from .views import utc


class _MultipartParser(FlaskParser):
    """webargs reads the ``files`` location as every part of a multipart body, the file and
    the text fields alike, so that one schema declares Camunda's whole multipart request
    (flask-smorest documents only one request-body location per operation)."""

    def load_files(self, req: Any, schema: Schema) -> MultiDictProxy:
        return MultiDictProxy(CombinedMultiDict([req.files, req.form]), schema)


class _Blueprint(Blueprint):
    ARGUMENTS_PARSER = _MultipartParser()


blp = _Blueprint("documents", __name__, url_prefix="/api",
                 description="Documents (attachments) of a task and its case")

MULTIPART_OVERHEAD = 256 * 1024
"""What a multipart request may carry besides the file: boundaries, part headers, the name,
description and type fields (at most a few KB in practice)."""

_UPLOAD_ENDPOINTS = {"documents.attachment_create"}


def documents() -> Documents:
    return current_app.extensions["sop_documents"]


def allow_document_upload() -> None:
    """Let this request's body be as large as a document allows (the app's
    MAX_CONTENT_LENGTH is smaller), and refuse a larger one at once with the JSON 413 naming the
    limit, before anything reads the body. For any view that accepts a document (the pages
    too); called before the body is parsed."""
    limit = documents().max_bytes
    request.max_content_length = limit + MULTIPART_OVERHEAD
    if request.content_length is not None and request.content_length > \
            request.max_content_length:
        raise too_large(limit)


@blp.url_value_preprocessor
def _upload_body_limit(endpoint: str | None, _values: dict[str, Any] | None) -> None:
    """URL value preprocessors run before every ``before_request`` (api.limits reads the
    form there), so the larger limit is in place when the body is first parsed."""
    if endpoint in _UPLOAD_ENDPOINTS:
        allow_document_upload()


class AttachmentForm(Schema):
    """Camunda's multipart request of Create Task Attachment: three text fields and the file
    ``content``."""

    class Meta:
        unknown = EXCLUDE

    name = fields.String(data_key="attachment-name", load_default="",
                         validate=validate.Length(max=255),
                         metadata={"description": "default: the file's name"})
    description = fields.String(data_key="attachment-description", load_default="",
                                validate=validate.Length(max=4000))
    type = fields.String(data_key="attachment-type", load_default="",
                         validate=validate.Length(max=100), metadata={
                             "description": "a document field id of the step (e.g. "
                                            "kelengkapan_1, output) links the file to it"})
    content = UploadField(required=True, metadata={
        "description": "PDF, JPEG, PNG, DOCX, XLSX or ODT (told by its bytes), at most "
                       "ATTACHMENT_MAX_BYTES (default 20 MB)"})


class DataQuery(Schema):
    download = fields.Boolean(load_default=False, metadata={
        "description": "serve a previewable type as an attachment too"})


class Link(Schema):
    method = fields.String()
    href = fields.String()
    rel = fields.String()


class Attachment(Schema):
    """Camunda's attachment, with our extras after ``links``."""

    id = fields.String()
    name = fields.String()
    description = fields.String()
    taskId = fields.String()
    type = fields.String()
    url = fields.String(allow_none=True)
    createTime = UtcDateTime()
    removalTime = fields.String(allow_none=True)
    rootProcessInstanceId = fields.String()
    links = fields.List(fields.Nested(Link))
    processInstanceId = fields.Integer()
    item = fields.String(metadata={"description": "the kelengkapan / output it stands for"})
    fileName = fields.String()
    mediaType = fields.String()
    size = fields.Integer()
    sha256 = fields.String()
    userId = fields.String(metadata={"description": "who uploaded it"})
    stepName = fields.String()
    taskDefinitionKey = fields.String()


_DATA_RESPONSES = {
    "200": {"description": "the document's bytes with their detected type",
            "content": {t: {"schema": {"type": "string", "format": "binary"}}
                        for t in ALLOWED_TYPES}},
    "304": {"description": "not modified (If-None-Match: the ETag, the file's SHA-256)"},
}


@blp.route("/task/<task_id>/attachment/create", methods=["POST"])
@blp.arguments(AttachmentForm, location="files")
@blp.response(200, Attachment)
def attachment_create(form: dict, task_id: str):
    """Attach a document to an open task the caller works on (its role, own or Plt. / Plh.,
    or assigned to them). 413 above the size limit, 422 naming ``content`` for an empty file
    or a type not allowed, 409 when the task is finished; nothing is stored then. Audited."""
    file = form["content"]
    upload = Upload(name=form["name"], description=form["description"], type=form["type"],
                    file_name=file.filename or "", content=file.read())
    view = documents().attach(task_id, current_actor(), upload, client_address())
    return attachment_dict(view)


@blp.route("/task/<task_id>/attachment")
@blp.response(200, Attachment(many=True))
def task_attachments(task_id: str):
    """The documents attached to a task (waiting or finished), oldest first."""
    return [attachment_dict(v) for v in documents().task_attachments(task_id, current_actor())]


@blp.route("/task/<task_id>/attachment/<attachment_id>")
@blp.response(200, Attachment)
def task_attachment(task_id: str, attachment_id: str):
    """One document of a task."""
    return attachment_dict(documents().get(task_id, attachment_id, current_actor()))


@blp.route("/task/<task_id>/attachment/<attachment_id>", methods=["DELETE"])
@blp.response(204)
def task_attachment_delete(task_id: str, attachment_id: str):
    """Delete a document: its uploader only, while the task is open (403 / 409). Its bytes
    are kept while another document shares them. Audited."""
    documents().delete(task_id, attachment_id, current_actor(), client_address())


@blp.route("/task/<task_id>/attachment/<attachment_id>/data")
@blp.arguments(DataQuery, location="query")
@blp.doc(responses=_DATA_RESPONSES)
def task_attachment_data(query: dict, task_id: str, attachment_id: str):
    """The document's bytes (Camunda's Get Attachment Binary)."""
    view, content = documents().content(task_id, attachment_id, current_actor())
    return document_response(view, content, query["download"])


@blp.route("/process-instance/<int:instance_id>/attachment")
@blp.response(200, Attachment(many=True))
def case_attachments(instance_id: int):
    """Every document of a case, in the order they were attached (404 for a case the caller
    may not see)."""
    return [attachment_dict(v)
            for v in documents().case_attachments(instance_id, current_actor())]


@blp.route("/process-instance/<int:instance_id>/attachment/<attachment_id>/data")
@blp.arguments(DataQuery, location="query")
@blp.doc(responses=_DATA_RESPONSES)
def case_attachment_data(query: dict, instance_id: int, attachment_id: str):
    """The bytes of one document of the case."""
    view, content = documents().content(None, attachment_id, current_actor())
    if view.instance_id != instance_id:
        raise NotFound(f"Dokumen {attachment_id[:36]} tidak ditemukan.",
                       f"Document {attachment_id[:36]} not found.", field="attachmentId")
    return document_response(view, content, query["download"])


def attachment_dict(view: AttachmentView) -> dict[str, Any]:
    """Camunda's attachment JSON, with our extras."""
    base = request.url_root.rstrip("/") + f"/api/task/{view.task_id}/attachment/{view.id}"
    return {
        "id": view.id, "name": view.name, "description": view.description,
        "taskId": view.task_id, "type": view.type, "url": None,
        "createTime": utc(view.uploaded_at), "removalTime": None,
        "rootProcessInstanceId": str(view.instance_id),
        "links": [{"method": "GET", "href": base, "rel": "self"},
                  {"method": "GET", "href": base + "/data", "rel": "data"}],
        "processInstanceId": view.instance_id, "item": view.item, "fileName": view.file_name,
        "mediaType": view.media_type, "size": view.size, "sha256": view.sha256,
        "userId": view.uploaded_by, "stepName": view.step_name,
        "taskDefinitionKey": view.step_id,
    }


def document_response(view: AttachmentView, content: bytes, download: bool = False
                      ) -> Response:
    """The bytes as a file: ``inline`` for a previewable type (unless ``download``), else an
    attachment; the file name in RFC 5987 form when not ASCII (send_file does that); ETag =
    the SHA-256, so If-None-Match answers 304."""
    inline = view.previewable and not download
    response = send_file(io.BytesIO(content), mimetype=view.media_type,
                         as_attachment=not inline, download_name=view.file_name,
                         etag=view.sha256, conditional=True, max_age=None)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    response.headers["Content-Security-Policy"] = document_policy(view.media_type)
    return response


def document_policy(media_type: str) -> str:
    """The CSP of a served document: framed by this site only; anything but a PDF also
    sandboxed and allowed nothing (Chrome's PDF viewer runs neither sandboxed nor under
    ``default-src 'none'``, and drops a PDF's CSP for its own page anyway)."""
    if media_type == "application/pdf":
        return "frame-ancestors 'self'"
    return "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; " \
           "frame-ancestors 'self'"
