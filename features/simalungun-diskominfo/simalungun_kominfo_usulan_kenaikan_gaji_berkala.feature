# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_usulan_kenaikan_gaji_berkala.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUATAN USULAN KENAIKAN GAJI BERKALA
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Sekretaris, Kepala Sub Bagian, Staf

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usulan_kenaikan_gaji_berkala" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Sekretaris" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Kasubbag Umum untuk menginformasikan..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." untuk "Kepala Sub Bagian"
    Dan "Sekretaris" tidak dapat menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan batas waktu langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah 30 menit
    Dan kelengkapan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah:
      | kelengkapan |
      | Disposisi   |
    Dan output langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah "Instruksi"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..." untuk "Staf"
    Ketika "Staf" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..."
    Maka tugas berikutnya adalah "Penandatanganan nota dinas oleh Kasubbag umum" untuk "Kepala Sub Bagian"
    Dan kelengkapan langkah "Penandatanganan nota dinas oleh Kasubbag umum" adalah:
      | kelengkapan |
      | Nota dinas  |
    Dan output langkah "Penandatanganan nota dinas oleh Kasubbag umum" adalah "Nota dinas"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Nota dinas"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Penandatanganan nota dinas oleh Kasubbag umum"
    Maka SOP selesai

  Skenario: Langkah 3 "Berkas usulan lengkap?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan "Staf" memutuskan "Tidak" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." untuk "Kepala Sub Bagian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan "Staf" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..."
    Dan "Kepala Sub Bagian" melampirkan dokumen "Nota dinas"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Penandatanganan nota dinas oleh Kasubbag umum"
    Maka SOP selesai

