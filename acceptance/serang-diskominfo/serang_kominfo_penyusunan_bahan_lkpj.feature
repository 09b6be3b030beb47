# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 1253-1472 ("Mekanisme Penyusunan Bahan LKPJ")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan Bahan LKPJ
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan LKPJ OPD dari surat edaran sampai dokumen disampaikan ke instansi terkait.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_bahan_lkpj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: LKPJ OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 1336: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    # Tafsiran: baris 1349: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    # Tafsiran: baris 1362: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    # Sumber: baris 1375: "Menyusun draft LKPJ bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft LKPJ bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    # Tafsiran: baris 1388: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 1393 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    # Tafsiran: baris 1402: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 1393, baris langkah 5) dan "Y" (baris 1418, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft LKPJ OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKPJ OPD"
    # Sumber: baris 1414: "paraf Draft LKPJ OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft LKPJ OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKPJ OPD"
    # Tafsiran: baris 1427: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKPJ" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen LKPJ"
    # Tafsiran: baris 1440: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKPJ" -> "menyampaikan LKPJ" (seed baris 1440).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan LKPJ..." untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKPJ" -> "menyampaikan LKPJ" (seed baris 1440).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ..."
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft LKPJ OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKPJ OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft LKPJ OPD" dengan alasan "draft LKPJ OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" untuk "Pelaksana"
    Dan alasan "draft LKPJ OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKPJ OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKPJ OPD"
    Maka tugas berikutnya adalah "paraf Draft LKPJ OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan LKPJ |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah "Surat edaran penyusunan LKPJ"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan LKPJ |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah "Surat edaran penyusunan LKPJ"
    Maka batas waktu langkah "Menyusun draft LKPJ bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft LKPJ bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan LKPJ |
    Maka output langkah "Menyusun draft LKPJ bidang" adalah "Draft LKPJ Bidang"
    Maka batas waktu langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah:
      | kelengkapan |
      | Draft LKPJ Bidang |
    Maka output langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah "Draft LKPJ OPD"
    Maka batas waktu langkah "Verifikasi Draft LKPJ OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft LKPJ OPD" adalah:
      | kelengkapan |
      | Draft LKPJ Bidang |
    Maka output langkah "Verifikasi Draft LKPJ OPD" adalah "Draft LKPJ OPD"
    Maka batas waktu langkah "paraf Draft LKPJ OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft LKPJ OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat LKPJ OPD" -> "Draft LKPJ OPD" (seed baris 1421).
      | Draft LKPJ OPD |
    Maka output langkah "paraf Draft LKPJ OPD" adalah "Draft LKPJ OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen LKPJ" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen LKPJ" adalah:
      | kelengkapan |
      | LKPJ OPD |
    Maka output langkah "Penandatanganan Dokumen LKPJ" adalah "LKPJ OPD sah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKPJ" -> "menyampaikan LKPJ" (seed baris 1440).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ..." adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKPJ" -> "menyampaikan LKPJ" (seed baris 1440).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ..." adalah:
      | kelengkapan |
      | LKPJ OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLKPJ" -> "menyampaikan LKPJ" (seed baris 1440).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ..." adalah "LKPJ OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft LKPJ OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKPJ OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft LKPJ OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen LKPJ"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft LKPJ OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKPJ OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKPJ" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen LKPJ"
