# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_usulan_kenaikan_gaji_berkala.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUATAN USULAN KENAIKAN GAJI BERKALA
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: SEKRETARIS, KASUBBAG, JFU, KEPALA DINAS

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usulan_kenaikan_gaji_berkala" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "SEKRETARIS" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Kasubbag Umum untuk menginformasikan..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." untuk "KASUBBAG"
    Dan "SEKRETARIS" tidak dapat menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan batas waktu langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah 30 menit
    Dan kelengkapan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah:
      | kelengkapan |
      | Disposisi   |
    Dan output langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." adalah "Instruksi"
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Maka tugas berikutnya adalah "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..." untuk "JFU"
    Ketika "JFU" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..."
    Maka SOP selesai

  Skenario: Langkah 3 "Berkas usulan lengkap?" dijawab "Tidak", kembali ke langkah 2
    Ketika "SEKRETARIS" memulai SOP
    Dan "SEKRETARIS" menyelesaikan langkah "Memerintahkan Kasubbag Umum untuk menginformasikan..."
    Dan "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan "JFU" memutuskan "Tidak" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..." untuk "KASUBBAG"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Menugaskan JFU untuk menerima berkas pengajuan kenaikan..."
    Dan "JFU" memutuskan "Ya" pada "Menerima berkas usulan kenaikan Gaji Berkala PNS . Memeriksa..."
    Maka SOP selesai

