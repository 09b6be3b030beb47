# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 185-194 ("SOP PEMBUKUAN KE BUKU KAS UMUM")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 188, huruf besar seperti seed): JFU, BENDAHARA, KASUBBAG, KEPALA DINAS. Teks menyebut "Kasubbag Keuangan".
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PEMBUKUAN KE BUKU KAS UMUM
  Pembukuan BKU: tanda bukti penerimaan direkap dan dicatat ke Buku Kas Umum,
  dikoreksi Kasubbag dan ditandatangani Kepala Dinas.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pembukuan_bku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: BKU direkap, dicatat, dikoreksi, ditandatangani Kepala Dinas
    Ketika "BENDAHARA" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 189: merekap tanda bukti penerimaan "yang sudah diterima dari JFU" -> BENDAHARA (JFU hanya menyerahkan bukti; kolom JFU tidak mendapat langkah sendiri).
    Maka tugas berikutnya adalah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" untuk "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    # Tafsiran: baris 190: mencatat ke Buku Kas Umum -> BENDAHARA.
    Maka tugas berikutnya adalah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" untuk "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    # Sumber: baris 191: "Ya" di kolom KASUBBAG pada langkah 3 -> langkah 3 milik KASUBBAG dan berupa keputusan (seeds/README.md: Ya/Tidak di kolom pelaksana = keputusan di sana).
    # Sumber: baris 192: "Tidak" di kolom KASUBBAG (baris langkah 4). Seed tidak menyebut sasaran Tidak; tafsiran: kembali ke langkah 2 (pencatatan BKU oleh BENDAHARA).
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Mengkoreksi hasil BKU dan melaporkannya..."
    # Tafsiran: baris 192: melaporkan BKU kepada Kasubbag -> BENDAHARA. Pemeriksaan dan paraf Kasubbag yang disebut di sini dibaca sebagai langkah 3 milik KASUBBAG (urutan seed dipertahankan).
    Maka tugas berikutnya adalah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" untuk "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    # Tafsiran: baris 193: melaporkan BKU "yang sudah diperiksa Kasubbag Keuangan untuk di tandatangankan ke Kepala Dinas" -> BENDAHARA.
    Maka tugas berikutnya adalah "Melaporkan BKU yang sudah diperiksa..." untuk "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa..."
    # Sumber: baris 193: "untuk di tandatangankan ke Kepala Dinas"; baris 194: "BKU yang sudah ditandatangani dari Kepala Dinas". Tanda tangan KEPALA DINAS tidak punya baris di seed: ditulis sebagai langkahnya sendiri (issue 12 butir 1). Nama langkah disusun dari kata seed.
    Maka tugas berikutnya adalah "Penandatanganan BKU oleh Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Penandatanganan BKU oleh Kepala Dinas"
    # Tafsiran: baris 194: menerima kembali BKU bertanda tangan -> BENDAHARA.
    Maka tugas berikutnya adalah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" untuk "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas"
    Maka SOP selesai

  Skenario: "KASUBBAG" memutuskan "Tidak" pada "Mengkoreksi hasil BKU dan melaporkannya..."
    Ketika "BENDAHARA" memulai SOP
    Ketika "BENDAHARA" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Tidak" pada "Mengkoreksi hasil BKU dan melaporkannya..." dengan alasan "BKU perlu dikoreksi"
    Maka tugas berikutnya adalah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" untuk "BENDAHARA"
    Dan alasan "BKU perlu dikoreksi" terlihat oleh "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Mengkoreksi hasil BKU dan melaporkannya..."
    Maka tugas berikutnya adalah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" untuk "BENDAHARA"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah 45 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 189-192: "Kuitansi, ATK", "ATK Kuitansi") mendaftar dua barang; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah:
      | kelengkapan |
      | Kuitansi |
      | ATK |
    Maka output langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah "Paraf"
    Maka batas waktu langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah 60 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 189-192: "Kuitansi, ATK", "ATK Kuitansi") mendaftar dua barang; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah:
      | kelengkapan |
      | ATK |
      | Kuitansi |
    Maka output langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah "Paraf"
    Maka batas waktu langkah "Mengkoreksi hasil BKU dan melaporkannya..." adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 189-192: "Kuitansi, ATK", "ATK Kuitansi") mendaftar dua barang; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Mengkoreksi hasil BKU dan melaporkannya..." adalah:
      | kelengkapan |
      | ATK |
      | Kuitansi |
    Maka output langkah "Mengkoreksi hasil BKU dan melaporkannya..." adalah "Paraf"
    Maka batas waktu langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 189-192: "Kuitansi, ATK", "ATK Kuitansi") mendaftar dua barang; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah:
      | kelengkapan |
      | ATK |
      | Kuitansi |
    Maka output langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah "Paraf"
    Maka batas waktu langkah "Melaporkan BKU yang sudah diperiksa..." adalah 30 menit
    Maka kelengkapan langkah "Melaporkan BKU yang sudah diperiksa..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Melaporkan BKU yang sudah diperiksa..." adalah "Paraf"
    # Langkah "Penandatanganan BKU oleh Kepala Dinas": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).
    Maka batas waktu langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah 30 menit
    Maka kelengkapan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah "Paraf"

  Skenario: "BENDAHARA" tidak dapat menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya..."
    # Koreksi BKU milik KASUBBAG (tanda "Ya" baris 191).
    Ketika "BENDAHARA" memulai SOP
    Ketika "BENDAHARA" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya..." untuk "KASUBBAG"
    Maka "BENDAHARA" tidak dapat menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya..."

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Penandatanganan BKU oleh Kepala Dinas"
    # Tanda tangan milik KEPALA DINAS (baris 193-194).
    Ketika "BENDAHARA" memulai SOP
    Ketika "BENDAHARA" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Mengkoreksi hasil BKU dan melaporkannya..."
    Ketika "BENDAHARA" menyelesaikan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    Ketika "BENDAHARA" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa..."
    Maka tugas berikutnya adalah "Penandatanganan BKU oleh Kepala Dinas" untuk "KEPALA DINAS"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Penandatanganan BKU oleh Kepala Dinas"
