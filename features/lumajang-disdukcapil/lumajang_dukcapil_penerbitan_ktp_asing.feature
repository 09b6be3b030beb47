# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_ktp_asing.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan KTP Asing
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Perekaman, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_asing" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah:
      | kelengkapan                                                 |
      | Surat Keterangan dari sponsor                               |
      | Fotokopi Surat Nikah/ Akta Perkawinan/ Pelaporan Perkawinan |
      | Fotokopi KK & KTP penanggungjawab                           |
      | SKTT lama atau Surat Kehilangan                             |
      | Foto Berwarna 4x6 2 lmbr, foto berwarna 2x2 1 lmbr          |
      | Formulir KTP dari desa                                      |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Keterangan dari sponsor"
    Dan "Pemohon" melampirkan dokumen "Formulir KTP dari desa"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Dan kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan pencetakan KTP ASING dari..." adalah "Berkas yang sudah diverifikasi; Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Maka tugas berikutnya adalah "Perekaman pemohon" untuk "Petugas Perekaman"
    Ketika "Petugas Perekaman" menyelesaikan langkah "Perekaman pemohon"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan..." untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan..." adalah 4 hari kerja
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
    Dan batas waktu langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah 20 menit
    Dan kelengkapan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah:
      | kelengkapan |
      | KTP Asing   |
      | ATK         |
    Dan output langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..." adalah "KTP ASING"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..."
    Maka tugas berikutnya adalah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan       |
      | Buku Tanda Terima |
      | ATK               |
    Dan output langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..." adalah "KTP ASING"
    Ketika "Pemohon" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan dari sponsor"
    Dan "Pemohon" melampirkan dokumen "Formulir KTP dari desa"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari..."
    Dan "Petugas Perekaman" menyelesaikan langkah "Perekaman pemohon"
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing, Mengarsipkan..."
    Dan "Pemohon" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

