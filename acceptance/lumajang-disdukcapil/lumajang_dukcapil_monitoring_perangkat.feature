# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2931-2969 ("SOP MONITORING PERANGKAT LUNAK DAN PERANGKAT KERAS")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2934-2936): KASI | PENGGUNA | PETUGAS PERBAIKAN | KABID | KADIN.
# Langkah bernomor 1-7.
# Tidak ada jalur Ya/Tidak di seed.
# KADIN tidak mempunyai langkah sendiri dalam bacaan ini.
Fitur: SOP MONITORING PERANGKAT LUNAK DAN PERANGKAT KERAS
  Monitoring perangkat lunak dan perangkat keras: wadah pelaporan, laporan kondisi dari pengguna, pencatatan dan
  perintah perbaikan, perbaikan, laporan monitoring, tanda tangan dan penyimpanan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_monitoring_perangkat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari laporan kondisi sampai laporan monitoring perangkat disimpan
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..."
    Maka tugas berikutnya adalah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi perangkat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi perangkat dan membuat laporan..."
    # Uraian: "... melaporkan ha[sil] perbaikan kepada kasi" (baris 2953-2956).
    # Langkah 3 (baris 2947-2952): "... memerintahkan petugas perbaikan untuk melaksanakan perbaikan".
    Maka tugas berikutnya adalah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." untuk "PETUGAS PERBAIKAN"
    Ketika "PETUGAS PERBAIKAN" menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Mencatat dalam laporan monitoring perangkat..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat dalam laporan monitoring perangkat..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring perangkat" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring perangkat"
    # Nama seperti seed ("Meyimpan").
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring perangkat" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Meyimpan laporan monitoring perangkat"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." adalah 1 hari
    Maka batas waktu langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" adalah 1 jam
    Maka batas waktu langkah "Mencatat kondisi perangkat dan membuat laporan..." adalah 3 jam
    Maka batas waktu langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah 1 hari
    Maka batas waktu langkah "Mencatat dalam laporan monitoring perangkat..." adalah 1 jam
    Maka batas waktu langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah 1 jam
    Maka batas waktu langkah "Meyimpan laporan monitoring perangkat" adalah 30 menit
    Maka kelengkapan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." adalah:
      | kelengkapan |
      | Handphone |
      | Aplikasi Whatsapp |
      | Contact person pengguna |
      | Komputer |
      | ATK |
      | Printer |
    Maka kelengkapan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" adalah:
      | kelengkapan |
      | Kondisi realtime perangkat |
      | Handphone |
      | Aplikasi WA |
    Maka kelengkapan langkah "Mencatat kondisi perangkat dan membuat laporan..." adalah:
      | kelengkapan |
      | Lap kondisi perangkat pengguna |
      | Komputer |
      | Handphone |
      | Aplikasi WA |
    Maka kelengkapan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah:
      | kelengkapan |
      | Surat Perintah perbaikan |
    Maka kelengkapan langkah "Mencatat dalam laporan monitoring perangkat..." adalah:
      | kelengkapan |
      | Laporan perbaikan perangkat |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah:
      | kelengkapan |
      | Laporan monitoring perangkat |
    Maka kelengkapan langkah "Meyimpan laporan monitoring perangkat" adalah:
      | kelengkapan |
      | Laporan monitoring perangkat dengan tandatangan |
    Maka output langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." adalah "Group WA, jadwal dan format laporan"
    Maka output langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" adalah "Laporan kondisi perangkat"
    Maka output langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah "Laporan perbaikan perangkat"
    Maka output langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah "Laporan monitoring perangkat dengan tandatangan"
    Maka output langkah "Meyimpan laporan monitoring perangkat" adalah "Laporan berkala monitoring perangkat"

  Skenario: Perbaikan oleh PETUGAS PERBAIKAN
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..."
    Maka tugas berikutnya adalah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi perangkat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi perangkat dan membuat laporan..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." untuk "PETUGAS PERBAIKAN"
    Maka "KASI" tidak dapat menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Maka "PENGGUNA" tidak dapat menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Ketika "PETUGAS PERBAIKAN" menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Mencatat dalam laporan monitoring perangkat..." untuk "KASI"

  Skenario: Setiap pelaksana bertindak sendiri: laporan monitoring hanya ditandatangani Kabid
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak dan keras..."
    Maka tugas berikutnya adalah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan format yang telah ditentukan"
    Maka tugas berikutnya adalah "Mencatat kondisi perangkat dan membuat laporan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat kondisi perangkat dan membuat laporan..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." untuk "PETUGAS PERBAIKAN"
    Ketika "PETUGAS PERBAIKAN" menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Mencatat dalam laporan monitoring perangkat..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Mencatat dalam laporan monitoring perangkat..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring perangkat" untuk "KABID"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring perangkat"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring perangkat"
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring perangkat" untuk "KASI"
