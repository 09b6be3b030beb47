# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2880-2926 ("SOP MONITORING JARINGAN KOMUNIKASI DATA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2883-2885): KASI | PENGGUNA | HELPDESK JARKOMDAT | KABID | KADIN (tajuk dua baris "HELPDESK" / "JARKOMDAT", seperti "PETUGAS" / "PERBAIKAN" di baris 2934-2936).
# Langkah bernomor 1-7.
# Tidak ada jalur Ya/Tidak di seed.
# KADIN tidak mempunyai langkah sendiri dalam bacaan ini.
Fitur: SOP MONITORING JARINGAN KOMUNIKASI DATA
  Monitoring jaringan komunikasi data: wadah pelaporan, laporan kondisi dari pengguna, pencatatan dan laporan
  kerusakan ke helpdesk, perbaikan, laporan monitoring, tanda tangan dan penyimpanan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_monitoring_jarkomdat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari laporan kondisi sampai laporan monitoring jarkomdat disimpan
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..."
    Maka tugas berikutnya adalah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi jarkomdat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi jarkomdat dan membuat laporan..."
    # Uraian: "... pemberitahuan kepada dinas tentang hasil perbaikan"; output dua butir (tidak diuji).
    # Langkah 3 (baris 2896-2901): "... menindak lanjuti permasalahan ... dengan malaporkan ke Helpdesk jarkomdat adminduk".
    Maka tugas berikutnya adalah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." untuk "HELPDESK JARKOMDAT"
    Ketika "HELPDESK JARKOMDAT" menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring jarkomdat" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat"
    # Nama seperti seed ("Meyimpan").
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring jarkomdat" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Meyimpan laporan monitoring jarkomdat"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah 1 hari
    Maka batas waktu langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" adalah 1 jam
    Maka batas waktu langkah "Mencatat kondisi jarkomdat dan membuat laporan..." adalah 3 jam
    Maka batas waktu langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." adalah 1 hari
    Maka batas waktu langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." adalah 1 jam
    Maka batas waktu langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah 1 jam
    Maka batas waktu langkah "Meyimpan laporan monitoring jarkomdat" adalah 30 menit
    Maka kelengkapan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah:
      | kelengkapan |
      | Handphone |
      | Aplikasi Whatsapp |
      | Contact person pengguna |
      | Komputer |
      | ATK |
      | Printer |
    Maka kelengkapan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" adalah:
      | kelengkapan |
      | Kondisi realtime jarkomdat |
      | Handphone |
      | Aplikasi WA |
    Maka kelengkapan langkah "Mencatat kondisi jarkomdat dan membuat laporan..." adalah:
      | kelengkapan |
      | Lap kondisi jarkomdat pengguna |
      | Komputer |
      | Handphone |
      | Aplikasi WA |
    Maka kelengkapan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." adalah:
      | kelengkapan |
      | Laporan kerusakan dari dinas |
      | Petugas perbaikan jarkomdat |
      | Handphone |
    Maka kelengkapan langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." adalah:
      | kelengkapan |
      | Hasil perbaikan jarkomdat dari helpdesk |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah:
      | kelengkapan |
      | Laporan monitoring jarkomdat |
    Maka kelengkapan langkah "Meyimpan laporan monitoring jarkomdat" adalah:
      | kelengkapan |
      | Laporan monitoring jarkomdat dengan tandatangan |
    Maka output langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah "Group WA, jadwal dan format laporan"
    Maka output langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" adalah "Laporan kondisi jarkomdat"
    Maka output langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah "Laporan monitoring jarkomdat dengan tandatangan"
    Maka output langkah "Meyimpan laporan monitoring jarkomdat" adalah "Laporan berkala monitoring jarkomdat"

  Skenario: Perbaikan oleh HELPDESK JARKOMDAT
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..."
    Maka tugas berikutnya adalah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi jarkomdat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi jarkomdat dan membuat laporan..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." untuk "HELPDESK JARKOMDAT"
    Maka "KASI" tidak dapat menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Maka "PENGGUNA" tidak dapat menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Ketika "HELPDESK JARKOMDAT" menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." untuk "KASI"

  Skenario: Setiap pelaksana bertindak sendiri: laporan monitoring hanya ditandatangani Kabid
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..."
    Maka tugas berikutnya adalah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi jarkomdat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi jarkomdat dan membuat laporan..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." untuk "HELPDESK JARKOMDAT"
    Ketika "HELPDESK JARKOMDAT" menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring jarkomdat" untuk "KABID"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat"
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring jarkomdat" untuk "KASI"
