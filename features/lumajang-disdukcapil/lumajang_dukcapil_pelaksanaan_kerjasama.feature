# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pelaksanaan_kerjasama.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Tata Cara Pelaksanaan Kerjasama
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Kepala Seksi, Kepala Bidang, Kepala Dinas, Bupati

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pelaksanaan_kerjasama" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Penyiapan rencana kerjasama" untuk "Kepala Seksi"
    Dan batas waktu langkah "Penyiapan rencana kerjasama" adalah 2 hari kerja
    Dan kelengkapan langkah "Penyiapan rencana kerjasama" adalah:
      | kelengkapan      |
      | Pengumpulan data |
    Dan output langkah "Penyiapan rencana kerjasama" adalah "Data Kerjasama"
    Ketika "Kepala Seksi" menyelesaikan langkah "Penyiapan rencana kerjasama"
    Maka tugas berikutnya adalah "Mengolah bahan dan menyiapkan materi rapat koordinasi" untuk "Kepala Seksi"
    Dan batas waktu langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah:
      | kelengkapan                      |
      | Data dan bahan rencana kerjasama |
    Dan output langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah "Penyusunan KAK (ToR)"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi"
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "Kepala Dinas"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Dan batas waktu langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah 2 jam
    Dan kelengkapan langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah:
      | kelengkapan |
      | KAK (ToR)   |
    Dan output langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah "Notulen hasil rapat"
    Ketika "Kepala Dinas" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Penyusunan bahan masukan bagi rencana kerjasama" untuk "Kepala Seksi"
    Dan batas waktu langkah "Penyusunan bahan masukan bagi rencana kerjasama" adalah 2 hari kerja
    Dan kelengkapan langkah "Penyusunan bahan masukan bagi rencana kerjasama" adalah:
      | kelengkapan                       |
      | KAK (ToR) dan Notulen hasil rapat |
    Dan output langkah "Penyusunan bahan masukan bagi rencana kerjasama" adalah "Draft Nol PKS"
    Ketika "Kepala Seksi" menyelesaikan langkah "Penyusunan bahan masukan bagi rencana kerjasama"
    Maka tugas berikutnya adalah "Rapat Koordinasi Lintas Sektoral" untuk "Kepala Bidang"
    Dan batas waktu langkah "Rapat Koordinasi Lintas Sektoral" adalah 1 jam
    Dan kelengkapan langkah "Rapat Koordinasi Lintas Sektoral" adalah:
      | kelengkapan                 |
      | KAK (ToR) dan Draft Nol PKS |
    Dan output langkah "Rapat Koordinasi Lintas Sektoral" adalah "Bahan telaah/masukan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Rapat Koordinasi Lintas Sektoral"
    Maka tugas berikutnya adalah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" adalah:
      | kelengkapan                 |
      | Bahan telaah/masukan        |
      | KAK (ToR) dan Draft Nol PKS |
    Dan output langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" adalah "Laporan kepada Bupati"
    Ketika "Kepala Dinas" menyelesaikan langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan"
    Maka tugas berikutnya adalah "Persetujuan Bupati" untuk "Bupati"
    Dan kelengkapan langkah "Persetujuan Bupati" adalah:
      | kelengkapan                 |
      | Bahan telaah/masukan        |
      | KAK (ToR) dan Draft Nol PKS |
    Dan output langkah "Persetujuan Bupati" adalah "Persetujuan Bupati"
    Ketika "Bupati" menyelesaikan langkah "Persetujuan Bupati"
    Maka tugas berikutnya adalah "Penandatanganan Perjanjian Kerjasama" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Perjanjian Kerjasama" adalah 1 jam
    Dan kelengkapan langkah "Penandatanganan Perjanjian Kerjasama" adalah:
      | kelengkapan                   |
      | Persetujuan Bupati            |
      | KAK (ToR) dan Draft Final PKS |
    Dan output langkah "Penandatanganan Perjanjian Kerjasama" adalah "PKS yang telah ditandatangi para pihak"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Perjanjian Kerjasama"
    Maka tugas berikutnya adalah "Agendaris Surat Perjanjian" untuk "Kepala Seksi"
    Dan batas waktu langkah "Agendaris Surat Perjanjian" adalah 2 jam
    Dan kelengkapan langkah "Agendaris Surat Perjanjian" adalah:
      | kelengkapan                            |
      | PKS yang telah ditandatangi para pihak |
    Dan output langkah "Agendaris Surat Perjanjian" adalah "Nomor perjanjian dan pengiriman kepada SKPD terkait"
    Ketika "Kepala Seksi" menyelesaikan langkah "Agendaris Surat Perjanjian"
    Maka tugas berikutnya adalah "Pengarsipan" untuk "Kepala Seksi"
    Dan batas waktu langkah "Pengarsipan" adalah 2 menit
    Dan kelengkapan langkah "Pengarsipan" adalah:
      | kelengkapan                                      |
      | Dokumen PKS yang telah ditandatangani para pihak |
    Dan output langkah "Pengarsipan" adalah "Arsip Perjanjian Kerjasama"
    Ketika "Kepala Seksi" menyelesaikan langkah "Pengarsipan"
    Maka SOP selesai

