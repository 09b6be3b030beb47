# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_kk.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan KK
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_kk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KK" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK" adalah:
      | kelengkapan                                     |
      | Mengisi Form F1.01                              |
      | KK Asli/ Surat Kehilangan                       |
      | Berkas Pendukung lain sesuai perubahan dalam KK |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK" adalah "Berkas Pengajuan"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari pemohon..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Dan batas waktu langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..." adalah 15 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..." adalah:
      | kelengkapan                 |
      | Berkas Pengajuan            |
      | Aplikasi SIAK               |
      | Aplikasi NID Reports        |
      | Aplikasi Duplicate NIK      |
      | Aplikasi Konsolidasi        |
      | Aplikasi register pengajuan |
      | ATK                         |
    Dan output langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..." adalah "Hasil verifikasi data; Register pengajuan; Berkas Pengajuan siap"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari loket..." untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah 30 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah:
      | kelengkapan            |
      | Berkas pengajuan       |
      | Aplikasi SIAK          |
      | Aplikasi Duplicate NIK |
      | Aplikasi Konsolidasi   |
      | Peralatan Cetak KK     |
      | Blangko KK             |
      | ATK                    |
    Dan output langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah "KK"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari loket..."
    Maka tugas berikutnya adalah "Paraf KK oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf KK oleh Kasi" adalah:
      | kelengkapan |
      | KK          |
    Dan output langkah "Paraf KK oleh Kasi" adalah "KK"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf KK oleh Kasi"
    Maka tugas berikutnya adalah "Paraf KK oleh Kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Paraf KK oleh Kabid" adalah:
      | kelengkapan |
      | KK          |
    Dan output langkah "Paraf KK oleh Kabid" adalah "KK"
    Ketika "Kepala Bidang" menyelesaikan langkah "Paraf KK oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan KK oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan KK oleh Kadin" adalah:
      | kelengkapan |
      | KK          |
    Dan output langkah "Tanda tangan KK oleh Kadin" adalah "KK"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan KK oleh Kadin"
    Maka tugas berikutnya adalah "Menerima KK dari operator, memberikan kepada pemohon" untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah 3 menit
    Dan kelengkapan langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah:
      | kelengkapan      |
      | KK dari operator |
      | ATK              |
    Dan output langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah "KK"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima KK dari operator, memberikan kepada pemohon"
    Maka tugas berikutnya adalah "Menerima KK dari petugas pengambilan, mengisi tanda terima" untuk "Pemohon"
    Dan batas waktu langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah 2 menit
    Dan kelengkapan langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan                 |
      | KK dari petugas pengambilan |
    Dan output langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah "Tanda Terima"
    Ketika "Pemohon" menyelesaikan langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data KK sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KK" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari loket..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf KK oleh Kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf KK oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan KK oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima KK dari operator, memberikan kepada pemohon"
    Dan "Pemohon" menyelesaikan langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

