# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 69-89 ("SOP PENYUSUNAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) OPD")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 73): Kasubag Program, Sekretaris, Kepala Dinas, Pelaksana.
# Header mutu ditulis "MUTU BUKU" di seed (baris 72).
Fitur: SOP PENYUSUNAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) OPD
  Penyusunan DPA OPD: RKA dicermati bersama TAPD, draft DPA dinilai dan ditandatangani,
  dibahas dengan DPRD, disesuaikan dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_dpa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RKA dicermati, DPA disusun, dinilai, ditandatangani, dibahas DPRD dan diarsipkan
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 74.
    # Diselaraskan: pelaksana langkah baris 74 seperti di atas (kolom Pelaksana).
    Maka tugas berikutnya adalah "Menyiapkan dokumen rencana kerja anggaran..." untuk "Pelaksana"
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    # Tafsiran: baris 75. Ket.: "Pelaksanaan bisa berulang" (seed tidak memberi tanda ulangnya; ditulis sekali).
    Maka tugas berikutnya adalah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    # Tafsiran: baris 76: penyesuaian RKA di komputer -> Pelaksana.
    Maka tugas berikutnya adalah "Melakukan penyesuaian RKA termasuk aliran..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    # Tafsiran: baris 77. Ket.: "SOP Rapat Internal" (keterkaitan).
    Maka tugas berikutnya adalah "Melaksanakan Rapat internal atas penyesuaian..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    # Tafsiran: baris 78: draft DPA dibuat dan diserahkan ke Kepala Dinas -> Kasubag Program.
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    # Sumber: baris 79: "Tidak" di kolom kedua (Sekretaris).
    # Sumber: baris 79: "Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"; Tidak kembali ke langkah 5 (pembuat draft, tafsiran).
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Sumber: baris 85: uraian langkah 7 sama persis dengan langkah 6; tafsiran: langkah 7 milik Kepala Dinas (yang menandatangani, baris 78 "diserahkan kepada Kepala Dinas untuk dinilai dan koreksi"). Nama langkah sama dengan langkah 6: pembeda hanya pelaksananya.
    # Tafsiran: baris 85: keputusan Kepala Dinas; Tidak kembali ke langkah 5. Seed tidak memberi mutu baku langkah 7.
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Tafsiran: baris 86: menerima DPA bertanda tangan, menggandakan dan mendistribusikan -> Kasubag Program.
    Maka tugas berikutnya adalah "Menerima DPA yang sudah ditanda tangani..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani..."
    # Tafsiran: baris 87: mengikuti pembahasan DPRD -> Kasubag Program.
    # Sumber: baris 87: "Jika ada penyesuaian dari DPRD akan segera diperbaiki dan jika tidak maka langsung ditindak lanjuti untuk dilaksanakan": keputusan; Ya (ada penyesuaian) ke langkah 10.
    # Diselaraskan: baris 87: kolom pelaksana kosong; output "Disposisi Dokumen DPA" adalah disposisi pimpinan, dan pembahasan dengan DPRD diikuti Kepala Dinas; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Maka tugas berikutnya adalah "Mengikuti pembahasan dengan DPRD. Jika..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Mengikuti pembahasan dengan DPRD. Jika..."
    # Tafsiran: baris 88. Ket.: "Pelaksana an bisa berulang".
    # Diselaraskan: baris 88: kolom pelaksana kosong; langkah ini menerima hasil pembahasan dan menghasilkan "Disposisi DPA" untuk perbaikan oleh staf (baris 89): disposisi Sekretaris; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Maka tugas berikutnya adalah "Menerima hasil pembahasan bersama untuk..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima hasil pembahasan bersama untuk..."
    # Tafsiran: baris 89: perbaikan, distribusi dan arsip -> Pelaksana.
    Maka tugas berikutnya adalah "Melakukan penyesuaian/perbaikan, mendistribusikan..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan..."
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" dengan alasan "draft DPA belum final"
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada..." untuk "Kasubag Program"
    Dan alasan "draft DPA belum final" terlihat oleh "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" dengan alasan "draft DPA perlu dikoreksi"
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada..." untuk "Kasubag Program"
    Dan alasan "draft DPA perlu dikoreksi" terlihat oleh "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Maka tugas berikutnya adalah "Menerima DPA yang sudah ditanda tangani..." untuk "Kasubag Program"

  Skenario: Tidak ada penyesuaian dari DPRD: langsung ditindaklanjuti
    # Tafsiran: baris 87: Tidak (tidak ada penyesuaian) -> "langsung ditindak lanjuti untuk dilaksanakan" = SOP selesai tanpa langkah 10-11 (cabang maju; issue 12 butir 3).
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Ketika "Kasubag Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani..."
    # Diselaraskan: baris 87: kolom pelaksana kosong; output "Disposisi Dokumen DPA" adalah disposisi pimpinan, dan pembahasan dengan DPRD diikuti Kepala Dinas; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Maka tugas berikutnya adalah "Mengikuti pembahasan dengan DPRD. Jika..." untuk "Kepala Dinas"
    # Diselaraskan: pelaksana langkah baris 87 adalah Kepala Dinas (output Disposisi; tafsiran tabel).
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Mengikuti pembahasan dengan DPRD. Jika..." dengan alasan "tidak ada penyesuaian dari DPRD"
    # Diselaraskan: baris 87 "jika tidak maka langsung ditindak lanjuti untuk dilaksanakan" melewati langkah 10 (perbaikan hasil pembahasan), tetapi tidak menyebut bahwa DPA tidak didistribusikan dan diarsipkan; langkah 11 (baris 89, "mendistribusikan dan menyimpan DPA sebagai arsip") tetap dijalankan, seperti tabel (catatan langkah 9). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Melakukan penyesuaian/perbaikan, mendistribusikan..." untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan..."
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menyiapkan dokumen rencana kerja anggaran..." adalah 15 menit
    # Diselaraskan: sel kelengkapan seed baris 74 ("Agenda kerja, RKA Jadwal pencermatan") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menyiapkan dokumen rencana kerja anggaran..." adalah:
      | kelengkapan |
      | Agenda kerja |
      | RKA |
      | Jadwal pencermatan |
    Maka output langkah "Menyiapkan dokumen rencana kerja anggaran..." adalah "Dokumen RKA Jadwal pencermatan"
    Maka batas waktu langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah 4 jam
    # Diselaraskan: sel kelengkapan seed baris 75 ("Undangan pencermatan Dokumen RKA, ATK, Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah:
      | kelengkapan |
      | Undangan pencermatan |
      | Dokumen RKA |
      | ATK |
      | Komputer |
    Maka output langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah "Dokumen RKA hasil pencermatan"
    Maka batas waktu langkah "Melakukan penyesuaian RKA termasuk aliran..." adalah 2 hari
    # Diselaraskan: sel kelengkapan seed baris 76 ("Dokumen RKA, Komputer, ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Melakukan penyesuaian RKA termasuk aliran..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Komputer |
      | ATK |
    Maka output langkah "Melakukan penyesuaian RKA termasuk aliran..." adalah "Dokumen RKA Jadwal pencermatan"
    Maka batas waktu langkah "Melaksanakan Rapat internal atas penyesuaian..." adalah 3 jam
    # Diselaraskan: sel kelengkapan seed baris 77 ("Dokumen RKA, Ruang rapat, Makan, Minum, LCD, Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Melaksanakan Rapat internal atas penyesuaian..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Ruang rapat |
      | Makan |
      | Minum |
      | LCD |
      | Komputer |
    Maka output langkah "Melaksanakan Rapat internal atas penyesuaian..." adalah "Dokumen RKA"
    Maka batas waktu langkah "Membuat Draft DPA dan diserahkan kepada..." adalah 1 hari
    # Diselaraskan: sel kelengkapan seed baris 78 ("Draft DPA, ATK, Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat Draft DPA dan diserahkan kepada..." adalah:
      | kelengkapan |
      | Draft DPA |
      | ATK |
      | Komputer |
    Maka output langkah "Membuat Draft DPA dan diserahkan kepada..." adalah "Draft DPA"
    # Diselaraskan: nama langkah dipakai dua langkah (baris 79 dan 85); mutu baku baris 79 (Draft DPA, 2 Jam, Disposisi Dokumen DPA) milik Sekretaris ("Tidak" di kolom Sekretaris); tanpa milik, pemeriksaan memakai langkah pertama saja.
    Maka batas waktu langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" milik "Sekretaris" adalah 2 jam
    # Diselaraskan: nama langkah dipakai dua langkah (baris 79 dan 85); mutu baku baris 79 (Draft DPA, 2 Jam, Disposisi Dokumen DPA) milik Sekretaris ("Tidak" di kolom Sekretaris); tanpa milik, pemeriksaan memakai langkah pertama saja.
    Maka kelengkapan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" milik "Sekretaris" adalah:
      | kelengkapan |
      | Draft DPA |
    # Diselaraskan: nama langkah dipakai dua langkah (baris 79 dan 85); mutu baku baris 79 (Draft DPA, 2 Jam, Disposisi Dokumen DPA) milik Sekretaris ("Tidak" di kolom Sekretaris); tanpa milik, pemeriksaan memakai langkah pertama saja.
    Maka output langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" milik "Sekretaris" adalah "Disposisi Dokumen DPA"
    # Langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki": seed tidak memberi mutu baku tersendiri (langkah ini dari teks langkah lain).
    Maka batas waktu langkah "Menerima DPA yang sudah ditanda tangani..." adalah 1 hari
    # Diselaraskan: sel kelengkapan seed baris 86 ("Dokumen DPA, Fotocopy, penjilitan") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menerima DPA yang sudah ditanda tangani..." adalah:
      | kelengkapan |
      | Dokumen DPA |
      | Fotocopy |
      | penjilitan |
    Maka output langkah "Menerima DPA yang sudah ditanda tangani..." adalah "Dokumen DPA"
    Maka batas waktu langkah "Mengikuti pembahasan dengan DPRD. Jika..." adalah 1 hari
    # Diselaraskan: sel kelengkapan seed baris 87 ("Jadwal pembahasan DPRD Dokumen DPA") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Mengikuti pembahasan dengan DPRD. Jika..." adalah:
      | kelengkapan |
      | Jadwal pembahasan DPRD |
      | Dokumen DPA |
    Maka output langkah "Mengikuti pembahasan dengan DPRD. Jika..." adalah "Disposisi Dokumen DPA"
    Maka batas waktu langkah "Menerima hasil pembahasan bersama untuk..." adalah 1 hari
    Maka kelengkapan langkah "Menerima hasil pembahasan bersama untuk..." adalah:
      | kelengkapan |
      | Disposisi Dokumen DPA |
    Maka output langkah "Menerima hasil pembahasan bersama untuk..." adalah "Disposisi DPA"
    Maka batas waktu langkah "Melakukan penyesuaian/perbaikan, mendistribusikan..." adalah 3 jam
    Maka kelengkapan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan..." adalah:
      | kelengkapan |
      | DPA |
    Maka output langkah "Melakukan penyesuaian/perbaikan, mendistribusikan..." adalah "Arsip DPA"

  Skenario: "Kasubag Program" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Pembuat draft tidak menilai draft sendiri.
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Sekretaris"
    Maka "Kasubag Program" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    # Tanda tangan milik Kepala Dinas.
    # Diselaraskan: baris 74: kolom pelaksana kosong (tanda hilang); menyiapkan dokumen RKA dan jadwal adalah kerja staf di kolom "Pelaksana" (baris 73), seperti langkah 3 dan 11; seed tidak menandai Kasubag Program, tafsiran tabel dipertahankan.
    Ketika "Pelaksana" memulai SOP
    # Diselaraskan: pelaksana langkah baris 74 adalah kolom Pelaksana (tafsiran tabel; seed tanpa tanda).
    Ketika "Pelaksana" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki" untuk "Kepala Dinas"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final akan ditandatangani dan jika belum maka akan dikembalikan untuk diperbaiki"
