# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_kebersihan_kantor.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Kebersihan Kantor
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kasubag Umpeg, Petugas Kebersihan

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kebersihan_kantor" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Petugas Kebersihan untuk membersihkan..." untuk "Kasubag Umpeg"
    Dan batas waktu langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah:
      | kelengkapan                   |
      | Perintah Lisan dan SK Kontrak |
    Dan output langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..." adalah "Surat Keputusan"
    Ketika "Kasubag Umpeg" melampirkan dokumen "Surat Keputusan"
    Dan "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan..."
    Maka tugas berikutnya adalah "Membersihkan lingkungan kerja" untuk "Petugas Kebersihan"
    Dan "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Membersihkan lingkungan kerja"
    Dan batas waktu langkah "Membersihkan lingkungan kerja" adalah 2 jam
    Dan kelengkapan langkah "Membersihkan lingkungan kerja" adalah:
      | kelengkapan     |
      | Alat kebersihan |
    Ketika "Petugas Kebersihan" menyelesaikan langkah "Membersihkan lingkungan kerja"
    Maka SOP selesai

