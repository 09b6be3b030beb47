"""The paperwork of a simulated office (engine.simulate): what a careful clerk types into a
step's form, the reasons given for a Tidak, and a case's nomor berkas and perihal, worded like
a dinas' own files so that a demo list reads like a real one.

Forms are filled from the task spec's ``camunda:formData`` (the engine does not import
``forms``); the simulator hands the data to the runtime with the forms validator, so what is
typed here is checked exactly like a user's input.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta
from typing import Any

from .deadlines import DEFAULT_ZONE
from .demo_people import demo_identity
from .models import utcnow
from .pdfdoc import text_pdf

# -- filling forms -------------------------------------------------------------------------
_NOTES = ("Berkas asli sudah diterima.", "Sudah dikoordinasikan dengan atasan langsung.",
          "Diteruskan sesuai disposisi.", "Arsip disimpan di lemari arsip.",
          "Dikerjakan setelah apel pagi.", "Salinan dikirim melalui surel dinas.")
_REASONS = {
    ("spj", "return"): ("Kuitansi belum ditandatangani PPTK.",
                        "Nota pesanan dan faktur belum dilampirkan.",
                        "Jumlah pada kuitansi tidak sama dengan rekapitulasi.",
                        "Bukti setor PPN dan PPh 22 belum ada.",
                        "Daftar hadir kegiatan belum lengkap."),
    ("cuti", "refuse"): ("Sisa cuti tahunan tahun ini sudah habis (12 hari telah diambil).",
                         "Sisa cuti tahunan tinggal 1 hari, tidak mencukupi permohonan."),
    ("cuti", "return"): ("Tanggal cuti pada surat pengantar tidak sesuai blanko.",
                         "Nama atasan langsung pada surat pengantar keliru."),
    ("akta", "return"): ("Fotokopi KK belum dilegalisir.",
                         "Surat keterangan lahir dari bidan/RS belum dilampirkan.",
                         "Nama ibu pada surat keterangan berbeda dengan KK.",
                         "KTP-el dua orang saksi belum dilampirkan."),
    ("", "refuse"): ("Permohonan tidak memenuhi syarat.",),
    ("", "return"): ("Berkas belum lengkap, mohon dilengkapi.",
                     "Data tidak sesuai dengan dokumen pendukung."),
}


def fill_form(task_spec: Any, decision: str | None, rng: random.Random, key: str = "",
              refusing: bool = False) -> dict[str, Any]:
    """The data a careful staff member submits: every kelengkapan ticked, the output named,
    the decision taken, a reason for a Tidak, now and then a note; constraints respected."""
    form = getattr(task_spec, "form", None)
    props = dict(getattr(task_spec, "extensions", None) or {})
    data: dict[str, Any] = {}
    for spiff_field in (form.fields if form else []):
        rules = {v.name: v.config for v in (spiff_field.validation or [])}
        value = _value(spiff_field, rules, data, decision, props, rng, key, refusing)
        if value is None:
            continue
        if isinstance(value, str):
            value = _fit(value, rules)
        data[spiff_field.id] = value
    return data


def _value(spiff_field: Any, rules: dict[str, Any], data: dict[str, Any], decision: str | None,
           props: dict[str, Any], rng: random.Random, key: str, refusing: bool) -> Any:
    fid, kind = spiff_field.id, spiff_field.type
    if fid == "keputusan" and decision is not None:
        return decision
    if fid == "alasan":
        return _reason(key, refusing, rng) if decision == "Tidak" else None
    if kind == "boolean":
        return True
    if fid == "output":
        return props.get("output") or "Selesai"
    if fid == "catatan":
        return rng.choice(_NOTES) if rng.random() < 0.25 else None
    other, _, wanted = str(rules.get("required_if") or "").partition("=")
    if "required" not in rules and not (other and data.get(other.strip()) == wanted.strip()):
        return None
    if kind == "enum":
        options = getattr(spiff_field, "options", None) or []
        return options[0].id if options else None
    if kind == "long":
        return int(float(rules.get("min") or 1))
    if kind == "date":
        return utcnow().astimezone(DEFAULT_ZONE).date().isoformat()
    return "Sudah dilaksanakan"


def _fit(value: str, rules: dict[str, Any]) -> str:
    maxlength, minlength = rules.get("maxlength"), rules.get("minlength")
    if maxlength:
        value = value[:int(float(maxlength))]
    if minlength and len(value) < int(float(minlength)):
        value = value.ljust(int(float(minlength)), ".")
    return value


def _reason(key: str, refusing: bool, rng: random.Random) -> str:
    kind = "refuse" if refusing else "return"
    theme = _theme(key)
    return rng.choice(_REASONS.get((theme, kind)) or _REASONS[("", kind)])


# -- documents -------------------------------------------------------------------------------
_SPJ_TITLE = re.compile(r"^(SPJ \w+) Bulan (\w+ \d{4})")


def document_name(item: str, title: str) -> str:
    """What a clerk calls the file of a required document: "SPJ GU Januari 2026" for the SPJ
    of "SPJ GU Bulan Januari 2026 - Bidang Aptika: ...", else the item and the case's perihal
    ("Surat Pengantar Cuti - Cuti tahunan a.n. Rina Marlina, 3 hari kerja")."""
    spj = _SPJ_TITLE.match(title)
    if spj and item.casefold().startswith("spj"):
        return f"{spj.group(1)} {spj.group(2)}"
    subject = title.split(" - ")[0].strip()
    return f"{item} - {subject}"[:200] if subject else item


def document_pdf(name: str, title: str, business_key: str, instansi: str) -> bytes:
    """A one-page PDF standing for the scan of that document."""
    lines = [f"Perihal: {title}", f"Nomor berkas: {business_key}", f"Instansi: {instansi}"]
    return text_pdf(name, [line for line in lines if not line.endswith(": ")])


# -- nomor berkas and perihal ----------------------------------------------------------------
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")
_BIDANG = (("Bidang Aptika", ("Pengelolaan Nama Domain", "Pemeliharaan Jaringan Intra Pemda",
                               "Pengembangan Aplikasi Layanan Publik")),
           ("Bidang IKP", ("Pengelolaan Media Sosial Pemda", "Diseminasi Informasi Publik",
                           "Layanan Informasi PPID")),
           ("Bidang Statistik dan Persandian", ("Penyusunan Data Statistik Sektoral",
                                                "Pengamanan Informasi")),
           ("Sekretariat", ("Belanja Alat Tulis Kantor", "Honorarium Tenaga Pendukung",
                            "Penyediaan Jasa Kebersihan Kantor")))
_KECAMATAN = ("Sukodono", "Tempeh", "Pasirian", "Yosowilangun", "Kedungjajang", "Senduro",
              "Candipuro", "Klakah", "Tekung", "Jatiroto", "Rowokangkung", "Lumajang")
_CUTI = (("Cuti tahunan", "851", 0.6), ("Cuti alasan penting", "855", 0.25),
         ("Cuti sakit", "853", 0.15))


def _theme(key: str) -> str:
    for theme in ("spj", "cuti", "akta"):
        if theme in key:
            return theme
    return ""


def _person(rng: random.Random, instansi: str, role: str = "Staf") -> str:
    return demo_identity(f"orang-{rng.random()}", role, instansi)[0]


def name_case(key: str, name: str, instansi: str, start: datetime, urut: int,
              rng: random.Random) -> tuple[str, str]:
    """(nomor berkas, perihal) that read like a dinas' own files: the nomor after the archive
    classification code (900 keuangan, 851 cuti tahunan, 474.1 akta kelahiran...)."""
    local = start.astimezone(DEFAULT_ZONE)
    year, unit = local.year, (instansi.split("-", 1)[-1] or "DINAS").upper()
    if unit == "DISDUKCAPIL":
        unit = "DISPENDUKCAPIL"
    theme = _theme(key)
    if theme == "spj":
        month = (local.month - 1 - (rng.random() < 0.7)) % 12  # mostly last month's
        jenis = rng.choice(("GU", "GU", "LS", "TU"))
        bidang, kegiatan = rng.choice(_BIDANG)
        return (f"900/{urut:03d}/SPJ-{jenis}/{unit}/{year}",
                f"SPJ {jenis} Bulan {_MONTHS[month]} {year if month < local.month else year - 1}"
                f" - {bidang}: {rng.choice(kegiatan)}")
    if theme == "cuti":
        kind, code = rng.choices([(k, c) for k, c, _ in _CUTI], [w for _, _, w in _CUTI])[0]
        days = rng.choice((1, 2, 3, 3, 5, 6, 12)) if kind == "Cuti tahunan" else rng.randint(1, 5)
        return (f"{code}/{urut:03d}/{unit}/{year}",
                f"{kind} a.n. {_person(rng, instansi)}, {days} hari kerja")
    if "kelahiran" in key:
        born = local.date() - timedelta(days=rng.randint(3, 60))
        return (f"474.1/{urut:04d}/{unit}/{year}",
                f"Akta kelahiran a.n. {_person(rng, instansi, 'Pemohon')}, lahir "
                f"{born.day} {_MONTHS[born.month - 1]} {born.year} - Kec. {rng.choice(_KECAMATAN)}")
    if "kematian" in key:
        return (f"474.3/{urut:04d}/{unit}/{year}",
                f"Akta kematian a.n. {_person(rng, instansi, 'Pemohon')} - Kec. "
                f"{rng.choice(_KECAMATAN)}")
    short = re.sub(r"^(standart operasional prosedure \(sop\)|sop|prosedur|mekanisme)\s+", "",
                   name.strip(), flags=re.I)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", short)).upper()[:6] or "SOP"
    return (f"{initials}/{urut:04d}/{unit}/{year}",
            f"{short[:1].upper()}{short[1:]} - {_MONTHS[local.month - 1]} {year}")
