# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pembuatan_subdomain.bpmn (sop features draft); sunting seperlunya.
Fitur: Pembuatan Subdomain Instansi
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Aplikasi Telematika
  Pelaksana: Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi, Admin System

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pembuatan_subdomain" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" memulai SOP
    Maka tugas berikutnya adalah "Disposisi surat permohonan subdomain" untuk "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Disposisi surat permohonan subdomain" adalah 15 menit
    Dan kelengkapan langkah "Disposisi surat permohonan subdomain" adalah:
      | kelengkapan                            |
      | Disposisi Dokumen permohonan subdomain |
    Dan output langkah "Disposisi surat permohonan subdomain" adalah "Disposisi"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Disposisi surat permohonan subdomain"
    Maka tugas berikutnya adalah "Penjadwalan pemrosesan pembuatan subdomain" untuk "Admin System"
    Dan "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" tidak dapat menyelesaikan langkah "Penjadwalan pemrosesan pembuatan subdomain"
    Dan batas waktu langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah 15 menit
    Dan kelengkapan langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah:
      | kelengkapan                  |
      | Dokumen Permohonan Subdomain |
    Dan output langkah "Penjadwalan pemrosesan pembuatan subdomain" adalah "Jadwal"
    Ketika "Admin System" menyelesaikan langkah "Penjadwalan pemrosesan pembuatan subdomain"
    Maka tugas berikutnya adalah "Memastikan ketersediaan space storage pada server subdomain" untuk "Admin System"
    Dan batas waktu langkah "Memastikan ketersediaan space storage pada server subdomain" adalah 15 menit
    Dan kelengkapan langkah "Memastikan ketersediaan space storage pada server subdomain" adalah:
      | kelengkapan       |
      | Komputer          |
      | Server            |
      | Jaringan internet |
    Dan output langkah "Memastikan ketersediaan space storage pada server subdomain" adalah "Data space Storage server"
    Ketika "Admin System" menyelesaikan langkah "Memastikan ketersediaan space storage pada server subdomain"
    Maka tugas berikutnya adalah "Melakukan proses pembuatan akun subdomain sesuai dengan..." untuk "Admin System"
    Dan batas waktu langkah "Melakukan proses pembuatan akun subdomain sesuai dengan..." adalah 30 menit
    Dan kelengkapan langkah "Melakukan proses pembuatan akun subdomain sesuai dengan..." adalah:
      | kelengkapan                  |
      | Komputer                     |
      | Server                       |
      | Jaringan internet            |
      | Dokumen Permohonan Subdomain |
    Dan output langkah "Melakukan proses pembuatan akun subdomain sesuai dengan..." adalah "Akun Subdomain"
    Ketika "Admin System" menyelesaikan langkah "Melakukan proses pembuatan akun subdomain sesuai dengan..."
    Maka tugas berikutnya adalah "Melakukan pencatatan username dan password akun subdomain..." untuk "Admin System"
    Dan batas waktu langkah "Melakukan pencatatan username dan password akun subdomain..." adalah 10 menit
    Dan kelengkapan langkah "Melakukan pencatatan username dan password akun subdomain..." adalah:
      | kelengkapan       |
      | Komputer          |
      | Server            |
      | Jaringan internet |
      | File              |
    Dan output langkah "Melakukan pencatatan username dan password akun subdomain..." adalah "Data Akun Subdomain"
    Ketika "Admin System" menyelesaikan langkah "Melakukan pencatatan username dan password akun subdomain..."
    Maka tugas berikutnya adalah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" untuk "Admin System"
    Dan batas waktu langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah 15 menit
    Dan kelengkapan langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah:
      | kelengkapan       |
      | Komputer          |
      | Server            |
      | Jaringan internet |
    Dan output langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server" adalah "Penamaan Subdomain"
    Ketika "Admin System" menyelesaikan langkah "Melakukan proses penambahan nama subdomain ke dalam Domain Name Server"
    Maka tugas berikutnya adalah "Melakukan pencetakan data username dan password" untuk "Admin System"
    Dan batas waktu langkah "Melakukan pencetakan data username dan password" adalah 10 menit
    Dan kelengkapan langkah "Melakukan pencetakan data username dan password" adalah:
      | kelengkapan |
      | Komputer    |
      | Server      |
      | Printer     |
    Dan output langkah "Melakukan pencetakan data username dan password" adalah "Dokumen cetak data akun subdomain"
    Ketika "Admin System" menyelesaikan langkah "Melakukan pencetakan data username dan password"
    Maka tugas berikutnya adalah "Melaporkan hasil proses pembuatan subdomain" untuk "Admin System"
    Dan batas waktu langkah "Melaporkan hasil proses pembuatan subdomain" adalah 10 menit
    Dan kelengkapan langkah "Melaporkan hasil proses pembuatan subdomain" adalah:
      | kelengkapan                       |
      | Dokumen Cetak Data Akun Subdomain |
    Dan output langkah "Melaporkan hasil proses pembuatan subdomain" adalah "Laporan"
    Ketika "Admin System" menyelesaikan langkah "Melaporkan hasil proses pembuatan subdomain"
    Maka tugas berikutnya adalah "Menyerahkan hasil proses pembuatan subdomain kepada..." untuk "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah 15 menit
    Dan kelengkapan langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah:
      | kelengkapan                       |
      | Dokumen Cetak Data Akun Subdomain |
    Dan output langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah "Hasil Proses pembuatan subdomain"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Menyerahkan hasil proses pembuatan subdomain kepada..."
    Maka SOP selesai

