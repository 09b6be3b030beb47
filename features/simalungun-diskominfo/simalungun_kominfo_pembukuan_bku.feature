# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pembukuan_bku.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUKUAN KE BUKU KAS UMUM
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: Bendahara Pengeluaran, Kepala Sub Bagian, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pembukuan_bku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah 45 menit
    Dan kelengkapan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah:
      | kelengkapan |
      | Kuitansi    |
      | ATK         |
    Dan output langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU" adalah "Paraf"
    Ketika "Bendahara Pengeluaran" melampirkan dokumen "Kuitansi"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Maka tugas berikutnya adalah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah 1 jam
    Dan kelengkapan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" adalah "Paraf"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Maka tugas berikutnya adalah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." untuk "Kepala Sub Bagian"
    Dan "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Dan batas waktu langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah 30 menit
    Dan kelengkapan langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." adalah "Paraf"
    Ketika "Kepala Sub Bagian" memutuskan "Ya" pada "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Maka tugas berikutnya adalah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah 30 menit
    Dan kelengkapan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah:
      | kelengkapan |
      | ATK         |
      | Kuitansi    |
    Dan output langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya" adalah "Paraf"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    Maka tugas berikutnya adalah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah 30 menit
    Dan kelengkapan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..." adalah "Paraf"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..."
    Maka tugas berikutnya adalah "Penandatanganan BKU oleh Kepala Dinas" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Penandatanganan BKU oleh Kepala Dinas" adalah:
      | kelengkapan |
      | BKU         |
    Dan output langkah "Penandatanganan BKU oleh Kepala Dinas" adalah "BKU yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan BKU oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah 30 menit
    Dan kelengkapan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas" adalah "Paraf"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas"
    Maka SOP selesai

  Skenario: Langkah 3 "BKU sudah benar?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Bendahara Pengeluaran" memulai SOP
    Dan "Bendahara Pengeluaran" melampirkan dokumen "Kuitansi"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Merekap tanda bukti penerimaan yang sudah diterima dari JFU"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Dan "Kepala Sub Bagian" memutuskan "Tidak" pada "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mencatat hasil rekapitulasi ke Buku Kas Umum dari JFU"
    Dan "Kepala Sub Bagian" memutuskan "Ya" pada "Mengkoreksi hasil BKU dan melaporkannya ke Kepala Dinas..."
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan BKU kepada Kasubbag untuk diperiksa dan memarafnya"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan BKU yang sudah diperiksa Kasubbag Keuangan..."
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan BKU oleh Kepala Dinas"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Menerima kembali BKU yang sudah ditandatangani dari Kepala Dinas"
    Maka SOP selesai

