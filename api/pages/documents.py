"""Documents on the staff pages: upload on the task page, delete one's own, preview and download.

The upload is a plain multipart form (several files, optional name and description, "Untuk":
the kelengkapan / output the file stands for) that works without JavaScript and comes back to
the task page with a message per file; api/static/documents.js sends each file on its own
(``Accept: application/json``) to show a progress bar and an error per file. The server
decides size and type (engine.documents); nothing of a refused file is stored.

The raw bytes are served to the session here (the JSON API serves them to Bearer tokens):
inline for PDF / JPEG / PNG, so the preview page can frame or show them, ``?unduh=1`` as a
download; every other type always as a download. Only that response may be framed, and only
by this site (``frame-ancestors 'self'``); every other page keeps ``frame-ancestors 'none'``.
"""

from __future__ import annotations

from typing import Any

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response
from wtforms import Form

from engine.documents import Upload
from engine.errors import EngineError, InvalidData, NotFound
from engine.runtime import TaskView
from forms import FormDefinition, wtform_class

from ..document_resources import document_response
from ..login_resources import client_address
from .blueprint import actor, bp
from .document_views import (
    default_slot,
    documents_service,
    format_size,
    group_by_step,
    slot_statuses,
    type_label,
)
from .errors import error_page
from .i18n import locale, localized
from .instance import require_may_see
from .people import people

# the document response alone may be framed, by our own preview page
PLAIN_POST_FILES = 5
"""How many files of the largest size one plain (no JavaScript) upload may carry; documents.js
sends one file per request."""
MULTIPART_OVERHEAD = 256 * 1024


def task_documents(view: TaskView, task_spec: Any, may_act: bool) -> dict[str, Any]:
    """The task page's document context: the case's documents (every step), this step's
    document slots with their status, and the upload form's choices when the viewer may act."""
    docs = documents_service().case_attachments(view.instance_id, actor())
    statuses = slot_statuses(task_spec, docs)
    limit = documents_service().max_bytes
    return {"doc_groups": group_by_step(docs, actor(), view.id, locale()),
            "doc_slots": statuses, "doc_slot_of": {s.slot.field_id: s for s in statuses},
            "doc_upload": may_act, "doc_default_slot": default_slot(statuses),
            "doc_limit": format_size(limit, locale()), "doc_limit_bytes": limit}


class _Said(str):
    """A refusal's message in both languages, shaped like forms.Msg for the |localized filter."""

    en: str

    def __new__(cls, message: str, message_en: str) -> _Said:
        said = super().__new__(cls, message)
        said.en = message_en
        return said

    def in_locale(self, lang: str) -> str:
        return self.en if lang.startswith("en") else str(self)


def refused_before_validation(definition: FormDefinition, err: InvalidData) -> Form:
    """The step's form as typed, with the document rules' refusal (a required document
    missing: engine.document_rules.apply runs before the form is validated) beside each slot."""
    form = wtform_class(definition)(request.form)
    for error in err.details.get("errors") or ():
        if error.get("field") in form:
            form[error["field"]].errors = [_Said(error.get("message", ""),
                                                 error.get("message_en", ""))]
    return form


def _wants_json() -> bool:
    """documents.js asks for JSON; a plain form post gets the page back."""
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def _too_large_message() -> str:
    return _("Berkas terlalu besar: paling besar %(limit)s per berkas.",
             limit=format_size(documents_service().max_bytes, locale()))


@bp.url_value_preprocessor
def _upload_body_limit(endpoint: str | None, _values: dict[str, Any] | None) -> None:
    """Before anything reads the body (the CSRF check reads the form): the upload may be
    larger than the app's MAX_CONTENT_LENGTH, up to a few documents; larger is refused at
    once."""
    if endpoint != "pages.upload_documents":
        return
    request.max_content_length = (documents_service().max_bytes * PLAIN_POST_FILES
                                  + MULTIPART_OVERHEAD)
    if (request.content_length or 0) > request.max_content_length:
        raise RequestEntityTooLarge()


def _back(task_id: str) -> Response:
    return redirect(url_for("pages.task_page", task_id=task_id, _anchor="dokumen"))


