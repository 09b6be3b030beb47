# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 1902-2122 ("Mekanisme Penyusunan RENSTRA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan RENSTRA
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan RENSTRA OPD dari surat edaran sampai dokumen disampaikan ke instansi terkait.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_renstra" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RENSTRA OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 1989: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    # Tafsiran: baris 2001: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    # Tafsiran: baris 2014: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    # Sumber: baris 2026: "Menyusun draft RENSTRA bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft RENSTRA bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    # Tafsiran: baris 2039: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 2044 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    # Tafsiran: baris 2053: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 2044, baris langkah 5) dan "Y" (baris 2069, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft RENSTRA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENSTRA OPD"
    # Sumber: baris 2065: "paraf Draft RENSTRA OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft RENSTRA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENSTRA OPD"
    # Tafsiran: baris 2078: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENSTRA" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen RENSTRA"
    # Tafsiran: baris 2091: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanRENSTRA" -> "menyampaikan RENSTRA" (seed baris 2091).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanRENSTRA" -> "menyampaikan RENSTRA" (seed baris 2091).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..."
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft RENSTRA OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENSTRA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft RENSTRA OPD" dengan alasan "draft RENSTRA OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" untuk "Pelaksana"
    Dan alasan "draft RENSTRA OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENSTRA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENSTRA OPD"
    Maka tugas berikutnya adalah "paraf Draft RENSTRA OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan RENSTRA |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah "Surat edaran penyusunan RENSTRA"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan RENSTRA |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah "Surat edaran penyusunan RENSTRA"
    Maka batas waktu langkah "Menyusun draft RENSTRA bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft RENSTRA bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan RENSTRA |
    Maka output langkah "Menyusun draft RENSTRA bidang" adalah "Draft RENSTRA Bidang"
    Maka batas waktu langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah 5 hari
    Maka kelengkapan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah:
      | kelengkapan |
      | Draft RENSTRA Bidang |
    Maka output langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Maka batas waktu langkah "Verifikasi Draft RENSTRA OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft RENSTRA OPD" adalah:
      | kelengkapan |
      | Draft RENSTRA Bidang |
    Maka output langkah "Verifikasi Draft RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Maka batas waktu langkah "paraf Draft RENSTRA OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft RENSTRA OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat RENSTRA OPD" -> "Draft RENSTRA OPD" (seed baris 2072).
      | Draft RENSTRA OPD |
    Maka output langkah "paraf Draft RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen RENSTRA" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen RENSTRA" adalah:
      | kelengkapan |
      | RENSTRA OPD |
    Maka output langkah "Penandatanganan Dokumen RENSTRA" adalah "RENSTRA OPD sah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanRENSTRA" -> "menyampaikan RENSTRA" (seed baris 2091).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanRENSTRA" -> "menyampaikan RENSTRA" (seed baris 2091).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah:
      | kelengkapan |
      | RENSTRA OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanRENSTRA" -> "menyampaikan RENSTRA" (seed baris 2091).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah "RENSTRA OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RENSTRA OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENSTRA OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RENSTRA OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen RENSTRA"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENSTRA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENSTRA OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENSTRA" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen RENSTRA"
