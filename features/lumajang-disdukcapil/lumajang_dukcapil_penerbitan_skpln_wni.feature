# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_skpln_wni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Pindah ke Luar Negeri / SKPLN WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpln_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." adalah:
      | kelengkapan                 |
      | Surat Pindah dari Desa &Kec |
      | KK Asli                     |
      | KTP Asli                    |
      | Fc Surat Nikah / Akta Cerai |
      | Foto 4X6 = 1 Lembar         |
      | Sponsor                     |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Pindah dari Desa &Kec"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
    Dan output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah 2 hari kerja
    Dan kelengkapan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah:
      | kelengkapan                 |
      | Berkas Pengajuan dari Loket |
    Dan output langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah "SKPLN WNI"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Maka tugas berikutnya adalah "Paraf SKPLN oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf SKPLN oleh Kasi" adalah:
      | kelengkapan |
      | SKPLN WNI   |
    Dan output langkah "Paraf SKPLN oleh Kasi" adalah "SKPLN WNI"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf SKPLN oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKPLN oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan SKPLN oleh Kadin" adalah:
      | kelengkapan |
      | SKPLN WNI   |
    Dan output langkah "Tanda tangan SKPLN oleh Kadin" adalah "SKPLN WNI"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKPLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..." adalah:
      | kelengkapan             |
      | SKPLN WNI dari operator |
    Dan output langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..." adalah "SKPLN WNI"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan                        |
      | SKPLN WNI dari petugas pengambilan |
    Dan output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah "SKPLN WNI"
    Ketika "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data KK sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Pindah dari Desa &Kec"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..." untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah..."
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf SKPLN oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKPLN oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister..."
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

