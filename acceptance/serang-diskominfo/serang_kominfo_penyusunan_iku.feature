# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 1691-1901 ("Mekanisme Penyusunan IKU")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan IKU
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan IKU OPD dari surat edaran sampai dokumen disampaikan ke Bagian Organisasi dan RB.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_iku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: IKU OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 1775: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan IKU OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    # Tafsiran: baris 1787: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan IKU OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    # Tafsiran: baris 1800: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    # Sumber: baris 1813: "Menyusun draft IKU bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft IKU bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    # Tafsiran: baris 1826: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 1831 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    # Tafsiran: baris 1840: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 1831, baris langkah 5) dan "Y" (baris 1856, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft IKU OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft IKU OPD"
    # Sumber: baris 1852: "paraf Draft IKU OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft IKU OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft IKU OPD"
    # Tafsiran: baris 1865: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen IKU" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen IKU"
    # Tafsiran: baris 1878: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanIKU" -> "menyampaikan IKU" (seed baris 1878).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan IKU..." untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanIKU" -> "menyampaikan IKU" (seed baris 1878).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan IKU..."
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft IKU OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft IKU OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft IKU OPD" dengan alasan "draft IKU OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" untuk "Pelaksana"
    Dan alasan "draft IKU OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft IKU OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft IKU OPD"
    Maka tugas berikutnya adalah "paraf Draft IKU OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan IKU |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah "Surat edaran penyusunan IKU"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan IKU |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah "Surat edaran penyusunan IKU"
    Maka batas waktu langkah "Menyusun draft IKU bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft IKU bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan IKU |
    Maka output langkah "Menyusun draft IKU bidang" adalah "Draft IKU Bidang"
    Maka batas waktu langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah:
      | kelengkapan |
      | Draft IKU Bidang |
    Maka output langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah "Draft IKU OPD"
    Maka batas waktu langkah "Verifikasi Draft IKU OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft IKU OPD" adalah:
      | kelengkapan |
      | Draft IKU Bidang |
    Maka output langkah "Verifikasi Draft IKU OPD" adalah "Draft IKU OPD"
    Maka batas waktu langkah "paraf Draft IKU OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft IKU OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat IKU OPD" -> "Draft IKU OPD" (seed baris 1859).
      | Draft IKU OPD |
    Maka output langkah "paraf Draft IKU OPD" adalah "Draft IKU OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen IKU" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen IKU" adalah:
      | kelengkapan |
      | IKU OPD |
    Maka output langkah "Penandatanganan Dokumen IKU" adalah "IKU OPD sah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanIKU" -> "menyampaikan IKU" (seed baris 1878).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan IKU..." adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanIKU" -> "menyampaikan IKU" (seed baris 1878).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan IKU..." adalah:
      | kelengkapan |
      | IKU OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanIKU" -> "menyampaikan IKU" (seed baris 1878).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan IKU..." adalah "IKU OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft IKU OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft IKU OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft IKU OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen IKU"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft IKU OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft IKU OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen IKU" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen IKU"
