# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 136-154 ("SOP : PENYUSUNAN RENCANA KERJA ANGGARAN (RKA)")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 139): Kasubag Program, Staf/Jabatan Fungsional Umum, Sekretaris, Kepala Dinas.
# Urutan penilai (Kepala Dinas lalu Sekretaris) mengikuti urutan baris seed dan tanda "Tidak"; tidak pasti.
Fitur: SOP : PENYUSUNAN RENCANA KERJA ANGGARAN (RKA)
  Penyusunan RKA: blanko isian dari subbag dihimpun, rapat internal, draft RKA dinilai dan dikoreksi,
  difinalisasi, dibagikan beserta jadwal pencermatan TAPD dan didokumentasikan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RKA disusun, dinilai, difinalisasi, dibagikan dan didokumentasikan
    Ketika "Kasubag Program" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 140.
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    # Tafsiran: baris 141.
    Maka tugas berikutnya adalah "Menyampaikan blanko isian dan informasi..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan blanko isian dan informasi..."
    # Sumber: baris 142: "menyerahkannya kepada Kasubag Program" -> pelaksana bukan Kasubag; tafsiran Staf/JFU.
    Maka tugas berikutnya adalah "Mengumpulkan blanko isian dari masing-masing..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing..."
    # Tafsiran: baris 143. Ket.: "SOP Rapat Internal".
    Maka tugas berikutnya adalah "Melaksanakan rapat internal perhitungan..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan..."
    # Tafsiran: baris 144: membuat draft RKA dan menyerahkan kepada Kepala -> Kasubag Program. "Ya" di kolom Kepala Dinas pada baris ini tidak jelas asalnya.
    # Diselaraskan: baris 144-146: kolom pelaksana kosong; "Tidak" baris 146 ada di kolom Staf/Jabatan Fungsional Umum (kolom ke-2, baris 139): draft yang ditolak kembali ke staf, jadi staf yang membuat draft (tafsiran tabel); seed tidak menandai Kasubag Program.
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya..." untuk "Staf/Jabatan Fungsional Umum"
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    # Sumber: baris 145: "Tidak" di kolom keempat (Kepala Dinas); langkah 5: "diserahkan kepada Kepala untuk dinilai dan koreksi".
    # Sumber: baris 145: "Jika RKA disetujui ... Jika tidak disetujui maka akan diperbaiki kembali"; Tidak kembali ke langkah 5 (tafsiran). Seed tidak memberi mutu baku langkah 6.
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    # Sumber: baris 146: uraian sama persis dengan langkah 6; "Tidak" di kolom kedua. Tafsiran: penilai kedua = Sekretaris (kolom yang tersisa); nama langkah sama dengan langkah 6, pembeda hanya pelaksana.
    # Tafsiran: baris 146: Ya -> langkah 8 (diserahkan kepada Kasubag Program untuk difinalisasi), Tidak -> langkah 5.
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    # Sumber: baris 145: "diserahkan kepada Kasubag Program untuk difinalisasi". Uraian berlanjut di baris 151 ("didistribusikan kepada masing-masing subbag beserta jadwal pencermatan TAPD").
    Maka tugas berikutnya adalah "Melakukan finalisasi draft RKA, menggandakan..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Melakukan finalisasi draft RKA, menggandakan..."
    # Tafsiran: baris 153.
    Maka tugas berikutnya adalah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD"
    # Tafsiran: baris 154.
    Maka tugas berikutnya adalah "Mendokumentasikan dokumen RKA" untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mendokumentasikan dokumen RKA"
    Maka SOP selesai

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Ketika "Kasubag Program" memulai SOP
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan blanko isian dan informasi..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan..."
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" dengan alasan "draft RKA tidak disetujui"
    # Diselaraskan: baris 144-146: kolom pelaksana kosong; "Tidak" baris 146 ada di kolom Staf/Jabatan Fungsional Umum (kolom ke-2, baris 139): draft yang ditolak kembali ke staf, jadi staf yang membuat draft (tafsiran tabel); seed tidak menandai Kasubag Program.
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya..." untuk "Staf/Jabatan Fungsional Umum"
    Dan alasan "draft RKA tidak disetujui" terlihat oleh "Kasubag Program"
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Sekretaris"

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Ketika "Kasubag Program" memulai SOP
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan blanko isian dan informasi..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan..."
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" dengan alasan "draft RKA perlu dikoreksi"
    # Diselaraskan: baris 144-146: kolom pelaksana kosong; "Tidak" baris 146 ada di kolom Staf/Jabatan Fungsional Umum (kolom ke-2, baris 139): draft yang ditolak kembali ke staf, jadi staf yang membuat draft (tafsiran tabel); seed tidak menandai Kasubag Program.
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya..." untuk "Staf/Jabatan Fungsional Umum"
    Dan alasan "draft RKA perlu dikoreksi" terlihat oleh "Kasubag Program"
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Maka tugas berikutnya adalah "Melakukan finalisasi draft RKA, menggandakan..." untuk "Kasubag Program"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah 3 hari
    Maka kelengkapan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah:
      | kelengkapan |
      | Agenda kerja |
    Maka output langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah "Rancangan RKA"
    Maka batas waktu langkah "Menyampaikan blanko isian dan informasi..." adalah 1 jam
    Maka kelengkapan langkah "Menyampaikan blanko isian dan informasi..." adalah:
      | kelengkapan |
      | Rancangan RKA |
    Maka output langkah "Menyampaikan blanko isian dan informasi..." adalah "Blanko isian rancangan RKA"
    Maka batas waktu langkah "Mengumpulkan blanko isian dari masing-masing..." adalah 5 hari
    Maka kelengkapan langkah "Mengumpulkan blanko isian dari masing-masing..." adalah:
      | kelengkapan |
      | Blanko isian Rancangan RKA |
    Maka output langkah "Mengumpulkan blanko isian dari masing-masing..." adalah "Konsep RKA"
    Maka batas waktu langkah "Melaksanakan rapat internal perhitungan..." adalah 3 jam
    # Diselaraskan: sel kelengkapan seed baris 143 ("Konsep RKA, Ruang rapat, Makan, Minum, LCD, Komputer, ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Melaksanakan rapat internal perhitungan..." adalah:
      | kelengkapan |
      | Konsep RKA |
      | Ruang rapat |
      | Makan |
      | Minum |
      | LCD |
      | Komputer |
      | ATK |
    Maka output langkah "Melaksanakan rapat internal perhitungan..." adalah "Konsep RKA"
    Maka batas waktu langkah "Membuat draft RKA serta aliran kasnya..." adalah 3 hari
    # Diselaraskan: sel kelengkapan seed baris 144 ("Konsep RKA, ATK, Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat draft RKA serta aliran kasnya..." adalah:
      | kelengkapan |
      | Konsep RKA |
      | ATK |
      | Komputer |
    Maka output langkah "Membuat draft RKA serta aliran kasnya..." adalah "Draft RKA"
    # Langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).
    # Diselaraskan: nama langkah dipakai dua langkah (baris 145 dan 146); mutu baku baris 146 (Draft RKA, 2 Jam, Disposisi Dokumen RKA) milik penilai kedua, Sekretaris.
    Maka batas waktu langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" milik "Sekretaris" adalah 2 jam
    # Diselaraskan: nama langkah dipakai dua langkah (baris 145 dan 146); mutu baku baris 146 (Draft RKA, 2 Jam, Disposisi Dokumen RKA) milik penilai kedua, Sekretaris.
    Maka kelengkapan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" milik "Sekretaris" adalah:
      | kelengkapan |
      | Draft RKA |
    # Diselaraskan: nama langkah dipakai dua langkah (baris 145 dan 146); mutu baku baris 146 (Draft RKA, 2 Jam, Disposisi Dokumen RKA) milik penilai kedua, Sekretaris.
    Maka output langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" milik "Sekretaris" adalah "Disposisi Dokumen RKA"
    Maka batas waktu langkah "Melakukan finalisasi draft RKA, menggandakan..." adalah 3 hari
    # Diselaraskan: sel kelengkapan seed baris 147 ("Dokumen RKA, Komputer, ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Melakukan finalisasi draft RKA, menggandakan..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Komputer |
      | ATK |
    Maka output langkah "Melakukan finalisasi draft RKA, menggandakan..." adalah "Dokumen RKA"
    Maka batas waktu langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah 3 jam
    Maka kelengkapan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Maka output langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah "Dokumen RKA"
    Maka batas waktu langkah "Mendokumentasikan dokumen RKA" adalah 3 menit
    Maka kelengkapan langkah "Mendokumentasikan dokumen RKA" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Maka output langkah "Mendokumentasikan dokumen RKA" adalah "Arsip Dokumen RKA"

  Skenario: "Kasubag Program" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    # Pembuat draft tidak menilai sendiri.
    Ketika "Kasubag Program" memulai SOP
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan blanko isian dan informasi..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan..."
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Kepala Dinas"
    Maka "Kasubag Program" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"

  Skenario: "Staf/Jabatan Fungsional Umum" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Ketika "Kasubag Program" memulai SOP
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan blanko isian dan informasi..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan..."
    # Diselaraskan: pembuat draft (baris 144) adalah Staf/JFU, tanda "Tidak" baris 146 di kolom Staf.
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya..."
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi" untuk "Sekretaris"
    Maka "Staf/Jabatan Fungsional Umum" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui maka diserahkan kepada Kasubag Program untuk difinalisasi. Jika tidak disetujui maka akan diperbaiki kembali sesuai hasil penilaian dan koreksi"
