# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_spj.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan SPJ (SOP nomor 12.01.32.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: PPTK, Bendahara Pengeluaran, Kepala Sub Bagian Keuangan

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PPTK" memulai SOP
    Maka tugas berikutnya adalah "Penyerahan SPJ" untuk "PPTK"
    Dan batas waktu langkah "Penyerahan SPJ" adalah 1 jam
    Dan kelengkapan langkah "Penyerahan SPJ" adalah:
      | kelengkapan |
      | SPJ         |
    Dan output langkah "Penyerahan SPJ" adalah "SPJ dikirim"
    Ketika "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
    Dan "PPTK" tidak dapat menyelesaikan langkah "Penerimaan SPJ"
    Dan batas waktu langkah "Penerimaan SPJ" adalah 1 jam
    Dan kelengkapan langkah "Penerimaan SPJ" adalah:
      | kelengkapan |
      | SPJ dikirim |
    Dan output langkah "Penerimaan SPJ" adalah "SPJ diterima"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Maka tugas berikutnya adalah "Verifikasi SPJ" untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Verifikasi SPJ" adalah 1 jam
    Dan kelengkapan langkah "Verifikasi SPJ" adalah:
      | kelengkapan  |
      | SPJ diterima |
    Dan output langkah "Verifikasi SPJ" adalah "SPJ diverifikasi"
    Ketika "Kepala Sub Bagian Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"
    Maka tugas berikutnya adalah "Input SPJ" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Input SPJ" adalah 1 jam
    Dan kelengkapan langkah "Input SPJ" adalah:
      | kelengkapan      |
      | SPJ diverifikasi |
    Dan output langkah "Input SPJ" adalah "SPJ diinput"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Input SPJ"
    Maka tugas berikutnya adalah "Penggandaan dan Pengarsipan" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Penggandaan dan Pengarsipan" adalah 1 jam
    Dan kelengkapan langkah "Penggandaan dan Pengarsipan" adalah:
      | kelengkapan            |
      | SPJ yang telah diinput |
    Dan output langkah "Penggandaan dan Pengarsipan" adalah "SPJ telah digandakan dan diarsipkan"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penggandaan dan Pengarsipan"
    Maka SOP selesai

  Skenario: Langkah 3 "SPJ lengkap dan benar?" dijawab "Tidak", kembali ke langkah 2
    Ketika "PPTK" memulai SOP
    Dan "PPTK" melampirkan dokumen "SPJ"
    Dan "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Tidak" pada "Verifikasi SPJ" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Input SPJ"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Penggandaan dan Pengarsipan"
    Maka SOP selesai

