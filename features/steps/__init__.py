"""Step definitions of the SOP features (registered as a pytest plugin by features.plugin)."""

SENTENCES = [
    'Dengan SOP "<id SOP>" diterapkan',
    "Dan pengguna untuk setiap pelaksana SOP",
    'Dan pengguna "<nama>" sebagai "<pelaksana>"',
    'Ketika "<pelaksana>" memulai SOP',
    'Ketika "<pelaksana>" menyelesaikan langkah "<langkah>"',
    'Ketika "<pelaksana>" memutuskan "<Ya/Tidak>" pada "<langkah>" [dengan alasan "<alasan>"]',
    'Maka tugas berikutnya adalah "<langkah>" untuk "<pelaksana>"',
    'Maka "<pelaksana>" tidak dapat menyelesaikan langkah "<langkah>"',
    'Maka alasan "<alasan>" terlihat oleh "<pelaksana>"',
    "Maka SOP selesai",
    'Maka batas waktu langkah "<langkah>" adalah <1 jam | 30 menit | 2 hari kerja>',
    'Maka kelengkapan langkah "<langkah>" adalah: (tabel atau daftar di bawahnya)',
    'Maka langkah "<langkah>" tidak mempunyai kelengkapan',
    'Maka output langkah "<langkah>" adalah "<output>"',
]
"""The sentences, as shown to QA when a line matches none of them."""
