"""The JSON API for jabatan catalogues (engine.jabatan): anyone logged in may read the official
names and their short forms (forms, tests and the modeler offer them); admins replace one."""

from __future__ import annotations

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from engine import audit, jabatan
from engine.db import transaction
from engine.errors import Forbidden, InvalidData

from . import schemas as s
from .auth import current_actor

blp = Blueprint("jabatan", __name__, url_prefix="/api",
                description="Jabatan catalogues: official names and short forms per instansi")


def _factory():
    return current_app.extensions["sop_factory"]


def _rows(catalogue: jabatan.Catalogue) -> list[dict]:
    return [{**e.as_dict(), "instansi": catalogue.instansi} for e in catalogue.entries]


@blp.route("/jabatan")
@blp.arguments(s.JabatanQuery, location="query")
@blp.response(200, s.JabatanEntry(many=True))
def catalogue_list(query: dict):
    """Every jabatan of an instansi's catalogue (``?instansi=``), or of every catalogue."""
    current_actor()
    with transaction(_factory()) as db:
        places = ([query["instansi"]] if query["instansi"]
                  else jabatan.instansi_with_catalogue(db))
        found = [jabatan.catalogue_of(db, place) for place in places]
        return [row for c in found if c is not None for row in _rows(c)]


@blp.route("/jabatan/<string:instansi>")
class CatalogueOf(MethodView):
    @blp.arguments(s.JabatanCatalogueRequest)
    @blp.response(200, s.JabatanEntry(many=True))
    def put(self, body: dict, instansi: str):
        """Replace the instansi's catalogue (admins). Lanes of SOPs deployed later are named by
        it; a spelling claimed by two jabatan is refused (422) naming it."""
        actor = current_actor()
        if not actor.is_admin:
            raise Forbidden("Hanya admin yang dapat mengubah katalog jabatan.",
                            "Only admins may change a jabatan catalogue.")
        entries = [jabatan.Entry(e["nama"].strip(), jabatan.spellings(e["singkatan"]),
                                 e["luar"], e["catatan"])
                   for e in body["jabatan"]]
        instansi = instansi.strip()
        if not instansi or len(instansi) > 100:
            raise InvalidData("Kode instansi wajib diisi (maksimal 100 karakter).",
                              "The instansi code is required (at most 100 characters).",
                              field="instansi")
        catalogue = jabatan.Catalogue(instansi, entries)
        problems = jabatan.problems_of(catalogue)
        if problems:
            raise InvalidData("Katalog jabatan ditolak: " + "; ".join(problems),
                              "Jabatan catalogue refused: " + "; ".join(problems),
                              field="jabatan")
        with transaction(_factory(), write=True) as db:
            if jabatan.store(db, catalogue):
                audit.record(db, audit.JABATAN_CHANGED, actor.username, f"jabatan:{instansi}",
                             request.remote_addr or "", count=len(entries))
            return _rows(catalogue)
