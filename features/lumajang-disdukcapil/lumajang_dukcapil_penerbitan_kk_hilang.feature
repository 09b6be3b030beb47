# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_kk_hilang.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Kartu Keluarga yang Hilang
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_kk_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi" untuk "Pemohon"
    Dan kelengkapan langkah "Mengambil no.antrian KK dan melengkapi" adalah:
      | kelengkapan                         |
      | Surat kehilangan KK dari desa       |
      | Fotocopy Arsip KK                   |
      | Fotocopy KK                         |
      | Fotocopy dokumen kependudukan (KTP) |
    Dan output langkah "Mengambil no.antrian KK dan melengkapi" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat kehilangan KK dari desa"
    Dan "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Dan batas waktu langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah:
      | kelengkapan       |
      | Berkas Pengajuan  |
      | Aplikasi SIAK     |
      | Aplikasi Nik Luar |
      | Komputer          |
      | Printer           |
      | ATK               |
    Dan output langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah "Berkas Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Maka tugas berikutnya adalah "Memberikan bukti pengambilan KK" untuk "Petugas Loket"
    Dan batas waktu langkah "Memberikan bukti pengambilan KK" adalah 2 menit
    Dan kelengkapan langkah "Memberikan bukti pengambilan KK" adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | ATK              |
      | Komputer         |
    Dan output langkah "Memberikan bukti pengambilan KK" adalah "Tanda Terima"
    Ketika "Petugas Loket" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan benar?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat kehilangan KK dari desa"
    Dan "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Dan "Petugas Loket" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

