"""The BPMN modeler page (``/perancang/sop/<key>[?versi=n]``): edit an SOP's diagram in the browser.

bpmn-js with the properties panel and the Camunda 7 extensions, bundled from node_modules into
``api/static/build/designer.js`` (scripts/modeler, ``make setup``), so a designer needs no
Camunda Modeler. The page opens the user's draft, or the deployed version ``versi``; its script
then loads the model from ``draf.json`` and saves, checks and deploys through the JSON endpoints
of api/pages/designer.py. This view only checks that the SOP can be opened (404 for an unknown
key or version, 403 outside the user's instansi) and gives the script its addresses and words.
"""

from __future__ import annotations

from typing import Any

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf

from design import drafts, workbench
from engine.db import transaction

from .blueprint import actor, bp, factory
from .designer import designer_required
from .i18n import locale


@bp.route("/perancang/sop/<key>")
@designer_required
def designer_modeler(key: str) -> str:
    """The modeler, on the user's draft of ``key`` or on version ``?versi=n``."""
    me = actor()
    version = request.args.get("versi", type=int)
    with transaction(factory()) as db:
        opened = workbench.open_sop(db, me, key, version)
        has_draft = drafts.get(db, me, key) is not None
    config = {
        "key": key, "versi": version, "csrf": generate_csrf(), "isAdmin": me.is_admin,
        "locale": "en-GB" if locale() == "en" else "id-ID", "words": _words(),
        "urls": {"draft": url_for("pages.designer_draft", key=key),
                 "periksa": url_for("pages.designer_check", key=key),
                 "terapkan": url_for("pages.designer_deploy", key=key),
                 "modeler": url_for("pages.designer_modeler", key=key)}}
    return render_template("designer_modeler.html", opened=opened, version=version,
                           has_draft=has_draft, config=config, active="designer")


def _words() -> dict[str, Any]:
    """Every word the script shows, in the page's language."""
    return {
        "failed": _("Gagal menghubungi server; coba lagi."),
        "noBpmn": _("Draf ini belum punya diagram BPMN. Buka di editor tabel dan simpan dulu."),
        "unreadable": _("Model BPMN ini tidak dapat dibuka:"),
        "draft": _("Draf Anda."),
        "draftSaved": _("Draf Anda, disimpan %(t)s.", t="{t}"),
        "version": _("Versi %(v)s yang diterapkan. Bila disimpan, menjadi draf baru Anda.",
                     v="{v}"),
        "unsavedShort": _("Ada perubahan yang belum disimpan."),
        "unsaved": _("Perubahan pada diagram belum disimpan. Tetap tinggalkan halaman?"),
        "saving": _("Menyimpan…"),
        "checking": _("Memeriksa…"),
        "deploying": _("Menerapkan…"),
        "noProblems": _("Tidak ada masalah. Model ini dapat diterapkan."),
        "problemCount": _("%(n)s masalah ditemukan; lihat daftar di bawah diagram.", n="{n}"),
        "line": _("baris %(n)s", n="{n}"),
        "forceDeploy": _("Tetap terapkan"),
        "running": _("%(n)s berkas masih berjalan pada versi %(v)s.", n="{n}", v="{v}"),
        "migrate": _("Pindahkan berkas ke versi baru"),
        "migrateByAdmin": _("Admin dapat memindahkannya ke versi baru di halaman"),
        "openSop": _("Lihat halaman SOP"),
        "confirmDiscard": _("Buang draf ini? Perubahan yang belum diterapkan akan hilang."),
        "panel": _panel_words(),
    }


def _panel_words() -> dict[str, str]:
    """The words of the product's groups in the properties panel (scripts/modeler)."""
    return {
        "mutuBaku": _("Mutu baku (SOP AP)"),
        "waktu": _("Waktu"),
        "waktuHint": _("Mis. \"1 jam\", \"30 menit\", \"2 hari\", \"3 hari kerja\", "
                       "\"10 - 20 menit\"; kosongkan bila tanpa batas waktu."),
        "waktuBad": _("Waktu ini tidak dapat dibaca sebagai lama waktu. Tulis mis. \"1 jam\", "
                      "\"2 hari\" atau \"10 - 20 menit\"."),
        "kelengkapan": _("Kelengkapan"),
        "kelengkapanHint": _("Satu kelengkapan per baris; staf mencentangnya saat "
                             "menyelesaikan langkah."),
        "output": _("Output"),
        "outputHint": _("Hasil langkah ini."),
        "keterangan": _("Keterangan"),
        "keteranganHint": _("Kolom Keterangan SOP AP; boleh menyebut SOP lain."),
        "catatan": _("Catatan"),
        "catatanHint": _("Catatan perancang tentang langkah ini."),
        "keputusanGroup": _("Keputusan"),
        "keputusan": _("Alur ini diambil bila keputusan"),
        "keputusanHint": _("Menulis syarat keputusan == \"Ya\" / \"Tidak\" yang dijalankan mesin."),
        "noCondition": _("(tanpa syarat)"),
        "otherCondition": _("(syarat lain)"),
        "pelaksanaGroup": _("Pelaksana (jabatan)"),
        "pelaksana": _("Jabatan pelaksana"),
        "pelaksanaHint": _("Staf yang memegang jabatan ini menerima tugas di lajur ini."),
        "noCatalogue": _("Instansi ini belum punya katalog jabatan."),
        "notInCatalogue": _("tidak ada di katalog jabatan"),
        "choose": _("— pilih —"),
    }
