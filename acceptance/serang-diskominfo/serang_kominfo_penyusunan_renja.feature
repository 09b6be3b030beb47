# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 379-601 ("Mekanisme Penyusunan RENJA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan RENJA
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan RENJA OPD dari surat edaran sampai dokumen disampaikan ke BAPPEDA.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_renja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RENJA OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 464: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    # Tafsiran: baris 476: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RENJA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    # Tafsiran: baris 489: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    # Sumber: baris 502: "Menyusun draft RENJA bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft RENJA bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    # Tafsiran: baris 515: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 520 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    # Tafsiran: baris 529: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 520, baris langkah 5) dan "Y" (baris 545, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft RENJA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENJA OPD"
    # Sumber: baris 541: "paraf Draft RENJA OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft RENJA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENJA OPD"
    # Tafsiran: baris 554: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENJA" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen RENJA"
    # Tafsiran: baris 567: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA"
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft RENJA OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENJA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft RENJA OPD" dengan alasan "draft RENJA OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" untuk "Pelaksana"
    Dan alasan "draft RENJA OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENJA OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENJA OPD"
    Maka tugas berikutnya adalah "paraf Draft RENJA OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan Renja |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah "Surat edaran penyusunan Renja"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Renja |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah "Surat edaran penyusunan Renja"
    Maka batas waktu langkah "Menyusun draft RENJA bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft RENJA bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Renja |
    Maka output langkah "Menyusun draft RENJA bidang" adalah "Draft Renja Bidang"
    Maka batas waktu langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah:
      | kelengkapan |
      | Draft RENJA Bidang |
    Maka output langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah "Draft Renja OPD"
    Maka batas waktu langkah "Verifikasi Draft RENJA OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft RENJA OPD" adalah:
      | kelengkapan |
      | Draft Renja Bidang |
    Maka output langkah "Verifikasi Draft RENJA OPD" adalah "Draft Renja OPD"
    Maka batas waktu langkah "paraf Draft RENJA OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft RENJA OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat Renja OPD" -> "Draft Renja OPD" (seed baris 548).
      | Draft Renja OPD |
    Maka output langkah "paraf Draft RENJA OPD" adalah "Draft Renja OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen RENJA" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen RENJA" adalah:
      | kelengkapan |
      | Renja OPD |
    Maka output langkah "Penandatanganan Dokumen RENJA" adalah "Renja OPD"
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah 1 hari
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah:
      | kelengkapan |
      | Renja OPD |
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah "Renja OPD"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RENJA OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENJA OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RENJA OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen RENJA"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENJA OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENJA" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen RENJA"
