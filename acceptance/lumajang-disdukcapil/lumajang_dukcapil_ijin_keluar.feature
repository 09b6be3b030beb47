# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1259-1281 ("Prosedur Ijin Keluar")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1262): Kasubag Umpeg | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Tafsiran: semua langkah oleh Staf (pegawai yang ijin keluar); Kasubag Umpeg hanya menerima laporan langkah 4, tanpa
# langkah sendiri. Tidak ada tanda Ya/Tidak.
Fitur: Prosedur Ijin Keluar
  Ijin keluar: pegawai mengisi dan menulis buku ijin keluar, melapor kepada atasan langsung dan kepada
  Kasubag Umum dan Kepegawaian.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_ijin_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari buku ijin keluar sampai laporan
    # OCR baris 1264: "Mengisi Buku ljin" dibaca "Ijin".
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Mengisi Buku Ijin Keluar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengisi Buku Ijin Keluar"
    Maka tugas berikutnya adalah "Menulis buku ijin Keluar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menulis buku ijin Keluar"
    Maka tugas berikutnya adalah "Melapor kepada Atasan Langsung" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melapor kepada Atasan Langsung"
    Maka tugas berikutnya adalah "Melapor Kepada Kasubag Umum dan Kepegawaian" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melapor Kepada Kasubag Umum dan Kepegawaian"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Mengisi Buku Ijin Keluar" adalah 15 menit
    Maka batas waktu langkah "Menulis buku ijin Keluar" adalah 20 menit
    Maka batas waktu langkah "Melapor kepada Atasan Langsung" adalah 10 menit
    Maka batas waktu langkah "Melapor Kepada Kasubag Umum dan Kepegawaian" adalah 15 menit
    Maka kelengkapan langkah "Mengisi Buku Ijin Keluar" adalah:
      | kelengkapan |
      | Buku penjagaan ijin keluar |
    Maka kelengkapan langkah "Menulis buku ijin Keluar" adalah:
      | kelengkapan |
      | Buku penjagaan ijin keluar |
    Maka kelengkapan langkah "Melapor kepada Atasan Langsung" adalah:
      | kelengkapan |
      | Melapor untuk ijin keluar |
    Maka output langkah "Menulis buku ijin Keluar" adalah "Buku Penjagaan ijin keluar"
    Maka output langkah "Melapor kepada Atasan Langsung" adalah "Buku Penjagaan ijin keluar yang telah dikoreksi"

  Skenario: Kasubag Umpeg tidak mengisi buku ijin keluar
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Mengisi Buku Ijin Keluar" untuk "Staf"
    # Diselaraskan: kolom Kasubag Umpeg dihapus dari model (tabel: tanpa langkah di sumber, hanya penerima laporan langkah 4, baris 1262, 1273-1276),
    # dan SOP kini hanya punya pelaksana Staf, jadi tidak ada peran lain untuk contoh peran yang salah.
    # PERLU KALIMAT: pengguna dengan jabatan katalog di luar pelaksana SOP (Kasubag Umpeg) tidak dapat menyelesaikan langkah "Mengisi Buku Ijin Keluar"
    Ketika "Staf" menyelesaikan langkah "Mengisi Buku Ijin Keluar"
    Maka tugas berikutnya adalah "Menulis buku ijin Keluar" untuk "Staf"
