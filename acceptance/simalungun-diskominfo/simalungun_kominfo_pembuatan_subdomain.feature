# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 54-67 ("SOP Pembuatan Subdomain Instansi")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 57): Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi; Admin System.
# Seed tidak menunjukkan keputusan Ya/Tidak.
Fitur: SOP Pembuatan Subdomain Instansi
  Diskominfo: permohonan subdomain didisposisi, akun subdomain dibuat dan didaftarkan di DNS,
  hasilnya dilaporkan dan diserahkan kepada pengelola subdomain instansi.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pembuatan_subdomain" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: permohonan subdomain sampai hasil diserahkan
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 59: disposisi -> Kepala Seksi.
    Maka tugas berikutnya adalah "Disposisi surat permohonan subdomain" untuk "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" menyelesaikan langkah "Disposisi surat permohonan subdomain"
    # Tafsiran: baris 60: penjadwalan pemrosesan -> Admin System.
    Maka tugas berikutnya adalah "Penjadwalan pemrosesan pembuatan subdomain" untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Penjadwalan pemrosesan pembuatan subdomain"
    Maka tugas berikutnya adalah "Memastikan ketersediaan space storage pada server subdomain" untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Memastikan ketersediaan space storage pada server subdomain"
    Maka tugas berikutnya adalah "Melakukan proses pembuatan akun subdomain..." untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Melakukan proses pembuatan akun subdomain..."
    Maka tugas berikutnya adalah "Melakukan pencatatan username dan password..." untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Melakukan pencatatan username dan password..."
    Maka tugas berikutnya adalah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server"
    Maka tugas berikutnya adalah "Melakukan pencetakan data username dan password" untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Melakukan pencetakan data username dan password"
    # Tafsiran: baris 66: Admin System melaporkan hasil kepada Kepala Seksi.
    Maka tugas berikutnya adalah "Melaporkan hasil proses pembuatan subdomain" untuk "Admin System"
    Ketika "Admin System" menyelesaikan langkah "Melaporkan hasil proses pembuatan subdomain"
    # Tafsiran: baris 67: hasil diserahkan kepada pengelola subdomain instansi oleh Kepala Seksi (setelah menerima laporan langkah 8). Kolom tidak pasti.
    Maka tugas berikutnya adalah "Menyerahkan hasil proses pembuatan subdomain..." untuk "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" menyelesaikan langkah "Menyerahkan hasil proses pembuatan subdomain..."
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Disposisi surat permohonan subdomain" adalah 15 menit
    Maka kelengkapan langkah "Disposisi surat permohonan subdomain" adalah:
      | kelengkapan |
      | Disposisi Dokumen permohonan subdomain |
    Maka output langkah "Disposisi surat permohonan subdomain" adalah "Disposisi"
    Maka batas waktu langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah 15 menit
    Maka kelengkapan langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah:
      | kelengkapan |
      | Dokumen Permohonan Subdomain |
    Maka output langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah "Jadwal"
    Maka batas waktu langkah "Memastikan ketersediaan space storage pada server subdomain" adalah 15 menit
    # Diselaraskan: sel Perlengkapan seed (baris 61-65) mendaftar beberapa barang dipisah koma; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Memastikan ketersediaan space storage pada server subdomain" adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Jaringan internet |
    Maka output langkah "Memastikan ketersediaan space storage pada server subdomain" adalah "Data space Storage server"
    Maka batas waktu langkah "Melakukan proses pembuatan akun subdomain..." adalah 30 menit
    # Diselaraskan: sel Perlengkapan seed (baris 61-65) mendaftar beberapa barang dipisah koma; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Melakukan proses pembuatan akun subdomain..." adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Jaringan internet |
      | Dokumen Permohonan Subdomain |
    Maka output langkah "Melakukan proses pembuatan akun subdomain..." adalah "Akun Subdomain"
    Maka batas waktu langkah "Melakukan pencatatan username dan password..." adalah 10 menit
    # Diselaraskan: sel Perlengkapan seed (baris 61-65) mendaftar beberapa barang dipisah koma; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Melakukan pencatatan username dan password..." adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Jaringan internet |
      | File |
    Maka output langkah "Melakukan pencatatan username dan password..." adalah "Data Akun Subdomain"
    Maka batas waktu langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah 15 menit
    # Diselaraskan: sel Perlengkapan seed (baris 61-65) mendaftar beberapa barang dipisah koma; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Jaringan internet |
    Maka output langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah "Penamaan Subdomain"
    Maka batas waktu langkah "Melakukan pencetakan data username dan password" adalah 10 menit
    # Diselaraskan: sel Perlengkapan seed (baris 61-65) mendaftar beberapa barang dipisah koma; tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Melakukan pencetakan data username dan password" adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Printer |
    Maka output langkah "Melakukan pencetakan data username dan password" adalah "Dokumen cetak data akun subdomain"
    Maka batas waktu langkah "Melaporkan hasil proses pembuatan subdomain" adalah 10 menit
    Maka kelengkapan langkah "Melaporkan hasil proses pembuatan subdomain" adalah:
      | kelengkapan |
      | Dokumen Cetak Data Akun Subdomain |
    Maka output langkah "Melaporkan hasil proses pembuatan subdomain" adalah "Laporan"
    Maka batas waktu langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah 15 menit
    Maka kelengkapan langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah:
      | kelengkapan |
      | Dokumen Cetak Data Akun Subdomain |
    Maka output langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah "Hasil Proses pembuatan subdomain"

  Skenario: "Admin System" tidak dapat menyelesaikan langkah "Disposisi surat permohonan subdomain"
    # Disposisi milik Kepala Seksi.
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" memulai SOP
    Maka tugas berikutnya adalah "Disposisi surat permohonan subdomain" untuk "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi"
    Maka "Admin System" tidak dapat menyelesaikan langkah "Disposisi surat permohonan subdomain"

  Skenario: "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" tidak dapat menyelesaikan langkah "Melakukan proses pembuatan akun subdomain..."
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" memulai SOP
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" menyelesaikan langkah "Disposisi surat permohonan subdomain"
    Ketika "Admin System" menyelesaikan langkah "Penjadwalan pemrosesan pembuatan subdomain"
    Ketika "Admin System" menyelesaikan langkah "Memastikan ketersediaan space storage pada server subdomain"
    Maka tugas berikutnya adalah "Melakukan proses pembuatan akun subdomain..." untuk "Admin System"
    Maka "Kepala Seksi Layanan E-Government, Standarisasi, Aplikasi" tidak dapat menyelesaikan langkah "Melakukan proses pembuatan akun subdomain..."