@bp.route("/tugas/<task_id>/dokumen", methods=["POST"])
@login_required
def upload_documents(task_id: str) -> Response | tuple[Response, int]:
    """Unggah: each chosen file stored on its own; a refused one names itself and why."""
    files = [f for f in request.files.getlist("berkas") if f.filename]
    if not files:
        message = _("Pilih berkas yang akan diunggah.")
        if _wants_json():
            return jsonify(message=message), 400
        flash(message, "error")
        return _back(task_id)
    limit = documents_service().max_bytes
    for file in files:
        upload = Upload(name=request.form.get("nama", "").strip(),
                        description=request.form.get("keterangan", "").strip(),
                        type=request.form.get("untuk", "").strip(), file_name=file.filename or "",
                        content=file.stream.read(limit + 1))  # one byte past says "too large"
        try:
            doc = documents_service().attach(task_id, actor(), upload, client_address())
        except EngineError as err:
            why = _too_large_message() if err.status == 413 else localized(err)
            if _wants_json():
                return jsonify(message=why, file=file.filename), err.status
            if err.status in (403, 404):
                raise
            flash(_("\u201c%(file)s\u201d tidak diunggah: %(why)s", file=file.filename,
                    why=why), "error")
            continue
        if _wants_json():
            return jsonify(id=doc.id, name=doc.name), 201
        flash(_("Dokumen \u201c%(name)s\u201d diunggah.", name=doc.name), "success")
    return _back(task_id)


@bp.errorhandler(RequestEntityTooLarge)
def request_too_large(err: RequestEntityTooLarge) -> tuple[Any, int]:
    """A request bigger than the server takes at all: say the per-file limit in words."""
    message = _too_large_message()
    if _wants_json():
        return jsonify(message=message), 413
    return error_page(413, message)


@bp.route("/tugas/<task_id>/dokumen/<attachment_id>/hapus", methods=["POST"])
@login_required
def delete_document(task_id: str, attachment_id: str) -> Response | str:
    """Hapus: asks once more (a page without JavaScript, a dialog with it), then deletes."""
    doc = documents_service().get(task_id, attachment_id, actor())
    if request.form.get("konfirmasi") != "1":
        return render_template("document_delete.html", doc=doc, task_id=task_id,
                               active="inbox")
    try:
        documents_service().delete(task_id, attachment_id, actor(), client_address())
    except EngineError as err:
        flash(localized(err), "error")
        return _back(task_id)
    flash(_("Dokumen \u201c%(name)s\u201d dihapus.", name=doc.name), "success")
    return _back(task_id)


def _case_document(instance_id: int, attachment_id: str) -> Any:
    """A document of this case, refused like the case itself to who may not see it."""
    require_may_see(instance_id)
    doc = documents_service().get(None, attachment_id, actor())
    if doc.instance_id != instance_id:
        raise NotFound("Dokumen tidak ditemukan.", "Document not found.")
    return doc


@bp.route("/berkas/<int:instance_id>/dokumen/<attachment_id>")
@login_required
def document_page(instance_id: int, attachment_id: str) -> str:
    """Lihat: the document inside the page (PDF framed, images shown), its details, Unduh."""
    doc = _case_document(instance_id, attachment_id)
    task_id = request.args.get("tugas") or ""
    return render_template(
        "document.html", doc=doc, size=format_size(doc.size, locale()),
        kind=type_label(doc.media_type),
        uploader=people([doc.uploaded_by]).get(doc.uploaded_by, doc.uploaded_by),
        back_task=task_id if task_id.replace("-", "").isalnum() else "", active="inbox")


@bp.route("/berkas/<int:instance_id>/dokumen/<attachment_id>/isi")
@login_required
def document_content(instance_id: int, attachment_id: str) -> Response:
    """The bytes: inline when previewable and not ``?unduh=1``, else as a download."""
    require_may_see(instance_id)
    doc, data = documents_service().content(None, attachment_id, actor())
    if doc.instance_id != instance_id:
        raise NotFound("Dokumen tidak ditemukan.", "Document not found.")
    return document_response(doc, data, download=bool(request.args.get("unduh")))
