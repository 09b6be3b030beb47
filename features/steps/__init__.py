"""Step definitions of the SOP features (registered as a pytest plugin by features.plugin)."""

SENTENCES = [
    'Dengan SOP "<id SOP>" diterapkan',
    "Dan pengguna untuk setiap pelaksana SOP",
    'Dan pengguna "<nama>" sebagai "<pelaksana>"',
    'Ketika "<pelaksana>" memulai SOP',
    'Ketika "<pelaksana>" menyelesaikan langkah "<langkah>" [dengan "<isian>" "<nilai>"]',
    'Ketika "<pelaksana>" mencoba menyelesaikan langkah "<langkah>" dengan "<isian>" "<nilai>"',
    'Ketika "<pelaksana>" memulai SOP terkait "<nama atau id SOP>"',
    "Ketika waktu berjalan <3 jam | 2 hari kerja | 1 hari>",
    'Ketika "<pelaksana>" memutuskan "<Ya/Tidak>" pada "<langkah>" [dengan alasan "<alasan>"]',
    'Maka tugas berikutnya adalah "<langkah>" untuk "<pelaksana>"',
    'Maka "<pelaksana>" tidak dapat menyelesaikan langkah "<langkah>"',
    'Maka "<pelaksana>" tidak dapat memulai SOP',
    'Maka "<pelaksana>" tidak melihat tugas "<langkah>"',
    'Maka "<pelaksana>" tidak dapat mengambil tugas "<langkah>"',
    'Maka "<pelaksana>" melihat "<isian>" "<nilai>" pada langkah "<langkah>"',
    'Maka formulir langkah "<langkah>" ditolak dengan pesan "<pesan>"',
    'Maka langkah "<langkah>" [belum] Terlambat',
    'Maka SOP terkait "<nama atau id SOP>" berjalan',
    'Maka "<nama>" tidak dapat memeriksa langkah "<langkah>" karena pemisahan tugas',
    'Maka alasan "<alasan>" terlihat oleh "<pelaksana>"',
    "Maka SOP selesai",
    'Maka batas waktu langkah "<langkah>" [milik "<pelaksana>"] adalah <1 jam | 3 hari | '
    '10 - 20 menit>',
    'Maka kelengkapan langkah "<langkah>" adalah: (tabel atau daftar di bawahnya)',
    'Maka langkah "<langkah>" tidak mempunyai kelengkapan',
    'Maka output langkah "<langkah>" adalah "<output>"',
]
"""The sentences, as shown to QA when a line matches none of them."""
