# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 385-399 ("SOP Penyebarluasan Informasi Pelaksanaan Pemerintahan Daerah melalui Papan Reklame/Baliho")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 392): Kepala Dinas, Kabid Postel, Kasi Pengkajian Analisa Data dan Informasi (PPTK), PPK, Pj. Pengadaan, Rekanan, Penerima dan Pemeriksa, Penyimpan Barang.
# PPK, Pj. Pengadaan, Rekanan, Penerima dan Pemeriksa dan Penyimpan Barang tidak mendapat langkah dari teks seed.
# Data tabel bergeser satu kolom (Waktu di kolom 13, Output di kolom 14; baris 393-399); kolom Persyaratan/Kelengkapan kosong.
# Langkah 4 dan 5 bernama sama ("Pemeriksaan berkas"): dibedakan hanya oleh pelaksana.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Penyebarluasan Informasi Pelaksanaan Pemerintahan Daerah melalui Papan Reklame/Baliho
  Penyebarluasan informasi pelaksanaan pemerintahan daerah melalui papan reklame/baliho: dokumen administrasi baliho
  disiapkan PPTK dengan monitoring, diperiksa, lalu ditandatangani.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyebarluasan_informasi_baliho" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dokumen baliho disiapkan, diperiksa, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); struktur sama dengan SOP Adventorial (baris 342-347).
    # Tafsiran: baris 394: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Penyebarluasan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    # Tafsiran: baris 395: menugaskan kepala seksi -> Kabid Postel.
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    # Tafsiran: baris 396: mempersiapkan dokumen administrasi dan monitoring -> Kasi (PPTK).
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho..." untuk "Kasi Pengkajian Analisa Data dan Informasi (PPTK)"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    # Tafsiran: baris 397: pemeriksaan pertama -> Kabid Postel (seperti Adventorial baris 345). Nama langkah sama dengan langkah 5.
    # Tafsiran: seed tanpa tanda Ya/Tidak; pemeriksaan dibaca sebagai keputusan (seeds/README.md), Tidak ke langkah 3 (Kasi/PPTK).
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Tafsiran: baris 398: pemeriksaan kedua -> Kepala Dinas (seperti Adventorial baris 346).
    # Tafsiran: Tidak ke langkah 4 (Kabid Postel), seperti "tidak ↑" Adventorial baris 346.
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Tafsiran: baris 399: penandatanganan -> Kepala Dinas. Uraian "Penadatangan berkas" ditulis seperti seed; kolom Waktu kosong.
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Kabid Postel" memutuskan "Tidak" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "dokumen administrasi belum lengkap"
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho..." untuk "Kasi Pengkajian Analisa Data dan Informasi (PPTK)"
    Dan alasan "dokumen administrasi belum lengkap" terlihat oleh "Kasi Pengkajian Analisa Data dan Informasi (PPTK)"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "berkas perlu diperiksa ulang"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Dan alasan "berkas perlu diperiksa ulang" terlihat oleh "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan Penyebarluasan..." adalah 10 menit
    Maka langkah "Memerintahkan untuk melaksanakan Penyebarluasan..." tidak mempunyai kelengkapan
    Maka batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah 10 menit
    Maka langkah "Menugaskan kepala seksi untuk melaksanakan..." tidak mempunyai kelengkapan
    Maka batas waktu langkah "Mempersiapkan Dokumen Administrasi Baliho..." adalah 4 hari
    Maka langkah "Mempersiapkan Dokumen Administrasi Baliho..." tidak mempunyai kelengkapan
    Maka output langkah "Mempersiapkan Dokumen Administrasi Baliho..." adalah "Dokumen Administrasi baliho"
    # Nama langkah "Pemeriksaan berkas" dipakai dua langkah (beda pelaksana).
    # Diselaraskan: kalimat `milik "<pelaksana>"` kini ada di kosakata; baris 397 (20 menit, "- Dokumen Administrasi baliho") dan 398 (15 menit, tiga butir output); dulu PERLU KALIMAT.
    Maka batas waktu langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah 20 menit
    Maka output langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah "Dokumen Administrasi baliho"
    Maka langkah "Pemeriksaan berkas" milik "Kabid Postel" tidak mempunyai kelengkapan
    Maka batas waktu langkah "Pemeriksaan berkas" milik "Kepala Dinas" adalah 15 menit
    Maka output langkah "Pemeriksaan berkas" milik "Kepala Dinas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan."
    # Langkah "Penadatangan berkas": kolom Waktu kosong di seed.
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka langkah "Penandatanganan berkas" tidak mempunyai kelengkapan
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka output langkah "Penandatanganan berkas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan"

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    # Persiapan dokumen milik Kasi/PPTK (tafsiran).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho..." untuk "Kasi Pengkajian Analisa Data dan Informasi (PPTK)"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."

  # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
  Skenario: "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas (tafsiran).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho..."
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    # Diselaraskan: ejaan dibetulkan di tabel, baris 399 ("Penadatangan" -> "Penandatanganan", catatan langkah 6).
    Maka "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
