"""The Indonesian sentences a SOP feature may use, each a thin call into the scenario world.

Steps are registered for every keyword (Dengan / Ketika / Maka / Dan / Tetapi): the keyword is
for the reader, so a QA person who writes "Dan" after a "Maka" is not punished for it. Every
quoted name is matched exactly as written (`"[^"]+"`), so the step library never guesses
between two sentences.
"""

from __future__ import annotations

import re

from pytest_bdd import parsers, step

from features import checks
from features.errors import FiturGagal
from features.world import Skenario

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


@step(_re("{siapa} menyelesaikan langkah {langkah}"))
def menyelesaikan(dunia: Skenario, siapa: str, langkah: str) -> None:
    dunia.complete(siapa, langkah)


@step(_re("{siapa} melampirkan dokumen {dokumen}"))
def melampirkan(dunia: Skenario, siapa: str, dokumen: str) -> None:
    dunia.attach(siapa, dokumen)


@step(_re('{siapa} memutuskan {keputusan} pada {langkah}(?: dengan alasan "(?P<alasan>[^"]*)")?'))
def memutuskan(dunia: Skenario, siapa: str, keputusan: str, langkah: str,
               alasan: str | None) -> None:
    dunia.complete(siapa, langkah, keputusan, alasan)


@step(_re("tugas berikutnya adalah {langkah} untuk {siapa}"))
def tugas_berikutnya(dunia: Skenario, langkah: str, siapa: str) -> None:
    checks.next_task(dunia, langkah, siapa)


@step(_re("{siapa} tidak dapat menyelesaikan langkah {langkah}"))
def tidak_dapat_menyelesaikan(dunia: Skenario, siapa: str, langkah: str) -> None:
    checks.cannot_complete(dunia, siapa, langkah)


@step(_re("alasan {alasan} terlihat oleh {siapa}"))
def alasan_terlihat(dunia: Skenario, alasan: str, siapa: str) -> None:
    checks.reason_visible(dunia, alasan, siapa)


@step("SOP selesai")
def sop_selesai(dunia: Skenario) -> None:
    checks.finished(dunia)


@step(_re("batas waktu langkah {langkah} adalah (?P<durasi>.+)"))
def batas_waktu(dunia: Skenario, langkah: str, durasi: str) -> None:
    checks.deadline(dunia, langkah, durasi.strip())


@step(_re("kelengkapan langkah {langkah} adalah:?"))
def kelengkapan(dunia: Skenario, langkah: str, datatable: list[list[str]] | None = None,
                docstring: str | None = None) -> None:
    checks.kelengkapan(dunia, langkah, _items(langkah, datatable, docstring))


@step(_re("langkah {langkah} tidak mempunyai kelengkapan"))
def tanpa_kelengkapan(dunia: Skenario, langkah: str) -> None:
    checks.kelengkapan(dunia, langkah, [])


@step(_re('output langkah {langkah} adalah "(?P<output>[^"]*)"'))
def output(dunia: Skenario, langkah: str, output: str) -> None:
    checks.output(dunia, langkah, output)


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
