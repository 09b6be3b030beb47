# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_ktp_asing_hilang.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan KTP Asing Hilang
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_asing_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah:
      | kelengkapan                                                 |
      | Surat Kehilangan Surat Pindah dari Kepolisian               |
      | Surat Pernyataan dari Pemohon ( tandatangan diatas materai) |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Kehilangan Surat Pindah dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan dari Pemohon ( tandatangan diatas materai)"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Dan batas waktu langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..." adalah "Berkas yang sudah diverifikasi; Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan..." untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menerima berkas pengajuan, mengentry data pemohon dan..." adalah:
      | kelengkapan                    |
      | Berkas yang sudah diverifikasi |
      | Blangko KTP-el                 |
      | ATK                            |
      | Aplikasi Benrollment           |
      | Aplikasi B-Card Management     |
    Dan output langkah "Menerima berkas pengajuan, mengentry data pemohon dan..." adalah "KTP ASING"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan..."
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf KTP Asing oleh Kasi" adalah:
      | kelengkapan |
      | KTP Asing   |
    Dan output langkah "Paraf KTP Asing oleh Kasi" adalah "KTP Asing"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Paraf KTP Asing oleh Kabid" adalah:
      | kelengkapan |
      | KTP Asing   |
    Dan output langkah "Paraf KTP Asing oleh Kabid" adalah "KTP Asing"
    Ketika "Kepala Bidang" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan KTP Asing oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan KTP Asing oleh Kadin" adalah:
      | kelengkapan |
      | KTP Asing   |
    Dan output langkah "Tanda tangan KTP Asing oleh Kadin" adalah "KTP Asing"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah 10 menit
    Dan kelengkapan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah:
      | kelengkapan |
      | KTP Asing   |
      | ATK         |
    Dan output langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah "KTP ASING"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..."
    Maka tugas berikutnya adalah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan |
      | KTP Asing   |
      | ATK         |
    Dan output langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah "KTP ASING"
    Ketika "Pemohon" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Kehilangan Surat Pindah dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan dari Pemohon ( tandatangan diatas materai)"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..."
    Dan "Pemohon" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

