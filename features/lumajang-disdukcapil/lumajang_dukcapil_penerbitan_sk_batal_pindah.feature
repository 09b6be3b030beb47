# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_sk_batal_pindah.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Batal Pindah WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sk_batal_pindah" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" adalah:
      | kelengkapan                                               |
      | Surat Keterangan Batal Pindah dari desa                   |
      | Surat Keterangan Pindah WNI Asli                          |
      | Formulir KK KP-1 ( Tandatangan dan Stempel RT, RW, Desa ) |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Keterangan Batal Pindah dari desa"
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan Pindah WNI Asli"
    Dan "Pemohon" melampirkan dokumen "Formulir KK KP-1 ( Tandatangan dan Stempel RT, RW, Desa )"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Batal Pindah..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah..." adalah "Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah..."
    Maka tugas berikutnya adalah "Menerima berkas Batal Pindah dari Loket, Meng-entry..." untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima berkas Batal Pindah dari Loket, Meng-entry..." adalah 30 menit
    Dan kelengkapan langkah "Menerima berkas Batal Pindah dari Loket, Meng-entry..." adalah:
      | kelengkapan                 |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK               |
      | Komputer                    |
      | ATK                         |
    Dan output langkah "Menerima berkas Batal Pindah dari Loket, Meng-entry..." adalah "Surat Keterangan Batal Pindah"
    Ketika "Petugas Operator" melampirkan dokumen "Surat Keterangan Batal Pindah"
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas Batal Pindah dari Loket, Meng-entry..."
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah:
      | kelengkapan            |
      | Pengantar Surat Pindah |
    Dan output langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" adalah "Pengantar Surat Pindah"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan surat pindah oleh Kadin" adalah:
      | kelengkapan                   |
      | Surat Keterangan Batal Pindah |
    Dan output langkah "Tanda tangan surat pindah oleh Kadin" adalah "Surat Keterangan Batal Pindah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Batal Pindah Pindah dari..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima Surat Keterangan Batal Pindah Pindah dari..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Keterangan Batal Pindah Pindah dari..." adalah:
      | kelengkapan                   |
      | SK Batal Pindah dari operator |
      | ATK                           |
    Dan output langkah "Menerima Surat Keterangan Batal Pindah Pindah dari..." adalah "Surat Keterangan Batal Pindah"
    Ketika "Petugas Pengambilan" melampirkan dokumen "SK Batal Pindah dari operator"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Batal Pindah Pindah dari..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan     |
      | SK Batal Pindah |
    Dan output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..." adalah "Surat Keterangan Batal Pindah"
    Ketika "Pemohon" melampirkan dokumen "SK Batal Pindah"
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data KK sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan Batal Pindah dari desa"
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan Pindah WNI Asli"
    Dan "Pemohon" melampirkan dokumen "Formulir KK KP-1 ( Tandatangan dan Stempel RT, RW, Desa )"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah..."
    Dan "Petugas Operator" melampirkan dokumen "Surat Keterangan Batal Pindah"
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas Batal Pindah dari Loket, Meng-entry..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Dan "Petugas Pengambilan" melampirkan dokumen "SK Batal Pindah dari operator"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Keterangan Batal Pindah Pindah dari..."
    Dan "Pemohon" melampirkan dokumen "SK Batal Pindah"
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

