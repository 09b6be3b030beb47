# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3000-3016 ("SOP PENGAMANAN DAN PENGENDALIAN RUANG JARINGAN")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3004): KASI | PETUGAS | SECURITY.
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
# SECURITY tidak mempunyai langkah sendiri dalam bacaan ini.
# (Diselaraskan: pengembalian kunci, langkah terakhir, milik SECURITY; lihat di bawah.)
Fitur: SOP PENGAMANAN DAN PENGENDALIAN RUANG JARINGAN
  Pengamanan dan pengendalian ruang jaringan: penugasan petugas, pengambilan kunci, pembukaan ruangan,
  menghidupkan sistem jaringan dan pengembalian kunci.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengamanan_ruang_jaringan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari penugasan sampai pengembalian kunci
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan petugas admin Dinas untuk mengambil kunci" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menugaskan petugas admin Dinas untuk mengambil kunci"
    # Tafsiran: langkah 2-5 oleh PETUGAS (yang ditugaskan mengambil kunci, baris 3006). SECURITY tidak disebut di uraian;
    # bisa jadi pengambilan dan pengembalian kunci dilayani SECURITY.
    Maka tugas berikutnya adalah "Proses pengambilan kunci" untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Proses pengambilan kunci"
    Maka tugas berikutnya adalah "Pembukaan kunci di ruangan" untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Pembukaan kunci di ruangan"
    Maka tugas berikutnya adalah "Proses menghidupkan sistem jaringan" untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Proses menghidupkan sistem jaringan"
    # Diselaraskan: kolom SECURITY ada di kepala tabel (baris 3004) sehingga memegang langkah; langkah 1 (baris 3006-3007) hanya menugaskan petugas mengambil kunci, jadi pengembalian kunci ke box (baris 3015) dibaca milik SECURITY seperti model; Tafsiran penulis sendiri menyebut kemungkinan ini
    Maka tugas berikutnya adalah "Proses pengembalian kunci" untuk "SECURITY"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "SECURITY" menyelesaikan langkah "Proses pengembalian kunci"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah 5 menit
    Maka batas waktu langkah "Proses pengambilan kunci" adalah 10 menit
    Maka batas waktu langkah "Pembukaan kunci di ruangan" adalah 5 menit
    Maka batas waktu langkah "Proses menghidupkan sistem jaringan" adalah 30 menit
    Maka batas waktu langkah "Proses pengembalian kunci" adalah 5 menit
    Maka kelengkapan langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah:
      | kelengkapan |
      | Surat Tugas |
    Maka kelengkapan langkah "Proses pengambilan kunci" adalah:
      | kelengkapan |
      | Surat Tugas |
      | Box |
    Maka kelengkapan langkah "Pembukaan kunci di ruangan" adalah:
      | kelengkapan |
      | Kunci |
    Maka kelengkapan langkah "Proses menghidupkan sistem jaringan" adalah:
      | kelengkapan |
      | Perangkat jaringan |
      | Modem |
      | Server Dinas |
    Maka kelengkapan langkah "Proses pengembalian kunci" adalah:
      | kelengkapan |
      | Kunci |
    Maka output langkah "Menugaskan petugas admin Dinas untuk mengambil kunci" adalah "Petugas pemegang kunci"
    Maka output langkah "Proses pengambilan kunci" adalah "Diambil di Box no 5"
    Maka output langkah "Pembukaan kunci di ruangan" adalah "Petugas membuka kunci ruangan"
    Maka output langkah "Proses menghidupkan sistem jaringan" adalah "Proses Jaringan On atau menyala"
    Maka output langkah "Proses pengembalian kunci" adalah "Jaringan On kecuali ada insident"

  Skenario: Sistem jaringan dihidupkan oleh petugas
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan petugas admin Dinas untuk mengambil kunci" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menugaskan petugas admin Dinas untuk mengambil kunci"
    Maka tugas berikutnya adalah "Proses pengambilan kunci" untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Proses pengambilan kunci"
    Maka tugas berikutnya adalah "Pembukaan kunci di ruangan" untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Pembukaan kunci di ruangan"
    Maka tugas berikutnya adalah "Proses menghidupkan sistem jaringan" untuk "PETUGAS"
    Maka "KASI" tidak dapat menyelesaikan langkah "Proses menghidupkan sistem jaringan"
    Ketika "PETUGAS" menyelesaikan langkah "Proses menghidupkan sistem jaringan"
    # Diselaraskan: kolom SECURITY ada di kepala tabel (baris 3004) sehingga memegang langkah; langkah 1 (baris 3006-3007) hanya menugaskan petugas mengambil kunci, jadi pengembalian kunci ke box (baris 3015) dibaca milik SECURITY seperti model; Tafsiran penulis sendiri menyebut kemungkinan ini
    Maka tugas berikutnya adalah "Proses pengembalian kunci" untuk "SECURITY"
