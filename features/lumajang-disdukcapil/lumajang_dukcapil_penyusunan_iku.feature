# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_iku.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Indikator Kinerja Utama
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_iku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah:
      | kelengkapan |
      | Surat Masuk |
    Dan output langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah "Disposisi pada surat masuk"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat Masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..." untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..."
    Dan batas waktu langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..." adalah 20 menit
    Dan kelengkapan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..." adalah:
      | kelengkapan                |
      | Disposisi pada surat masuk |
    Dan output langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..." adalah "Disposisi pada surat masuk"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..."
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menyusun konsep Indikator Kinerja Utama" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun konsep Indikator Kinerja Utama" adalah:
      | kelengkapan                |
      | Disposisi pada surat masuk |
    Dan output langkah "Menyusun konsep Indikator Kinerja Utama" adalah "Konsep Indikator Kinerja Utama"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik konsep Indikator Kinerja Utama" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik konsep Indikator Kinerja Utama" adalah:
      | kelengkapan                    |
      | Konsep Indikator Kinerja Utama |
    Dan output langkah "Mengetik konsep Indikator Kinerja Utama" adalah "Konsep Indikator Kinerja Utama"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..." adalah:
      | kelengkapan             |
      | Indikator Kinerja Utama |
    Dan output langkah "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..." adalah "Indikator Kinerja Utama"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 30 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan             |
      | Indikator Kinerja Utama |
    Dan output langkah "Memberi paraf" adalah "Indikator Kinerja Utama yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                                |
      | Indikator Kinerja Utama yang sudah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Indikator Kinerja Utama yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah:
      | kelengkapan                                       |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah "Indikator Kinerja Utama yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                                       |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah "Indikator Kinerja Utama yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 15 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                                       |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan." adalah "Agenda surat keluar, bukti pengiriman."
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 5 "Ketikan konsep Indikator Kinerja Utama disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Surat Masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan..."
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama. Bila..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

