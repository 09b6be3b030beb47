# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_sktt.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan SKTT
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sktt" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Berkas Pengajuan SKTT" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT" adalah:
      | kelengkapan                                                 |
      | Surat Keterangan Domisili                                   |
      | Fotokopi KITAS dan Passport                                 |
      | Surat Keterangan dari sponsor                               |
      | Fotokopi Surat Nikah/ Akta Perkawinan/ Pelaporan Perkawinan |
      | Fotokopi KK & KTP penanggungjawab                           |
      | SKTT lama atau Surat Kehilangan                             |
      | Foto Berwarna 4x6 2 lmbr, foto berwarna 2x2 1 lmbr          |
    Dan output langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Keterangan Domisili"
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan dari sponsor"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan dari pemohon, memverifikasi..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan dari pemohon, memverifikasi..."
    Dan batas waktu langkah "Menerima berkas pengajuan dari pemohon, memverifikasi..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan dari pemohon, memverifikasi..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan dari pemohon, memverifikasi..." adalah "Register Pengajuan; Berkas yang sudah diverifikasi"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan dari pemohon, memverifikasi..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT" untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT" adalah 4 hari kerja
    Dan kelengkapan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT" adalah:
      | kelengkapan           |
      | Berkas pengajuan SKTT |
      | Aplikasi SIAK         |
      | Blangko SKTT          |
      | ATK                   |
    Dan output langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT" adalah "SKTT"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT"
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Legalisasi SKTT oleh Kasi" adalah:
      | kelengkapan |
      | SKTT        |
    Dan output langkah "Legalisasi SKTT oleh Kasi" adalah "SKTT"
    Ketika "Kepala Seksi" menyelesaikan langkah "Legalisasi SKTT oleh Kasi"
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Legalisasi SKTT oleh Kadin" adalah:
      | kelengkapan |
      | SKTT        |
    Dan output langkah "Legalisasi SKTT oleh Kadin" adalah "SKTT"
    Ketika "Kepala Dinas" menyelesaikan langkah "Legalisasi SKTT oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..." adalah 10 menit
    Dan kelengkapan langkah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..." adalah:
      | kelengkapan |
      | SKTT        |
      | ATK         |
    Dan output langkah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..." adalah "SKTT"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..."
    Maka tugas berikutnya adalah "Menerima SKTT dari petugas pengambilan, menandatangani..." untuk "Pemohon"
    Dan batas waktu langkah "Menerima SKTT dari petugas pengambilan, menandatangani..." adalah 10 menit
    Dan kelengkapan langkah "Menerima SKTT dari petugas pengambilan, menandatangani..." adalah:
      | kelengkapan |
      | SKTT        |
      | ATK         |
    Dan output langkah "Menerima SKTT dari petugas pengambilan, menandatangani..." adalah "Tanda Terima"
    Ketika "Pemohon" menyelesaikan langkah "Menerima SKTT dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan Domisili"
    Dan "Pemohon" melampirkan dokumen "Surat Keterangan dari sponsor"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan dari pemohon, memverifikasi..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Berkas Pengajuan SKTT" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan dari pemohon, memverifikasi..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT"
    Dan "Kepala Seksi" menyelesaikan langkah "Legalisasi SKTT oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Legalisasi SKTT oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Petugas Pengambilan Menerima SKTT, Mengarsipkan dan..."
    Dan "Pemohon" menyelesaikan langkah "Menerima SKTT dari petugas pengambilan, menandatangani..."
    Maka SOP selesai

