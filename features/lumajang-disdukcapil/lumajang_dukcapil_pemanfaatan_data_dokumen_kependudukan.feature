# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pemanfaatan_data_dokumen_kependudukan.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Kepala Seksi, Kepala Bidang

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pemanfaatan_data_dokumen_kependudukan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Menyusunan program kerja Seksi Pemanfaatan Data dan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menyusunan program kerja Seksi Pemanfaatan Data dan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menyusunan program kerja Seksi Pemanfaatan Data dan..." adalah:
      | kelengkapan  |
      | Agenda kerja |
      | disposisi    |
    Dan output langkah "Menyusunan program kerja Seksi Pemanfaatan Data dan..." adalah "Program Kerja"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menyusunan program kerja Seksi Pemanfaatan Data dan..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah:
      | kelengkapan  |
      | Agenda kerja |
      | disposisi    |
    Dan output langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..." adalah "Hasil koordinasi kegiatan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang..."
    Maka tugas berikutnya adalah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" untuk "Kepala Seksi"
    Dan batas waktu langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" adalah:
      | kelengkapan  |
      | Agenda kerja |
    Dan output langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" adalah "Petunjuk/ program seksi pemanfaatan data dan dokumen kependudukan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan"
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan program kerja seksi pemanfaatan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Melaksanakan jadwal kegiatan program kerja seksi pemanfaatan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan jadwal kegiatan program kerja seksi pemanfaatan..." adalah:
      | kelengkapan  |
      | Agenda kerja |
    Dan output langkah "Melaksanakan jadwal kegiatan program kerja seksi pemanfaatan..." adalah "Jadwal Kegiatan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Melaksanakan jadwal kegiatan program kerja seksi pemanfaatan..."
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" untuk "Kepala Seksi"
    Dan batas waktu langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah 1 jam
    Dan kelengkapan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah:
      | kelengkapan           |
      | Bahan telaah/ masukan |
    Dan output langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah "Bahan telaah/masukan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan"
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." untuk "Kepala Bidang"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..."
    Dan batas waktu langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah 1 jam
    Dan kelengkapan langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah:
      | kelengkapan                    |
      | Nota Dinas Laporan Pelaksanaan |
    Dan output langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..." adalah "Disposisi Kepala Dinas Kependudukan dan Pencatatan Sipil"
    Ketika "Kepala Bidang" melampirkan dokumen "Nota Dinas Laporan Pelaksanaan"
    Dan "Kepala Bidang" menyelesaikan langkah "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan..."
    Maka SOP selesai

