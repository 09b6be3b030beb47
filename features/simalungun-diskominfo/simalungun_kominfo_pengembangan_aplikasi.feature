# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pengembangan_aplikasi.bpmn (sop features draft); sunting seperlunya.
Fitur: Pengembangan Aplikasi
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Aplikasi Telematika
  Pelaksana: Web Mobile Programmer, Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi, Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi, Instansi Pemilik System, Kepala Bidang Aplikasi Telematika

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pengembangan_aplikasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Instansi Pemilik System" memulai SOP
    Maka tugas berikutnya adalah "Identifikasi Kebutuhan Aplikasi Baru" untuk "Instansi Pemilik System"
    Dan batas waktu langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah 120 menit
    Dan kelengkapan langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah:
      | kelengkapan                    |
      | Dokumen Identifikasi Kebutuhan |
    Dan output langkah "Identifikasi Kebutuhan Aplikasi Baru" adalah "Dokumen Identifikasi Kebutuhan"
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Identifikasi Kebutuhan Aplikasi Baru"
    Maka tugas berikutnya adalah "Pembuatan Spesifikasi kebutuhan" untuk "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan "Instansi Pemilik System" tidak dapat menyelesaikan langkah "Pembuatan Spesifikasi kebutuhan"
    Dan batas waktu langkah "Pembuatan Spesifikasi kebutuhan" adalah 120 menit
    Dan kelengkapan langkah "Pembuatan Spesifikasi kebutuhan" adalah:
      | kelengkapan                    |
      | Dokumen Identifikasi Kebutuhan |
    Dan output langkah "Pembuatan Spesifikasi kebutuhan" adalah "Dokumen Identifikasi Kebutuhan"
    Ketika "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Pembuatan Spesifikasi kebutuhan"
    Maka tugas berikutnya adalah "Pertemuan review spesifikasi kebutuhan" untuk "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Pertemuan review spesifikasi kebutuhan" adalah 120 menit
    Dan kelengkapan langkah "Pertemuan review spesifikasi kebutuhan" adalah:
      | kelengkapan                             |
      | Dokumen Permintaan Modifikasi kebutuhan |
    Dan output langkah "Pertemuan review spesifikasi kebutuhan" adalah "Dokumen Permintaan Modifikasi kebutuhan"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Pertemuan review spesifikasi kebutuhan"
    Maka tugas berikutnya adalah "Penunjukan System Programmer" untuk "Kepala Bidang Aplikasi Telematika"
    Dan batas waktu langkah "Penunjukan System Programmer" adalah 45 menit
    Dan kelengkapan langkah "Penunjukan System Programmer" adalah:
      | kelengkapan          |
      | Surat Perintah Tugas |
    Dan output langkah "Penunjukan System Programmer" adalah "Surat Perintah Tugas"
    Ketika "Kepala Bidang Aplikasi Telematika" melampirkan dokumen "Surat Perintah Tugas"
    Dan "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan System Programmer"
    Maka tugas berikutnya adalah "Pembuatan Rencana implementasi dan jadwal pelaksanaan..." untuk "Web Mobile Programmer"
    Dan batas waktu langkah "Pembuatan Rencana implementasi dan jadwal pelaksanaan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Pembuatan Rencana implementasi dan jadwal pelaksanaan..." adalah:
      | kelengkapan                                                         |
      | Dokumen rencana implementasi dan jadwal usulan kebutuhan programmer |
    Dan output langkah "Pembuatan Rencana implementasi dan jadwal pelaksanaan..." adalah "Dokumen rencana implementasi dan jadwal usulan kebutuhan programmer"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Rencana implementasi dan jadwal pelaksanaan..."
    Maka tugas berikutnya adalah "Penunjukan programmer" untuk "Kepala Bidang Aplikasi Telematika"
    Dan batas waktu langkah "Penunjukan programmer" adalah 45 menit
    Dan kelengkapan langkah "Penunjukan programmer" adalah:
      | kelengkapan      |
      | Dokumen DRD, ERD |
    Dan output langkah "Penunjukan programmer" adalah "Dokumen DRD, ERD"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Penunjukan programmer"
    Maka tugas berikutnya adalah "Pembuatan Data flow diagram, entity relation diagram" untuk "Web Mobile Programmer"
    Dan batas waktu langkah "Pembuatan Data flow diagram, entity relation diagram" adalah 3 hari kerja
    Dan kelengkapan langkah "Pembuatan Data flow diagram, entity relation diagram" adalah:
      | kelengkapan                       |
      | Dokumen awal User Acceptance Test |
    Dan output langkah "Pembuatan Data flow diagram, entity relation diagram" adalah "Dokumen awal User Acceptance Test"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Data flow diagram, entity relation diagram"
    Maka tugas berikutnya adalah "Pembuatan Dokumen awal user acceptance test" untuk "Web Mobile Programmer"
    Dan batas waktu langkah "Pembuatan Dokumen awal user acceptance test" adalah 3 hari kerja
    Dan kelengkapan langkah "Pembuatan Dokumen awal user acceptance test" adalah:
      | kelengkapan                       |
      | Dokumen awal User Acceptance Test |
    Dan output langkah "Pembuatan Dokumen awal user acceptance test" adalah "Dokumen awal User Acceptance Test"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pembuatan Dokumen awal user acceptance test"
    Maka tugas berikutnya adalah "Menyerahkan hasil proses pembuatan subdomain kepada..." untuk "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah 15 menit
    Dan kelengkapan langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah:
      | kelengkapan                       |
      | Dokumen Cetak Data Akun Subdomain |
    Dan output langkah "Menyerahkan hasil proses pembuatan subdomain kepada..." adalah "Hasil Proses pembuatan subdomain"
    Ketika "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Menyerahkan hasil proses pembuatan subdomain kepada..."
    Maka tugas berikutnya adalah "Pelaksanaan User Acceptance Test" untuk "Instansi Pemilik System"
    Dan batas waktu langkah "Pelaksanaan User Acceptance Test" adalah 3 hari kerja
    Dan kelengkapan langkah "Pelaksanaan User Acceptance Test" adalah:
      | kelengkapan                              |
      | Laporan Pelaksanaan User Acceptance Test |
    Dan output langkah "Pelaksanaan User Acceptance Test" adalah "Laporan Pelaksanaan User Acceptance Test"
    Ketika "Instansi Pemilik System" menyelesaikan langkah "Pelaksanaan User Acceptance Test"
    Maka tugas berikutnya adalah "Mengadakan Rapat Review Prototype System" untuk "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Mengadakan Rapat Review Prototype System" adalah 60 menit
    Dan kelengkapan langkah "Mengadakan Rapat Review Prototype System" adalah:
      | kelengkapan          |
      | Rencana Jadwal Rapat |
    Dan output langkah "Mengadakan Rapat Review Prototype System" adalah "Rencana Jadwal Rapat"
    Ketika "Staf Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Mengadakan Rapat Review Prototype System"
    Maka tugas berikutnya adalah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" untuk "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi"
    Dan batas waktu langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah 120 menit
    Dan kelengkapan langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah:
      | kelengkapan   |
      | Notulen Rapat |
    Dan output langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user" adalah "Notulen Rapat"
    Ketika "Kepala Seksi Layanan E-Government, Standarisasi dan Aplikasi" menyelesaikan langkah "Rapat Review Prototype System dan penentuan Jadwal Pelatihan user"
    Maka tugas berikutnya adalah "Pelatihan User" untuk "Web Mobile Programmer"
    Dan batas waktu langkah "Pelatihan User" adalah 120 menit
    Dan kelengkapan langkah "Pelatihan User" adalah:
      | kelengkapan |
      | Laptop      |
    Dan output langkah "Pelatihan User" adalah "Laporan Pelaksanaan Pelatihan"
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Pelatihan User"
    Maka tugas berikutnya adalah "Implementasi" untuk "Web Mobile Programmer"
    Dan kelengkapan langkah "Implementasi" adalah:
      | kelengkapan  |
      | System Akhir |
    Ketika "Web Mobile Programmer" menyelesaikan langkah "Implementasi"
    Maka SOP selesai

