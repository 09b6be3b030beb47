"""The Indonesian sentences a SOP feature may use, each a thin call into the scenario world.

Steps are registered for every keyword (Dengan / Ketika / Maka / Dan / Tetapi): the keyword is
for the reader, so a QA person who writes "Dan" after a "Maka", or opens a scenario with it, is
not punished for it (features.kata_kunci). Every quoted name is one quoted argument
(`"[^"]+"`), so the step library never guesses between two sentences; what the name means
(which lane, which step) is the world's business (features.world).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytest_bdd import parsers, step

from features import checks, panggilan
from features.assertions import memeriksa
from features.durasi import DurasiTidakDipahami, dari_kalimat
from features.errors import FiturGagal
from features.jam import JamSkenario
from features.kata_kunci import allow_any_first_keyword
from features.world import Skenario

allow_any_first_keyword()

Q = r'"(?P<{}>[^"]+)"'
def _re(pattern: str) -> parsers.re:
    names = re.findall(r"\{(\w+)\}", pattern)
    return parsers.re(pattern.format(**{n: Q.format(n) for n in names}))


@step(_re("SOP {kunci} diterapkan"))
def sop_diterapkan(dunia: Skenario, kunci: str) -> None:
    dunia.use_sop(kunci)


@step("pengguna untuk setiap pelaksana SOP")
def pengguna_setiap_pelaksana(dunia: Skenario) -> None:
    dunia.add_role_users()


@step(_re("pengguna {nama} sebagai {peran}"))
def pengguna_bernama(dunia: Skenario, nama: str, peran: str) -> None:
    dunia.add_named_user(nama, peran)


@step(_re("{siapa} memulai SOP"))
def memulai(dunia: Skenario, siapa: str) -> None:
    dunia.start(siapa)


@step(_re("{siapa} tidak dapat memulai SOP"))
@memeriksa
def tidak_dapat_memulai(dunia: Skenario, siapa: str) -> None:
    checks.cannot_start(dunia, siapa)


@step(_re("{siapa} memulai SOP terkait {sop}"))
def memulai_terkait(dunia: Skenario, siapa: str, sop: str) -> None:
    dunia.start_linked(siapa, sop)


@step(_re("SOP terkait {sop} berjalan"))
@memeriksa
def terkait_berjalan(dunia: Skenario, sop: str) -> None:
    checks.linked_running(dunia, sop)


@step(_re("langkah {langkah} menjalankan SOP terkait {sop}"))
@memeriksa
def menjalankan_terkait(dunia: Skenario, langkah: str, sop: str) -> None:
    checks.performs(dunia, langkah, sop)


@step(_re("SOP terkait {sop} dijalankan sampai selesai"))
def terkait_sampai_selesai(dunia: Skenario, sop: str) -> None:
    panggilan.play(dunia, panggilan.call_step(dunia, sop))


ISIAN = r'(?: dengan "(?P<isian>[^"]+)" "(?P<nilai>[^"]*)"| dengan:)?'


@step(_re("{siapa} menyelesaikan langkah {langkah}" + ISIAN))
def menyelesaikan(dunia: Skenario, siapa: str, langkah: str, isian: str | None,
                  nilai: str | None, datatable: list[list[str]] | None = None) -> None:
    dunia.complete(siapa, langkah, isi=_isi(langkah, isian, nilai, datatable))


@step(_re("{siapa} mencoba menyelesaikan langkah {langkah}" + ISIAN))
def mencoba(dunia: Skenario, siapa: str, langkah: str, isian: str | None, nilai: str | None,
            datatable: list[list[str]] | None = None) -> None:
    dunia.complete(siapa, langkah, isi=_isi(langkah, isian, nilai, datatable), coba=True)


@step(_re('formulir langkah {langkah} ditolak dengan pesan "(?P<pesan>[^"]+)"'))
@memeriksa
def formulir_ditolak(dunia: Skenario, langkah: str, pesan: str) -> None:
    checks.form_refused(dunia, langkah, pesan)


@step(_re('{siapa} melihat {isian} "(?P<nilai>[^"]*)" pada langkah {langkah}'))
@memeriksa
def melihat_isian(dunia: Skenario, siapa: str, isian: str, nilai: str, langkah: str) -> None:
    checks.sees_value(dunia, siapa, isian, nilai, langkah)


@step(_re("{siapa} tidak melihat tugas {langkah}"))
@memeriksa
def tidak_melihat(dunia: Skenario, siapa: str, langkah: str) -> None:
    checks.not_visible(dunia, siapa, langkah)


@step(_re("{siapa} tidak dapat mengambil tugas {langkah}"))
@memeriksa
def tidak_dapat_mengambil(dunia: Skenario, siapa: str, langkah: str) -> None:
    checks.cannot_claim(dunia, siapa, langkah)


@pytest.fixture
def jam() -> Iterator[JamSkenario]:
    """The scenario's clock: real time until a "waktu berjalan" line moves it; reset after."""
    clock = JamSkenario()
    yield clock
    clock.reset()


