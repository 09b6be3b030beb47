# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_skpwni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Pindah WNI / SKP WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah" adalah:
      | kelengkapan                            |
      | Surat Pindah dari Desa &Kec            |
      | KK Asli                                |
      | KTP Asli                               |
      | Fc Surat Nikah / Akta Cerai            |
      | Foto 4X6 = 1 Lembar                    |
      | Surat Ijin Ortu mengetahui Desa        |
      | Surat Ijin Suami/Istri mengetahui Desa |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Pindah" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Pindah dari Desa &Kec"
    Dan "Pemohon" melampirkan dokumen "Surat Ijin Ortu mengetahui Desa"
    Dan "Pemohon" melampirkan dokumen "Surat Ijin Suami/Istri mengetahui Desa"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 13 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "Berkas siap; Register pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah 30 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah:
      | kelengkapan             |
      | Berkas Pengajuan SKPWNI |
      | Aplikasi SIAK           |
      | Komputer                |
      | ATK                     |
    Dan output langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan" adalah "SKP WNI"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah:
      | kelengkapan            |
      | Pengantar Surat Pindah |
    Dan output langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah "Pengantar Surat Pindah"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid" adalah:
      | kelengkapan            |
      | Pengantar Surat Pindah |
    Dan output langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid" adalah "Pengantar Surat Pindah"
    Ketika "Kepala Bidang" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan surat pindah oleh Kadin" adalah:
      | kelengkapan |
      | SKP WNI     |
    Dan output langkah "Tanda tangan surat pindah oleh Kadin" adalah "SKP WNI"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima berkas Surat Pindah dari operator, meregister..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima berkas Surat Pindah dari operator, meregister..." adalah 5 menit
    Dan kelengkapan langkah "Menerima berkas Surat Pindah dari operator, meregister..." adalah:
      | kelengkapan           |
      | SKP WNI dari operator |
      | ATK                   |
    Dan output langkah "Menerima berkas Surat Pindah dari operator, meregister..." adalah "SKP WNI"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima berkas Surat Pindah dari operator, meregister..."
    Maka tugas berikutnya adalah "Pemohon menerima Surat Pindah dari petugas pengambilan..." untuk "Pemohon"
    Dan batas waktu langkah "Pemohon menerima Surat Pindah dari petugas pengambilan..." adalah 2 menit
    Dan kelengkapan langkah "Pemohon menerima Surat Pindah dari petugas pengambilan..." adalah:
      | kelengkapan                      |
      | SKP WNI dari petugas pengambilan |
    Dan output langkah "Pemohon menerima Surat Pindah dari petugas pengambilan..." adalah "Tanda Terima"
    Ketika "Pemohon" menyelesaikan langkah "Pemohon menerima Surat Pindah dari petugas pengambilan..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data KK sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Pindah dari Desa &Kec"
    Dan "Pemohon" melampirkan dokumen "Surat Ijin Ortu mengetahui Desa"
    Dan "Pemohon" melampirkan dokumen "Surat Ijin Suami/Istri mengetahui Desa"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Meng-entry Data dan Pencetakan"
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima berkas Surat Pindah dari operator, meregister..."
    Dan "Pemohon" menyelesaikan langkah "Pemohon menerima Surat Pindah dari petugas pengambilan..."
    Maka SOP selesai

