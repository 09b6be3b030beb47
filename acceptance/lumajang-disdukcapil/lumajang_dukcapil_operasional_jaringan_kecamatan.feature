# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3021-3083 ("SOP OPRASIONAL JARINGAN EXTERNAL (KECAMATAN)")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3025): PETUGAS KECAMATAN | KASI SIAK | STAF PIAK | HELPDESK.
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
# Waktu dan kelengkapan langkah 2-4 tercetak terpisah dari uraian (baris 3045-3083); dibaca menurut urutan.
Fitur: SOP OPRASIONAL JARINGAN EXTERNAL (KECAMATAN)
  Operasional jaringan external (kecamatan): gangguan diterima dan dicatat, dianalisa dan direncanakan
  penanganannya, diperbaiki dan dilaporkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_operasional_jaringan_kecamatan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari gangguan sampai laporan hasil penanganan
    # Tafsiran: empat langkah, empat kolom (PETUGAS KECAMATAN | KASI SIAK | STAF PIAK | HELPDESK): satu langkah per kolom
    # berurutan; MULAI di langkah 1. Bisa juga STAF PIAK yang menerima gangguan dari kecamatan.
    # Kelengkapan langkah 1 (baris 3027-3036) bercampur ("Surat perintah perbaikan" mungkin milik langkah lain); tidak diuji.
    Ketika "PETUGAS KECAMATAN" memulai SOP
    Maka tugas berikutnya adalah "Menerima dan mencatat gangguan" untuk "PETUGAS KECAMATAN"
    Ketika "PETUGAS KECAMATAN" menyelesaikan langkah "Menerima dan mencatat gangguan"
    Maka tugas berikutnya adalah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan" untuk "KASI SIAK"
    Ketika "KASI SIAK" menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan"
    # Nama seperti seed ("perbaiakan").
    Maka tugas berikutnya adalah "Tindakan perbaiakan" untuk "STAF PIAK"
    Ketika "STAF PIAK" menyelesaikan langkah "Tindakan perbaiakan"
    # Tafsiran: laporan hasil penanganan oleh HELPDESK (kolom terakhir; langkah 3 melapor ke Helpdesk). Bisa juga STAF PIAK.
    Maka tugas berikutnya adalah "Laporan" untuk "HELPDESK"
    Ketika "HELPDESK" menyelesaikan langkah "Laporan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menerima dan mencatat gangguan" adalah 1 hari
    Maka batas waktu langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan" adalah 1 hari
    Maka batas waktu langkah "Tindakan perbaiakan" adalah 1 hari
    Maka batas waktu langkah "Laporan" adalah 1 hari
    Maka kelengkapan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan" adalah:
      | kelengkapan |
      | Jadwal |
      | Perangkat Komputer |
      | Handphone |
      | Contact person |
      | Look Book |
    Maka kelengkapan langkah "Tindakan perbaiakan" adalah:
      | kelengkapan |
      | Handphone |
      | Aplikasi Whatsapp |
      | Laporan ke Helpdesk |
      | Email |
    Maka kelengkapan langkah "Laporan" adalah:
      | kelengkapan |
      | Handphone |
      | Aplikasi Whatsapp |
      | Email |
    # Diselaraskan: "- Surat perintah perbaikan" (baris 3036) berdiri sendiri sesudah daftar kelengkapan langkah 1, sebelum langkah 2; tabel menaruhnya di output langkah 1 (seed ambigu, model dipertahankan).
    Maka output langkah "Menerima dan mencatat gangguan" adalah "Laporan Kondisi jaringan, Surat perintah perbaikan"
    Maka output langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan" adalah "Hasil kondisi gangguan"
    Maka output langkah "Tindakan perbaiakan" adalah "Laporan gangguan jaringan"
    Maka output langkah "Laporan" adalah "Laporan hasil penanganan"

  Skenario: Analisa gangguan oleh Kasi SIAK
    Ketika "PETUGAS KECAMATAN" memulai SOP
    Maka tugas berikutnya adalah "Menerima dan mencatat gangguan" untuk "PETUGAS KECAMATAN"
    Ketika "PETUGAS KECAMATAN" menyelesaikan langkah "Menerima dan mencatat gangguan"
    Maka tugas berikutnya adalah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan" untuk "KASI SIAK"
    Maka "STAF PIAK" tidak dapat menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan"
    Maka "PETUGAS KECAMATAN" tidak dapat menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan"
    Ketika "KASI SIAK" menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta menyusun rencana tindakan penanganan"
    Maka tugas berikutnya adalah "Tindakan perbaiakan" untuk "STAF PIAK"
