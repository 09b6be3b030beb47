# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penambahan_anggota_keluarga.bpmn (sop features draft); sunting seperlunya.
Fitur: Penambahan Anggota Keluarga
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Perekaman, Petugas Perbaikan Data

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penambahan_anggota_keluarga" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" untuk "Pemohon"
    Dan kelengkapan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" adalah:
      | kelengkapan                        |
      | Mengisi Form F1.01                 |
      | KK asli/ KK yg akan ditumpangi     |
      | Fotocopy Akta kelahiran            |
      | Fotocopy Surat Nikah               |
      | Pernyataan Tambah Anggota Keluarga |
      | Keterangan Domisili                |
      | Surat Pindah Datang                |
      | Cek Biometrik (diatas 17 tahun)    |
    Dan output langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Pindah Datang"
    Dan "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Dan batas waktu langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah:
      | kelengkapan                |
      | Berkas Pengajuan           |
      | Aplikasi SIAK              |
      | Aplikasi Konsolidasi Pusat |
      | Aplikasi Nik Luar          |
      | Komputer                   |
      | Printer                    |
      | ATK                        |
    Dan output langkah "Menerima berkas pengajuan KK dari pemohon, mengecek..." adalah "Berkas Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Maka tugas berikutnya adalah "Melakukan pengecekan biometrik" untuk "Petugas Perekaman"
    Dan batas waktu langkah "Melakukan pengecekan biometrik" adalah 5 menit
    Dan kelengkapan langkah "Melakukan pengecekan biometrik" adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi Bcard   |
      | Komputer         |
      | ATK              |
    Dan output langkah "Melakukan pengecekan biometrik" adalah "Hasil Biometrik"
    Ketika "Petugas Perekaman" menyelesaikan langkah "Melakukan pengecekan biometrik"
    Maka tugas berikutnya adalah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" untuk "Petugas Perbaikan Data"
    Dan batas waktu langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah 10 menit
    Dan kelengkapan langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah:
      | kelengkapan       |
      | Berkas siap entry |
      | Aplikasi SIAK     |
      | Komputer          |
      | Printer           |
      | ATK               |
    Dan output langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah "Print Out KK"
    Ketika "Petugas Perbaikan Data" menyelesaikan langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry"
    Maka tugas berikutnya adalah "Meregister berkas pengajuan KK" untuk "Petugas Loket"
    Dan batas waktu langkah "Meregister berkas pengajuan KK" adalah 2 menit
    Dan kelengkapan langkah "Meregister berkas pengajuan KK" adalah:
      | kelengkapan               |
      | Berkas yang sudah dientry |
      | Komputer                  |
      | ATK                       |
    Dan output langkah "Meregister berkas pengajuan KK" adalah "Berkas yang sudah dientry"
    Ketika "Petugas Loket" menyelesaikan langkah "Meregister berkas pengajuan KK"
    Maka tugas berikutnya adalah "Memberikan bukti pengambilan KK" untuk "Petugas Loket"
    Dan batas waktu langkah "Memberikan bukti pengambilan KK" adalah 2 menit
    Dan kelengkapan langkah "Memberikan bukti pengambilan KK" adalah:
      | kelengkapan               |
      | Berkas yang sudah dientry |
      | Komputer                  |
      | ATK                       |
    Dan output langkah "Memberikan bukti pengambilan KK" adalah "Tanda Terima"
    Ketika "Petugas Loket" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan benar?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Pindah Datang"
    Dan "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek..."
    Dan "Petugas Perekaman" menyelesaikan langkah "Melakukan pengecekan biometrik"
    Dan "Petugas Perbaikan Data" menyelesaikan langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry"
    Dan "Petugas Loket" menyelesaikan langkah "Meregister berkas pengajuan KK"
    Dan "Petugas Loket" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

