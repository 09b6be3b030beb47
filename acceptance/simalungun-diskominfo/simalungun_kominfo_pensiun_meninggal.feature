# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 213-223 ("SOP PENSIUN KARENA MENINGGAL")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 216, huruf besar seperti seed): PEMOHON, JFU, KASUBBAG, KEPALA DINAS.
# Seed tidak menunjukkan keputusan Ya/Tidak.
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PENSIUN KARENA MENINGGAL
  Pensiun karena meninggal: permohonan dengan surat keterangan meninggal diajukan kepada Kepala Dinas melalui Kasubbag Umum,
  didisposisi, lalu surat usulan pengantar dibuat ke BKD Kabupaten dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pensiun_meninggal" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: permohonan sampai surat usulan ke BKD
    Ketika "PEMOHON" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 217: mengajukan permohonan -> PEMOHON.
    Maka tugas berikutnya adalah "Mengajukan Permohonan Pensiun Meninggal..." untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Mengajukan Permohonan Pensiun Meninggal..."
    # Tafsiran: baris 218: lembar disposisi dari surat pemohon disampaikan kepada Kasubbag -> JFU.
    Maka tugas berikutnya adalah "Membuat lembar disposisi dari surat..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat lembar disposisi dari surat..."
    # Tafsiran: baris 219: lembar disposisi disampaikan kepada Kepala Dinas -> KASUBBAG.
    Maka tugas berikutnya adalah "Membuat lembar disposisi terkait isi..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat lembar disposisi terkait isi..."
    # Tafsiran: baris 220: memeriksa surat dan membuat disposisi -> KEPALA DINAS (seed tidak memberi Ya/Tidak; langkah biasa).
    Maka tugas berikutnya adalah "Memeriksa surat Pemohon dan membuat..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Memeriksa surat Pemohon dan membuat..."
    # Tafsiran: baris 221: "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag Umum" -> tidak ada kolom Sekretaris; dibaca KEPALA DINAS (satu-satunya kolom di atas KASUBBAG). Tidak pasti.
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..."
    # Tafsiran: baris 222: menugaskan JFU -> KASUBBAG. Output seed "Berita Acara Pemeriksaan".
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..."
    # Tafsiran: baris 223: mengetik surat usulan ke BKD dan mengarsipkan -> JFU. Seed tidak memberi mutu baku langkah 7.
    Maka tugas berikutnya adalah "Mengetik surat usulan pengantar ke BKD..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat usulan pengantar ke BKD..."
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Mengajukan Permohonan Pensiun Meninggal..." adalah 30 menit
    Maka kelengkapan langkah "Mengajukan Permohonan Pensiun Meninggal..." adalah:
      | kelengkapan |
      | Surat & Dokumen |
    Maka output langkah "Mengajukan Permohonan Pensiun Meninggal..." adalah "Surat & Permohonan"
    Maka batas waktu langkah "Membuat lembar disposisi dari surat..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 218 ("ATK Disposisi Surat") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat lembar disposisi dari surat..." adalah:
      | kelengkapan |
      | ATK |
      | Disposisi |
      | Surat |
    Maka output langkah "Membuat lembar disposisi dari surat..." adalah "Paraf"
    Maka batas waktu langkah "Membuat lembar disposisi terkait isi..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 219 ("ATK Surat Dokumen") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat lembar disposisi terkait isi..." adalah:
      | kelengkapan |
      | ATK |
      | Surat |
      | Dokumen |
    Maka output langkah "Membuat lembar disposisi terkait isi..." adalah "Paraf"
    Maka batas waktu langkah "Memeriksa surat Pemohon dan membuat..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 220 ("ATK Dokumen") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Memeriksa surat Pemohon dan membuat..." adalah:
      | kelengkapan |
      | ATK |
      | Dokumen |
    Maka output langkah "Memeriksa surat Pemohon dan membuat..." adalah "Disposisi"
    Maka batas waktu langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 221 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah "Disposisi"
    Maka batas waktu langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 222 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah "Berita Acara Pemeriksaan"
    # Langkah "Mengetik surat usulan pengantar ke BKD...": kolom Waktu kosong di seed.
    Maka langkah "Mengetik surat usulan pengantar ke BKD..." tidak mempunyai kelengkapan

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Memeriksa surat Pemohon dan membuat..."
    # Disposisi milik KEPALA DINAS.
    Ketika "PEMOHON" memulai SOP
    Ketika "PEMOHON" menyelesaikan langkah "Mengajukan Permohonan Pensiun Meninggal..."
    Ketika "JFU" menyelesaikan langkah "Membuat lembar disposisi dari surat..."
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat lembar disposisi terkait isi..."
    Maka tugas berikutnya adalah "Memeriksa surat Pemohon dan membuat..." untuk "KEPALA DINAS"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Memeriksa surat Pemohon dan membuat..."

  Skenario: "PEMOHON" tidak dapat menyelesaikan langkah "Mengetik surat usulan pengantar ke BKD..."
    Ketika "PEMOHON" memulai SOP
    Ketika "PEMOHON" menyelesaikan langkah "Mengajukan Permohonan Pensiun Meninggal..."
    Ketika "JFU" menyelesaikan langkah "Membuat lembar disposisi dari surat..."
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat lembar disposisi terkait isi..."
    Ketika "KEPALA DINAS" menyelesaikan langkah "Memeriksa surat Pemohon dan membuat..."
    Ketika "KEPALA DINAS" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..."
    Ketika "KASUBBAG" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..."
    Maka tugas berikutnya adalah "Mengetik surat usulan pengantar ke BKD..." untuk "JFU"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Mengetik surat usulan pengantar ke BKD..."
