# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_skdln_wni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Pindah dari Luar Negeri / SKDLN WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skdln_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." adalah:
      | kelengkapan                                 |
      | Surat keterangan Pindah ke Luar Negeri Asli |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat keterangan Pindah ke Luar Negeri Asli"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Pindah dari..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
    Dan output langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari..." adalah "Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah 2 hari kerja
    Dan kelengkapan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah:
      | kelengkapan                 |
      | Berkas pengajuan dari loket |
    Dan output langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah "SKDLN WNI"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Maka tugas berikutnya adalah "Paraf SKDLN oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf SKDLN oleh Kasi" adalah:
      | kelengkapan |
      | SKDLN WNI   |
    Dan output langkah "Paraf SKDLN oleh Kasi" adalah "SKDLN WNI"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf SKDLN oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKDLN oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan SKDLN oleh Kadin" adalah:
      | kelengkapan |
      | SKDLN WNI   |
    Dan output langkah "Tanda tangan SKDLN oleh Kadin" adalah "SKDLN WNI"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKDLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..." adalah:
      | kelengkapan             |
      | SKDLN WNI dari operator |
    Dan output langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..." adalah "SKDLN WNI"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..."
    Maka tugas berikutnya adalah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" untuk "Pemohon"
    Dan batas waktu langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah 10 menit
    Dan kelengkapan langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah:
      | kelengkapan                        |
      | SKDLN WNI dari petugas pengambilan |
    Dan output langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah "SKDLN WNI"
    Ketika "Pemohon" menyelesaikan langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data KK sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat keterangan Pindah ke Luar Negeri Asli"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf SKDLN oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKDLN oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister..."
    Dan "Pemohon" menyelesaikan langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan"
    Maka SOP selesai

