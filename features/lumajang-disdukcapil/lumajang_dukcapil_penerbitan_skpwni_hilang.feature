# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_skpwni_hilang.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Pindah WNI / SKP WNI Hilang
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpwni_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" adalah:
      | kelengkapan                                                          |
      | Surat Kehilangan Surat Pindah dari Kepolisian                        |
      | Surat Pernyataan kehilangan dari Pemohon tandatangan di atas materai |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Kehilangan Surat Pindah dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan kehilangan dari Pemohon tandatangan di atas materai"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" untuk "Petugas Operator"
    Dan batas waktu langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah 30 menit
    Dan kelengkapan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah:
      | kelengkapan                 |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK               |
      | Komputer                    |
      | ATK                         |
    Dan output langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah "SKP WNI"
    Ketika "Petugas Operator" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah"
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah:
      | kelengkapan            |
      | Pengantar Surat Pindah |
    Dan output langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah "Pengantar Surat Pindah"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan surat pindah oleh Kadin" adalah:
      | kelengkapan |
      | SKP WNI     |
    Dan output langkah "Tanda tangan surat pindah oleh Kadin" adalah "SKP WNI"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas operator dan meregister..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas operator dan meregister..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas operator dan meregister..." adalah:
      | kelengkapan           |
      | SKP WNI dari operator |
      | ATK                   |
    Dan output langkah "Menerima Surat Pindah dari petugas operator dan meregister..." adalah "SKP WNI; Register Pengambilan"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Pindah dari petugas operator dan meregister..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan                      |
      | SKP WNI dari petugas pengambilan |
    Dan output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah "SKP WNI"
    Ketika "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Kehilangan Surat Pindah dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan kehilangan dari Pemohon tandatangan di atas materai"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Dan "Petugas Operator" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah"
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Pindah dari petugas operator dan meregister..."
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

