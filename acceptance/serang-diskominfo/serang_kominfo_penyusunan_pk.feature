# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 824-1042 ("Mekanisme Penyusunan PK")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan PK
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan PK OPD dari surat edaran sampai dokumen disampaikan ke Setda.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_pk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: PK OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 908: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan PK OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    # Tafsiran: baris 921: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan PK OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    # Tafsiran: baris 934: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    # Sumber: baris 947: "Menyusun draft PK bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft PK bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    # Tafsiran: baris 960: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 964 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan PK Bidang dan Menyusun PK OPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    # Tafsiran: baris 973: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 964, baris langkah 5) dan "Y" (baris 989, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft PK OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft PK OPD"
    # Sumber: baris 985: "paraf Draft PK OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft PK OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft PK OPD"
    # Tafsiran: baris 998: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen PK" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen PK"
    # Tafsiran: baris 1011: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanPK" -> "menyampaikan PK" (seed baris 1011).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanPK" -> "menyampaikan PK" (seed baris 1011).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda"
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft PK OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft PK OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft PK OPD" dengan alasan "draft PK OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan PK Bidang dan Menyusun PK OPD" untuk "Pelaksana"
    Dan alasan "draft PK OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft PK OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft PK OPD"
    Maka tugas berikutnya adalah "paraf Draft PK OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan PK |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah "Surat edaran penyusunan PK"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan PK |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah "Surat edaran penyusunan PK"
    Maka batas waktu langkah "Menyusun draft PK bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft PK bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan PK |
    Maka output langkah "Menyusun draft PK bidang" adalah "Draft PK Bidang"
    Maka batas waktu langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah:
      | kelengkapan |
      | Draft PK Bidang |
    Maka output langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah "Draft PK OPD"
    Maka batas waktu langkah "Verifikasi Draft PK OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft PK OPD" adalah:
      | kelengkapan |
      | Draft PK Bidang |
    Maka output langkah "Verifikasi Draft PK OPD" adalah "Draft PK OPD"
    Maka batas waktu langkah "paraf Draft PK OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft PK OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat PK OPD" -> "Draft PK OPD" (seed baris 992).
      | Draft PK OPD |
    Maka output langkah "paraf Draft PK OPD" adalah "Draft PK OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen PK" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen PK" adalah:
      | kelengkapan |
      | PK OPD |
    Maka output langkah "Penandatanganan Dokumen PK" adalah "PK OPD sah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanPK" -> "menyampaikan PK" (seed baris 1011).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanPK" -> "menyampaikan PK" (seed baris 1011).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah:
      | kelengkapan |
      | PK OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanPK" -> "menyampaikan PK" (seed baris 1011).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah "PK OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft PK OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft PK OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft PK OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen PK"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft PK OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft PK OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen PK" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen PK"
