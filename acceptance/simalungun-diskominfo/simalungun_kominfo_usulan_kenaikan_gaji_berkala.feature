# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 275-281 ("SOP PEMBUATAN USULAN KENAIKAN GAJI BERKALA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 278, huruf besar seperti seed): SEKRETARIS, KASUBBAG, JFU, KEPALA DINAS. KEPALA DINAS tidak mendapat langkah dari teks seed.
# Tabel seed rusak: mutu baku hanya ada di langkah 2 dan bergeser kolom (baris 280: "Disposisi", "30", "Instruksi").
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PEMBUATAN USULAN KENAIKAN GAJI BERKALA
  Usulan kenaikan gaji berkala: pegawai diinformasikan, berkas usulan diterima dan diperiksa kelengkapannya,
  direkap dan dibuatkan surat pengantar ke BKD, nota dinas diparaf dan ditandatangani Kasubbag Umum.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usulan_kenaikan_gaji_berkala" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: pegawai diinformasikan, berkas diperiksa, nota dinas ditandatangani
    Ketika "SEKRETARIS" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 279: memerintahkan Kasubbag Umum -> SEKRETARIS. Seed tidak memberi mutu baku langkah 1.
    Maka tugas berikutnya adalah "Memerintahkan Kasubbag Umum untuk menginformasikan..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    # Tafsiran: baris 280: menugaskan JFU -> KASUBBAG. Seed: "pengajuan kenaikan pangkat" (tampak salah tulis untuk gaji berkala; ditulis seperti seed).
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas..."
    # Tafsiran: baris 281: menerima dan memeriksa kelengkapan berkas, membuat rekap dan surat pengantar -> JFU.
    # Sumber: baris 281: "jika ada yang belum siap dikembalikan ke kasubbag umum untuk di lengkapi PNS yang bersangkutan": keputusan JFU; Tidak ke langkah 2 (KASUBBAG), tafsiran.
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji..." untuk "JFU"
    Ketika "JFU" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji..."
    # Sumber: baris 281: "membuat paraf pada nota dinas untuk di tanda tangani Kasubbag umum": tanda tangan KASUBBAG tidak punya baris; ditulis sebagai langkahnya sendiri (issue 12 butir 1). Nama langkah disusun dari kata seed.
    Maka tugas berikutnya adalah "Penandatanganan nota dinas oleh Kasubbag umum" untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Penandatanganan nota dinas oleh Kasubbag umum"
    Maka SOP selesai

  Skenario: "JFU" memutuskan "Tidak" pada "Menerima berkas usulan kenaikan Gaji..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas..."
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji..." untuk "JFU"
    Ketika "JFU" memutuskan "Tidak" pada "Menerima berkas usulan kenaikan Gaji..." dengan alasan "berkas belum lengkap"
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas..." untuk "KASUBBAG"
    Dan alasan "berkas belum lengkap" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas..."
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji..." untuk "JFU"
    Ketika "JFU" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji..."
    Maka tugas berikutnya adalah "Penandatanganan nota dinas oleh Kasubbag umum" untuk "KASUBBAG"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    # Langkah "Memerintahkan Kasubbag Umum untuk menginformasikan...": kolom Waktu kosong di seed.
    Maka langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..." tidak mempunyai kelengkapan
    Maka batas waktu langkah "Menugaskan JFU untuk menerima berkas..." adalah 30 menit
    Maka kelengkapan langkah "Menugaskan JFU untuk menerima berkas..." adalah:
      | kelengkapan |
      | Disposisi |
    Maka output langkah "Menugaskan JFU untuk menerima berkas..." adalah "Instruksi"
    # Langkah "Menerima berkas usulan kenaikan Gaji...": kolom Waktu kosong di seed.
    Maka langkah "Menerima berkas usulan kenaikan Gaji..." tidak mempunyai kelengkapan
    # Langkah "Penandatanganan nota dinas oleh Kasubbag umum": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Menerima berkas usulan kenaikan Gaji..."
    # Pemeriksaan berkas milik JFU (tafsiran).
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas..."
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji..." untuk "JFU"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Menerima berkas usulan kenaikan Gaji..."

  Skenario: "JFU" tidak dapat menyelesaikan langkah "Penandatanganan nota dinas oleh Kasubbag umum"
    # Tanda tangan nota dinas milik Kasubbag Umum (baris 281).
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas..."
    Ketika "JFU" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji..."
    Maka tugas berikutnya adalah "Penandatanganan nota dinas oleh Kasubbag umum" untuk "KASUBBAG"
    Maka "JFU" tidak dapat menyelesaikan langkah "Penandatanganan nota dinas oleh Kasubbag umum"
