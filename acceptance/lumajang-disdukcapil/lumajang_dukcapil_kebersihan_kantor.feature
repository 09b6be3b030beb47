# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 719-729 ("Prosedur Kebersihan Kantor")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 723): Kasubag Umpeg | Petugas Kebersihan. Tidak ada tanda Ya/Tidak.
Fitur: Prosedur Kebersihan Kantor
  Kebersihan kantor: Kasubag Umpeg memerintahkan, petugas kebersihan membersihkan lingkungan kerja.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kebersihan_kantor" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: perintah dan pembersihan
    # Sumber: baris 724-727: "Memerintahkan .Hosmmw Kebersihan ... untuk membersihkan lingkungan kantor setiap hari";
    # tafsiran OCR: ".Hosmmw Kebersihan" = "Petugas Kebersihan".
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari"
    # Output baris 728-729 tidak terbaca ("_MMW&WP@@E"); tidak diuji.
    Maka tugas berikutnya adalah "Membersihkan lingkungan kerja" untuk "Petugas Kebersihan"
    Ketika "Petugas Kebersihan" menyelesaikan langkah "Membersihkan lingkungan kerja"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari" adalah 15 menit
    Maka batas waktu langkah "Membersihkan lingkungan kerja" adalah 2 jam
    Maka kelengkapan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari" adalah:
      | kelengkapan |
      | Perintah Lisan dan SK Kontrak |
    Maka kelengkapan langkah "Membersihkan lingkungan kerja" adalah:
      | kelengkapan |
      | Alat kebersihan |
    Maka output langkah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari" adalah "Surat Keputusan"

  Skenario: Hanya petugas kebersihan yang membersihkan lingkungan kerja
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan Petugas Kebersihan untuk membersihkan lingkungan kantor setiap hari"
    Maka tugas berikutnya adalah "Membersihkan lingkungan kerja" untuk "Petugas Kebersihan"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Membersihkan lingkungan kerja"
    Ketika "Petugas Kebersihan" menyelesaikan langkah "Membersihkan lingkungan kerja"
    Maka SOP selesai
