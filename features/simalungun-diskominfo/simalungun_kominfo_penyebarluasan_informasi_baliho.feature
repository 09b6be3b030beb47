# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyebarluasan_informasi_baliho.bpmn (sop features draft); sunting seperlunya.
Fitur: Penyebarluasan Informasi Pelaksanaan Pemerintahan Daerah melalui Papan Reklame/Baliho
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Kabid Postel, Kasi Pengkajian Analisa Data dan Informasi (PPTK), PPK, Pj. Pengadaan, Rekanan, Penerima dan Pemeriksa, Penyimpan Barang

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyebarluasan_informasi_baliho" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..." adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Penyebarluasan Informasi..."
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..." untuk "Kabid Postel"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Dan batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..." adalah 10 menit
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Penyebarluasan..."
    Maka tugas berikutnya adalah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." untuk "Kasi Pengkajian Analisa Data dan Informasi (PPTK)"
    Dan batas waktu langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." adalah 4 hari kerja
    Dan output langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..." adalah "Dokumen Administrasi baliho"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi (PPTK)" menyelesaikan langkah "Mempersiapkan Dokumen Administrasi Baliho Penyebarluasan..."
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kabid Postel"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 20 menit
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi baliho"
    Ketika "Kabid Postel" menyelesaikan langkah "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Pemeriksaan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Pemeriksaan berkas" adalah 15 menit
    Dan output langkah "Pemeriksaan berkas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan."
    Ketika "Kepala Dinas" menyelesaikan langkah "Pemeriksaan berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan output langkah "Penandatanganan berkas" adalah "Dokumen Administrasi baliho; Foto Kegiatan; Laporan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

