# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_laporan_semesteran.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Laporan Semesteran
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Sekretaris, Kepala Dinas, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_laporan_semesteran" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Mengumpulkan bahan laporan" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengumpulkan bahan laporan" adalah:
      | kelengkapan     |
      | Laporan Bulanan |
      | DPA             |
    Dan output langkah "Mengumpulkan bahan laporan" adalah "Bahan Penyusunan Laporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" tidak dapat menyelesaikan langkah "Mengetik Laporan"
    Dan batas waktu langkah "Mengetik Laporan" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik Laporan" adalah:
      | kelengkapan              |
      | Bahan Penyusunan Laporan |
    Dan output langkah "Mengetik Laporan" adalah "Konsep Penyusunan Laporan"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah:
      | kelengkapan               |
      | Konsep Penyusunan Laporan |
    Dan output langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah "Laporan Semesteran"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa Laporan dan Memberi paraf" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa Laporan dan Memberi paraf" adalah:
      | kelengkapan        |
      | Laporan Semesteran |
    Dan output langkah "Memeriksa Laporan dan Memberi paraf" adalah "Laporan Semesteran yang telah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan                           |
      | Laporan Semesteran yang telah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "Laporan Semesteran yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan                                  |
      | Laporan Semesteran yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah "Laporan Semesteran yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, memberi Nomor surat..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, memberi Nomor surat..." adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat..." adalah:
      | kelengkapan                                  |
      | Laporan Semesteran yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, memberi Nomor surat..." adalah "Laporan Semesteran yang telah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat..."
    Maka tugas berikutnya adalah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah 30 menit
    Dan kelengkapan langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah:
      | kelengkapan                                  |
      | Laporan Semesteran yang telah ditandatangani |
    Dan output langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah "Bukti Pengiriman laporan"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan"
    Maka SOP selesai

  Skenario: Langkah 3 "Laporan Semesteran disetujui?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memulai SOP
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan pendistibusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat..."
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan"
    Maka SOP selesai

