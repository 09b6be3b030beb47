# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_inovasi_pelayanan.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Tata Cara Pelaksanaan Inovasi Pelayanan
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_inovasi_pelayanan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk..." adalah:
      | kelengkapan  |
      | Agenda kerja |
      | disposisi    |
    Dan output langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk..." adalah "Program kerja"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah 1 jam
    Dan kelengkapan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah:
      | kelengkapan  |
      | Agenda kerja |
      | disposisi    |
    Dan output langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah "Hasil koordinasi kegiatan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang di Dinas..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Melaksanakan koordinasi dengan semua Bidang di Dinas..." adalah 2 hari kerja
    Dan kelengkapan langkah "Melaksanakan koordinasi dengan semua Bidang di Dinas..." adalah:
      | kelengkapan  |
      | Agenda kerja |
    Dan output langkah "Melaksanakan koordinasi dengan semua Bidang di Dinas..." adalah "Hasil koordinasi kegiatan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang di Dinas..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi..." adalah 2 hari kerja
    Dan kelengkapan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi..." adalah:
      | kelengkapan                    |
      | Data dan bahan rencana inovasi |
    Dan output langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi..." adalah "Bahan rapat koordinasi"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi..."
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "Kepala Dinas"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Dan batas waktu langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah 2 jam
    Dan kelengkapan langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah:
      | kelengkapan                     |
      | Data dan bahan rapat koordinasi |
    Dan output langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah "Notulen hasil rapat"
    Ketika "Kepala Dinas" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern dalam rangka..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menelaah hasil rapat koordinasi intern dalam rangka..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menelaah hasil rapat koordinasi intern dalam rangka..." adalah:
      | kelengkapan          |
      | Penyusunan KAK / ToR |
    Dan output langkah "Menelaah hasil rapat koordinasi intern dalam rangka..." adalah "Bahan telaah"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menelaah hasil rapat koordinasi intern dalam rangka..."
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan koordinasi, menyusun rencana..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Melaksanakan jadwal kegiatan koordinasi, menyusun rencana..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan jadwal kegiatan koordinasi, menyusun rencana..." adalah:
      | kelengkapan                     |
      | Bahan telaah hasil rapat intern |
    Dan output langkah "Melaksanakan jadwal kegiatan koordinasi, menyusun rencana..." adalah "Pelaksanaan inovasi"
    Ketika "Kepala Seksi" menyelesaikan langkah "Melaksanakan jadwal kegiatan koordinasi, menyusun rencana..."
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan..." adalah 1 jam
    Dan kelengkapan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan..." adalah:
      | kelengkapan          |
      | Bahan telaah/masukan |
    Dan output langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan..." adalah "Bahan telaah/masukan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan..."
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." untuk "Kepala Bidang"
    Dan batas waktu langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah:
      | kelengkapan                    |
      | Nota Dinas Laporan Pelaksanaan |
    Dan output langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah "Disposisi Kepala Dinas Kependudukan & Pencatatan Sipil"
    Ketika "Kepala Bidang" melampirkan dokumen "Nota Dinas Laporan Pelaksanaan"
    Dan "Kepala Bidang" menyelesaikan langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..."
    Maka SOP selesai

