# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_adventorial_media_massa.bpmn (sop features draft); sunting seperlunya.
Fitur: Penyebarluasan Informasi Pelaksanaan Pembangunan Daerah melalui Adventorial Media Massa
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Bina Pemberdayaan Media Massa

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_adventorial_media_massa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..."
    Dan batas waktu langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..." adalah 10 menit
    Dan kelengkapan langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..." adalah:
      | kelengkapan      |
      | Lembar disposisi |
    Dan output langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..." adalah "Perintah Kepala Dinas"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..."
    Maka tugas berikutnya adalah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..." untuk "Kepala Seksi Bina Pemberdayaan Media Massa"
    Dan batas waktu langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..." adalah 2 hari kerja
    Dan kelengkapan langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..." adalah:
      | kelengkapan |
      | DPA SKPD    |
      | HSPK        |
      | Komputer    |
      | Printer     |
      | ATK         |
    Dan output langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..." adalah "Dokumen Administrasi"
    Ketika "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 60 menit
    Dan kelengkapan langkah "Pemeriksaan berkas" adalah:
      | kelengkapan                         |
      | Dokumen Administrasi Adventorial    |
      | Media Cetak yang memuat Adventorial |
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 20 menit
    Dan kelengkapan langkah "Pemeriksaan berkas" adalah:
      | kelengkapan                         |
      | Dokumen Administrasi Adventorial    |
      | Media Cetak yang memuat Adventorial |
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan berkas" adalah 10 menit
    Dan output langkah "Penandatanganan berkas" adalah "Berkas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 4 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..."
    Dan "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..." untuk "Kepala Seksi Bina Pemberdayaan Media Massa"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Seksi Bina Pemberdayaan Media Massa"
    Ketika "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 5 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi /PPTK melaksanakan Proses Administrasi..."
    Dan "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan kelengkapan Dokumen Administrasi untuk..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Pos dan Telekomunikasi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

