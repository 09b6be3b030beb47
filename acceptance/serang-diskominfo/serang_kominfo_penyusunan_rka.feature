# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 2123-2334 ("Mekanisme Penyusunan RKA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana.
# Waktu "5 hari", "2hari" ditulis seperti seed (tanpa "kerja"; seed tidak menyebut hari kerja).
Fitur: Mekanisme Penyusunan RKA
  Sub Bagian Program, Evaluasi dan Pelaporan, Diskominfo Kota Serang:
  penyusunan RKA OPD dari surat edaran sampai disampaikan kepada Tim TAPD (harus memperhatikan RENSTRA dan SSH).

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RKA OPD disusun, diparaf, diverifikasi, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 2210: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RKA OPD" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    # Tafsiran: baris 2223: menganalisis surat dan meneruskannya -> "Sekretaris" (kolom kedua).
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RKA OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    # Tafsiran: baris 2236: menerima dan mengedarkan ke Bidang/bagian -> "Kasubag PEP".
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    # Sumber: baris 2249: "Menyusun draft RKA bidang/bagian" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft RKA bidang/bagian" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    # Tafsiran: baris 2262: mengumpulkan dan menginput ke aplikasi adalah kerja staf -> "Pelaksana". Tanda "T" baris 2267 (baris langkah 5, kolom ketiga) = panah Tidak kembali ke langkah ini.
    Maka tugas berikutnya adalah "Mengumpulkan RKA Bidang dan menginput..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    # Sumber: baris 2262: "hasilnya diparaf oleh PPTK kabid/kabag"
    # Setiap pelaksana bertindak: paraf PPTK / Kabid / Kabag ditulis sebagai langkah sendiri di kolom "Bidang" (tafsiran: PPTK dan Kabid/Kabag adalah pejabat Bidang; seed tidak punya kolom PPTK).
    # Nama langkah ini disusun dari kata-kata seed (seed tidak memberinya nomor sendiri); nama model boleh berbeda, ikuti katalog langkah bila ada.
    Maka tugas berikutnya adalah "Paraf hasil input RKA oleh PPTK kabid/kabag" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    # Tafsiran: baris 2276: "Verifikasi ... dan Memaraf" = keputusan. "Y" baris 2291 (baris langkah 7) ada di kolom kedua "Sekretaris" -> Sekretaris memutuskan dan memaraf; "T" baris 2267 di baris langkah 5 -> Tidak kembali ke langkah 5.
    Maka tugas berikutnya adalah "Verifikasi Draft RKA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft RKA OPD dan Memaraf"
    # Tafsiran: baris 2289: penandatanganan -> "Kepala OPD".
    Maka tugas berikutnya adalah "Penandatanganan Draft Dokumen RKA" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Draft Dokumen RKA"
    # Tafsiran: baris 2302: menyampaikan kepada Tim TAPD -> "Pelaksana" (staf). Kolom tidak pasti (bisa Kasubag PEP).
    Maka tugas berikutnya adalah "Menyampaikan RKA OPD kepada Tim TAPD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menyampaikan RKA OPD kepada Tim TAPD"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft RKA OPD dan Memaraf"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft RKA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft RKA OPD dan Memaraf" dengan alasan "draft RKA OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan RKA Bidang dan menginput..." untuk "Pelaksana"
    Dan alasan "draft RKA OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft RKA OPD dan Memaraf" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft RKA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Draft Dokumen RKA" untuk "Kepala OPD"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah 30 menit
    Maka kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan RKA |
    Maka output langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah "Surat edaran penyusunan RKA"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan RKA |
    Maka output langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah "Surat edaran penyusunan RKA"
    Maka batas waktu langkah "Menyusun draft RKA bidang/bagian" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft RKA bidang/bagian" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan RKA |
    Maka output langkah "Menyusun draft RKA bidang/bagian" adalah "Draft RKA Bidang/bagian"
    Maka batas waktu langkah "Mengumpulkan RKA Bidang dan menginput..." adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan RKA Bidang dan menginput..." adalah:
      | kelengkapan |
      | Draft RKA dan aplikasi pengolaan keuangan |
    Maka output langkah "Mengumpulkan RKA Bidang dan menginput..." adalah "Draft RKA OPD"
    # Langkah "Paraf hasil input RKA oleh PPTK kabid/kabag": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).
    Maka batas waktu langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah 2 hari
    Maka kelengkapan langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah:
      | kelengkapan |
      | Draft RKA OPD |
    Maka output langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah "Draft RKA OPD"
    Maka batas waktu langkah "Penandatanganan Draft Dokumen RKA" adalah 1 jam
    Maka kelengkapan langkah "Penandatanganan Draft Dokumen RKA" adalah:
      | kelengkapan |
      | RKA OPD |
    Maka output langkah "Penandatanganan Draft Dokumen RKA" adalah "RKA OPD"
    Maka batas waktu langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah 1 hari
    Maka kelengkapan langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah:
      | kelengkapan |
      | RKA OPD |
    Maka output langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah "RKA OPD terkirim untuk diproses lebih lanjut"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RKA OPD dan Memaraf"
    # Penginput draft tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft RKA OPD dan Memaraf" untuk "Sekretaris"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Verifikasi Draft RKA OPD dan Memaraf"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    # Paraf milik PPTK / Kabid / Kabag (kolom Bidang).
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    Maka tugas berikutnya adalah "Paraf hasil input RKA oleh PPTK kabid/kabag" untuk "Bidang"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Draft Dokumen RKA"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput..."
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft RKA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Draft Dokumen RKA" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Draft Dokumen RKA"
