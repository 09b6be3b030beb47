"""The sentence of pemisahan tugas (separation of duties, engine.separation):

    Maka "budi" tidak dapat memeriksa langkah "Verifikasi SPJ" karena pemisahan tugas

The named user holds the checking step's role (a Latar gives one user two roles by naming them
twice: ``Dan pengguna "budi" sebagai "Bendahara Pengeluaran"`` then ``... sebagai "Kasubag
Keuangan"``) and did the work the step checks; the server must refuse them (403) saying it is
pemisahan tugas, and the step must still wait for another holder of the role.
"""

from __future__ import annotations

from pytest_bdd import parsers, step

from features.assertions import memeriksa
from features.errors import FiturGagal
from features.form import fields_of, isian
from features.server import message
from features.world import Skenario

SENTENCE = ('"(?P<siapa>[^"]+)" tidak dapat memeriksa langkah "(?P<langkah>[^"]+)" '
            "karena pemisahan tugas")
REASON = "pemisahan tugas"


@step(parsers.re(SENTENCE))
@memeriksa
def tidak_dapat_memeriksa(dunia: Skenario, siapa: str, langkah: str) -> None:
    cannot_check(dunia, siapa, langkah)


def cannot_check(world: Skenario, who: str, name: str) -> None:
    """The user tries to complete the check; 403 naming pemisahan tugas, nothing changed."""
    api, roles = world.actor(who)
    step_ = world.step(name)
    if step_.role not in roles:
        raise FiturGagal(f'"{who}" tidak memegang jabatan "{step_.role}" langkah "{name}"; '
                         "pemisahan tugas hanya berarti bagi pemegang jabatan itu (tambahkan: "
                         f'Dan pengguna "{who}" sebagai "{step_.role}")')
    task = world.ready_task(step_)
    data = isian(fields_of(step_), step_.properties.get("output", ""),
                 step_.options[0] if step_.options else None, "uji pemisahan tugas")
    world.changed()
    resp = api.post(f"/api/task/{task['id']}/complete", json={"variables": data})
    if resp.status_code != 403:
        raise FiturGagal(f'"{who}" seharusnya ditolak (403) karena pemisahan tugas saat '
                         f'memeriksa langkah "{name}", tetapi server menjawab {message(resp)}')
    if REASON not in message(resp).casefold():
        raise FiturGagal(f'"{who}" ditolak pada langkah "{name}", tetapi bukan karena '
                         f"pemisahan tugas: {message(resp)}")
    if task["id"] not in {t["id"] for t in world.ready()}:
        raise FiturGagal(f'Langkah "{name}" berubah setelah "{who}" mencoba memeriksanya')
