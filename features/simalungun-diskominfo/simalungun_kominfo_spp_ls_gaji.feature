# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_spp_ls_gaji.bpmn (sop features draft); sunting seperlunya.
Fitur: PENGAJUAN SPP LS GAJI
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: Pengguna Anggaran, Kuasa Pengguna Anggaran, Pejabat Penatausahaan Keuangan, Bendahara Pengeluaran

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_ls_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pengguna Anggaran" memulai SOP
    Maka tugas berikutnya adalah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah 1 hari kerja
    Dan kelengkapan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah:
      | kelengkapan                            |
      | Surat Penyediaan Dana (SPD) dari PEMDA |
    Dan output langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah "Surat Penyediaan Dana (SPD) dari PEMDA"
    Ketika "Pengguna Anggaran" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..."
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "Bendahara Pengeluaran"
    Dan "Pengguna Anggaran" tidak dapat menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan batas waktu langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah 30 menit
    Dan kelengkapan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah:
      | kelengkapan                 |
      | Surat Pengantar SPP LS Gaji |
      | Ringkasan SPP- LS Gaji      |
      | Rincian SPPLS Gaji          |
    Dan output langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah "SPP - LS Gaji"
    Ketika "Bendahara Pengeluaran" melampirkan dokumen "Surat Pengantar SPP LS Gaji"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP - LS Gaji"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah 30 menit
    Dan kelengkapan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah:
      | kelengkapan   |
      | SPP – LS Gaji |
      | Dokumen Lain  |
    Dan output langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah "SPP - LS Gaji"
    Ketika "Bendahara Pengeluaran" melampirkan dokumen "SPP – LS Gaji"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah 30 menit
    Dan kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah:
      | kelengkapan  |
      | SPP- LS Gaji |
      | SPD          |
      | DPA-SKPD     |
    Dan output langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah "SPP – LS Gaji yang telah lengkap"
    Ketika "Pejabat Penatausahaan Keuangan" melampirkan dokumen "SPP- LS Gaji"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..."
    Maka tugas berikutnya adalah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah 30 menit
    Dan kelengkapan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah:
      | kelengkapan                     |
      | SPP- LS Gaji yang telah lengkap |
    Dan output langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah "Rancangan SPM"
    Ketika "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..."
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." untuk "Kuasa Pengguna Anggaran"
    Dan batas waktu langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah 30 menit
    Dan kelengkapan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah:
      | kelengkapan             |
      | Rancangan SPM - LS Gaji |
    Dan output langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah "SPM – LS Gaji yang sudah ditandatangani"
    Ketika "Kuasa Pengguna Anggaran" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..."
    Maka tugas berikutnya adalah "Penerbitan SPM - LS Gaji" untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Penerbitan SPM - LS Gaji" adalah 10 menit
    Dan kelengkapan langkah "Penerbitan SPM - LS Gaji" adalah:
      | kelengkapan                             |
      | SPM – LS Gaji yang sudah ditandatangani |
    Dan output langkah "Penerbitan SPM - LS Gaji" adalah "SPM - LS Gaji"
    Ketika "Pengguna Anggaran" melampirkan dokumen "SPM - LS Gaji"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM - LS Gaji"
    Maka SOP selesai

  Skenario: Langkah 4 "Dokumen SPP-LS Gaji lengkap dan sesuai dengan SPD dan DPA-SKPD?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Pengguna Anggaran" memulai SOP
    Dan "Pengguna Anggaran" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..."
    Dan "Bendahara Pengeluaran" melampirkan dokumen "Surat Pengantar SPP LS Gaji"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP - LS Gaji"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP – LS Gaji"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Dan "Pejabat Penatausahaan Keuangan" melampirkan dokumen "SPP- LS Gaji"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..."
    Dan "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..."
    Dan "Kuasa Pengguna Anggaran" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..."
    Dan "Pengguna Anggaran" melampirkan dokumen "SPM - LS Gaji"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM - LS Gaji"
    Maka SOP selesai

