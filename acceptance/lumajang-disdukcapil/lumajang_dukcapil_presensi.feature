# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1189-1224 ("Prosedur Presensi")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1193-1194): KEPALA DINAS | Sekretaris | Kasubag Umum | Staf ("Sekretari ekretaris" OCR).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: kehadiran belum mencukupi (baris 1216-1219).
Fitur: Prosedur Presensi
  Presensi: presensi diolah dan direkap tiap bulan sebagai bahan penilaian prestasi kerja, dinilai Kasubag dan
  kepala; pegawai yang kehadirannya belum mencukupi ditegur atasan langsung.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_presensi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: kehadiran belum mencukupi, hasil penilaian disampaikan dan diarsipkan
    # Tafsiran pelaksana langkah 1-7, 9-10: penyusun dan pengolah presensi Staf (langkah 2-5), penilai rekapitulasi
    # Kasubag Umum (= "Kasubag TU", baris 1207), penerus ke kepala Sekretaris (langkah 7), kepala menilai (langkah 8).
    # Langkah 1 (rencana kerja) dibaca Kasubag Umum.
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan program kegiatan kantor" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat rencana kerja penyusunan program kegiatan kantor"
    # "terkait kendaraan" seperti seed (salin dari SOP lain).
    Maka tugas berikutnya adalah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Maka tugas berikutnya adalah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..."
    Maka tugas berikutnya adalah "Melakukan koordinasi dengan pegawai secara langsung..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melakukan koordinasi dengan pegawai secara langsung..."
    Maka tugas berikutnya adalah "Membuat rekapitulasi presensi setiap bulan..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat rekapitulasi presensi setiap bulan..."
    Maka tugas berikutnya adalah "Memberikan penilaian atas rekapitulasi presensi..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memberikan penilaian atas rekapitulasi presensi..."
    Maka tugas berikutnya adalah "Menerima rekapitulasi yang sudah diberikan paraf..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima rekapitulasi yang sudah diberikan paraf..."
    # Sumber: baris 1216-1219: "Menerima dan menilai rekapitulasi presensi pegawai jika kehadiran pegawai belum mencukupi
    # akan diberikan teguran oleh atasan langsung."; tanda "N" dan "y" (baris 1216-1217): keputusan kepala.
    # Tafsiran: Ya = kehadiran belum mencukupi (teguran, langkah 9).
    Maka tugas berikutnya adalah "Menerima dan menilai rekapitulasi presensi pegawai..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Menerima dan menilai rekapitulasi presensi pegawai..."
    # Tafsiran: disampaikan Kasubag Umum (seed tidak menunjukkan kolom).
    # Diselaraskan: pelaksana langkah 9 tidak terbaca di seed (baris 1220-1222, tanda kolom hilang; Tafsiran penulis pun "seed tidak menunjukkan kolom"); model memberi Sekretaris, yang meneruskan rekapitulasi ke kepala (langkah 7) dan menerima hasil penilaiannya kembali; seed ambigu, model dipertahankan.
    Maka tugas berikutnya adalah "Menyampaikan hasil penilaian kepala kepada atasan langsung pegawai..." untuk "Sekretaris"
    # Diselaraskan: pelaksana langkah 9 tidak terbaca di seed (baris 1220-1222, tanda kolom hilang; Tafsiran penulis pun "seed tidak menunjukkan kolom"); model memberi Sekretaris, yang meneruskan rekapitulasi ke kepala (langkah 7) dan menerima hasil penilaiannya kembali; seed ambigu, model dipertahankan.
    Ketika "Sekretaris" menyelesaikan langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung pegawai..."
    Maka tugas berikutnya adalah "Menyimpan rekapitulasi sebagai dokumen arsip" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menyimpan rekapitulasi sebagai dokumen arsip"
    Maka SOP selesai

  Skenario: "KEPALA DINAS" memutuskan "Tidak" pada "Menerima dan menilai rekapitulasi pre...": lanjut ke "Menyimpan rekapitulasi sebagai dokume..."
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan program kegiatan kantor" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat rencana kerja penyusunan program kegiatan kantor"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Maka tugas berikutnya adalah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..."
    Maka tugas berikutnya adalah "Melakukan koordinasi dengan pegawai secara langsung..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melakukan koordinasi dengan pegawai secara langsung..."
    Maka tugas berikutnya adalah "Membuat rekapitulasi presensi setiap bulan..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat rekapitulasi presensi setiap bulan..."
    Maka tugas berikutnya adalah "Memberikan penilaian atas rekapitulasi presensi..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memberikan penilaian atas rekapitulasi presensi..."
    Maka tugas berikutnya adalah "Menerima rekapitulasi yang sudah diberikan paraf..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima rekapitulasi yang sudah diberikan paraf..."
    Maka tugas berikutnya adalah "Menerima dan menilai rekapitulasi presensi pegawai..." untuk "KEPALA DINAS"
    # Tafsiran: Tidak (kehadiran mencukupi) melewati langkah 9 dan langsung ke pengarsipan (langkah 10).
    Ketika "KEPALA DINAS" memutuskan "Tidak" pada "Menerima dan menilai rekapitulasi presensi pegawai..." dengan alasan "kehadiran sudah mencukupi"
    Maka tugas berikutnya adalah "Menyimpan rekapitulasi sebagai dokumen arsip" untuk "Staf"
    Maka alasan "kehadiran sudah mencukupi" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Menyimpan rekapitulasi sebagai dokumen arsip"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Membuat rencana kerja penyusunan program kegiatan kantor" adalah 10 menit
    Maka batas waktu langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah 3 jam
    Maka batas waktu langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." adalah 10 menit
    Maka batas waktu langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah 10 menit
    Maka batas waktu langkah "Membuat rekapitulasi presensi setiap bulan..." adalah 10 menit
    Maka batas waktu langkah "Memberikan penilaian atas rekapitulasi presensi..." adalah 15 menit
    Maka batas waktu langkah "Menerima rekapitulasi yang sudah diberikan paraf..." adalah 2 menit
    Maka batas waktu langkah "Menerima dan menilai rekapitulasi presensi pegawai..." adalah 10 menit
    Maka batas waktu langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung pegawai..." adalah 3 menit
    Maka batas waktu langkah "Menyimpan rekapitulasi sebagai dokumen arsip" adalah 2 menit
    Maka kelengkapan langkah "Membuat rencana kerja penyusunan program kegiatan kantor" adalah:
      | kelengkapan |
      | Agenda |
    Maka kelengkapan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah:
      | kelengkapan |
      | presensi |
    Maka kelengkapan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." adalah:
      | kelengkapan |
      # Diselaraskan: sel kelengkapan langkah 3 di seed dua baris, "Daftar presensi" (baris 1198) dan "buku kehadiaran" (baris 1199); ejaan OCR dibetulkan di tabel (catatan langkah 3).
      | Daftar presensi buku kehadiran |
    Maka kelengkapan langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah:
      | kelengkapan |
      | print out presensi |
    Maka kelengkapan langkah "Menerima rekapitulasi yang sudah diberikan paraf..." adalah:
      | kelengkapan |
      | Printout presensi |
    Maka output langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah "print out presensi"
    Maka output langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." adalah "print out presensi"
    Maka output langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah "print out presensi"
    Maka output langkah "Membuat rekapitulasi presensi setiap bulan..." adalah "print out presensi"
    Maka output langkah "Memberikan penilaian atas rekapitulasi presensi..." adalah "print out presensi"
    Maka output langkah "Menerima rekapitulasi yang sudah diberikan paraf..." adalah "print out presensi"
    Maka output langkah "Menerima dan menilai rekapitulasi presensi pegawai..." adalah "print out presensi"
    Maka output langkah "Menyimpan rekapitulasi sebagai dokumen arsip" adalah "dokumentasi arsip"

  Skenario: Hanya Kepala Dinas yang menilai rekapitulasi presensi
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan program kegiatan kantor" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat rencana kerja penyusunan program kegiatan kantor"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Maka tugas berikutnya adalah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat tugas..."
    Maka tugas berikutnya adalah "Melakukan koordinasi dengan pegawai secara langsung..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melakukan koordinasi dengan pegawai secara langsung..."
    Maka tugas berikutnya adalah "Membuat rekapitulasi presensi setiap bulan..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat rekapitulasi presensi setiap bulan..."
    Maka tugas berikutnya adalah "Memberikan penilaian atas rekapitulasi presensi..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memberikan penilaian atas rekapitulasi presensi..."
    Maka tugas berikutnya adalah "Menerima rekapitulasi yang sudah diberikan paraf..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima rekapitulasi yang sudah diberikan paraf..."
    Maka tugas berikutnya adalah "Menerima dan menilai rekapitulasi presensi pegawai..." untuk "KEPALA DINAS"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Menerima dan menilai rekapitulasi presensi pegawai..."
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Menerima dan menilai rekapitulasi presensi pegawai..."
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Menerima dan menilai rekapitulasi presensi pegawai..."
    # Diselaraskan: pelaksana langkah 9 tidak terbaca di seed (baris 1220-1222, tanda kolom hilang; Tafsiran penulis pun "seed tidak menunjukkan kolom"); model memberi Sekretaris, yang meneruskan rekapitulasi ke kepala (langkah 7) dan menerima hasil penilaiannya kembali; seed ambigu, model dipertahankan.
    Maka tugas berikutnya adalah "Menyampaikan hasil penilaian kepala kepada atasan langsung pegawai..." untuk "Sekretaris"
