# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pelaksanaan_monitoring_evaluasi.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pelaksanaan Monitoring dan Evaluasi
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Tim, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pelaksanaan_monitoring_evaluasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan monitoring" adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan untuk melaksanakan monitoring" adalah:
      | kelengkapan         |
      | Struktur Organisasi |
    Dan output langkah "Memerintahkan untuk melaksanakan monitoring" adalah "Draft Tim Monitoring"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membentuk Tim Monitoring"
    Dan batas waktu langkah "Membentuk Tim Monitoring" adalah 30 menit
    Dan kelengkapan langkah "Membentuk Tim Monitoring" adalah:
      | kelengkapan          |
      | Draft Tim Monitoring |
    Dan output langkah "Membentuk Tim Monitoring" adalah "Tim Monitoring"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring" untuk "Tim"
    Dan batas waktu langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring" adalah 3 hari kerja
    Dan kelengkapan langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring" adalah:
      | kelengkapan    |
      | Tim Monitoring |
    Dan output langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring" adalah "Rencana Kegiatan Monitoring, dan data monitoring"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring"
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah 1 hari kerja
    Dan kelengkapan langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah:
      | kelengkapan     |
      | Data monitoring |
    Dan output langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah "Konsep laporan Monev"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik Konsep laporan" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik Konsep laporan" adalah:
      | kelengkapan          |
      | Konsep laporan Monev |
    Dan output langkah "Mengetik Konsep laporan" adalah "Konsep laporan Monev"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan, Jika setuju..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa hasil ketikan Konsep laporan, Jika setuju..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa hasil ketikan Konsep laporan, Jika setuju..." adalah:
      | kelengkapan          |
      | Konsep laporan Monev |
    Dan output langkah "Memeriksa hasil ketikan Konsep laporan, Jika setuju..." adalah "Laporan Monev"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan, Jika setuju..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev, Jika setuju diserahkan ke..." untuk "Tim"
    Dan batas waktu langkah "Memeriksa laporan monev, Jika setuju diserahkan ke..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa laporan monev, Jika setuju diserahkan ke..." adalah:
      | kelengkapan   |
      | Laporan Monev |
    Dan output langkah "Memeriksa laporan monev, Jika setuju diserahkan ke..." adalah "Laporan Monev yang sudah disetujui Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa laporan monev, Jika setuju diserahkan ke..."
    Maka tugas berikutnya adalah "Memberi paraf dan menyerahkan ke Kaban" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf dan menyerahkan ke Kaban" adalah 15 menit
    Dan kelengkapan langkah "Memberi paraf dan menyerahkan ke Kaban" adalah:
      | kelengkapan                            |
      | Laporan Monev yang sudah disetujui Tim |
    Dan output langkah "Memberi paraf dan menyerahkan ke Kaban" adalah "Laporan Monev yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                      |
      | Laporan Monev yang sudah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Laporan Monev yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah 90 menit
    Dan kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah:
      | kelengkapan                             |
      | Laporan Monev yang sudah ditandatangani |
    Dan output langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah "Laporan Monev yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan." adalah:
      | kelengkapan                             |
      | Laporan Monev yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan." adalah "Laporan Monev yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan."
    Maka tugas berikutnya adalah "Menggandakan, mengagenda dan mengarsipkan" untuk "Staf Umum"
    Dan batas waktu langkah "Menggandakan, mengagenda dan mengarsipkan" adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengagenda dan mengarsipkan" adalah:
      | kelengkapan                             |
      | Laporan Monev yang sudah ditandatangani |
    Dan output langkah "Menggandakan, mengagenda dan mengarsipkan" adalah "Penulisan di buku agenda"
    Ketika "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda dan mengarsipkan"
    Maka SOP selesai

  Skenario: Langkah 6 "Ketikan konsep laporan disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Dan "Tim" menyelesaikan langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep laporan, Jika setuju..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan, Jika setuju..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa laporan monev, Jika setuju diserahkan ke..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan."
    Dan "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda dan mengarsipkan"
    Maka SOP selesai

  Skenario: Langkah 7 "Laporan monev disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Dan "Tim" menyelesaikan langkah "Menyusun rencana kegiatan, Pelaksanaan kegiatan monitoring"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan, Jika setuju..."
    Dan "Tim" memutuskan "Tidak" pada "Memeriksa laporan monev, Jika setuju diserahkan ke..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan, Jika setuju..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa laporan monev, Jika setuju diserahkan ke..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan."
    Dan "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda dan mengarsipkan"
    Maka SOP selesai

