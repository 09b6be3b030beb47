# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 14-40 ("SOP Pengembangan Aplikasi")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 24): Web Mobile Programmer; Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi; Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi; Instansi Pemilik System; Kepala Bidang Aplikasi Telematika.
# Seed tidak menunjukkan keputusan Ya/Tidak.
Fitur: SOP Pengembangan Aplikasi
  Diskominfo: pengembangan aplikasi baru dari identifikasi kebutuhan, spesifikasi, desain,
  UAT, review prototipe dan pelatihan user sampai implementasi.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pengembangan_aplikasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: kebutuhan aplikasi sampai implementasi
    Ketika "Instansi Pemilik System" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 26: kebutuhan aplikasi baru datang dari instansi pemilik sistem.
    Maka tugas berikutnya adalah "Identifikasi Kebutuhan Aplikasi Baru" untuk "Instansi Pemilik System"
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Identifikasi Kebutuhan Aplikasi Baru"
    # Tafsiran: baris 27: spesifikasi kebutuhan disusun staf seksi.
    Maka tugas berikutnya adalah "Pembuatan Spesifikasi kebutuhan" untuk "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi"
    Ketika "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pembuatan Spesifikasi kebutuhan"
    # Tafsiran: baris 28: pertemuan review dipimpin Kepala Seksi.
    Maka tugas berikutnya adalah "Pertemuan review spesifikasi kebutuhan" untuk "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi"
    Ketika "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pertemuan review spesifikasi kebutuhan"
    # Tafsiran: baris 29: penunjukan (Surat Perintah Tugas) oleh Kepala Bidang.
    Maka tugas berikutnya adalah "Penunjukan System Programmer" untuk "Kepala Bidang Aplikasi Telematika"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan System Programmer"
    # Tafsiran: baris 30: rencana implementasi dan usulan kebutuhan programmer oleh Kepala Seksi.
    # Diselaraskan: baris 29-31: kolom pelaksana kosong (tanda hilang); "Penunjukan System Programmer" (baris 29) tepat sebelum langkah ini, dan langkah ini mengusulkan kebutuhan programmer, jadi dibaca dikerjakan System Programmer yang ditunjuk, yang tidak punya kolom sendiri dan masuk kolom Web Mobile Programmer (tafsiran tabel); seed tidak menandai Kepala Seksi.
    Maka tugas berikutnya adalah "Pembuatan Rencana implementasi dan jadwal..." untuk "Web Mobile Programmer"
    # Diselaraskan: pelaksana langkah baris 30 seperti di alur utama (System Programmer di kolom Web Mobile Programmer).
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Rencana implementasi dan jadwal..."
    # Tafsiran: baris 31: penunjukan programmer oleh Kepala Bidang (kelengkapan/output "Dokumen DRD, ERD" seperti seed).
    Maka tugas berikutnya adalah "Penunjukan programmer" untuk "Kepala Bidang Aplikasi Telematika"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan programmer"
    # Tafsiran: baris 32: DFD/ERD dibuat programmer.
    Maka tugas berikutnya adalah "Pembuatan Data flow diagram, entity relation diagram" untuk "Web Mobile Programmer"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Data flow diagram, entity relation diagram"
    # Tafsiran: baris 33.
    Maka tugas berikutnya adalah "Pembuatan Dokumen awal user acceptance test" untuk "Web Mobile Programmer"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Dokumen awal user acceptance test"
    # Sumber: baris 35: langkah 9 menyebut "pembuatan subdomain" (tampak tersalin dari SOP Pembuatan Subdomain, baris 67); tetap ditulis karena ada di tabel seed. Tafsiran pelaksana: staf seksi.
    Maka tugas berikutnya adalah "Menyerahkan hasil proses pembuatan subdomain..." untuk "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi"
    Ketika "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Menyerahkan hasil proses pembuatan subdomain..."
    # Tafsiran: baris 36: UAT dilaksanakan pengguna (instansi pemilik sistem).
    Maka tugas berikutnya adalah "Pelaksanaan User Acceptance Test" untuk "Instansi Pemilik System"
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Pelaksanaan User Acceptance Test"
    # Tafsiran: baris 37: mengadakan rapat -> Kepala Seksi.
    # Diselaraskan: baris 37: kolom pelaksana kosong; output "Rencana Jadwal Rapat" adalah persiapan rapat oleh staf seksi, rapatnya sendiri (baris 38) dipimpin Kepala Seksi; seed tidak menandai Kepala Seksi untuk baris 37, jadi tafsiran tabel dipertahankan.
    Maka tugas berikutnya adalah "Mengadakan Rapat Review Prototype System" untuk "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi"
    Ketika "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Mengadakan Rapat Review Prototype System"
    # Tafsiran: baris 38: rapat review dan penentuan jadwal pelatihan -> Kepala Seksi.
    Maka tugas berikutnya adalah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" untuk "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi"
    Ketika "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user"
    # Tafsiran: baris 39: pelatihan user oleh programmer.
    Maka tugas berikutnya adalah "Pelatihan User" untuk "Web Mobile Programmer"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pelatihan User"
    # Tafsiran: baris 40: implementasi oleh programmer; seed tidak memberi waktu dan output.
    Maka tugas berikutnya adalah "Implementasi" untuk "Web Mobile Programmer"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Implementasi"
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah 120 menit
    Maka kelengkapan langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah:
      | kelengkapan |
      | Dokumen Identifikasi Kebutuhan |
    Maka output langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah "Dokumen Identifikasi Kebutuhan"
    Maka batas waktu langkah "Pembuatan Spesifikasi kebutuhan" adalah 120 menit
    Maka kelengkapan langkah "Pembuatan Spesifikasi kebutuhan" adalah:
      | kelengkapan |
      | Dokumen Identifikasi Kebutuhan |
    Maka output langkah "Pembuatan Spesifikasi kebutuhan" adalah "Dokumen Identifikasi Kebutuhan"
    Maka batas waktu langkah "Pertemuan review spesifikasi kebutuhan" adalah 120 menit
    Maka kelengkapan langkah "Pertemuan review spesifikasi kebutuhan" adalah:
      | kelengkapan |
      | Dokumen Permintaan Modifikasi kebutuhan |
    Maka output langkah "Pertemuan review spesifikasi kebutuhan" adalah "Dokumen Permintaan Modifikasi kebutuhan"
    Maka batas waktu langkah "Penunjukan System Programmer" adalah 45 menit
    Maka kelengkapan langkah "Penunjukan System Programmer" adalah:
      | kelengkapan |
      | Surat Perintah Tugas |
    Maka output langkah "Penunjukan System Programmer" adalah "Surat Perintah Tugas"
    Maka batas waktu langkah "Pembuatan Rencana implementasi dan jadwal..." adalah 2 hari
    Maka kelengkapan langkah "Pembuatan Rencana implementasi dan jadwal..." adalah:
      | kelengkapan |
      | Dokumen rencana implementasi dan jadwal usulan kebutuhan programmer |
    Maka output langkah "Pembuatan Rencana implementasi dan jadwal..." adalah "Dokumen rencana implementasi dan jadwal usulan kebutuhan programmer"
    Maka batas waktu langkah "Penunjukan programmer" adalah 45 menit
    Maka kelengkapan langkah "Penunjukan programmer" adalah:
      | kelengkapan |
      | Dokumen DRD, ERD |
    Maka output langkah "Penunjukan programmer" adalah "Dokumen DRD, ERD"
    Maka batas waktu langkah "Pembuatan Data flow diagram, entity relation diagram" adalah 3 hari
    Maka kelengkapan langkah "Pembuatan Data flow diagram, entity relation diagram" adalah:
      | kelengkapan |
      | Dokumen awal User Acceptance Test |
    Maka output langkah "Pembuatan Data flow diagram, entity relation diagram" adalah "Dokumen awal User Acceptance Test"
    Maka batas waktu langkah "Pembuatan Dokumen awal user acceptance test" adalah 3 hari
    Maka kelengkapan langkah "Pembuatan Dokumen awal user acceptance test" adalah:
      | kelengkapan |
      | Dokumen awal User Acceptance Test |
    Maka output langkah "Pembuatan Dokumen awal user acceptance test" adalah "Dokumen awal User Acceptance Test"
    Maka batas waktu langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah 15 menit
    Maka kelengkapan langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah:
      | kelengkapan |
      | Dokumen Cetak Data Akun Subdomain |
    Maka output langkah "Menyerahkan hasil proses pembuatan subdomain..." adalah "Hasil Proses pembuatan subdomain"
    Maka batas waktu langkah "Pelaksanaan User Acceptance Test" adalah 3 hari
    Maka kelengkapan langkah "Pelaksanaan User Acceptance Test" adalah:
      | kelengkapan |
      | Laporan Pelaksanaan User Acceptance Test |
    Maka output langkah "Pelaksanaan User Acceptance Test" adalah "Laporan Pelaksanaan User Acceptance Test"
    Maka batas waktu langkah "Mengadakan Rapat Review Prototype System" adalah 60 menit
    Maka kelengkapan langkah "Mengadakan Rapat Review Prototype System" adalah:
      | kelengkapan |
      | Rencana Jadwal Rapat |
    Maka output langkah "Mengadakan Rapat Review Prototype System" adalah "Rencana Jadwal Rapat"
    Maka batas waktu langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah 120 menit
    Maka kelengkapan langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah:
      | kelengkapan |
      | Notulen Rapat |
    Maka output langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah "Notulen Rapat"
    Maka batas waktu langkah "Pelatihan User" adalah 120 menit
    Maka kelengkapan langkah "Pelatihan User" adalah:
      | kelengkapan |
      | Laptop |
    Maka output langkah "Pelatihan User" adalah "Laporan Pelaksanaan Pelatihan"
    # Langkah "Implementasi": kolom Waktu kosong di seed.
    Maka kelengkapan langkah "Implementasi" adalah:
      | kelengkapan |
      | System Akhir |

  Skenario: "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" tidak dapat menyelesaikan langkah "Penunjukan System Programmer"
    # Penunjukan milik Kepala Bidang (tafsiran).
    Ketika "Instansi Pemilik System" memulai SOP
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Identifikasi Kebutuhan Aplikasi Baru"
    Ketika "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pembuatan Spesifikasi kebutuhan"
    Ketika "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pertemuan review spesifikasi kebutuhan"
    Maka tugas berikutnya adalah "Penunjukan System Programmer" untuk "Kepala Bidang Aplikasi Telematika"
    Maka "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" tidak dapat menyelesaikan langkah "Penunjukan System Programmer"

  Skenario: "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" tidak dapat menyelesaikan langkah "Pembuatan Data flow diagram, entity relation diagram"
    Ketika "Instansi Pemilik System" memulai SOP
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Identifikasi Kebutuhan Aplikasi Baru"
    Ketika "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pembuatan Spesifikasi kebutuhan"
    Ketika "Kepala Seksi Layanan E-Gov, Standarisasi dan Aplikasi" menyelesaikan langkah "Pertemuan review spesifikasi kebutuhan"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan System Programmer"
    # Diselaraskan: pelaksana langkah baris 30 seperti di alur utama (System Programmer di kolom Web Mobile Programmer).
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Rencana implementasi dan jadwal..."
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan programmer"
    Maka tugas berikutnya adalah "Pembuatan Data flow diagram, entity relation diagram" untuk "Web Mobile Programmer"
    Maka "Staf Seksi Layanan E-Gov, Standarisasi dan Aplikasi" tidak dapat menyelesaikan langkah "Pembuatan Data flow diagram, entity relation diagram"
