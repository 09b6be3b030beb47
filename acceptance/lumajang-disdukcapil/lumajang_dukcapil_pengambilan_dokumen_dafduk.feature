# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3581-3613 ("SOP PENGAMBILAN DOKUMEN PENDAFTARAN PENDUDUK")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3584-3585): PEMOHON | PETUGAS PENGAMBILAN. Tidak ada tanda Ya/Tidak.
Fitur: SOP PENGAMBILAN DOKUMEN PENDAFTARAN PENDUDUK
  Pengambilan dokumen pendaftaran penduduk (atau berkas batal) sesuai bukti pengambilan, dicatat di register.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengambilan_dokumen_dafduk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: bukti pengambilan diserahkan sampai dokumen diterima
    # Waktu langkah 1 tidak ada di seed.
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Menyerahkan Bukti Pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menyerahkan Bukti Pengambilan"
    # Output seed berupa daftar (Dokumen Pendaftaran Penduduk / Berkas Batal; Register); tidak diuji.
    Maka tugas berikutnya adalah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..."
    Maka tugas berikutnya adalah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..." adalah 1 menit
    Maka batas waktu langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah 1 menit
    Maka kelengkapan langkah "Menyerahkan Bukti Pengambilan" adalah:
      | kelengkapan |
      | Bukti Pengambilan |
    Maka kelengkapan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..." adalah:
      | kelengkapan |
      | Bukti Pengambilan |
      | Dokumen Pendaftaran Penduduk / Berkas Batal |
      | Register |
      | ATK |
    Maka kelengkapan langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah:
      | kelengkapan |
      | Dokumen Pendaftaran Penduduk / Berkas Batal |
      | Register |
    Maka output langkah "Menyerahkan Bukti Pengambilan" adalah "Bukti Pengambilan"
    Maka output langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah "Dokumen Pendaftaran Penduduk / Berkas Batal"

  Skenario: Pemohon tidak dapat mengambil dokumen sendiri
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Menyerahkan Bukti Pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menyerahkan Bukti Pengambilan"
    Maka tugas berikutnya adalah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..." untuk "PETUGAS PENGAMBILAN"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..."
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran penduduk..."
    Maka tugas berikutnya adalah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" untuk "PEMOHON"
