# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_penetapan_kinerja.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Penetapan Kinerja
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Tim, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_penetapan_kinerja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah:
      | kelengkapan         |
      | Struktur organisasi |
    Dan output langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah "Draft Anggota Tim"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Maka tugas berikutnya adalah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan"
    Dan batas waktu langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan" adalah 10 menit
    Dan kelengkapan langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan" adalah:
      | kelengkapan       |
      | Draft Anggota Tim |
    Dan output langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan" adalah "Terbentuknya Tim Kerja"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan"
    Maka langkah "Rapat Tim" menjalankan SOP terkait "lumajang_dukcapil_pembuatan_undangan_rapat"
    Dan batas waktu langkah "Rapat Tim" adalah 1 jam
    Dan kelengkapan langkah "Rapat Tim" adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Rapat Tim" adalah "Notulensi rapat"
    Ketika SOP terkait "lumajang_dukcapil_pembuatan_undangan_rapat" dijalankan sampai selesai
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah 15 menit
    Dan kelengkapan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah:
      | kelengkapan     |
      | Notulensi rapat |
    Dan output langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah "Konsep Penetapan Kinerja"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik hasil rapat" adalah 20 menit
    Dan kelengkapan langkah "Mengetik hasil rapat" adalah:
      | kelengkapan              |
      | Konsep Penetapan Kinerja |
    Dan output langkah "Mengetik hasil rapat" adalah "Konsep Penetapan Kinerja"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." adalah:
      | kelengkapan              |
      | Konsep Penetapan Kinerja |
    Dan output langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." adalah "Penetapan Kinerja"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Dan batas waktu langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah 5 menit
    Dan kelengkapan langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah:
      | kelengkapan       |
      | Penetapan Kinerja |
    Dan output langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah "Penetapan Kinerja"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan       |
      | Penetapan Kinerja |
    Dan output langkah "Memberi paraf" adalah "Penetapan Kinerja yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Menandatangani penetapan kinerja" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menandatangani penetapan kinerja" adalah 10 menit
    Dan kelengkapan langkah "Menandatangani penetapan kinerja" adalah:
      | kelengkapan                          |
      | Penetapan Kinerja yang sudah diparaf |
    Dan output langkah "Menandatangani penetapan kinerja" adalah "Penetapan Kinerja yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Menandatangani penetapan kinerja"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mendistribusikan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah:
      | kelengkapan                                 |
      | Penetapan Kinerja yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah "Penetapan Kinerja yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mendistribusikan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah:
      | kelengkapan                                 |
      | Penetapan Kinerja yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda dan mendistribusikan" adalah "Penetapan Kinerja yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda dan mendistribusikan." untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda dan mendistribusikan." adalah 15 menit
    Dan kelengkapan langkah "Mengagenda dan mendistribusikan." adalah:
      | kelengkapan                                 |
      | Penetapan Kinerja yang sudah ditandatangani |
    Dan output langkah "Mengagenda dan mendistribusikan." adalah "Bukti pengiriman"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 6 "Konsep penetapan kinerja disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan"
    Dan SOP terkait "lumajang_dukcapil_pembuatan_undangan_rapat" dijalankan sampai selesai
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani penetapan kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 7 "Konsep penetapan kinerja disetujui Tim?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penetapan Kinerja, Memberi pengarahan"
    Dan SOP terkait "lumajang_dukcapil_pembuatan_undangan_rapat" dijalankan sampai selesai
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Dan "Tim" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani penetapan kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda dan mendistribusikan."
    Maka SOP selesai

