# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_laporan_keuangan.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Laporan Keuangan
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian, PPTK, Bendahara Pengeluaran, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_laporan_keuangan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian" memulai SOP
    Maka tugas berikutnya adalah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah 5 menit
    Dan kelengkapan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah:
      | kelengkapan                                                          |
      | Surat masuk, perihal permintaan Laporan Realisasi Fisik dan Keuangan |
    Dan output langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah "Disposisi Surat masuk Permintaan"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Surat masuk, perihal permintaan Laporan Realisasi Fisik dan Keuangan"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian..." untuk "PPTK"
    Dan "Kepala Sub Bagian" tidak dapat menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian..."
    Dan batas waktu langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah 30 menit
    Dan kelengkapan langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah:
      | kelengkapan                         |
      | DPA dan Registrasi SPP/SPM dan SP2D |
    Dan output langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah "Data Jumlah Realisasi Anggaran Perkegiatan"
    Ketika "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian..."
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian..." untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah 30 menit
    Dan kelengkapan langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah:
      | kelengkapan    |
      | SIMDA Keuangan |
    Dan output langkah "Menyiapkan data-data yang berhubungan dengan capaian..." adalah "Print Out Realisasi Anggaran Perkegiatan"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian..."
    Maka tugas berikutnya adalah "Menerima hasil print out tentang capaian realisasi..." untuk "PPTK"
    Dan batas waktu langkah "Menerima hasil print out tentang capaian realisasi..." adalah 15 menit
    Dan kelengkapan langkah "Menerima hasil print out tentang capaian realisasi..." adalah:
      | kelengkapan                              |
      | Print Out Realisasi anggaran perkegiatan |
    Dan output langkah "Menerima hasil print out tentang capaian realisasi..." adalah "Laporan Realisasi Fisik dan Keuangan masing-masing PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi..."
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Menerima laporan realisasi fisik, dan keuangan dari..." adalah 30 menit
    Dan kelengkapan langkah "Menerima laporan realisasi fisik, dan keuangan dari..." adalah:
      | kelengkapan                                   |
      | Laporan Realisasi Keuangan masing-masing PPTK |
    Dan output langkah "Menerima laporan realisasi fisik, dan keuangan dari..." adalah "Laporan Realisasi Fisik dan Keuangan SKPD"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari..."
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..." untuk "Sekretaris"
    Dan batas waktu langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..." adalah 30 menit
    Dan kelengkapan langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..." adalah:
      | kelengkapan                               |
      | Laporan Realisasi Fisik dan Keuangan SKPD |
    Dan output langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..." adalah "Laporan Realisasi Fisik dan Keuangan SKPD yang Valid"
    Ketika "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..."
    Maka tugas berikutnya adalah "Pembuatan surat pengantar pengiriman dan penomoran surat." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Pembuatan surat pengantar pengiriman dan penomoran surat." adalah 10 menit
    Dan kelengkapan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat." adalah:
      | kelengkapan                                          |
      | Laporan Realisasi Fisik dan Keuangan SKPD yang Valid |
    Dan output langkah "Pembuatan surat pengantar pengiriman dan penomoran surat." adalah "Surat pengantar Laporan Realisasi Fisik dan Keuangan SKPD"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Surat pengantar Laporan Realisasi Fisik dan Keuangan SKPD"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat."
    Maka tugas berikutnya adalah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..." untuk "Sekretaris"
    Dan batas waktu langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..." adalah 10 menit
    Dan kelengkapan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..." adalah:
      | kelengkapan                                                   |
      | Surat pengantar dan Laporan Realisasi Fisik dan Keuangan SKPD |
    Dan output langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..." adalah "Persetujuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani"
    Ketika "Sekretaris" melampirkan dokumen "Surat pengantar dan Laporan Realisasi Fisik dan Keuangan SKPD"
    Dan "Sekretaris" menyelesaikan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..."
    Maka tugas berikutnya adalah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" adalah 10 menit
    Dan kelengkapan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" adalah:
      | kelengkapan                                                                |
      | Persetujuan laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani |
    Dan output langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" adalah "Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan"
    Maka tugas berikutnya adalah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah 15 menit
    Dan kelengkapan langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah:
      | kelengkapan                                                         |
      | Laporan Realisasi Fisik dan Keuangan SKPD yang telah ditandatangani |
    Dan output langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah "Laporan Realisasi Fisik dan Keuangan SKPD"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan"
    Maka SOP selesai

  Skenario: Langkah 6 "Rekapitulasi laporan valid?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Sub Bagian" memulai SOP
    Dan "Kepala Sub Bagian" melampirkan dokumen "Surat masuk, perihal permintaan Laporan Realisasi Fisik dan Keuangan"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    Dan "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian..."
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian..."
    Dan "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari..." untuk "Kepala Sub Bagian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari..."
    Dan "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan..."
    Dan "Kepala Sub Bagian" melampirkan dokumen "Surat pengantar Laporan Realisasi Fisik dan Keuangan SKPD"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat."
    Dan "Sekretaris" melampirkan dokumen "Surat pengantar dan Laporan Realisasi Fisik dan Keuangan SKPD"
    Dan "Sekretaris" menyelesaikan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD..."
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan"
    Maka SOP selesai