@step(parsers.re(r"waktu berjalan (?P<durasi>.+)"))
def waktu_berjalan(dunia: Skenario, jam: JamSkenario, durasi: str) -> None:
    try:
        jam.maju(dari_kalimat(durasi.strip(), dunia.sop.waktu_hari))
    except DurasiTidakDipahami as err:
        raise FiturGagal(str(err)) from None
    dunia.changed()


@step(_re("langkah {langkah} (?P<belum>belum )?Terlambat"))
@memeriksa
def terlambat(dunia: Skenario, langkah: str, belum: str | None) -> None:
    checks.late(dunia, langkah, expected=not belum)


@step(_re("{siapa} melampirkan dokumen {dokumen}"))
def melampirkan(dunia: Skenario, siapa: str, dokumen: str) -> None:
    dunia.attach(siapa, dokumen)


@step(_re('{siapa} memutuskan {keputusan} pada {langkah}(?: dengan alasan "(?P<alasan>[^"]*)")?'))
def memutuskan(dunia: Skenario, siapa: str, keputusan: str, langkah: str,
               alasan: str | None) -> None:
    dunia.complete(siapa, langkah, keputusan, alasan)


@step(_re("tugas berikutnya adalah {langkah} untuk {siapa}"))
@memeriksa
def tugas_berikutnya(dunia: Skenario, langkah: str, siapa: str) -> None:
    checks.next_task(dunia, langkah, siapa)


@step(_re("{siapa} tidak dapat menyelesaikan langkah {langkah}"))
@memeriksa
def tidak_dapat_menyelesaikan(dunia: Skenario, siapa: str, langkah: str) -> None:
    checks.cannot_complete(dunia, siapa, langkah)


@step(_re("alasan {alasan} terlihat oleh {siapa}"))
@memeriksa
def alasan_terlihat(dunia: Skenario, alasan: str, siapa: str) -> None:
    checks.reason_visible(dunia, alasan, siapa)


@step("SOP selesai")
@memeriksa
def sop_selesai(dunia: Skenario) -> None:
    checks.finished(dunia)


MILIK = r'(?: milik "(?P<milik>[^"]+)")?'


@step(_re("batas waktu langkah {langkah}" + MILIK + " adalah (?P<durasi>.+)"))
@memeriksa
def batas_waktu(dunia: Skenario, langkah: str, milik: str | None, durasi: str) -> None:
    checks.deadline(dunia, langkah, durasi.strip().strip('"'), milik)


@step(_re("kelengkapan langkah {langkah}" + MILIK + " adalah:?"))
@memeriksa
def kelengkapan(dunia: Skenario, langkah: str, milik: str | None,
                datatable: list[list[str]] | None = None, docstring: str | None = None) -> None:
    checks.kelengkapan(dunia, langkah, _items(langkah, datatable, docstring), milik)


@step(_re("langkah {langkah}" + MILIK + " tidak mempunyai kelengkapan"))
@memeriksa
def tanpa_kelengkapan(dunia: Skenario, langkah: str, milik: str | None) -> None:
    checks.kelengkapan(dunia, langkah, [], milik)


@step(_re("output langkah {langkah}" + MILIK + ' adalah "(?P<output>[^"]*)"'))
@memeriksa
def output(dunia: Skenario, langkah: str, milik: str | None, output: str) -> None:
    checks.output(dunia, langkah, output, milik)


def _isi(langkah: str, isian: str | None, nilai: str | None,
         table: list[list[str]] | None) -> list[tuple[str, str]]:
    """(field label, value) pairs: one pair in the sentence, or a table | isian | nilai |."""
    if isian is not None:
        return [(isian, nilai or "")]
    rows = [r for r in table or [] if r and r[0].strip()]
    if rows and [c.strip().casefold() for c in rows[0][:2]] == ["isian", "nilai"]:
        rows = rows[1:]
    if table is not None and not (rows and all(len(r) >= 2 for r in rows)):
        raise FiturGagal(f'Tulis isian langkah "{langkah}" sebagai tabel dua kolom '
                         "(| isian | nilai |)")
    return [(r[0].strip(), r[1].strip()) for r in rows]


def _items(langkah: str, table: list[list[str]] | None, text: str | None) -> list[str]:
    """A one-column table (header "kelengkapan" optional) or a "- item" list."""
    if table:
        rows = [r[0].strip() for r in table if r and r[0].strip()]
        return rows[1:] if rows and rows[0].casefold() == "kelengkapan" else rows
    if text:
        lines = (re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", x) for x in text.splitlines())
        return [x.strip() for x in lines if x.strip()]
    raise FiturGagal(f'Tulis kelengkapan langkah "{langkah}" di bawah kalimatnya, sebagai tabel '
                     '(| kelengkapan |) atau daftar dalam """ ... """')
