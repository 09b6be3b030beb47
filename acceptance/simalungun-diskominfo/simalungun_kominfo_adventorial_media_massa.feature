# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 337-347 ("SOP Penyebarluasan Informasi Pelaksanaan Pembangunan Daerah melalui Adventorial Media Massa")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 340): Kepala Dinas, Kabid Postel, Kasi Bina Pemberdayaan Media Massa (PPTK).
# Langkah 4 dan 5 bernama sama ("Pemeriksaan berkas"): dibedakan hanya oleh pelaksana. Baris terakhir (347) tanpa nomor; ditulis sebagai langkah 6.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Penyebarluasan Informasi Pelaksanaan Pembangunan Daerah melalui Adventorial Media Massa
  Penyebarluasan informasi pelaksanaan pembangunan daerah melalui adventorial media massa:
  dokumen administrasi disiapkan PPTK, diperiksa Kabid dan Kepala Dinas, lalu ditandatangani.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_adventorial_media_massa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dokumen disiapkan, diperiksa Kabid dan Kepala Dinas, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Sumber: baris 342: "↓" di kolom Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Penyebarluasan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    # Tafsiran: baris 343: menugaskan kepala Seksi/PPTK -> Kabid Postel ("↓ ↓" di kolom Kepala Dinas dibaca sebagai panah, bukan simbol langkah).
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi /PPTK melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..."
    # Sumber: baris 344: "↓" di kolom Kasi (PPTK).
    Maka tugas berikutnya adalah "Mempersiapkan kelengkapan Dokumen Administrasi..." untuk "Kasi Bina Pemberdayaan Media Massa (PPTK)"
    Ketika "Kasi Bina Pemberdayaan Media Massa (PPTK)" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    # Tafsiran: baris 345: pemeriksaan pertama -> Kabid Postel; "ya ↓" di kolom Kepala Dinas = panah Ya menuju pemeriksaan Kepala Dinas. Nama langkah sama dengan langkah 5 (pembeda: pelaksana).
    # Tafsiran: Tidak dari pemeriksaan Kabid tidak digambar di seed; dibaca kembali ke langkah 3 (Kasi/PPTK).
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Sumber: baris 346: " ya ↓" di kolom Kepala Dinas, "tidak ↑" di kolom Kabid Postel: keputusan Kepala Dinas.
    # Sumber: baris 346: "tidak ↑" di kolom Kabid Postel: Tidak naik ke langkah 4 (pemeriksaan Kabid Postel).
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    # Sumber: baris 347: "Penandatanganan berkas" tanpa nomor, "↓" di kolom Kepala Dinas.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Kabid Postel" memutuskan "Tidak" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..."
    Ketika "Kasi Bina Pemberdayaan Media Massa (PPTK)" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "dokumen administrasi belum lengkap"
    Maka tugas berikutnya adalah "Mempersiapkan kelengkapan Dokumen Administrasi..." untuk "Kasi Bina Pemberdayaan Media Massa (PPTK)"
    Dan alasan "dokumen administrasi belum lengkap" terlihat oleh "Kasi Bina Pemberdayaan Media Massa (PPTK)"
    Ketika "Kasi Bina Pemberdayaan Media Massa (PPTK)" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..."
    Ketika "Kasi Bina Pemberdayaan Media Massa (PPTK)" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "berkas perlu diperiksa ulang"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Dan alasan "berkas perlu diperiksa ulang" terlihat oleh "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan Penyebarluasan..." adalah 10 menit
    Maka langkah "Memerintahkan untuk melaksanakan Penyebarluasan..." tidak mempunyai kelengkapan
    Maka batas waktu langkah "Menugaskan kepala Seksi /PPTK melaksanakan..." adalah 10 menit
    Maka kelengkapan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..." adalah:
      | kelengkapan |
      | Lembar disposisi |
    Maka output langkah "Menugaskan kepala Seksi /PPTK melaksanakan..." adalah "Perintah Kepala Dinas"
    Maka batas waktu langkah "Mempersiapkan kelengkapan Dokumen Administrasi..." adalah 2 hari
    Maka kelengkapan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..." adalah:
      | kelengkapan |
      | DPA SKPD |
      | HSPK |
      | Komputer |
      | Printer |
      | ATK |
    Maka output langkah "Mempersiapkan kelengkapan Dokumen Administrasi..." adalah "Dokumen Administrasi"
    # Nama langkah "Pemeriksaan berkas" dipakai lebih dari satu langkah (beda pelaksana); dibedakan dengan milik "<pelaksana>":
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka batas waktu langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah 60 menit
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka kelengkapan langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah:
      | kelengkapan |
      | Dokumen Administrasi Adventorial |
      | Media Cetak yang memuat Adventorial |
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka output langkah "Pemeriksaan berkas" milik "Kabid Postel" adalah "Dokumen Administrasi"
    # Nama langkah "Pemeriksaan berkas" dipakai lebih dari satu langkah (beda pelaksana); dibedakan dengan milik "<pelaksana>":
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka batas waktu langkah "Pemeriksaan berkas" milik "Kepala Dinas" adalah 20 menit
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka kelengkapan langkah "Pemeriksaan berkas" milik "Kepala Dinas" adalah:
      | kelengkapan |
      | Dokumen Administrasi Adventorial |
      | Media Cetak yang memuat Adventorial |
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka output langkah "Pemeriksaan berkas" milik "Kepala Dinas" adalah "Dokumen Administrasi"
    Maka batas waktu langkah "Penandatanganan berkas" adalah 10 menit
    Maka langkah "Penandatanganan berkas" tidak mempunyai kelengkapan
    Maka output langkah "Penandatanganan berkas" adalah "Berkas"

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    # Persiapan dokumen milik Kasi/PPTK ("↓" baris 344).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..."
    Maka tugas berikutnya adalah "Mempersiapkan kelengkapan Dokumen Administrasi..." untuk "Kasi Bina Pemberdayaan Media Massa (PPTK)"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas.
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan..."
    Ketika "Kasi Bina Pemberdayaan Media Massa (PPTK)" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi..."
    Ketika "Kabid Postel" memutuskan "Ya" pada "Pemeriksaan berkas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
