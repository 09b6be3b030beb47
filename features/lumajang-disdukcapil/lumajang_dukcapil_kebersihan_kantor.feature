# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_kebersihan_kantor.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Kebersihan Kantor
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Umum dan Kepegawaian, Petugas Kebersihan

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kebersihan_kantor" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Petugas Kebersihan untuk membersihkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah:
      | kelengkapan                   |
      | Perintah Lisan dan SK Kontrak |
    Dan output langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah "Surat Keputusan"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..."
    Maka tugas berikutnya adalah "Membersihkan lingkungan kerja" untuk "Petugas Kebersihan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Membersihkan lingkungan kerja"
    Dan batas waktu langkah "Membersihkan lingkungan kerja" adalah 2 jam
    Dan kelengkapan langkah "Membersihkan lingkungan kerja" adalah:
      | kelengkapan     |
      | Alat kebersihan |
    Ketika "Petugas Kebersihan" menyelesaikan langkah "Membersihkan lingkungan kerja"
    Maka SOP selesai

