# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penerimaan_barang_inventaris.bpmn (sop features draft); sunting seperlunya.
Fitur: PENERIMAAN DAN PENYIMPANAN BARANG INVENTARIS
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat
  Pelaksana: Penyedia Barang, Tim PPHP, Pejabat Pembuat Komitmen, Pengguna Anggaran, Penyimpan Barang

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penerimaan_barang_inventaris" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Penyedia Barang" memulai SOP
    Maka tugas berikutnya adalah "Penyerahan barang dari pihak ketiga" untuk "Penyedia Barang"
    Dan batas waktu langkah "Penyerahan barang dari pihak ketiga" adalah 1 jam
    Dan kelengkapan langkah "Penyerahan barang dari pihak ketiga" adalah:
      | kelengkapan |
      | SPK         |
    Dan output langkah "Penyerahan barang dari pihak ketiga" adalah "Paraf"
    Ketika "Penyedia Barang" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Maka tugas berikutnya adalah "Pemeriksaan barang dan jasa" untuk "Tim PPHP"
    Dan "Penyedia Barang" tidak dapat menyelesaikan langkah "Pemeriksaan barang dan jasa"
    Dan batas waktu langkah "Pemeriksaan barang dan jasa" adalah 30 menit
    Dan kelengkapan langkah "Pemeriksaan barang dan jasa" adalah:
      | kelengkapan        |
      | Jadwal             |
      | Spesifikasi Barang |
      | SPK                |
    Dan output langkah "Pemeriksaan barang dan jasa" adalah "Berita Acara PPHP Paraf"
    Ketika "Tim PPHP" melampirkan dokumen "Berita Acara PPHP Paraf"
    Dan "Tim PPHP" memutuskan "Ya" pada "Pemeriksaan barang dan jasa"
    Maka tugas berikutnya adalah "Penyerahan barang kepada PPK" untuk "Pejabat Pembuat Komitmen"
    Dan batas waktu langkah "Penyerahan barang kepada PPK" adalah 15 menit
    Dan kelengkapan langkah "Penyerahan barang kepada PPK" adalah:
      | kelengkapan       |
      | Berita Acara PPHP |
    Dan output langkah "Penyerahan barang kepada PPK" adalah "Berita Acara PPHP dan PPK"
    Ketika "Pejabat Pembuat Komitmen" melampirkan dokumen "Berita Acara PPHP"
    Dan "Pejabat Pembuat Komitmen" melampirkan dokumen "Berita Acara PPHP dan PPK"
    Dan "Pejabat Pembuat Komitmen" menyelesaikan langkah "Penyerahan barang kepada PPK"
    Maka tugas berikutnya adalah "Penyerahan barang kepada pengguna anggaran" untuk "Pengguna Anggaran"
    Dan batas waktu langkah "Penyerahan barang kepada pengguna anggaran" adalah 30 menit
    Dan kelengkapan langkah "Penyerahan barang kepada pengguna anggaran" adalah:
      | kelengkapan               |
      | Berita Acara PPHP dan PPK |
    Dan output langkah "Penyerahan barang kepada pengguna anggaran" adalah "Berita Acara hasil penyerahan barang"
    Ketika "Pengguna Anggaran" melampirkan dokumen "Berita Acara hasil penyerahan barang"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penyerahan barang kepada pengguna anggaran"
    Maka tugas berikutnya adalah "Surat perintah menyimpan barang" untuk "Penyimpan Barang"
    Dan batas waktu langkah "Surat perintah menyimpan barang" adalah 30 menit
    Dan kelengkapan langkah "Surat perintah menyimpan barang" adalah:
      | kelengkapan            |
      | Buku Inventaris Barang |
    Dan output langkah "Surat perintah menyimpan barang" adalah "Penyimpanan Barang"
    Ketika "Penyimpan Barang" menyelesaikan langkah "Surat perintah menyimpan barang"
    Maka SOP selesai

  Skenario: Langkah 2 "Barang dan jasa sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Penyedia Barang" memulai SOP
    Dan "Penyedia Barang" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Dan "Tim PPHP" memutuskan "Tidak" pada "Pemeriksaan barang dan jasa" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Penyerahan barang dari pihak ketiga" untuk "Penyedia Barang"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Penyedia Barang"
    Ketika "Penyedia Barang" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Dan "Tim PPHP" melampirkan dokumen "Berita Acara PPHP Paraf"
    Dan "Tim PPHP" memutuskan "Ya" pada "Pemeriksaan barang dan jasa"
    Dan "Pejabat Pembuat Komitmen" melampirkan dokumen "Berita Acara PPHP"
    Dan "Pejabat Pembuat Komitmen" melampirkan dokumen "Berita Acara PPHP dan PPK"
    Dan "Pejabat Pembuat Komitmen" menyelesaikan langkah "Penyerahan barang kepada PPK"
    Dan "Pengguna Anggaran" melampirkan dokumen "Berita Acara hasil penyerahan barang"
    Dan "Pengguna Anggaran" menyelesaikan langkah "Penyerahan barang kepada pengguna anggaran"
    Dan "Penyimpan Barang" menyelesaikan langkah "Surat perintah menyimpan barang"
    Maka SOP selesai

