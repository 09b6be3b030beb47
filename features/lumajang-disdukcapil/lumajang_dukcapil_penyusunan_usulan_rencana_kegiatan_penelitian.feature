# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_usulan_rencana_kegiatan_penelitian.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Usulan Rencana Kegiatan Penelitian
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_usulan_rencana_kegiatan_penelitian" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk membuat usulan kegiatan penelitian" adalah 10 menit
    Dan output langkah "Memerintahkan untuk membuat usulan kegiatan penelitian" adalah "Disposisi"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Dan batas waktu langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah 10 menit
    Dan kelengkapan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah:
      | kelengkapan |
      | Disposisi   |
    Dan output langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah "Disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Membuat konsep surat permintaan usulan kegiatan penelitian" adalah 10 menit
    Dan output langkah "Membuat konsep surat permintaan usulan kegiatan penelitian" adalah "Konsep surat rencana usulan kegiatan penelitian"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah 30 menit
    Dan kelengkapan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah:
      | kelengkapan                                     |
      | Konsep surat rencana usulan kegiatan penelitian |
    Dan output langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah "Konsep surat rencana usulan kegiatan penelitian"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa hasil ketikan surat permintaan usulan kegiatan..." adalah 15 menit
    Dan kelengkapan langkah "Memeriksa hasil ketikan surat permintaan usulan kegiatan..." adalah:
      | kelengkapan                                        |
      | Konsep surat permintaan usulan kegiatan penelitian |
    Dan output langkah "Memeriksa hasil ketikan surat permintaan usulan kegiatan..." adalah "Surat Permintaan Usulan Kegiatan Penelitian"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" melampirkan dokumen "Surat Permintaan Usulan Kegiatan Penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan. Jika setuju..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa surat permintaan usulan kegiatan. Jika setuju..." adalah 15 menit
    Dan kelengkapan langkah "Memeriksa surat permintaan usulan kegiatan. Jika setuju..." adalah:
      | kelengkapan                                 |
      | Surat Permintaan Usulan Kegiatan Penelitian |
    Dan output langkah "Memeriksa surat permintaan usulan kegiatan. Jika setuju..." adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah diparaf"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan. Jika setuju..."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                                                    |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan                                                           |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Dan output langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan                                                           |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Dan output langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 30 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                                                           |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan." adalah "Bukti surat permintaan yang telah diagenda dan tanda bukti pengiriman."
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 5 "Ketikan surat permintaan usulan kegiatan penelitian disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Dan "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" melampirkan dokumen "Surat Permintaan Usulan Kegiatan Penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan. Jika setuju..."
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 6 "Surat permintaan usulan kegiatan disetujui?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Dan "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" melampirkan dokumen "Surat Permintaan Usulan Kegiatan Penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa surat permintaan usulan kegiatan. Jika setuju..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan. Jika setuju..."
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

