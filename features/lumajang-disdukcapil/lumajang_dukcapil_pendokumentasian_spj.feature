# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pendokumentasian_spj.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Pendokumentasian SPJ
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pendokumentasian_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima, menghimpun SPJ Kegiatan dari Bidang sebagai..." untuk "Staf"
    Dan batas waktu langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang sebagai..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang sebagai..." adalah:
      | kelengkapan  |
      | Nota Belanja |
      | DPA          |
    Dan output langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang sebagai..." adalah "SPJ"
    Ketika "Staf" melampirkan dokumen "Nota Belanja"
    Dan "Staf" melampirkan dokumen "SPJ"
    Dan "Staf" menyelesaikan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang sebagai..."
    Maka tugas berikutnya adalah "Menyusun, Mengkoreksi SPJ dari Bidang" untuk "Kepala Sub Bagian"
    Dan "Staf" tidak dapat menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Dan batas waktu langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah "SPJ"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Maka tugas berikutnya adalah "Melaksanakan penggandaan guna kelengkapan proses SPJ" untuk "Staf"
    Dan batas waktu langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah:
      | kelengkapan      |
      | Nota Penggandaan |
    Dan output langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah "SPJ"
    Ketika "Staf" melampirkan dokumen "Nota Penggandaan"
    Dan "Staf" menyelesaikan langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ"
    Maka tugas berikutnya adalah "Membantu mempersiapkan data sebagai bahan dalam membuat..." untuk "Staf"
    Dan batas waktu langkah "Membantu mempersiapkan data sebagai bahan dalam membuat..." adalah 2 jam
    Dan kelengkapan langkah "Membantu mempersiapkan data sebagai bahan dalam membuat..." adalah:
      | kelengkapan |
      | Data        |
    Dan output langkah "Membantu mempersiapkan data sebagai bahan dalam membuat..." adalah "Buku Laporan"
    Ketika "Staf" menyelesaikan langkah "Membantu mempersiapkan data sebagai bahan dalam membuat..."
    Maka tugas berikutnya adalah "Pemberian Paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Pemberian Paraf" adalah 1 jam
    Dan output langkah "Pemberian Paraf" adalah "SPJ dan Laporan"
    Ketika "Sekretaris" melampirkan dokumen "SPJ dan Laporan"
    Dan "Sekretaris" menyelesaikan langkah "Pemberian Paraf"
    Maka tugas berikutnya adalah "Pemberian Tanda Tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Pemberian Tanda Tangan" adalah 2 hari kerja
    Dan output langkah "Pemberian Tanda Tangan" adalah "Buku Laporan SPJ"
    Ketika "Kepala Dinas" menyelesaikan langkah "Pemberian Tanda Tangan"
    Maka tugas berikutnya adalah "Memerintahkan penyimpanan dokumen SPJ" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan penyimpanan dokumen SPJ" adalah 1 jam
    Dan output langkah "Memerintahkan penyimpanan dokumen SPJ" adalah "Arsip SPJ"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan penyimpanan dokumen SPJ"
    Maka SOP selesai

