# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_lakip.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan LAKIP
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Tim, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_lakip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk penyusunan LAKIP" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk penyusunan LAKIP" adalah:
      | kelengkapan |
      | Surat masuk |
    Dan output langkah "Memerintahkan untuk penyusunan LAKIP" adalah "Disposisi pada surat masuk"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Dan batas waktu langkah "Membentuk Tim, memberi pengarahan" adalah 20 menit
    Dan kelengkapan langkah "Membentuk Tim, memberi pengarahan" adalah:
      | kelengkapan                |
      | Disposisi pada surat masuk |
      | struktur organisasi        |
    Dan output langkah "Membentuk Tim, memberi pengarahan" adalah "Tim penyusun Lakip"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Dan batas waktu langkah "Mengumpulkan bahan, merumuskan konsep LAKIP" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP" adalah:
      | kelengkapan                |
      | DPA                        |
      | Laporan Realisasi Anggaran |
    Dan output langkah "Mengumpulkan bahan, merumuskan konsep LAKIP" adalah "Garis besar penyusunan LAKIP"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menyusun konsep LAKIP" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun konsep LAKIP" adalah:
      | kelengkapan                  |
      | Garis besar penyusunan LAKIP |
    Dan output langkah "Menyusun konsep LAKIP" adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik Konsep LAKIP" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik Konsep LAKIP" adalah:
      | kelengkapan                                |
      | Konsep Laporan Kinerja Instansi Pemerintah |
    Dan output langkah "Mengetik Konsep LAKIP" adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." adalah:
      | kelengkapan                                |
      | Konsep Laporan Kinerja Instansi Pemerintah |
    Dan output langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    Dan batas waktu langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah:
      | kelengkapan                                |
      | Konsep Laporan Kinerja Instansi Pemerintah |
    Dan output langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah "Laporan Kinerja Instansi Pemerintah"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memberi Paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi Paraf" adalah 30 menit
    Dan kelengkapan langkah "Memberi Paraf" adalah:
      | kelengkapan                         |
      | Laporan Kinerja Instansi Pemerintah |
    Dan output langkah "Memberi Paraf" adalah "Laporan Kinerja Instansi Pemerintah yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Maka tugas berikutnya adalah "Menandatangani LAKIP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menandatangani LAKIP" adalah 30 menit
    Dan kelengkapan langkah "Menandatangani LAKIP" adalah:
      | kelengkapan                                            |
      | Laporan Kinerja Instansi Pemerintah yang sudah diparaf |
    Dan output langkah "Menandatangani LAKIP" adalah "Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Menandatangani LAKIP"
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pendistribusian" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk penggandaan dan pendistribusian" adalah 30 menit
    Dan kelengkapan langkah "Memerintahkan untuk penggandaan dan pendistribusian" adalah:
      | kelengkapan                                                   |
      | Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk penggandaan dan pendistribusian" adalah "Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" adalah 30 menit
    Dan kelengkapan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan                                                   |
      | Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani |
    Dan output langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" adalah "Bukti Pengiriman, laporan"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 30 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                                                   |
      | Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan." adalah "Bukti Pengiriman, laporan"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 6 "Konsep LAKIP disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Surat masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Dan "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep LAKIP"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani LAKIP"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pendistribusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 7 "Konsep LAKIP disetujui Tim?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Surat masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Dan "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep LAKIP"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep LAKIP"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani LAKIP"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pendistribusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

