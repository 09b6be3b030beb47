# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 1473-1690 ("Mekanisme Penyusunan LPPD")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 1543-1548): Pelaksana, Esselon IV, Kasubag, Sekretaris OPD, Kepala OPD, Tim Penyusunan LPPD.
# Di SOP ini ejaannya "Sekretaris OPD" dan "Kasubag" (di SOP PEP lain "Sekretaris", "Kasubag PEP").
Fitur: Mekanisme Penyusunan LPPD
  Sub Bagian PEP, Diskominfo Kota Serang: LPPD disusun, diverifikasi Tim, disahkan Kepala OPD
  dan dikirim ke Bagian Pemerintahan Setda Kota Serang (3 rangkap, baris 1530).

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_lppd" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: LPPD disusun, diverifikasi, disahkan dan dikirim
    Ketika "Kepala OPD" memulai SOP
    # Sumber: baris 1555: "Kepala OPD mendisposisi ..." (uraian menyebut pelaksananya).
    Maka tugas berikutnya adalah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    # Sumber: baris 1570: "Sekretaris OPD meneruskan disposisi dari camat" ("camat" terbawa dari SOP kecamatan; ditulis seperti seed).
    Maka tugas berikutnya adalah "Sekretaris OPD meneruskan disposisi dari camat" untuk "Sekretaris OPD"
    Ketika "Sekretaris OPD" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    # Sumber: baris 1584: "Kasubag mengedarkan ...".
    Maka tugas berikutnya adalah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" untuk "Kasubag"
    Ketika "Kasubag" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    # Sumber: baris 1598: "Esselon IV menyusun ..." (ejaan seed "Esselon"). Tanda "T" baris 1604 di baris langkah ini, kolom keenam "Tim Penyusunan LPPD".
    Maka tugas berikutnya adalah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" untuk "Esselon IV"
    Ketika "Esselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    # Sumber: baris 1613: "Pelaksana menghimpunLPPDberdasarkan ..." (kata-kata menempel di seed; nama langkah ditulis seperti seed).
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Maka tugas berikutnya adalah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    # Tafsiran: baris 1628: "diverifikasi" (kalimat pasif) = keputusan. "T" baris 1604 (baris langkah 4) dan "Y" baris 1648 (baris langkah 7) di kolom keenam -> "Tim Penyusunan LPPD" memutuskan (kelengkapannya "SK Tim", baris 1636); Ya ke langkah 7, Tidak kembali ke langkah 4 (Esselon IV), bukan ke langkah 5.
    Maka tugas berikutnya adalah "Dokumen LPPD yang telah tersusun diverifikasi" untuk "Tim Penyusunan LPPD"
    Ketika "Tim Penyusunan LPPD" memutuskan "Ya" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    # Sumber: baris 1642: "Kepala OPDmengesahkanDokumen LPPD" (kata menempel di seed).
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka tugas berikutnya adalah "Kepala OPD mengesahkan Dokumen LPPD" untuk "Kepala OPD"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Ketika "Kepala OPD" menyelesaikan langkah "Kepala OPD mengesahkan Dokumen LPPD"
    # Sumber: baris 1657: "Pelaksana Menggandakan Dokumen, ...".
    Maka tugas berikutnya adalah "Pelaksana Menggandakan Dokumen, mengarsipkan..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana Menggandakan Dokumen, mengarsipkan..."
    Maka SOP selesai

  Skenario: "Tim Penyusunan LPPD" memutuskan "Tidak" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    Ketika "Sekretaris OPD" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Ketika "Kasubag" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    Ketika "Esselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Maka tugas berikutnya adalah "Dokumen LPPD yang telah tersusun diverifikasi" untuk "Tim Penyusunan LPPD"
    Ketika "Tim Penyusunan LPPD" memutuskan "Tidak" pada "Dokumen LPPD yang telah tersusun diverifikasi" dengan alasan "LPPD bidang belum sesuai format"
    Maka tugas berikutnya adalah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" untuk "Esselon IV"
    Dan alasan "LPPD bidang belum sesuai format" terlihat oleh "Esselon IV"
    Ketika "Esselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Maka tugas berikutnya adalah "Dokumen LPPD yang telah tersusun diverifikasi" untuk "Tim Penyusunan LPPD"
    Ketika "Tim Penyusunan LPPD" memutuskan "Ya" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka tugas berikutnya adalah "Kepala OPD mengesahkan Dokumen LPPD" untuk "Kepala OPD"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah 10 menit
    Maka kelengkapan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah:
      | kelengkapan |
      | Surat masuk |
      | Lembar disposisi |
    Maka output langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah "Hasil disposisi"
    Maka batas waktu langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah 5 menit
    Maka kelengkapan langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah:
      | kelengkapan |
      | Surat masuk |
      | Lembar disposisi |
    Maka output langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah "Hasil disposisi"
    Maka batas waktu langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah 2 jam
    Maka kelengkapan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah:
      | kelengkapan |
      | Surat masuk |
      | Lembar disposisi |
    Maka output langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah "Nota dinas"
    Maka batas waktu langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah 3 hari
    Maka kelengkapan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah:
      | kelengkapan |
      | Nota dinas |
      | Pedoman Peny. LPPD |
      | Format LPPD |
    Maka output langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah "LPPD dari bidang"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Maka batas waktu langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah 3 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Maka kelengkapan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah:
      | kelengkapan |
      | Surat masuk |
      | Lembar disposisi |
      | Data LPPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Maka output langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah "Draft LPPD OPD tersusun"
    Maka batas waktu langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah 2 hari
    Maka kelengkapan langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah:
      | kelengkapan |
      | Draft Dokumen LPPD OPD |
      | SK Tim |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Dok. LPPD  terverifikasi" -> "Dok. LPPD terverifikasi" (seed baris 1638).
    Maka output langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah "Dok. LPPD terverifikasi"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka batas waktu langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah 1 jam
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka kelengkapan langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah:
      | kelengkapan |
      | Dokumen LPPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642); "Dok. LPPDsah" -> "Dok. LPPD sah" (seed baris 1653).
    Maka output langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah "Dok. LPPD sah"
    Maka batas waktu langkah "Pelaksana Menggandakan Dokumen, mengarsipkan..." adalah 2 hari
    Maka kelengkapan langkah "Pelaksana Menggandakan Dokumen, mengarsipkan..." adalah:
      | kelengkapan |
      | Dokumen LPPD |
      | Biaya penggandaan |
      | Surat pengantar |
    Maka output langkah "Pelaksana Menggandakan Dokumen, mengarsipkan..." adalah "Dokumen LPPD tersusun"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Dokumen LPPD yang telah tersusun diverifikasi"
    # Penghimpun draft tidak memverifikasinya.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    Ketika "Sekretaris OPD" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Ketika "Kasubag" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    Ketika "Esselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Maka tugas berikutnya adalah "Dokumen LPPD yang telah tersusun diverifikasi" untuk "Tim Penyusunan LPPD"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Dokumen LPPD yang telah tersusun diverifikasi"

  # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
  Skenario: "Sekretaris OPD" tidak dapat menyelesaikan langkah "Kepala OPD mengesahkan Dokumen LPPD"
    # Pengesahan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    Ketika "Sekretaris OPD" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Ketika "Kasubag" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    Ketika "Esselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "menghimpunLPPDberdasarkan" -> "menghimpun LPPD berdasarkan" (seed baris 1613).
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Ketika "Tim Penyusunan LPPD" memutuskan "Ya" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka tugas berikutnya adalah "Kepala OPD mengesahkan Dokumen LPPD" untuk "Kepala OPD"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "Kepala OPDmengesahkanDokumen" -> "Kepala OPD mengesahkan Dokumen" (seed baris 1642).
    Maka "Sekretaris OPD" tidak dapat menyelesaikan langkah "Kepala OPD mengesahkan Dokumen LPPD"
