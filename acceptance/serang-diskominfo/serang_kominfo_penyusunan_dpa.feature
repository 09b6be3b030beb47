# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 2335-2545 ("MEKANISME PENYUSUNAN DPA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana.
# Waktu "5 hari", "2hari" ditulis seperti seed (tanpa "kerja"; seed tidak menyebut hari kerja).
Fitur: MEKANISME PENYUSUNAN DPA
  Sub Bagian Program, Evaluasi dan Pelaporan, Diskominfo Kota Serang:
  penyusunan DPA OPD dari surat edaran sampai disampaikan kepada Tim TAPD (harus memperhatikan RENSTRA dan SSH).

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_dpa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: DPA OPD disusun, diparaf, diverifikasi, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 2424: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    # Sumber: baris 2424: uraian langkah 1 menyebut "RENJA" walaupun SOP ini DPA (salah salin di seed); nama langkah ditulis seperti seed.
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    # Tafsiran: baris 2437: menganalisis surat dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan DPA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    # Tafsiran: baris 2450: menerima dan mengedarkan ke Bidang/bagian -> "Kasubag PEP".
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    # Sumber: baris 2463: "Menyusun draft DPA bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft DPA bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    # Tafsiran: baris 2476: mengumpulkan dan menginput ke aplikasi adalah kerja staf -> "Pelaksana". Tanda "T" baris 2480 (baris langkah 5, kolom ketiga) = panah Tidak kembali ke langkah ini.
    Maka tugas berikutnya adalah "Mengumpulkan draft DPA Bidang dan menginputnya..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    # Sumber: baris 2476: "untuk diparaf oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    # Setiap pelaksana bertindak: paraf PPTK / Kabid / Kabag ditulis sebagai langkah sendiri di kolom "Bidang" (tafsiran: PPTK dan Kabid/Kabag adalah pejabat Bidang; seed tidak punya kolom PPTK).
    # Nama langkah ini disusun dari kata-kata seed (seed tidak memberinya nomor sendiri); nama model boleh berbeda, ikuti katalog langkah bila ada.
    Maka tugas berikutnya adalah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    # Tafsiran: baris 2489: "Verifikasi ... dan Memaraf" = keputusan. "Y" baris 2505 (baris langkah 7) ada di kolom kedua "Sekretaris" -> Sekretaris memutuskan dan memaraf; "T" baris 2480 di baris langkah 5 -> Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft DPA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft DPA OPD dan Memaraf"
    # Tafsiran: baris 2503: penandatanganan -> "Kepala OPD".
    Maka tugas berikutnya adalah "Penandatanganan Dokumen DPA" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen DPA"
    # Tafsiran: baris 2517: menyampaikan kepada Tim TAPD -> "Pelaksana" (staf). Kolom tidak pasti (bisa Kasubag PEP).
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "kepada TimTAPD" -> "kepada Tim TAPD" (seed baris 2517).
    Maka tugas berikutnya adalah "Menyampaikan DPA OPD kepada Tim TAPD" untuk "Pelaksana"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "kepada TimTAPD" -> "kepada Tim TAPD" (seed baris 2517).
    Ketika "Pelaksana" menyelesaikan langkah "Menyampaikan DPA OPD kepada Tim TAPD"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft DPA OPD dan Memaraf"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft DPA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft DPA OPD dan Memaraf" dengan alasan "draft DPA OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan draft DPA Bidang dan menginputnya..." untuk "Pelaksana"
    Dan alasan "draft DPA OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft DPA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft DPA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen DPA" untuk "Kepala OPD"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan DPA |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah "Surat edaran penyusunan DPA"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan DPA |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah "Surat edaran penyusunan DPA"
    Maka batas waktu langkah "Menyusun draft DPA bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft DPA bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan DPA |
    Maka output langkah "Menyusun draft DPA bidang" adalah "Draft DPA Bidang"
    Maka batas waktu langkah "Mengumpulkan draft DPA Bidang dan menginputnya..." adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..." adalah:
      | kelengkapan |
      | Draft DPA Bidang |
    Maka output langkah "Mengumpulkan draft DPA Bidang dan menginputnya..." adalah "Draft DPA OPD"
    # Langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).
    Maka batas waktu langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah 2 hari
    Maka kelengkapan langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah:
      | kelengkapan |
      | Draft DPA OPD |
    Maka output langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah "Draft DPA OPD"
    Maka batas waktu langkah "Penandatanganan Dokumen DPA" adalah 1 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen DPA" adalah:
      | kelengkapan |
      | DPA OPD |
    Maka output langkah "Penandatanganan Dokumen DPA" adalah "DPA OPD"
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "kepada TimTAPD" -> "kepada Tim TAPD" (seed baris 2517).
    Maka batas waktu langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah 1 hari
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "kepada TimTAPD" -> "kepada Tim TAPD" (seed baris 2517).
    Maka kelengkapan langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah:
      | kelengkapan |
      | DPA OPD |
    # Diselaraskan: ejaan OCR dibetulkan di tabel: "kepada TimTAPD" -> "kepada Tim TAPD" (seed baris 2517).
    Maka output langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah "DPA OPD terkirim kepada Tim TAPD untuk diproses lebih lanjut"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft DPA OPD dan Memaraf"
    # Penginput draft tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft DPA OPD dan Memaraf" untuk "Sekretaris"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft DPA OPD dan Memaraf"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    # Paraf milik PPTK / Kabid / Kabag (kolom Bidang).
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    Maka tugas berikutnya adalah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag" untuk "Bidang"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen DPA"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya..."
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft DPA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen DPA" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen DPA"
