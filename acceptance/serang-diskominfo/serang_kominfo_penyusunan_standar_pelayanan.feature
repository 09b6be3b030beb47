# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 2546-2756 ("Mekanisme Penyusunan Dokumen Standar Pelayanan (SP)")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed): Kepala OPD, Sekretaris, Kasubag PEP, Bidang, Pelaksana. "Kepala OPD" = Kepala Dinas; "Kasubag PEP" = Kepala Sub Bagian Program, Evaluasi dan Pelaporan.
# Waktu "5 hari", "2 hari", "2hari" ditulis seperti seed (seed tidak menyebut hari kerja).
Fitur: Mekanisme Penyusunan Dokumen Standar Pelayanan (SP)
  Sub Bagian PEP, Diskominfo Kota Serang: penyusunan Dokumen Standar Pelayanan OPD dan SK penetapannya,
  sampai disampaikan ke Bagian Organisasi dan RB Setda Kota Serang.

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_standar_pelayanan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: Dokumen SP disusun, diverifikasi, diparaf, ditandatangani dan disampaikan
    Ketika "Kepala OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 2631: "Mendisposisi" adalah tindakan pimpinan -> kolom "Kepala OPD".
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    # Tafsiran: baris 2644: "Meneruskan disposisi dari Pimpinan" -> "Sekretaris" (kolom kedua, di bawah Kepala OPD).
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Pimpinan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    # Tafsiran: baris 2656: menerima dan mengedarkan ke Bidang -> "Kasubag PEP" (unit penyusun SOP ini, Sub Bagian PEP).
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    # Sumber: baris 2669: "Menyusun draft Dokumen SP bidang" -> kolom "Bidang".
    Maka tugas berikutnya adalah "Menyusun draft Dokumen SP bidang" untuk "Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    # Tafsiran: baris 2682: menghimpun draft dan membuat SK penetapan -> "Pelaksana" (staf). Tanda "T" baris 2685 (baris langkah 5, kolom ketiga Kasubag PEP) = panah Tidak kembali ke langkah ini.
    Maka tugas berikutnya adalah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    # Tafsiran: baris 2694: "Paraf dan verifikasi" = keputusan. "T" baris 2685 (baris langkah 5) dan "Y" baris 2712 (baris langkah 7) di kolom ketiga -> "Kasubag PEP" memaraf dan memutuskan; Ya ke langkah 7, Tidak ke langkah 5.
    Maka tugas berikutnya adalah "Paraf dan verifikasi Draft Dokumen SP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    # Sumber: baris 2708: "Paraf Draft Dokumen SP OPD" adalah langkah sendiri. Tafsiran: paraf kedua sebelum tanda tangan -> "Sekretaris".
    Maka tugas berikutnya adalah "Paraf Draft Dokumen SP OPD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf Draft Dokumen SP OPD"
    # Tafsiran: baris 2721: penandatanganan dokumen OPD -> "Kepala OPD" (pengesah).
    Maka tugas berikutnya adalah "Penandatanganan Dokumen SP" untuk "Kepala OPD"
    Ketika "Kepala OPD" menyelesaikan langkah "Penandatanganan Dokumen SP"
    # Tafsiran: baris 2734: menggandakan, mengarsipkan dan menyampaikan adalah kerja staf -> "Pelaksana".
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan..."
    Maka SOP selesai

  Skenario: "Kasubag PEP" memutuskan "Tidak" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    Ketika "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Maka tugas berikutnya adalah "Paraf dan verifikasi Draft Dokumen SP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Tidak" pada "Paraf dan verifikasi Draft Dokumen SP OPD" dengan alasan "draft Dokumen SP OPD perlu diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" untuk "Pelaksana"
    Dan alasan "draft Dokumen SP OPD perlu diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Maka tugas berikutnya adalah "Paraf dan verifikasi Draft Dokumen SP OPD" untuk "Kasubag PEP"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    Maka tugas berikutnya adalah "Paraf Draft Dokumen SP OPD" untuk "Sekretaris"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah 5 menit
    Maka kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah:
      | kelengkapan |
      | Lembar Disposisi & Surat Edaran |
    Maka output langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah "Disposisi dan surat edaran"
    Maka batas waktu langkah "Meneruskan disposisi dari Pimpinan" adalah 30 menit
    Maka kelengkapan langkah "Meneruskan disposisi dari Pimpinan" adalah:
      | kelengkapan |
      | disposisi Surat Edaran Penyusunan Dokumen SP |
    Maka output langkah "Meneruskan disposisi dari Pimpinan" adalah "Surat edaran penyusunan Dokumen SP"
    Maka batas waktu langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah 30 menit
    Maka kelengkapan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Dokumen SP |
    Maka output langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah "Surat edaran penyusunan Dokumen SP diketahui subbag yang terkait"
    Maka batas waktu langkah "Menyusun draft Dokumen SP bidang" adalah 5 hari
    Maka kelengkapan langkah "Menyusun draft Dokumen SP bidang" adalah:
      | kelengkapan |
      | Surat Edaran Penyusunan Dokumen SP |
    Maka output langkah "Menyusun draft Dokumen SP bidang" adalah "Draft Dokumen SP Bidang"
    Maka batas waktu langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah 5 hari
    Maka kelengkapan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah:
      | kelengkapan |
      | Draft Dokumen SP Bidang |
    Maka output langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah "Draft Dokumen SP OPD"
    Maka batas waktu langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah 2 hari
    Maka kelengkapan langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah:
      | kelengkapan |
      | Draft Dokumen SP Bidang |
    Maka output langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah "Draft Dokumen SP Bidang terverifikasi"
    Maka batas waktu langkah "Paraf Draft Dokumen SP OPD" adalah 2 hari
    Maka kelengkapan langkah "Paraf Draft Dokumen SP OPD" adalah:
      | kelengkapan |
      | Draft Dokumen SP OPD |
    Maka output langkah "Paraf Draft Dokumen SP OPD" adalah "Draft Dokumen SP OPD terparaf"
    Maka batas waktu langkah "Penandatanganan Dokumen SP" adalah 1 jam
    Maka kelengkapan langkah "Penandatanganan Dokumen SP" adalah:
      | kelengkapan |
      | Dokumen SP OPD |
    Maka output langkah "Penandatanganan Dokumen SP" adalah "Dokumen SP OPD disahkan"
    Maka batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan..." adalah 1 hari
    Maka kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan..." adalah:
      | kelengkapan |
      | Dokumen SP OPD |
    Maka output langkah "Menggandakan, mengarsipkan dan menyampaikan..." adalah "Dokumen SP OPD terkirim ke Setda"

  Skenario: "Pelaksana" tidak dapat menyelesaikan langkah "Paraf dan verifikasi Draft Dokumen SP OPD"
    # Yang menyusun draft OPD tidak memverifikasinya sendiri.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    Ketika "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Maka tugas berikutnya adalah "Paraf dan verifikasi Draft Dokumen SP OPD" untuk "Kasubag PEP"
    Maka "Pelaksana" tidak dapat menyelesaikan langkah "Paraf dan verifikasi Draft Dokumen SP OPD"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen SP"
    # Tanda tangan milik Kepala OPD.
    Ketika "Kepala OPD" memulai SOP
    Ketika "Kepala OPD" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    Ketika "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Ketika "Kasubag PEP" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Ketika "Kasubag PEP" memutuskan "Ya" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf Draft Dokumen SP OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen SP" untuk "Kepala OPD"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan Dokumen SP"
