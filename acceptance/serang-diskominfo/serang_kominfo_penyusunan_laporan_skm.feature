# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 2757-2916 ("Mekanisme Penyusunan Laporan Survei Kepuasan Masyarakat ( SKM )")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 2834-2837): Pelaksana, Kasubag/ PPTK, Sekretaris, Kepala OPD.
# Judul ditulis seperti seed, termasuk spasi "( SKM )".
Fitur: Mekanisme Penyusunan Laporan Survei Kepuasan Masyarakat ( SKM )
  Sub Bagian PEP, Diskominfo Kota Serang: survei kepuasan masyarakat (kuesioner manual dan/atau elektronik),
  laporan SKM diparaf, ditandatangani dan dikirim ke Bagian Organisasi dan RB Setda Kota Serang.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_laporan_skm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: kuesioner diadakan, diisi, dilaporkan, diparaf, ditandatangani dan dikirim
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 2845: pengadaan alat survei (dengan biaya pengadaan) -> "Kasubag/ PPTK" (ejaan kolom seed, baris 2835).
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Maka tugas berikutnya adalah "Melakukan pengadaan alat survey kepuasan..." untuk "Pelaksana"
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan..."
    # Tafsiran: baris 2857: distribusi dan penghimpunan kuesioner -> "Pelaksana" (staf).
    Maka tugas berikutnya adalah "Mendistribusikan quisioner SKM untuk..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk..."
    # Tafsiran: baris 2868: membuat laporan SKM -> "Pelaksana". Kolom tidak pasti (bisa Kasubag/ PPTK).
    # Diselaraskan: seed baris 2868-2876 tidak memberi tanda kolom untuk langkah 3; menurut urutan kolom (baris 2834-2837) laporan disusun di kolom "Kasubag/ PPTK" tepat sebelum paraf Sekretaris, seperti model.
    Maka tugas berikutnya adalah "Membuat laporan survei kepuasan masyarakat" untuk "Kasubag/ PPTK"
    # Diselaraskan: seed baris 2868-2876 tidak memberi tanda kolom untuk langkah 3; menurut urutan kolom (baris 2834-2837) laporan disusun di kolom "Kasubag/ PPTK" tepat sebelum paraf Sekretaris, seperti model.
    Ketika "Kasubag/ PPTK" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    # Sumber: baris 2880: "Paraf dokumen laporan SKM" adalah langkah sendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom ketiga). Tanda "T" baris 2886 ada di baris langkah ini, kolom keempat (Kepala OPD).
    Maka tugas berikutnya adalah "Paraf dokumen laporan SKM" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    # Tafsiran: baris 2893: "T" baris 2886 (baris langkah 4) dan "Y" baris 2912 (baris langkah 6) ada di kolom keempat "Kepala OPD" -> tanda tangan adalah keputusan Kepala OPD; Ya ke langkah 6, Tidak kembali ke langkah 4 (paraf).
    Maka tugas berikutnya adalah "Tanda tangan dokumen laporan SKM" untuk "Kepala OPD"
    Ketika "Kepala OPD" memutuskan "Ya" pada "Tanda tangan dokumen laporan SKM"
    # Tafsiran: baris 2907: menggandakan, mengarsipkan dan mengirim -> "Pelaksana".
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan mengirim..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan mengirim..."
    Maka SOP selesai

  Skenario: "Kepala OPD" memutuskan "Tidak" pada "Tanda tangan dokumen laporan SKM"
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan..."
    Ketika "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk..."
    # Diselaraskan: seed baris 2868-2876 tidak memberi tanda kolom untuk langkah 3; menurut urutan kolom (baris 2834-2837) laporan disusun di kolom "Kasubag/ PPTK" tepat sebelum paraf Sekretaris, seperti model.
    Ketika "Kasubag/ PPTK" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Maka tugas berikutnya adalah "Tanda tangan dokumen laporan SKM" untuk "Kepala OPD"
    Ketika "Kepala OPD" memutuskan "Tidak" pada "Tanda tangan dokumen laporan SKM" dengan alasan "laporan SKM perlu diperbaiki"
    Maka tugas berikutnya adalah "Paraf dokumen laporan SKM" untuk "Sekretaris"
    Dan alasan "laporan SKM perlu diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Maka tugas berikutnya adalah "Tanda tangan dokumen laporan SKM" untuk "Kepala OPD"
    Ketika "Kepala OPD" memutuskan "Ya" pada "Tanda tangan dokumen laporan SKM"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan mengirim..." untuk "Pelaksana"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Melakukan pengadaan alat survey kepuasan..." adalah 14 hari
    Maka kelengkapan langkah "Melakukan pengadaan alat survey kepuasan..." adalah:
      | kelengkapan |
      | Biaya pengadaan alat survey |
    Maka output langkah "Melakukan pengadaan alat survey kepuasan..." adalah "Alat SKM"
    Maka batas waktu langkah "Mendistribusikan quisioner SKM untuk..." adalah 6 bulan
    Maka kelengkapan langkah "Mendistribusikan quisioner SKM untuk..." adalah:
      | kelengkapan |
      | Alat SKM |
    Maka output langkah "Mendistribusikan quisioner SKM untuk..." adalah "Quisioner terisi dan tersusun"
    Maka batas waktu langkah "Membuat laporan survei kepuasan masyarakat" adalah 1 minggu
    Maka kelengkapan langkah "Membuat laporan survei kepuasan masyarakat" adalah:
      | kelengkapan |
      | Quisioner SKM |
    Maka output langkah "Membuat laporan survei kepuasan masyarakat" adalah "Draft laporan SKM"
    Maka batas waktu langkah "Paraf dokumen laporan SKM" adalah 3 jam
    Maka kelengkapan langkah "Paraf dokumen laporan SKM" adalah:
      | kelengkapan |
      | Draft laporan SKM |
    Maka output langkah "Paraf dokumen laporan SKM" adalah "Laporan SKM terparaf"
    Maka batas waktu langkah "Tanda tangan dokumen laporan SKM" adalah 3 jam
    Maka kelengkapan langkah "Tanda tangan dokumen laporan SKM" adalah:
      | kelengkapan |
      | Laporan SKM |
    Maka output langkah "Tanda tangan dokumen laporan SKM" adalah "Laporan SKM disetujui"
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan mengirim..." adalah 2 hari
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan mengirim..." adalah:
      | kelengkapan |
      | Laporan SKM |
    Maka output langkah "Menggandakan, mengarsipkan dan mengirim..." adalah "Laporan SKM terkirim"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Tanda tangan dokumen laporan SKM"
    # Tanda tangan milik Kepala OPD.
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan..."
    Ketika "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk..."
    # Diselaraskan: seed baris 2868-2876 tidak memberi tanda kolom untuk langkah 3; menurut urutan kolom (baris 2834-2837) laporan disusun di kolom "Kasubag/ PPTK" tepat sebelum paraf Sekretaris, seperti model.
    Ketika "Kasubag/ PPTK" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Maka tugas berikutnya adalah "Tanda tangan dokumen laporan SKM" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Tanda tangan dokumen laporan SKM"

  Skenario: "Kepala OPD" tidak dapat menyelesaikan langkah "Paraf dokumen laporan SKM"
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: seed baris 2845-2853 tidak memberi tanda kolom untuk langkah 1; satu-satunya petunjuk letak adalah urutan kolom (baris 2834-2837: Pelaksana di kolom pertama, alur kiri ke kanan), yang diikuti model: langkah pertama milik "Pelaksana".
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan..."
    Ketika "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk..."
    # Diselaraskan: seed baris 2868-2876 tidak memberi tanda kolom untuk langkah 3; menurut urutan kolom (baris 2834-2837) laporan disusun di kolom "Kasubag/ PPTK" tepat sebelum paraf Sekretaris, seperti model.
    Ketika "Kasubag/ PPTK" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Maka tugas berikutnya adalah "Paraf dokumen laporan SKM" untuk "Sekretaris"
    Maka "Kepala OPD" tidak dapat menyelesaikan langkah "Paraf dokumen laporan SKM"
