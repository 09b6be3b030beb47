# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 1043-1252 ("Mekanisme Penyusunan Laporan Capaian Kinerja")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari" ditulis seperti seed; seed tidak menyebut hari kerja (kebijakan hari SOP berlaku).
Fitur: Mekanisme Penyusunan Laporan Capaian Kinerja
  Sub Bagian Program, Evaluasi dan Pelaporan, Dinas Komunikasi dan Informatika Kota Serang:
  penyusunan Laporan Capaian Kinerja OPD dari surat edaran sampai dokumen disampaikan ke Setda.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_laporan_capaian_kinerja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: Laporan Capaian Kinerja OPD disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 1124: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    # Tafsiran: baris 1136: menganalisis surat dari Kepala OPD dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    # Tafsiran: baris 1148: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan..." untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan..."
    # Sumber: baris 1160: "Menyusun draft Laporan Capaian Kinerja bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft Laporan Capaian Kinerja bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    # Tafsiran: baris 1173: menghimpun draft Bidang dan menyusun dokumen OPD adalah kerja staf -> kolom "Pelaksana"; tanda "T" baris 1176 ada di kolom ketiga (Kasubag PEP), yaitu panah Tidak dari keputusan langkah 6 yang kembali ke langkah 5.
    Maka tugas berikutnya adalah "Mengumpulkan Laporan Capaian Kinerja..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja..."
    # Tafsiran: baris 1185: "Verifikasi" = keputusan (README seed). Tanda "T" (baris 1176, baris langkah 5) dan "Y" (baris 1201, baris langkah 7) keduanya di kolom ketiga "Kasubag PEP" -> belah ketupat di kolom Kasubag PEP; Ya ke langkah 7, Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft Laporan Capaian Kinerja OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    # Sumber: baris 1197: "paraf Draft Laporan Capaian Kinerja OPD": paraf adalah langkah tersendiri. Tafsiran: paraf sebelum tanda tangan Kepala OPD -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "paraf Draft Laporan Capaian Kinerja OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft Laporan Capaian Kinerja OPD"
    # Tafsiran: baris 1210: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen Laporan Capaian Kinerja" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja"
    # Tafsiran: baris 1223: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLaporan" -> "menyampaikan Laporan" (seed baris 1223).
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLaporan" -> "menyampaikan Laporan" (seed baris 1223).
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..."
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan..."
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja..."
    Maka tugas berikutnya adalah "Verifikasi Draft Laporan Capaian Kinerja OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Verifikasi Draft Laporan Capaian Kinerja OPD" dengan alasan "draft Laporan Capaian Kinerja OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan Laporan Capaian Kinerja..." untuk "Pelaksana"
    Dan alasan "draft Laporan Capaian Kinerja OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja..."
    Maka tugas berikutnya adalah "Verifikasi Draft Laporan Capaian Kinerja OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "paraf Draft Laporan Capaian Kinerja OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah "Surat edaran penyusunan Laporan Capaian Kinerja"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan..." adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan..." adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan..." adalah "Surat edaran penyusunan Laporan Capaian Kinerja"
    Maka batas waktu langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Maka output langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah "Draft Laporan Capaian Kinerja Bidang"
    Maka batas waktu langkah "Mengumpulkan Laporan Capaian Kinerja..." adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan Laporan Capaian Kinerja..." adalah:
      | kelengkapan |
      | Draft Laporan Capaian Kinerja Bidang |
    Maka output langkah "Mengumpulkan Laporan Capaian Kinerja..." adalah "Draft Laporan Capaian Kinerja OPD"
    Maka batas waktu langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah 5 hari
    Maka kelengkapan langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan |
      | Draft Laporan Capaian Kinerja Bidang |
    Maka output langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah "Draft Laporan Capaian Kinerja OPD"
    Maka batas waktu langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah 3 jam
    Maka kelengkapan langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel: "Drfat Laporan" -> "Draft Laporan" (seed baris 1204).
      | Draft Laporan Capaian Kinerja OPD |
    Maka output langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah "Draft Laporan Capaian Kinerja OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah 3 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah:
      | kelengkapan |
      | Laporan Capaian Kinerja OPD |
    Maka output langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah "Laporan Capaian Kinerja OPD sah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLaporan" -> "menyampaikan Laporan" (seed baris 1223).
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLaporan" -> "menyampaikan Laporan" (seed baris 1223).
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah:
      | kelengkapan |
      | Laporan Capaian Kinerja OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menyampaikanLaporan" -> "menyampaikan Laporan" (seed baris 1223).
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah "Laporan Capaian Kinerja OPD terkirim"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft Laporan Capaian Kinerja OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan..."
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja..."
    Maka tugas berikutnya adalah "Verifikasi Draft Laporan Capaian Kinerja OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft Laporan Capaian Kinerja OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan..."
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja..."
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen Laporan Capaian Kinerja" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja"
