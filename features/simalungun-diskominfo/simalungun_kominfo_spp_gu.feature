# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_spp_gu.bpmn (sop features draft); sunting seperlunya.
Fitur: PENGAJUAN SPP GANTI UANG
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: Pengguna Anggaran, Kuasa Pengguna Anggaran, Pejabat Penatausahaan Keuangan, Bendahara Pengeluaran

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_gu" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pengguna Anggaran" memulai SOP
    Maka tugas berikutnya adalah "Pengguna anggaran menyerahkan surat penyediaan dana..." untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Pengguna anggaran menyerahkan surat penyediaan dana..." adalah 1 hari kerja
    Dan kelengkapan langkah "Pengguna anggaran menyerahkan surat penyediaan dana..." adalah:
      | kelengkapan                          |
      | Surat penyediaan dana SPD dari Pemda |
    Dan output langkah "Pengguna anggaran menyerahkan surat penyediaan dana..." adalah "Surat Penyediaan Dana (SPD) dari PEMDA"
    Ketika "Pengguna Anggaran" melampirkan dokumen "Surat penyediaan dana SPD dari Pemda"
    Dan "Pengguna Anggaran" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Pengguna anggaran menyerahkan surat penyediaan dana..."
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" untuk "Bendahara Pengeluaran"
    Dan "Pengguna Anggaran" tidak dapat menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Dan batas waktu langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah 30 menit
    Dan kelengkapan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah:
      | kelengkapan            |
      | surat pengantar SPP GU |
      | Ringkasan SPP GU       |
      | Surat pengesahan SPJ   |
    Dan output langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah "SPP GU"
    Ketika "Bendahara Pengeluaran" melampirkan dokumen "surat pengantar SPP GU"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "Surat pengesahan SPJ"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP GU"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Maka tugas berikutnya adalah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah:
      | kelengkapan |
      | SPP GU      |
    Dan output langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah "SPP GU"
    Ketika "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..." adalah 30 menit
    Dan kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..." adalah:
      | kelengkapan |
      | Dokumen SPD |
      | DPA SKPD    |
    Dan output langkah "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..." adalah "SPP GU yang telah lengkap"
    Ketika "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..."
    Maka tugas berikutnya adalah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..." adalah 30 menit
    Dan kelengkapan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..." adalah:
      | kelengkapan               |
      | SPP GU yang telah lengkap |
    Dan output langkah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..." adalah "Rancangan SPM"
    Ketika "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..."
    Maka tugas berikutnya adalah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..." untuk "Kuasa Pengguna Anggaran"
    Dan batas waktu langkah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..." adalah 30 menit
    Dan kelengkapan langkah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..." adalah:
      | kelengkapan        |
      | Rancangan SPM - GU |
    Dan output langkah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..." adalah "SPM GU yang sudah ditandatangani"
    Ketika "Kuasa Pengguna Anggaran" menyelesaikan langkah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..."
    Maka tugas berikutnya adalah "Penerbitan SPM- GU" untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Penerbitan SPM- GU" adalah 30 menit
    Dan kelengkapan langkah "Penerbitan SPM- GU" adalah:
      | kelengkapan                      |
      | SPM GU yang sudah ditandatangani |
    Dan output langkah "Penerbitan SPM- GU" adalah "SPM - GU"
    Ketika "Pengguna Anggaran" melampirkan dokumen "SPM - GU"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM- GU"
    Maka SOP selesai

  Skenario: Langkah 4 "Dokumen SPP-GU lengkap dan sesuai dengan SPD dan DPA-SKPD?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Pengguna Anggaran" memulai SOP
    Dan "Pengguna Anggaran" melampirkan dokumen "Surat penyediaan dana SPD dari Pemda"
    Dan "Pengguna Anggaran" melampirkan dokumen "Surat Penyediaan Dana (SPD) dari PEMDA"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Pengguna anggaran menyerahkan surat penyediaan dana..."
    Dan "Bendahara Pengeluaran" melampirkan dokumen "surat pengantar SPP GU"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "Surat pengesahan SPJ"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP GU"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Dan "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Dan "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP- GU dan dokumen..."
    Dan "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang dinyatakan..."
    Dan "Kuasa Pengguna Anggaran" menyelesaikan langkah "Penyerahan rancangan SPM kepada PPK- SKPD Kepada pengguna..."
    Dan "Pengguna Anggaran" melampirkan dokumen "SPM - GU"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM- GU"
    Maka SOP selesai

