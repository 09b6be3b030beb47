"""The SOP table editor (``/perancang/sop/<key>/tabel``): the SOP as the official SOP AP table.

The page edits the ``sop-table/1`` data as a form (api/static/designer_table.js); as the designer
types, ``POST .../tabel/pratinjau`` answers the problems (each pointing at its row and field) and
the Permenpan document the table makes. "Simpan draf" keeps the table and, when it imports, the
importer's BPMN in the designer's draft (the JSON endpoints of api/pages/designer.py); the BPMN
made is then shown as a diagram (``GET .../tabel/bpmn``) with "Terapkan". Logic lives in
design/table_form.py; without JavaScript the page still shows the table and flowchart read-only.
"""

from __future__ import annotations

from typing import Any

from flask import Response, render_template, url_for
from flask_babel import gettext as _
from markupsafe import Markup

from design import table_form, workbench
from engine.db import transaction
from engine.deployment import latest_versions
from engine.jabatan import Catalogue, catalogue_of
from reports.document import document_css

from .blueprint import actor, bp, factory
from .designer import designer_required, json_body, localized_problem
from .diagram import read_diagram
from .svg import render_svg

ELEMENT_ROW = "langkah_"


@bp.route("/perancang/sop/<key>/tabel")
@designer_required
def designer_table(key: str) -> str:
    """The editor, filled with the user's draft (else the latest version) as a table."""
    me = actor()
    with transaction(factory()) as db:
        opened = workbench.open_sop(db, me, key)
        catalogue = catalogue_of(db, opened.instansi)
        try:
            table, refused = table_form.table_of(opened), []
        except table_form.NotATable as exc:
            table, refused = None, exc.problems
        preview = _preview(db, opened, table, catalogue) if table is not None else None
        diagram = _draft_diagram(opened) if opened.from_draft else None
    boot = _boot(opened, table, catalogue.names() if catalogue else [], me.is_admin,
                 preview["problems"] if preview else [])
    return render_template(
        "designer_table.html", opened=opened, boot=boot, refused=_localize(refused),
        preview=preview, svg=diagram, active="designer")


@bp.route("/perancang/sop/<key>/tabel/pratinjau", methods=["POST"])
@designer_required
def designer_table_preview(key: str):
    """``{"table"}`` -> ``{problems, preview_html, bpmn}``; nothing is stored."""
    table = json_body().get("table")
    with transaction(factory()) as db:
        opened = workbench.open_sop(db, actor(), key)
        return _preview(db, opened, table, catalogue_of(db, opened.instansi))


@bp.route("/perancang/sop/<key>/tabel/bpmn")
@designer_required
def designer_table_bpmn(key: str) -> str:
    """The BPMN of the user's saved draft, drawn on the server, with Buka di modeler and
    Terapkan (the page inserts it after "Simpan draf")."""
    with transaction(factory()) as db:
        opened = workbench.open_sop(db, actor(), key)
    return render_template("_designer_table_bpmn.html", opened=opened,
                           svg=_draft_diagram(opened) if opened.from_draft else None)


@bp.route("/perancang/dokumen-sop.css")
@designer_required
def designer_document_css() -> Response:
    """The SOP AP document's stylesheet, so the preview looks as the printed document."""
    return Response(document_css(), mimetype="text/css")


def _preview(db, opened: workbench.Opened, table: Any,
             catalogue: Catalogue | None) -> dict[str, Any]:
    """Problems of ``table`` (the table's own, then the deployment's on the BPMN it makes) and,
    when it imports, the SOP AP document and the BPMN."""
    deployed = latest_versions(db)
    index = table_form.sop_index((d.name, d.instansi, d.key) for d in deployed)
    made = table_form.make(table, key=opened.key, instansi=opened.instansi,
                           catalogue=catalogue, index=index)
    problems, html = list(made.problems), ""
    if made.bpmn is not None:
        problems += [_deployment_problem(p) for p in workbench.check_model(
            db, opened.key, opened.instansi, made.bpmn)]
        html = table_form.preview_html(table, made.bpmn, {d.key: d.name for d in deployed})
    blocked = bool(table_form.blocking(problems))
    return {"problems": _localize(problems), "preview_html": html,
            "bpmn": None if blocked else made.bpmn}


def _deployment_problem(found: dict) -> dict:
    """A deployment check's problem on the BPMN made, pointed at its step when it names one."""
    element = found.get("elementId") or ""
    row = element.removeprefix(ELEMENT_ROW)
    return table_form.problem(int(row) if element.startswith(ELEMENT_ROW) and row.isdigit()
                              else None, None, found["message"], found["message_en"])


def _localize(problems: list[dict]) -> list[dict]:
    return [localized_problem(p) for p in problems]


def _draft_diagram(opened: workbench.Opened) -> Markup | None:
    if not opened.bpmn_xml:
        return None
    try:
        diagram = read_diagram(opened.bpmn_xml)
    except Exception:  # noqa: BLE001 - a half-done modeler draft: show no drawing, not a 500
        return None
    if diagram is None:
        return None
    return render_svg(diagram, None, _("Diagram BPMN draf %(name)s", name=opened.name))


def _boot(opened: workbench.Opened, table: dict | None, jabatan: list[str], is_admin: bool,
          problems: list[dict]) -> dict[str, Any]:
    """What the page script starts from (the table, the catalogue, its addresses)."""
    key = opened.key
    return {
        "key": key, "instansi": opened.instansi, "table": table, "jabatan": jabatan,
        "baseVersion": opened.base_version, "fromDraft": opened.from_draft,
        "editedIn": opened.edited_in, "isAdmin": is_admin, "problems": problems,
        "urls": {"preview": url_for("pages.designer_table_preview", key=key),
                 "draft": url_for("pages.designer_draft", key=key),
                 "bpmn": url_for("pages.designer_table_bpmn", key=key),
                 "deploy": url_for("pages.designer_deploy", key=key),
                 "modeler": url_for("pages.designer_modeler", key=key)}}
