"""Demo staff: a real-sounding Indonesian name and an NIP-shaped number for each demo account.

A demo office read by a newcomer should look like a dinas, not like a list of jabatan: the
timeline says "Siti Rahmawati, S.E. (NIP 19850312 201001 2 004)", not "kasubag-keuangan@...".
Everything is derived from the username with a seeded generator, so the same database always
gets the same people, and surnames follow the region of the instansi (Batak names in
Simalungun, Sundanese in Banten, Javanese in Lumajang).

An NIP (Nomor Induk Pegawai, PP 11/2017) is 18 digits: date of birth (8), month of appointment
as CPNS (6), sex (1: 1 male, 2 female) and a sequence number (3). Citizens and outside parties
(Pemohon, Penyedia Barang, Bank...) have none.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Collection

_MALE = ("Agus", "Ahmad", "Andi", "Arif", "Bambang", "Bayu", "Budi", "Dedi", "Dimas", "Eko",
         "Fajar", "Galih", "Hadi", "Hendra", "Ilham", "Imam", "Irfan", "Joko", "Rizky", "Rudi",
         "Slamet", "Teguh", "Wahyu", "Yusuf", "Heri", "Dani", "Taufik", "Wawan")
_FEMALE = ("Ayu", "Dewi", "Dian", "Endang", "Fitri", "Ika", "Indah", "Lestari", "Maya", "Novita",
           "Nur", "Nurul", "Putri", "Ratna", "Retno", "Rina", "Siti", "Sri", "Wulan", "Yuni",
           "Anisa", "Rahayu", "Eka", "Yulia")
_SURNAMES = {
    "simalungun": ("Damanik", "Saragih", "Purba", "Sinaga", "Girsang", "Sipayung", "Siregar",
                   "Nasution", "Silalahi", "Sitorus", "Manik", "Tambunan"),
    "serang": ("Hidayat", "Supriatna", "Suherman", "Mulyana", "Kurniawan", "Rohman", "Jaelani",
               "Hermawan", "Permana", "Sutisna", "Setiadi", "Maulana"),
    "tangerang": ("Hidayat", "Suryana", "Saputra", "Firmansyah", "Kurniawan", "Hakim",
                  "Ramdani", "Nugraha", "Wijaya", "Rahman"),
    "": ("Santoso", "Wibowo", "Prasetyo", "Wahyudi", "Susilo", "Hartono", "Utomo", "Setiawan",
         "Nugroho", "Purnomo", "Hariyanto", "Kusuma", "Rahmawati", "Handayani", "Susanti",
         "Wahyuningsih"),
}
_FEMALE_ONLY = frozenset({"Rahmawati", "Handayani", "Susanti", "Wahyuningsih"})
_HEAD = re.compile(r"kepala|kadis|kadin|kaban|sekretaris|sekdin|sekda|kabid|kabag|asda|esselon",
                   re.I)
_MIDDLE = re.compile(r"kasi|kasubag|kasubbag|kasubid|pptk|bendahara|pejabat|kuasa|pengguna "
                     r"anggaran", re.I)
_OUTSIDE = re.compile(r"pemohon|publik|bank|penyedia|peserta|security|rs/puskesmas|orang yang|"
                      r"bupati|gubernur|kemendagri|pengguna$", re.I)
_HEAD_TITLES = ("S.Sos., M.Si.", "S.H., M.H.", "S.E., M.M.", "S.T., M.T.", "S.Kom., M.Kom.",
                "Drs.", "S.IP., M.Si.")
_STAFF_TITLES = ("S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.AP.", "A.Md.", "S.T.", "S.Pd.", "")


def demo_identity(username: str, role: str, instansi: str,
                  taken: Collection[str] = ()) -> tuple[str, str]:
    """(full name, NIP) for a demo account; a name in ``taken`` is drawn again so that two
    demo accounts never share one. The NIP is "" for roles held by outside parties."""
    rng = random.Random(hashlib.sha256(username.encode()).hexdigest())
    surnames = next((names for region, names in _SURNAMES.items() if region in instansi),
                    _SURNAMES[""])
    for _ in range(50):
        female = rng.random() < 0.45
        surname = rng.choice([s for s in surnames if female or s not in _FEMALE_ONLY])
        name = f"{rng.choice(_FEMALE if female else _MALE)} {surname}"
        name = _titled(name, role, rng)
        if name not in taken:
            break
    return name, "" if _OUTSIDE.search(role) else _nip(rng, female, role)


def _titled(name: str, role: str, rng: random.Random) -> str:
    if _OUTSIDE.search(role):
        return name
    title = rng.choice(_HEAD_TITLES if _HEAD.search(role) else _STAFF_TITLES)
    if title == "Drs.":
        return f"Drs. {name}"
    return f"{name}, {title}" if title else name


def _nip(rng: random.Random, female: bool, role: str) -> str:
    """Birth date, CPNS month, sex, sequence: heads were born earlier than staff."""
    senior = bool(_HEAD.search(role) or _MIDDLE.search(role))
    born_year = rng.randint(1968, 1980) if senior else rng.randint(1978, 1997)
    born_month, born_day = rng.randint(1, 12), rng.randint(1, 28)
    appointed_year = min(2024, born_year + rng.randint(23, 30))
    return (f"{born_year}{born_month:02d}{born_day:02d}{appointed_year}{rng.randint(1, 12):02d}"
            f"{2 if female else 1}{rng.randint(1, 40):03d}")
