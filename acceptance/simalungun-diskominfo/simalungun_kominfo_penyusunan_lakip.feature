# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 91-113 ("SOP : PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 94): Kepala Dinas, Sekretaris, Kasubag Program, Staf/Jabatan Fungsional Umum. Seed menyingkat Kepala Dinas "Kadis" (baris 109-110).
Fitur: SOP : PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)
  Penyusunan LAKIP: data kinerja bidang dan sekretariat dihimpun dan dianalisis, dokumen LAKIP dibuat,
  dikoreksi, diperiksa Sekretaris, ditandatangani Kepala Dinas dan dikirim dengan surat pengantar.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_lakip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: LAKIP disusun, diperiksa, ditandatangani dan dikirim
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 95: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan penyusunan LAKIP" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    # Tafsiran: baris 96.
    Maka tugas berikutnya adalah "Membuat format pengumpulan data dan..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat format pengumpulan data dan..."
    # Tafsiran: baris 97.
    Maka tugas berikutnya adalah "Menyampaikan format pengumpulan data..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan format pengumpulan data..."
    # Tafsiran: baris 98.
    Maka tugas berikutnya adalah "Menghimpun format data dan informasi..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menghimpun format data dan informasi..."
    # Tafsiran: baris 99: analisis dan evaluasi -> Kasubag Program. Ket.: "SOP perjanjian kinerja".
    # Diselaraskan: baris 99: kolom pelaksana kosong (tanda hilang); staf yang menghimpun data (baris 98) mengolahnya menjadi "Draft LAKIP", lalu membuat dokumennya (baris 100); seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Maka tugas berikutnya adalah "Menganalisis dan mengevaluasi data dan..." untuk "Staf/Jabatan Fungsional Umum"
    # Diselaraskan: pelaksana baris 99 adalah Staf/JFU (tafsiran tabel; seed tanpa tanda).
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan..."
    # Sumber: baris 100: "Tidak" di kolom kedua (Sekretaris) pada baris langkah 6 = ujung panah Tidak dari pemeriksaan Sekretaris. Tafsiran pelaksana: Staf/JFU.
    Maka tugas berikutnya adalah "Membuat Dokumen LAKIP" untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    # Tafsiran: baris 101: mengoreksi -> Kasubag Program (seed tidak memberi Ya/Tidak di baris ini).
    Maka tugas berikutnya adalah "Mengoreksi Dokumen LAKIP" untuk "Kasubag Program"
    # Diselaraskan: baris 100-102: "Tidak" (baris 100) dan "Ya" (baris 102) mengapit baris 101 "Mengoreksi Dokumen LAKIP": koreksi adalah pemeriksaan = keputusan (seeds/README.md "Reading the tables": verifikasi = keputusan), Tidak kembali ke "Membuat Dokumen LAKIP", Ya ke baris 102.
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    # Tafsiran: baris 102: menyampaikan kepada Sekretaris -> Kasubag Program. "Ya" di kolom Sekretaris pada baris ini tidak jelas asalnya.
    Maka tugas berikutnya adalah "Menyampaikan Dokumen LAKIP kepada Sekretaris..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..."
    # Sumber: baris 109: "T" di kolom Sekretaris.
    # Tafsiran: baris 109-110: "Memeriksa" = keputusan Sekretaris; Ya ("Y" baris 110) ke langkah 10, Tidak kembali ke langkah 6 ("Tidak" baris 100).
    Maka tugas berikutnya adalah "Memeriksa dan menyampaikan Dokumen LAKIP..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP..."
    # Sumber: baris 110: "Penandatanganan dokumen LAKIP oleh Kadis" -> Kepala Dinas ("Y" di kolom Kepala Dinas dan Sekretaris).
    Maka tugas berikutnya adalah "Penandatanganan dokumen LAKIP oleh Kadis..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis..."
    # Tafsiran: baris 111: memerintah kasubbag (baris 110: Kadis "memerintahkan sekretaris") -> Sekretaris.
    Maka tugas berikutnya adalah "Memerintah kasubbag membuat surat pengantar..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintah kasubbag membuat surat pengantar..."
    # Tafsiran: baris 112.
    Maka tugas berikutnya adalah "Membuat surat pengantar pengiriman sekaligus..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat surat pengantar pengiriman sekaligus..."
    # Tafsiran: baris 113.
    Maka tugas berikutnya adalah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Memeriksa dan menyampaikan Dokumen LAKIP..."
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat format pengumpulan data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan format pengumpulan data..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menghimpun format data dan informasi..."
    # Diselaraskan: pelaksana baris 99 adalah Staf/JFU (tafsiran tabel; seed tanpa tanda).
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    # Diselaraskan: baris 100-102: "Tidak" (baris 100) dan "Ya" (baris 102) mengapit baris 101 "Mengoreksi Dokumen LAKIP": koreksi adalah pemeriksaan = keputusan (seeds/README.md "Reading the tables": verifikasi = keputusan), Tidak kembali ke "Membuat Dokumen LAKIP", Ya ke baris 102.
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa dan menyampaikan Dokumen LAKIP..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Memeriksa dan menyampaikan Dokumen LAKIP..." dengan alasan "dokumen LAKIP perlu diperbaiki"
    # Diselaraskan: "T" baris 109 tidak menyebut sasaran; "Tidak" baris 100 milik koreksi baris 101 (lihat di atas), jadi Tidak Sekretaris kembali ke koreksi Kasubag Program (baris 101), seperti tabel (catatan langkah 9). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Mengoreksi Dokumen LAKIP" untuk "Kasubag Program"
    Dan alasan "dokumen LAKIP perlu diperbaiki" terlihat oleh "Kasubag Program"
    # Diselaraskan: baris 100-102: "Tidak" (baris 100) dan "Ya" (baris 102) mengapit baris 101 "Mengoreksi Dokumen LAKIP": koreksi adalah pemeriksaan = keputusan (seeds/README.md "Reading the tables": verifikasi = keputusan), Tidak kembali ke "Membuat Dokumen LAKIP", Ya ke baris 102.
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa dan menyampaikan Dokumen LAKIP..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP..."
    Maka tugas berikutnya adalah "Penandatanganan dokumen LAKIP oleh Kadis..." untuk "Kepala Dinas"

  # Diselaraskan: skenario baru; seed menunjukkan "Tidak" (baris 100) untuk koreksi baris 101 (keputusan, lihat alur utama).
  Skenario: "Kasubag Program" memutuskan "Tidak" pada "Mengoreksi Dokumen LAKIP"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat format pengumpulan data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan format pengumpulan data..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menghimpun format data dan informasi..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Maka tugas berikutnya adalah "Mengoreksi Dokumen LAKIP" untuk "Kasubag Program"
    Ketika "Kasubag Program" memutuskan "Tidak" pada "Mengoreksi Dokumen LAKIP" dengan alasan "data kinerja belum sesuai"
    Maka tugas berikutnya adalah "Membuat Dokumen LAKIP" untuk "Staf/Jabatan Fungsional Umum"
    Dan alasan "data kinerja belum sesuai" terlihat oleh "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Maka tugas berikutnya adalah "Menyampaikan Dokumen LAKIP kepada Sekretaris..." untuk "Kasubag Program"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan penyusunan LAKIP" adalah 10 menit
    Maka kelengkapan langkah "Memerintahkan penyusunan LAKIP" adalah:
      | kelengkapan |
      | Disposisi surat |
    Maka output langkah "Memerintahkan penyusunan LAKIP" adalah "Disposisi surat"
    Maka batas waktu langkah "Membuat format pengumpulan data dan..." adalah 2 jam
    Maka kelengkapan langkah "Membuat format pengumpulan data dan..." adalah:
      | kelengkapan |
      | Format penyusunan LAKIP |
    Maka output langkah "Membuat format pengumpulan data dan..." adalah "Format penyusunan LAKIP"
    Maka batas waktu langkah "Menyampaikan format pengumpulan data..." adalah 1 jam
    Maka kelengkapan langkah "Menyampaikan format pengumpulan data..." adalah:
      | kelengkapan |
      | Format penyusunan LAKIP |
    Maka output langkah "Menyampaikan format pengumpulan data..." adalah "Format penyusunan LAKIP"
    Maka batas waktu langkah "Menghimpun format data dan informasi..." adalah 3 jam
    Maka kelengkapan langkah "Menghimpun format data dan informasi..." adalah:
      | kelengkapan |
      | Format penyusunan LAKIP |
    Maka output langkah "Menghimpun format data dan informasi..." adalah "Format penyusunan LAKIP"
    Maka batas waktu langkah "Menganalisis dan mengevaluasi data dan..." adalah 4 hari
    Maka kelengkapan langkah "Menganalisis dan mengevaluasi data dan..." adalah:
      | kelengkapan |
      | Format penyusunan LAKIP |
    Maka output langkah "Menganalisis dan mengevaluasi data dan..." adalah "Draft LAKIP"
    Maka batas waktu langkah "Membuat Dokumen LAKIP" adalah 2 hari
    Maka kelengkapan langkah "Membuat Dokumen LAKIP" adalah:
      | kelengkapan |
      | Draft LAKIP |
    Maka output langkah "Membuat Dokumen LAKIP" adalah "Dokumen LAKIP"
    Maka batas waktu langkah "Mengoreksi Dokumen LAKIP" adalah 1 hari
    Maka kelengkapan langkah "Mengoreksi Dokumen LAKIP" adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Mengoreksi Dokumen LAKIP" adalah "Dokumen LAKIP"
    Maka batas waktu langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..." adalah 1 jam
    Maka kelengkapan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..." adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..." adalah "Dokumen LAKIP"
    Maka batas waktu langkah "Memeriksa dan menyampaikan Dokumen LAKIP..." adalah 10 menit
    Maka kelengkapan langkah "Memeriksa dan menyampaikan Dokumen LAKIP..." adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Memeriksa dan menyampaikan Dokumen LAKIP..." adalah "Disposisi persetujuan dokumen LAKIP"
    Maka batas waktu langkah "Penandatanganan dokumen LAKIP oleh Kadis..." adalah 10 menit
    Maka kelengkapan langkah "Penandatanganan dokumen LAKIP oleh Kadis..." adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Penandatanganan dokumen LAKIP oleh Kadis..." adalah "Disposisi persetujuan dokumen LAKIP"
    Maka batas waktu langkah "Memerintah kasubbag membuat surat pengantar..." adalah 10 menit
    Maka kelengkapan langkah "Memerintah kasubbag membuat surat pengantar..." adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Memerintah kasubbag membuat surat pengantar..." adalah "Disposisi persetujuan dokumen LAKIP"
    Maka batas waktu langkah "Membuat surat pengantar pengiriman sekaligus..." adalah 15 menit
    Maka kelengkapan langkah "Membuat surat pengantar pengiriman sekaligus..." adalah:
      | kelengkapan |
      | Konsep surat pengantar |
    Maka output langkah "Membuat surat pengantar pengiriman sekaligus..." adalah "Surat pengantar"
    Maka batas waktu langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah 1 jam
    Maka kelengkapan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah:
      | kelengkapan |
      | Dokumen LAKIP |
    Maka output langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah "Dokumen LAKIP"

  Skenario: "Kasubag Program" tidak dapat menyelesaikan langkah "Memeriksa dan menyampaikan Dokumen LAKIP..."
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat format pengumpulan data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan format pengumpulan data..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menghimpun format data dan informasi..."
    # Diselaraskan: pelaksana baris 99 adalah Staf/JFU (tafsiran tabel; seed tanpa tanda).
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    # Diselaraskan: baris 100-102: "Tidak" (baris 100) dan "Ya" (baris 102) mengapit baris 101 "Mengoreksi Dokumen LAKIP": koreksi adalah pemeriksaan = keputusan (seeds/README.md "Reading the tables": verifikasi = keputusan), Tidak kembali ke "Membuat Dokumen LAKIP", Ya ke baris 102.
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa dan menyampaikan Dokumen LAKIP..." untuk "Sekretaris"
    Maka "Kasubag Program" tidak dapat menyelesaikan langkah "Memeriksa dan menyampaikan Dokumen LAKIP..."

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis..."
    # Tanda tangan milik Kepala Dinas (baris 110).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat format pengumpulan data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan format pengumpulan data..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menghimpun format data dan informasi..."
    # Diselaraskan: pelaksana baris 99 adalah Staf/JFU (tafsiran tabel; seed tanpa tanda).
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat Dokumen LAKIP"
    # Diselaraskan: baris 100-102: "Tidak" (baris 100) dan "Ya" (baris 102) mengapit baris 101 "Mengoreksi Dokumen LAKIP": koreksi adalah pemeriksaan = keputusan (seeds/README.md "Reading the tables": verifikasi = keputusan), Tidak kembali ke "Membuat Dokumen LAKIP", Ya ke baris 102.
    Ketika "Kasubag Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Ketika "Kasubag Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP..."
    Maka tugas berikutnya adalah "Penandatanganan dokumen LAKIP oleh Kadis..." untuk "Kepala Dinas"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis..."
