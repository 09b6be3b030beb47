# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_spp_ls_gaji.bpmn (sop features draft); sunting seperlunya.
Fitur: PENGAJUAN SPP LS GAJI
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: PENGGUNA ANGGARAN, KUASA PENGGUNA ANGGARAN, PEJABAT PENATAUSAHAAN KEUANGAN, BENDAHARA PENGELUARAN

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_ls_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Maka tugas berikutnya adalah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." untuk "PENGGUNA ANGGARAN"
    Dan batas waktu langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah 1 hari kerja
    Dan kelengkapan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah:
      | kelengkapan                            |
      | Surat Penyediaan Dana (SPD) dari PEMDA |
    Dan output langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..." adalah "Surat Penyediaan Dana (SPD) dari PEMDA"
    Ketika "PENGGUNA ANGGARAN" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..."
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Dan "PENGGUNA ANGGARAN" tidak dapat menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan batas waktu langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah 30 menit
    Dan kelengkapan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah:
      | kelengkapan                 |
      | Surat Pengantar SPP LS Gaji |
      | Ringkasan SPP- LS Gaji      |
      | Rincian SPPLS Gaji          |
    Dan output langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah "SPP - LS Gaji"
    Ketika "BENDAHARA PENGELUARAN" melampirkan dokumen "Surat Pengantar SPP LS Gaji"
    Dan "BENDAHARA PENGELUARAN" melampirkan dokumen "SPP - LS Gaji"
    Dan "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." untuk "BENDAHARA PENGELUARAN"
    Dan batas waktu langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah 30 menit
    Dan kelengkapan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah:
      | kelengkapan   |
      | SPP – LS Gaji |
      | Dokumen Lain  |
    Dan output langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..." adalah "SPP - LS Gaji"
    Ketika "BENDAHARA PENGELUARAN" melampirkan dokumen "SPP – LS Gaji"
    Dan "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Dan batas waktu langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah 30 menit
    Dan kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah:
      | kelengkapan  |
      | SPP- LS Gaji |
      | SPD          |
      | DPA-SKPD     |
    Dan output langkah "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." adalah "SPP – LS Gaji yang telah lengkap"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" melampirkan dokumen "SPP- LS Gaji"
    Dan "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..."
    Maka tugas berikutnya adalah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Dan batas waktu langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah 30 menit
    Dan kelengkapan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah:
      | kelengkapan                     |
      | SPP- LS Gaji yang telah lengkap |
    Dan output langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..." adalah "Rancangan SPM"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..."
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." untuk "KUASA PENGGUNA ANGGARAN"
    Dan batas waktu langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah 30 menit
    Dan kelengkapan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah:
      | kelengkapan             |
      | Rancangan SPM - LS Gaji |
    Dan output langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..." adalah "SPM – LS Gaji yang sudah ditandatangani"
    Ketika "KUASA PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..."
    Maka tugas berikutnya adalah "Penerbitan SPM - LS Gaji" untuk "PENGGUNA ANGGARAN"
    Dan batas waktu langkah "Penerbitan SPM - LS Gaji" adalah 10 menit
    Dan kelengkapan langkah "Penerbitan SPM - LS Gaji" adalah:
      | kelengkapan                             |
      | SPM – LS Gaji yang sudah ditandatangani |
    Dan output langkah "Penerbitan SPM - LS Gaji" adalah "SPM - LS Gaji"
    Ketika "PENGGUNA ANGGARAN" melampirkan dokumen "SPM - LS Gaji"
    Dan "PENGGUNA ANGGARAN" menyelesaikan langkah "Penerbitan SPM - LS Gaji"
    Maka SOP selesai

  Skenario: Langkah 4 "Dokumen SPP-LS Gaji lengkap dan sesuai dengan SPD dan DPA-SKPD?" dijawab "Tidak", kembali ke langkah 2
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Dan "PENGGUNA ANGGARAN" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat Penyediaan Dana..."
    Dan "BENDAHARA PENGELUARAN" melampirkan dokumen "Surat Pengantar SPP LS Gaji"
    Dan "BENDAHARA PENGELUARAN" melampirkan dokumen "SPP - LS Gaji"
    Dan "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan "BENDAHARA PENGELUARAN" melampirkan dokumen "SPP – LS Gaji"
    Dan "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Dan "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Dan "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta Dokumen..."
    Dan "PEJABAT PENATAUSAHAAN KEUANGAN" melampirkan dokumen "SPP- LS Gaji"
    Dan "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Gaji dan..."
    Dan "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA – SKPD yang dinyatakan..."
    Dan "KUASA PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Pengguna..."
    Dan "PENGGUNA ANGGARAN" melampirkan dokumen "SPM - LS Gaji"
    Dan "PENGGUNA ANGGARAN" menyelesaikan langkah "Penerbitan SPM - LS Gaji"
    Maka SOP selesai

