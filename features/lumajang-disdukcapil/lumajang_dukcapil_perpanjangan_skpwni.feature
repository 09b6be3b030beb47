# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_perpanjangan_skpwni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Perpanjangan Surat Keterangan Pindah WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Legalisir, Petugas Pengambilan, Kepala Seksi

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_perpanjangan_skpwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" adalah:
      | kelengkapan                                                          |
      | Surat Keterangan Pindah WNI Asli dan fotocopy masing-masing 3 lembar |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Keterangan Pindah WNI Asli dan fotocopy masing-masing 3 lembar"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 5 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "SKP WNI"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas loket legalisir menerima berkas Surat Pindah..." untuk "Petugas Legalisir"
    Dan batas waktu langkah "Petugas loket legalisir menerima berkas Surat Pindah..." adalah 15 menit
    Dan kelengkapan langkah "Petugas loket legalisir menerima berkas Surat Pindah..." adalah:
      | kelengkapan        |
      | SKP WNI dari Loket |
      | ATK                |
    Dan output langkah "Petugas loket legalisir menerima berkas Surat Pindah..." adalah "Legalisir SKPWNI; Register legalisir"
    Ketika "Petugas Legalisir" menyelesaikan langkah "Petugas loket legalisir menerima berkas Surat Pindah..."
    Maka tugas berikutnya adalah "Tanda tangan legalisir surat pindah oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Tanda tangan legalisir surat pindah oleh Kasi" adalah:
      | kelengkapan      |
      | Legalisir SKPWNI |
    Dan output langkah "Tanda tangan legalisir surat pindah oleh Kasi" adalah "Legalisir SKPWNI"
    Ketika "Kepala Seksi" menyelesaikan langkah "Tanda tangan legalisir surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Menerima legalisir surat pindah dan meregister legalisir..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima legalisir surat pindah dan meregister legalisir..." adalah 5 menit
    Dan kelengkapan langkah "Menerima legalisir surat pindah dan meregister legalisir..." adalah:
      | kelengkapan           |
      | SKP WNI dari operator |
      | ATK                   |
    Dan output langkah "Menerima legalisir surat pindah dan meregister legalisir..." adalah "Legalisir SKPWNI"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima legalisir surat pindah dan meregister legalisir..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah 5 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan                      |
      | SKP WNI dari petugas pengambilan |
    Dan output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah "Legalisir SKPWNI"
    Ketika "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data Surat Pindah sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan Pindah WNI Asli dan fotocopy masing-masing 3 lembar"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan "Petugas Legalisir" menyelesaikan langkah "Petugas loket legalisir menerima berkas Surat Pindah..."
    Dan "Kepala Seksi" menyelesaikan langkah "Tanda tangan legalisir surat pindah oleh Kasi"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima legalisir surat pindah dan meregister legalisir..."
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

