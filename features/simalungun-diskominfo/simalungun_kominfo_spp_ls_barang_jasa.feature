# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_spp_ls_barang_jasa.bpmn (sop features draft); sunting seperlunya.
Fitur: PENGAJUAN SPP LS PEMBAYARAN BARANG JASA
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: PPTK, Bendahara Pengeluaran, Pejabat Penatausahaan Keuangan, Pengguna Anggaran

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_ls_barang_jasa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PPTK" memulai SOP
    Maka tugas berikutnya adalah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..." untuk "PPTK"
    Dan batas waktu langkah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..." adalah 1 hari kerja
    Dan kelengkapan langkah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..." adalah:
      | kelengkapan                                                           |
      | SSP dengan faktur pajak PPN dan PPH                                   |
      | Surat setoran pajak, Surat setoran retribusi                          |
      | SPK / KONTRAK                                                         |
      | B.A. Penyelesaian Pekerjaan                                           |
      | B.A. Serah terima barang dan jasa                                     |
      | BAP                                                                   |
      | Kuitansi, nota / faktur                                               |
      | Surat pemberitahuan potongan denda dari PPTK bila pekerjaan terlambat |
    Dan output langkah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..." adalah "SPP LS Pembayaran Barang / Jasa"
    Ketika "PPTK" melampirkan dokumen "Surat setoran pajak, Surat setoran retribusi"
    Dan "PPTK" melampirkan dokumen "Kuitansi, nota / faktur"
    Dan "PPTK" melampirkan dokumen "Surat pemberitahuan potongan denda dari PPTK bila pekerjaan terlambat"
    Dan "PPTK" melampirkan dokumen "SPP LS Pembayaran Barang / Jasa"
    Dan "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..."
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP – LS pembayaran barang dan..." untuk "Bendahara Pengeluaran"
    Dan "PPTK" tidak dapat menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..."
    Dan batas waktu langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..." adalah 30 menit
    Dan kelengkapan langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..." adalah:
      | kelengkapan                       |
      | SPP – LS Pembayaran Barang / Jasa |
      | Dokumen Lain                      |
    Dan output langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..." adalah "SPP - LS Pembayaran Barang / Jasa"
    Ketika "Bendahara Pengeluaran" melampirkan dokumen "SPP – LS Pembayaran Barang / Jasa"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP - LS Pembayaran Barang / Jasa"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..." adalah 30 menit
    Dan kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..." adalah:
      | kelengkapan                      |
      | SPP- LS Pembayaran Barang / Jasa |
      | SPD                              |
      | DPA-SKPD                         |
    Dan output langkah "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..." adalah "SPP – LS Pembayaran Barang / Jasa yang telah lengkap"
    Ketika "Pejabat Penatausahaan Keuangan" melampirkan dokumen "SPP- LS Pembayaran Barang / Jasa"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..."
    Maka tugas berikutnya adalah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..." untuk "Pejabat Penatausahaan Keuangan"
    Dan batas waktu langkah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..." adalah 30 menit
    Dan kelengkapan langkah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..." adalah:
      | kelengkapan                                         |
      | SPP- LS Pembayaran Barang / Jasa yang telah lengkap |
    Dan output langkah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..." adalah "Rancangan SPM"
    Ketika "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..."
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..." untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..." adalah 30 menit
    Dan kelengkapan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..." adalah:
      | kelengkapan                                 |
      | Rancangan SPM - LS Pembayaran Barang / Jasa |
    Dan output langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..." adalah "SPM – LS Pembayaran Barang / Jasa yang sudah ditanda tangani"
    Ketika "Pengguna Anggaran" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..."
    Maka tugas berikutnya adalah "Penerbitan SPM - LS Pembayaran Barang / Jasa" untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah 30 menit
    Dan kelengkapan langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah:
      | kelengkapan                                                 |
      | SPM – LS Pembayaran Barang / Jasa yang sudah ditandatangani |
    Dan output langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah "SPM - LS Pembayaran Barang / Jasa"
    Ketika "Pengguna Anggaran" melampirkan dokumen "SPM - LS Pembayaran Barang / Jasa"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa"
    Maka SOP selesai

  Skenario: Langkah 3 "Dokumen SPP-LS lengkap dan sesuai dengan SPD dan DPA-SKPD?" dijawab "Tidak", kembali ke langkah 2
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "Surat setoran pajak, Surat setoran retribusi"
    Dan "PPTK" melampirkan dokumen "Kuitansi, nota / faktur"
    Dan "PPTK" melampirkan dokumen "Surat pemberitahuan potongan denda dari PPTK bila pekerjaan terlambat"
    Dan "PPTK" melampirkan dokumen "SPP LS Pembayaran Barang / Jasa"
    Dan "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran barang dan..."
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP – LS Pembayaran Barang / Jasa"
    Dan "Bendahara Pengeluaran" melampirkan dokumen "SPP - LS Pembayaran Barang / Jasa"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..."
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP – LS pembayaran barang dan..." untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran barang dan..."
    Dan "Pejabat Penatausahaan Keuangan" melampirkan dokumen "SPP- LS Pembayaran Barang / Jasa"
    Dan "Pejabat Penatausahaan Keuangan" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP – LS Pembayaran..."
    Dan "Pejabat Penatausahaan Keuangan" menyelesaikan langkah "SPP – LS Pembayaran Barang / Jasa berdasar SPD dan..."
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD kepada Kuasa..."
    Dan "Pengguna Anggaran" melampirkan dokumen "SPM - LS Pembayaran Barang / Jasa"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa"
    Maka SOP selesai

