# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_administrasi_data_pegawai.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengadministrasian Data Pegawai
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Umum dan Kepegawaian, Staf, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_administrasi_data_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah:
      | kelengkapan    |
      | Berkas pegawai |
    Dan output langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah "Konsep data pegawai"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Mengetik data pegawai"
    Dan batas waktu langkah "Mengetik data pegawai" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengetik data pegawai" adalah:
      | kelengkapan         |
      | Konsep data pegawai |
    Dan output langkah "Mengetik data pegawai" adalah "Konsep data pegawai"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa konsep data pegawai. Jika setuju, diserahkan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Memeriksa konsep data pegawai. Jika setuju, diserahkan..." adalah:
      | kelengkapan         |
      | Konsep data pegawai |
    Dan output langkah "Memeriksa konsep data pegawai. Jika setuju, diserahkan..." adalah "Data pegawai yang telah dikoreksi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep data pegawai. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 20 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan                       |
      | Data pegawai yang telah dikoreksi |
    Dan output langkah "Memberi paraf" adalah "Data pegawai yang telah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 10 menit
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan                     |
      | Data pegawai yang telah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "Data pegawai yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk pengarsipan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk pengarsipan" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk pengarsipan" adalah:
      | kelengkapan                            |
      | Data pegawai yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk pengarsipan" adalah "Data pegawai yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengarsipan"
    Maka tugas berikutnya adalah "Menggandakan dan mengarsipkan" untuk "Staf"
    Dan batas waktu langkah "Menggandakan dan mengarsipkan" adalah 10 menit
    Dan kelengkapan langkah "Menggandakan dan mengarsipkan" adalah:
      | kelengkapan                            |
      | Data pegawai yang telah ditandatangani |
    Dan output langkah "Menggandakan dan mengarsipkan" adalah "Arsip Data Pegawai"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

  Skenario: Langkah 3 "Konsep data pegawai disetujui?" dijawab "Tidak Setuju", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Dan "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak Setuju" pada "Memeriksa konsep data pegawai. Jika setuju, diserahkan..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep data pegawai. Jika setuju, diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengarsipan"
    Dan "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

