# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_sktt_hilang.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Tempat Tinggal yang Hilang
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sktt_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" adalah:
      | kelengkapan                           |
      | Surat Kehilangan SKTT dari Kepolisian |
      | Surat Pernyataan Hilang dari Pemohon  |
    Dan output langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Kehilangan SKTT dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan Hilang dari Pemohon"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..."
    Dan batas waktu langkah "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Komputer         |
      | ATK              |
    Dan output langkah "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..." adalah "Register Pengajuan; Berkas yang sudah diverifikasi"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" untuk "Petugas Operator"
    Dan batas waktu langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah 2 hari kerja
    Dan kelengkapan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah:
      | kelengkapan           |
      | Berkas Pengajuan SKTT |
      | Aplikasi SIAK         |
      | Blangko SKTT          |
      | ATK                   |
    Dan output langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah" adalah "SKTT"
    Ketika "Petugas Operator" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah"
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf dan tanda tangan pengantar oleh Kasi" adalah:
      | kelengkapan            |
      | Pengantar Surat Pindah |
    Dan output langkah "Paraf dan tanda tangan pengantar oleh Kasi" adalah "Pengantar Surat Pindah"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan oleh Kadin" adalah:
      | kelengkapan |
      | SKTT        |
    Dan output langkah "Tanda tangan oleh Kadin" adalah "SKTT"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dan memberikan legalisir surat..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima Surat Pindah dan memberikan legalisir surat..." adalah 20 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dan memberikan legalisir surat..." adalah:
      | kelengkapan |
      | SKTT        |
      | ATK         |
    Dan output langkah "Menerima Surat Pindah dan memberikan legalisir surat..." adalah "SKTT"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Pindah dan memberikan legalisir surat..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" untuk "Pemohon"
    Dan batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan |
      | SKTT        |
      | ATK         |
    Dan output langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah "SKTT"
    Ketika "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Kehilangan SKTT dari Kepolisian"
    Dan "Pemohon" melampirkan dokumen "Surat Pernyataan Hilang dari Pemohon"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan SKTT dari pemohon, memverifikasi..."
    Dan "Petugas Operator" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah"
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf dan tanda tangan pengantar oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima Surat Pindah dan memberikan legalisir surat..."
    Dan "Pemohon" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

