# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pembukuan_bku.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUKUAN KE BUKU KAS UMUM
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: JFU, BENDAHARA, KASUBBAG, KEPALA DINAS

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pembukuan_bku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "JFU" memulai SOP
    Maka tugas berikutnya adalah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" untuk "JFU"
    Dan batas waktu langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah 45 menit
    Dan kelengkapan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah:
      | kelengkapan |
      | Kuitansi    |
      | ATK         |
    Dan output langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah "Paraf"
    Ketika "JFU" melampirkan dokumen "Kuitansi"
    Dan "JFU" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Maka tugas berikutnya adalah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" untuk "BENDAHARA"
    Dan "JFU" tidak dapat menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Dan batas waktu langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah 1 jam
    Dan kelengkapan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah "Paraf"
    Ketika "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." untuk "BENDAHARA"
    Dan batas waktu langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah 30 menit
    Dan kelengkapan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah "Paraf"
    Ketika "BENDAHARA" menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Maka tugas berikutnya adalah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" untuk "KASUBBAG"
    Dan batas waktu langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah 30 menit
    Dan kelengkapan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah "Paraf"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    Maka tugas berikutnya adalah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." untuk "BENDAHARA"
    Dan batas waktu langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah 30 menit
    Dan kelengkapan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah "Paraf"
    Ketika "BENDAHARA" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..."
    Maka tugas berikutnya adalah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" untuk "BENDAHARA"
    Dan batas waktu langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah 30 menit
    Dan kelengkapan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah "Paraf"
    Ketika "BENDAHARA" menyelesaikan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas"
    Maka SOP selesai

  Skenario: Langkah 4 "BKU sudah benar dan diparaf?" dijawab "Tidak", kembali ke langkah 3
    Ketika "JFU" memulai SOP
    Dan "JFU" melampirkan dokumen "Kuitansi"
    Dan "JFU" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Dan "BENDAHARA" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Dan "BENDAHARA" menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Dan "KASUBBAG" memutuskan "Tidak" pada "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." untuk "BENDAHARA"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "BENDAHARA"
    Ketika "BENDAHARA" menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Dan "KASUBBAG" memutuskan "Ya" pada "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    Dan "BENDAHARA" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..."
    Dan "BENDAHARA" menyelesaikan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas"
    Maka SOP selesai

