# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 602-823 ("Mekanisme Penyusunan LKJiP")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan LKJiP
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan LKJiP OPD dari surat edaran sampai dokumen disampaikan ke BAPPEDA.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_lkjip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: LKJiP OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 684: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    # Tafsiran: baris 697: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    # Tafsiran: baris 710: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    # Sumber: baris 723: "Menyusun draft LKJiP bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft LKJiP bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    # Tafsiran: baris 736: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 740 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    # Tafsiran: baris 749: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 740, baris langkah 5) dan "Y" (baris 765, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft LKJiP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKJiP OPD"
    # Sumber: baris 761: "paraf Draft LKJiP OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft LKJiP OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKJiP OPD"
    # Tafsiran: baris 774: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKJiP" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen LKJiP"
    # Tafsiran: baris 787: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKJiP" -> "menyampaikan LKJiP" (seed baris 787).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKJiP" -> "menyampaikan LKJiP" (seed baris 787).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA"
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft LKJiP OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKJiP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft LKJiP OPD" dengan alasan "draft LKJiP OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" untuk "Pelaksana"
    Dan alasan "draft LKJiP OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKJiP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKJiP OPD"
    Maka tugas berikutnya adalah "paraf Draft LKJiP OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan LKJiP |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah "Surat edaran penyusunan LKJiP"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan LKJiP |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah "Surat edaran penyusunan LKJiP"
    Maka batas waktu langkah "Menyusun draft LKJiP bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft LKJiP bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan LKJiP |
    Maka output langkah "Menyusun draft LKJiP bidang" adalah "Draft LKJiP Bidang"
    Maka batas waktu langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Draft LKJiPbidang" -> "Draft LKJiP bidang" (seed baris 743).
      | Draft LKJiP bidang |
    Maka output langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah "Draft LKJiP OPD"
    Maka batas waktu langkah "Verifikasi Draft LKJiP OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft LKJiP OPD" adalah:
      | kelengkapan |
      | Draft LKJiP Bidang |
    Maka output langkah "Verifikasi Draft LKJiP OPD" adalah "Draft LKJiP OPD"
    Maka batas waktu langkah "paraf Draft LKJiP OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft LKJiP OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat LKJiP OPD" -> "Draft LKJiP OPD" (seed baris 768).
      | Draft LKJiP OPD |
    Maka output langkah "paraf Draft LKJiP OPD" adalah "Draft LKJiP OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen LKJiP" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen LKJiP" adalah:
      | kelengkapan |
      | LKJiP OPD |
    Maka output langkah "Penandatanganan Dokumen LKJiP" adalah "LKJiP OPD disahkan"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKJiP" -> "menyampaikan LKJiP" (seed baris 787).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKJiP" -> "menyampaikan LKJiP" (seed baris 787).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah:
      | kelengkapan |
      | LKJiP OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKJiP" -> "menyampaikan LKJiP" (seed baris 787).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah "LKJiP OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft LKJiP OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKJiP OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft LKJiP OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen LKJiP"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKJiP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKJiP OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKJiP" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen LKJiP"
