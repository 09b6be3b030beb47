# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengamanan_ruang_jaringan.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Pengamanan dan Pengendalian Ruang Jaringan
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Petugas, Security

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengamanan_ruang_jaringan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan petugas admin Dinas untuk mengambil kunci" untuk "Kepala Seksi"
    Dan batas waktu langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah 5 menit
    Dan kelengkapan langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah:
      | kelengkapan |
      | Surat Tugas |
    Dan output langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah "Petugas pemegang kunci"
    Ketika "Kepala Seksi" melampirkan dokumen "Surat Tugas"
    Dan "Kepala Seksi" menyelesaikan langkah "Menugaskan petugas admin Dinas untuk mengambil kunci"
    Maka tugas berikutnya adalah "Proses pengambilan kunci" untuk "Petugas"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Proses pengambilan kunci"
    Dan batas waktu langkah "Proses pengambilan kunci" adalah 10 menit
    Dan kelengkapan langkah "Proses pengambilan kunci" adalah:
      | kelengkapan |
      | Surat Tugas |
      | Box         |
    Dan output langkah "Proses pengambilan kunci" adalah "Diambil di Box no 5"
    Ketika "Petugas" menyelesaikan langkah "Proses pengambilan kunci"
    Maka tugas berikutnya adalah "Pembukaan kunci di ruangan" untuk "Petugas"
    Dan batas waktu langkah "Pembukaan kunci di ruangan" adalah 5 menit
    Dan kelengkapan langkah "Pembukaan kunci di ruangan" adalah:
      | kelengkapan |
      | Kunci       |
    Dan output langkah "Pembukaan kunci di ruangan" adalah "Petugas membuka kunci ruangan"
    Ketika "Petugas" menyelesaikan langkah "Pembukaan kunci di ruangan"
    Maka tugas berikutnya adalah "Proses menghidupkan sistem jaringan" untuk "Petugas"
    Dan batas waktu langkah "Proses menghidupkan sistem jaringan" adalah 30 menit
    Dan kelengkapan langkah "Proses menghidupkan sistem jaringan" adalah:
      | kelengkapan        |
      | Perangkat jaringan |
      | Modem              |
      | Server Dinas       |
    Dan output langkah "Proses menghidupkan sistem jaringan" adalah "Proses Jaringan On atau menyala"
    Ketika "Petugas" menyelesaikan langkah "Proses menghidupkan sistem jaringan"
    Maka tugas berikutnya adalah "Proses pengembalian kunci" untuk "Security"
    Dan batas waktu langkah "Proses pengembalian kunci" adalah 5 menit
    Dan kelengkapan langkah "Proses pengembalian kunci" adalah:
      | kelengkapan |
      | Kunci       |
    Dan output langkah "Proses pengembalian kunci" adalah "Jaringan On kecuali ada insident"
    Ketika "Security" menyelesaikan langkah "Proses pengembalian kunci"
    Maka SOP selesai

