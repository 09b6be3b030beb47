# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyebarluasan_informasi_baliho.bpmn (sop features draft); sunting seperlunya.
Fitur: Penyebarluasan Informasi Pelaksanaan Pemerintahan Daerah melalui Papan Reklame/Baliho
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Pengkajian Analisa Data dan Informasi

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyebarluasan_informasi_baliho" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Dan batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..." adalah 10 menit
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan batas waktu langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." adalah 4 hari kerja
    Dan output langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." adalah "Dokumen Administrasi baliho"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 20 menit
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi baliho"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 15 menit
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan."
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan output langkah "Penandatanganan berkas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 4 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 5 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Pemeriksaan berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Pos dan Telekomunikasi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Pemeriksaan berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

