# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1763-1802 ("Prosedur Pelaksanaan Monitoring dan Evaluasi")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1767): Kadin | Sekretaris | Tim | (tak terbaca) | Staf | (tak terbaca) | Staf.
# Tafsiran: kolom tak terbaca = Kasubag Evapor dan Kasubag Umum, seperti SOP perencanaan lain (baris 1811, 2040-2041).
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 1782-1785, tidak: ke staf) dan Tim (baris 1786-1789, tidak: ke Kasubag).
Fitur: Prosedur Pelaksanaan Monitoring dan Evaluasi
  Pelaksanaan monitoring dan evaluasi: tim dibentuk, monitoring dilaksanakan, laporan monev disusun, diketik,
  diperiksa, disetujui Tim, diparaf, ditandatangani, digandakan, diagenda dan diarsipkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pelaksanaan_monitoring_evaluasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: laporan monev disetujui, ditandatangani dan diarsipkan
    # Sumber: baris 1768: "Zmﬂwﬁﬂﬁ&qwmb untuk melaksanakan monitoring"; kata kerja rusak, dibaca "Memerintahkan".
    # Tafsiran (pola SOP perencanaan dengan Tim): konsep disusun/bahan dikumpulkan Tim, dihimpun Kasubag Evapor, diketik Staf Evapor, diperiksa Kasubag Evapor (tidak: ke staf) lalu Tim (tidak: ke kasubag), lalu Sekretaris.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    # Sumber: baris 1774-1776: "Menyusun rencana kegiatan ... Pelaksanaan kegiatan monitoring"; output "Rencana Kegiatan
    # Monitoring, dan data monitoring" (tidak diuji); keterangan "SOP Perjalanan Dinas, SOP Surat Tugas".
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan..." untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan..."
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    # Output baris 1780 rusak ("Wodmﬂu laporan Monev"); tidak diuji.
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    # Sumber: baris 1782-1785: "Memeriksa hasil ketikan Konsep laporan, Jika setuju diserahkan ke Tim. Jika tidak setuju, diserahkan kepada staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    # Sumber: baris 1786-1789: "Memeriksa laporan monev, Jika setuju diserahkan ke Sekretaris. Jika tidak diserahkan kepada Kasubag untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa laporan monev..."
    Maka tugas berikutnya adalah "Memberi paraf dan menyerahkan ke Kaban" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: baris 1797-1798 tidak menyisakan tanda kolom untuk langkah 10; tabel memberi perintah kepada Kasubag kepada Sekretaris (atasan Kasubag; pola buku). Seed ambigu (bacaan G4 dan G5 pun berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan"
    # Sumber: baris 1797-1799: "11 |menggandakan, mengagenda da ... mengarsipkan."; awal uraian hilang di OCR, dibaca
    # "Memerintahkan untuk ..." (nama sebagian tafsiran). Waktu tak terbaca ("|, |"); tidak diuji.
    # Diselaraskan: titik akhir seperti seed (baris 1799 "mengarsipkan.") dan uraian tabel.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan." untuk "Kasubag Umum"
    # Diselaraskan: titik akhir seperti seed (baris 1799 "mengarsipkan.") dan uraian tabel.
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan."
    # OCR menomori langkah ini "19" (baris 1801) = 12. Nama seperti seed ("Menggandakan,mengagenda").
    # Diselaraskan: spasi OCR yang hilang sesudah koma (baris 1801) dibetulkan di tabel; kata seed sama.
    Maka tugas berikutnya adalah "Menggandakan, mengagenda dan mengarsipkan" untuk "Staf Umum"
    # Diselaraskan: spasi OCR yang hilang sesudah koma (baris 1801) dibetulkan di tabel; kata seed sama.
    Ketika "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda dan mengarsipkan"
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep laporan": kembali ke "Mengetik Konsep laporan"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan..." untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan..."
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    # Sumber: baris 1782-1785: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep laporan..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"

  Skenario: "Tim" memutuskan "Tidak" pada "Memeriksa laporan monev": kembali ke "Menghimpun data monitoring, menyusun..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan..." untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan..."
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"
    # Sumber: baris 1786-1789: tidak setuju -> kembali ke langkah Kasubag Evapor (menghimpun data, menyusun konsep laporan).
    Ketika "Tim" memutuskan "Tidak" pada "Memeriksa laporan monev..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa laporan monev..."
    Maka tugas berikutnya adalah "Memberi paraf dan menyerahkan ke Kaban" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan monitoring" adalah 15 menit
    Maka batas waktu langkah "Membentuk Tim Monitoring" adalah 30 menit
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun rencana kegiatan..." adalah 3 hari
    Maka batas waktu langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah 1 hari
    Maka batas waktu langkah "Mengetik Konsep laporan" adalah 1 hari
    Maka batas waktu langkah "Memeriksa hasil ketikan Konsep laporan..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa laporan monev..." adalah 30 menit
    Maka batas waktu langkah "Memberi paraf dan menyerahkan ke Kaban" adalah 15 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 1 hari
    # Seed baris 1795: "90 menit" (bisa salah OCR untuk 30 menit); diuji seperti tercetak.
    Maka batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah 90 menit
    # Diselaraskan: spasi OCR yang hilang sesudah koma (baris 1801) dibetulkan di tabel; kata seed sama.
    Maka batas waktu langkah "Menggandakan, mengagenda dan mengarsipkan" adalah 1 hari
    Maka kelengkapan langkah "Memerintahkan untuk melaksanakan monitoring" adalah:
      | kelengkapan |
      | Struktur Organisasi |
    Maka kelengkapan langkah "Membentuk Tim Monitoring" adalah:
      | kelengkapan |
      | Draft Tim Monitoring |
    Maka kelengkapan langkah "Menyusun rencana kegiatan..." adalah:
      | kelengkapan |
      | Tim Monitoring |
    Maka kelengkapan langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah:
      | kelengkapan |
      | Data monitoring |
    Maka kelengkapan langkah "Mengetik Konsep laporan" adalah:
      | kelengkapan |
      | Konsep laporan Monev |
    Maka kelengkapan langkah "Memeriksa hasil ketikan Konsep laporan..." adalah:
      | kelengkapan |
      | Konsep laporan Monev |
    Maka kelengkapan langkah "Memeriksa laporan monev..." adalah:
      | kelengkapan |
      | Laporan Monev |
    Maka kelengkapan langkah "Memberi paraf dan menyerahkan ke Kaban" adalah:
      | kelengkapan |
      | Laporan Monev yang sudah disetujui Tim |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Laporan Monev yang sudah diparaf |
    Maka kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah:
      | kelengkapan |
      | Laporan Monev yang sudah ditandatangani |
    # Diselaraskan: titik akhir seperti seed (baris 1799 "mengarsipkan.") dan uraian tabel.
    Maka kelengkapan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengarsipkan." adalah:
      | kelengkapan |
      | Laporan Monev yang sudah ditandatangani |
    # Diselaraskan: spasi OCR yang hilang sesudah koma (baris 1801) dibetulkan di tabel; kata seed sama.
    Maka kelengkapan langkah "Menggandakan, mengagenda dan mengarsipkan" adalah:
      | kelengkapan |
      | Laporan Monev yang sudah ditandatangani |
    Maka output langkah "Memerintahkan untuk melaksanakan monitoring" adalah "Draft Tim Monitoring"
    Maka output langkah "Membentuk Tim Monitoring" adalah "Tim Monitoring"
    Maka output langkah "Menghimpun data monitoring, menyusun konsep laporan" adalah "Konsep laporan Monev"
    Maka output langkah "Memeriksa hasil ketikan Konsep laporan..." adalah "Laporan Monev"
    Maka output langkah "Memeriksa laporan monev..." adalah "Laporan Monev yang sudah disetujui Tim"
    Maka output langkah "Memberi paraf dan menyerahkan ke Kaban" adalah "Laporan Monev yang sudah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Laporan Monev yang sudah ditandatangani"
    Maka output langkah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" adalah "Laporan Monev yang sudah ditandatangani"
    # Diselaraskan: spasi OCR yang hilang sesudah koma (baris 1801) dibetulkan di tabel; kata seed sama.
    Maka output langkah "Menggandakan, mengagenda dan mengarsipkan" adalah "Penulisan di buku agenda"

  Skenario: Hanya Tim yang memeriksa laporan monev
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan..." untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan..."
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa laporan monev..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa laporan monev..."
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa laporan monev..."
    Maka tugas berikutnya adalah "Memberi paraf dan menyerahkan ke Kaban" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan monitoring" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk melaksanakan monitoring"
    Maka tugas berikutnya adalah "Membentuk Tim Monitoring" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Monitoring"
    Maka tugas berikutnya adalah "Menyusun rencana kegiatan..." untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun rencana kegiatan..."
    Maka tugas berikutnya adalah "Menghimpun data monitoring, menyusun konsep laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun data monitoring, menyusun konsep laporan"
    Maka tugas berikutnya adalah "Mengetik Konsep laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep laporan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep laporan..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep laporan..."
    Maka tugas berikutnya adalah "Memeriksa laporan monev..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa laporan monev..."
    Maka tugas berikutnya adalah "Memberi paraf dan menyerahkan ke Kaban" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyerahkan ke Kaban"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: baris 1797-1798 tidak menyisakan tanda kolom untuk langkah 10; tabel memberi perintah kepada Kasubag kepada Sekretaris (atasan Kasubag; pola buku). Seed ambigu (bacaan G4 dan G5 pun berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pengarsipan" untuk "Sekretaris"
