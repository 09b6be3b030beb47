# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_ktp_el_wni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan KTP Elektronik WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_el_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" adalah:
      | kelengkapan                                                         |
      | Fotokopi KK                                                         |
      | KTP Elektronik Asli/ Surat Kehilangan apabila KTP Elektronik hilang |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" adalah "Berkas Pengajuan"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik dari..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari..."
    Dan batas waktu langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari..." adalah 8 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari..." adalah:
      | kelengkapan                 |
      | Berkas Pengajuan            |
      | Aplikasi SIAK               |
      | Aplikasi Konsolidasi        |
      | Aplikasi Bcard Management   |
      | Aplikasi Duplicate NIK      |
      | Aplikasi Register pengajuan |
    Dan output langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari..." adalah "Hasil verifikasi data; Register pengajuan; Berkas Pengajuan Siap"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik." untuk "Petugas Operator"
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik." adalah:
      | kelengkapan      |
      | Berkas pengajuan |
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik."
    Maka tugas berikutnya adalah "Persetujuan dari kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Persetujuan dari kasi" adalah:
      | kelengkapan      |
      | Berkas pengajuan |
    Dan output langkah "Persetujuan dari kasi" adalah "Berkas pengajuan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Persetujuan dari kasi"
    Maka tugas berikutnya adalah "Persetujuan dari kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Persetujuan dari kabid" adalah:
      | kelengkapan      |
      | Berkas pengajuan |
    Dan output langkah "Persetujuan dari kabid" adalah "Berkas pengajuan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Persetujuan dari kabid"
    Maka tugas berikutnya adalah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." untuk "Petugas Operator"
    Dan batas waktu langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah 30 menit
    Dan kelengkapan langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah:
      | kelengkapan               |
      | Berkas pengajuan          |
      | Aplikasi Bcard Management |
      | Blangko KTP Elektronik    |
    Dan output langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah "KTP Elektronik sudah encode"
    Ketika "Petugas Operator" menyelesaikan langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..."
    Maka tugas berikutnya adalah "Menerima KTP Elektronik dari operator. Melakukan proses..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima KTP Elektronik dari operator. Melakukan proses..." adalah 10 menit
    Dan kelengkapan langkah "Menerima KTP Elektronik dari operator. Melakukan proses..." adalah:
      | kelengkapan                       |
      | KTP Elektronik dari operator      |
      | Aplikasi Bcard Management         |
      | Peralatan Aktivasi KTP Elektronik |
      | Pemohon                           |
    Dan output langkah "Menerima KTP Elektronik dari operator. Melakukan proses..." adalah "KTP Elektronik sudah aktivasi"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima KTP Elektronik dari operator. Melakukan proses..."
    Maka tugas berikutnya adalah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" untuk "Pemohon"
    Dan batas waktu langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah 2 menit
    Dan kelengkapan langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan                             |
      | KTP Elektronik dari petugas pengambilan |
      | Buku Tanda Terima                       |
    Dan output langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah "Tanda Terima"
    Ketika "Pemohon" menyelesaikan langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik."
    Dan "Kepala Seksi" menyelesaikan langkah "Persetujuan dari kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Persetujuan dari kabid"
    Dan "Petugas Operator" menyelesaikan langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..."
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima KTP Elektronik dari operator. Melakukan proses..."
    Dan "Pemohon" menyelesaikan langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

