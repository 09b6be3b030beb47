# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 42-52 ("SOP Perawatan dan Mengatasi Permasalahan Jaringan Intranet/Internet")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 45, ditulis huruf besar seperti seed): Petugas / Teknisi TI; KASI SEKSI PEMB. TELEMATIKA; KABID APLIKASI TELEMATIKA; KEPALA DINAS.
# Seed tidak menunjukkan keputusan Ya/Tidak. Waktu "10 - 20 Menit" (baris 51) adalah rentang (kalimat rentang kini ada).
Fitur: SOP Perawatan dan Mengatasi Permasalahan Jaringan Intranet/Internet
  Diskominfo: laporan gangguan jaringan intranet/internet diteruskan ke atasan, petugas TI ditugaskan,
  menyusun rencana tindakan dan memperbaiki sampai jaringan siap pakai.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_perawatan_jaringan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: laporan gangguan sampai jaringan siap pakai
    Ketika "Petugas / Teknisi TI" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 46: laporan gangguan dari instansi diterima dan dicatat petugas ("Catatan gangguan di database").
    Maka tugas berikutnya adalah "Laporan dan Instansi" untuk "Petugas / Teknisi TI"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Laporan dan Instansi"
    # Tafsiran: baris 47: disposisi ke atasan -> Kasi meneruskan ke Kabid.
    Maka tugas berikutnya adalah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" untuk "KASI SEKSI PEMB. TELEMATIKA"
    Ketika "KASI SEKSI PEMB. TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya"
    # Tafsiran: baris 48: disposisi ke atasan untuk pengambilan keputusan -> Kabid meneruskan ke Kepala Dinas.
    Maka tugas berikutnya adalah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" untuk "KABID APLIKASI TELEMATIKA"
    Ketika "KABID APLIKASI TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan"
    # Tafsiran: baris 49: menugaskan Petugas TI -> Kepala Dinas (pengambil keputusan, baris 48). Kolom tidak pasti (bisa Kasi).
    Maka tugas berikutnya adalah "Menugaskan Petugas TI untuk melaksanakan..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Menugaskan Petugas TI untuk melaksanakan..."
    # Tafsiran: baris 50.
    Maka tugas berikutnya adalah "Menyusun rencana Tindakan penanganan" untuk "Petugas / Teknisi TI"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Menyusun rencana Tindakan penanganan"
    # Tafsiran: baris 51.
    Maka tugas berikutnya adalah "Tindakan perbaikan/penggantian" untuk "Petugas / Teknisi TI"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Tindakan perbaikan/penggantian"
    # Tafsiran: baris 52.
    Maka tugas berikutnya adalah "Telah merawat dan menyelesaikan permasalahan jaringan TI" untuk "Petugas / Teknisi TI"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI"
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Laporan dan Instansi" adalah 5 menit
    Maka kelengkapan langkah "Laporan dan Instansi" adalah:
      | kelengkapan |
      | Laporan Lisan/Tulis |
    Maka output langkah "Laporan dan Instansi" adalah "Catatan gangguan di database"
    Maka batas waktu langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah 5 menit
    Maka kelengkapan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah:
      | kelengkapan |
      | Laporan Lisan/Tulis |
    Maka output langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah "Disposisi"
    Maka batas waktu langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah 5 menit
    # Diselaraskan: sel kelengkapan seed baris 48 ("Komputer, Server, Jaringan") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah:
      | kelengkapan |
      | Komputer |
      | Server |
      | Jaringan |
    Maka output langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah "Disposisi"
    Maka batas waktu langkah "Menugaskan Petugas TI untuk melaksanakan..." adalah 5 menit
    # Diselaraskan: sel kelengkapan seed baris 49 ("Program Kerja, Perangkat TI") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menugaskan Petugas TI untuk melaksanakan..." adalah:
      | kelengkapan |
      | Program Kerja |
      | Perangkat TI |
    Maka output langkah "Menugaskan Petugas TI untuk melaksanakan..." adalah "Disposisi dan pengaduan"
    Maka batas waktu langkah "Menyusun rencana Tindakan penanganan" adalah 10 menit
    Maka kelengkapan langkah "Menyusun rencana Tindakan penanganan" adalah:
      | kelengkapan |
      | Rencana dan Program Kerja |
    Maka output langkah "Menyusun rencana Tindakan penanganan" adalah "Penyusunan Rencana"
    # Diselaraskan: kalimat rentang waktu kini ada di kosakata; seed baris 51 "10 - 20 Menit" (PERLU KALIMAT sebelumnya).
    Maka batas waktu langkah "Tindakan perbaikan/penggantian" adalah 10 - 20 Menit
    Maka kelengkapan langkah "Tindakan perbaikan/penggantian" adalah:
      | kelengkapan |
      | Maintenance Perangkat Jaringan dan Komputer |
    Maka output langkah "Tindakan perbaikan/penggantian" adalah "Perangkat Siap pakai"
    Maka batas waktu langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah 5 menit
    Maka kelengkapan langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah:
      | kelengkapan |
      | Jaringan Siap Pakai |
    Maka output langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah "Perangkat Siap pakai"

  Skenario: "Petugas / Teknisi TI" tidak dapat menyelesaikan langkah "Menugaskan Petugas TI untuk melaksanakan..."
    Ketika "Petugas / Teknisi TI" memulai SOP
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Laporan dan Instansi"
    Ketika "KASI SEKSI PEMB. TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya"
    Ketika "KABID APLIKASI TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan"
    Maka tugas berikutnya adalah "Menugaskan Petugas TI untuk melaksanakan..." untuk "KEPALA DINAS"
    Maka "Petugas / Teknisi TI" tidak dapat menyelesaikan langkah "Menugaskan Petugas TI untuk melaksanakan..."

  Skenario: "KASI SEKSI PEMB. TELEMATIKA" tidak dapat menyelesaikan langkah "Tindakan perbaikan/penggantian"
    Ketika "Petugas / Teknisi TI" memulai SOP
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Laporan dan Instansi"
    Ketika "KASI SEKSI PEMB. TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya"
    Ketika "KABID APLIKASI TELEMATIKA" menyelesaikan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Menugaskan Petugas TI untuk melaksanakan..."
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Menyusun rencana Tindakan penanganan"
    Maka tugas berikutnya adalah "Tindakan perbaikan/penggantian" untuk "Petugas / Teknisi TI"
    Maka "KASI SEKSI PEMB. TELEMATIKA" tidak dapat menyelesaikan langkah "Tindakan perbaikan/penggantian"
