# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1286-1415 ("SOP PENANGANAN DISIPLIN PEGAWAI")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1289-1291): Kaubbag Umum & Kepegawaian (OCR; dibaca "Kasubbag Umum & Kepegawaian") |
# Sekretaris Dinas | Kepala Dinas.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: setiap "jika tidak setuju ... dikembalikan ... jika setuju ..." (langkah 2, 4, 5, 8, 9, 12, 13).
# Langkah 4 dan 5 seed menulis "jika disetujui dikembalikan ... untuk diperbaiki": dibaca "jika tidak disetujui".
Fitur: SOP PENANGANAN DISIPLIN PEGAWAI
  Penanganan disiplin pegawai: evaluasi temuan, peringatan lisan, surat peringatan tertulis I/II/III, surat
  pernyataan tidak puas, lalu surat keputusan penundaan kenaikan gaji berkala dan/atau pangkat.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penanganan_disiplin_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: setiap draft disetujui sampai SK penundaan diserahkan kepada PNS
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    # Sumber: baris 1296-1305: "jika tidak disetujui/ bukti belum lengkap memerintahkan kasubbag Umum dan kepegawaian untuk
    # melengkapi/ditolak usulan penjatuhan disiplinnya, jika setuju memerintahkan ... untuk memanggil PNS"
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    # Waktu seed "Relatif" (baris 1306): tidak diuji. Tafsiran: "jika belum terdapat perubahan" (baris 1309) tidak
    # ditulis sebagai keputusan karena seed tidak memberi cabang lain; tanda "T" di baris 1309 dicatat di laporan.
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    # Sumber: baris 1312-1316: "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui [tidak disetujui] dikembalikan kepada kasubbag Umum dan kepegawaian untuk diperbaiki, jika disetujui diparaf dan diserahkan kepada Kepala Dinas."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    # Sumber: baris 1317-1321: "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui [tidak disetujui] dikembalikan kepada sekretaris untuk diperbaik, jika disetujui ditandatangani dan diserahkan kepada kasubbag Umum dan kepegawaian"
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    # Waktu seed "Relatif": tidak diuji.
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    # Sumber: baris 1341-1346: "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag Umum dan kepegawaian untuk diperbaiki, jika setuju diparaf diserahkan kepada kepada Kepala Dinas."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    # Sumber: baris 1347-1352: "... jika tidak setuju dikembalikan kepada Sekretaris untuk diperbaiki, jika setuju diserahkan kepada kasubbag Umum dan kepegawaian."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS."
    # Waktu seed "Relatif": tidak diuji.
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum ada perkembangan kearah perbaikan maka diusulkan ..." (baris 1359-1368) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    # Sumber: baris 1371-1396: "... jika tidak setuju dikembalikan kepada kasubbag Umum dan kepegawaian untuk diperbaiki, jika setuju diparaf dan diserahkan diserahkan kepada Kepala Dinas."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    # Sumber: baris 1397-1404: "... jika tidak setuju dikembalikan kepada Sekretaris untuk diperbaiki, jika setuju ditandatangani kepada Kasubbag Umum Kpegawaian."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: "Sekretaris Dinas" memutuskan "Tidak" pada "Meneliti dan menelaah evaluasi absen": kembali ke "Mengevaluasi absen, pengaduan tertuli..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    # Tafsiran: Tidak = bukti belum lengkap: kembali ke Kasubbag untuk melengkapi (langkah 1); "ditolak" tidak
    # mempunyai langkah sendiri di seed.
    Ketika "Sekretaris Dinas" memutuskan "Tidak" pada "Meneliti dan menelaah evaluasi absen..." dengan alasan "bukti belum lengkap"
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Maka alasan "bukti belum lengkap" terlihat oleh "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"

  Skenario: "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat peringatan tert...": kembali ke "Memanggil PNS, memberikan peringatan..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    # Sumber: baris 1312-1316: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memanggil PNS, memberikan peringatan sec...").
    Ketika "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." dengan alasan "draft SP belum benar"
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    Maka alasan "draft SP belum benar" terlihat oleh "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Draft surat peringatan tert...": kembali ke "Memeriksa draft surat peringatan tert..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    # Sumber: baris 1317-1321: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memeriksa draft surat peringatan tertuli...").
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." dengan alasan "draft SP perlu diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Maka alasan "draft SP perlu diperbaiki" terlihat oleh "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"

  Skenario: "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan sura...": kembali ke "Memperhatikan perkembangan PNS, jika..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    # Sumber: baris 1341-1346: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memperhatikan perkembangan PNS, jika dal...").
    Ketika "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." dengan alasan "draft pernyataan belum benar"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    Maka alasan "draft pernyataan belum benar" terlihat oleh "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan sura...": kembali ke "Memeriksa draft surat pernyataan sura..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    # Sumber: baris 1347-1352: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memeriksa draft surat pernyataan surat p...").
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." dengan alasan "draft pernyataan perlu diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Maka alasan "draft pernyataan perlu diperbaiki" terlihat oleh "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS." untuk "Kasubbag Umum & Kepegawaian"

  Skenario: "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penun...": kembali ke "Memperhatikan perkembangan penjatuhan..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS."
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum ada perkembangan kearah perbaikan maka diusulkan ..." (baris 1359-1368) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    # Sumber: baris 1371-1396: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memperhatikan perkembangan penjatuhan di...").
    Ketika "Sekretaris Dinas" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." dengan alasan "draft SK belum benar"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kasubbag Umum & Kepegawaian"
    Maka alasan "draft SK belum benar" terlihat oleh "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum ada perkembangan kearah perbaikan maka diusulkan ..." (baris 1359-1368) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penun...": kembali ke "Memeriksa draft surat keputusan penun..."
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum terdapat perubahan maka membuat Draft surat pernyataan tidak puas" (baris 1334-1339) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS."
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika ... masih belum ada perkembangan kearah perbaikan maka diusulkan ..." (baris 1359-1368) adalah keputusan dengan cabang maju (docs/sop-table.md); "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    # Sumber: baris 1397-1404: tidak setuju -> dikembalikan untuk diperbaiki (langkah "Memeriksa draft surat keputusan penundaa...").
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." dengan alasan "draft SK perlu diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Maka alasan "draft SK perlu diperbaiki" terlihat oleh "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." untuk "Kasubbag Umum & Kepegawaian"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah 1 hari
    Maka batas waktu langkah "Meneliti dan menelaah evaluasi absen..." adalah 15 menit
    Maka batas waktu langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." adalah 15 menit
    Maka batas waktu langkah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." adalah 15 menit
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka batas waktu langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" adalah 30 menit
    Maka batas waktu langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." adalah 5 menit
    Maka batas waktu langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." adalah 5 menit
    Maka batas waktu langkah "Menerima surat pernyataan tidak puas secara tertulis, diserahkan kepada PNS." adalah 30 menit
    Maka batas waktu langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." adalah 10 menit
    Maka batas waktu langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." adalah 10 menit
    Maka batas waktu langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." adalah 30 menit
    Maka kelengkapan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah:
      | kelengkapan |
      | Rekapitulasi Daftar Hadir |
      | Pengaduan |
    Maka kelengkapan langkah "Meneliti dan menelaah evaluasi absen..." adalah:
      | kelengkapan |
      | Evaluasi Temuan |
    Maka output langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah "Evaluasi Temuan"
    Maka output langkah "Meneliti dan menelaah evaluasi absen..." adalah "Disposisi"
    Maka output langkah "Memanggil PNS, memberikan peringatan secara lisan..." adalah "Draft Surat Peringatan Tertulis I/II/III"
    # Diselaraskan: baris 1323 uraian "Memanggil PNS, menyerahkan Surat Peringatan" dengan "1/11/111" lepas (baris 1328); "Tertulis" (baris 1330) milik sel kelengkapan/output. Seed ambigu: nama tabel dipertahankan.
    Maka output langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" adalah "Surat Peringatan Tertulis I/II/III"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 1336-1337 ("SecaraTertulis" -> "Secara Tertulis", catatan langkah 7).
    Maka output langkah "Memperhatikan perkembangan PNS, jika dalam masa waktu pengawasan..." adalah "Draft Surat Pernyataan Tidak Puas Secara Tertulis"

  Skenario: Hanya Sekretaris Dinas yang memeriksa dan memaraf draft surat peringatan
    Ketika "Kasubbag Umum & Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kasubbag Umum & Kepegawaian"
    Ketika "Kasubbag Umum & Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen..." untuk "Sekretaris Dinas"
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan..." untuk "Kasubbag Umum & Kepegawaian"
    # Diselaraskan: langkah bersyarat "jika belum terdapat perubahan maka membuat draft surat peringatan" (baris 1306-1311; tanda "|_T" di baris 1308) adalah keputusan dengan cabang maju (docs/sop-table.md); jawaban model "Belum ada perubahan" melanjutkan ke draft.
    Ketika "Kasubbag Umum & Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris Dinas"
    Maka "Kasubbag Umum & Kepegawaian" tidak dapat menyelesaikan langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka "Kepala Dinas" tidak dapat menyelesaikan langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Ketika "Sekretaris Dinas" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
