# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 447-459 ("SOP Pelaksanaan Koordinasi dan Kerjasama")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 451): Kadis (singkatan Kepala Dinas, seperti seed), Sekretaris, Kabid Sarana, Kasi Komunikasi Sosial, Petugas penerima berita /informasi. Sekretaris tidak mendapat langkah dari teks seed.
# Judul seed terbagi dua baris (447-448: "SOP" / "Pelaksanaan Koordinasi dan Kerjasama").
# Header mutu ditulis "Mutu Batu" di seed (baris 450).
Fitur: SOP Pelaksanaan Koordinasi dan Kerjasama
  Pelaksanaan koordinasi dan kerjasama: data/bahan informasi kegiatan dikumpulkan dan diolah, disetujui Kabid
  dan Kadis, lalu koordinasi dan kerjasama dilaksanakan dan arsip disimpan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_koordinasi_kerjasama" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: data dikumpulkan, diolah, disetujui Kabid dan Kadis, koordinasi dilaksanakan
    Ketika "Kadis" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 453: memerintahkan -> Kadis.
    Maka tugas berikutnya adalah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" untuk "Kadis"
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    # Tafsiran: baris 454: pengumpulan data/bahan (informasi kegiatan/undangan) -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Pengumpulan data/bahan informasi kegiatan" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    # Tafsiran: baris 455: pengolahan data/bahan untuk penyusunan penetapan pelaksanaan -> Kasi Komunikasi Sosial.
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kasi Komunikasi Sosial"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    # Sumber: baris 456: kelengkapan "telah diberi paraf kabid", output "persetujuan kabid" -> Kabid Sarana (paraf Kabid = langkahnya sendiri). "Ya" di kolom Sekretaris baris 457 = label panah Ya dari Kabid ke Kadis.
    # Tafsiran: Tidak dari Kabid tidak digambar; dibaca kembali ke langkah 3 (Kasi Komunikasi Sosial).
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan..." untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    # Tafsiran: baris 457: menerima dan memeriksa, kelengkapan "disetujui dan ditandatangani", output "persetujuan kadis" -> keputusan Kadis (tanda tangan = langkahnya sendiri).
    # Sumber: baris 456: "Tidak" di kolom Kadis pada baris langkah 4 = ujung panah Tidak dari pemeriksaan Kadis -> kembali ke langkah 4. Ya: "Ya" di kolom Kadis baris 458 -> langkah 6.
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    # Tafsiran: baris 458: melaksanakan koordinasi dan kerjasama serta identifikasi kebutuhan pengembangan -> Kasi Komunikasi Sosial. Tidak pasti: "Ya" di kolom Kadis pada baris ini bisa juga berarti langkah 6 milik Kadis.
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dan kerjasama..." untuk "Kasi Komunikasi Sosial"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama..."
    # Tafsiran: baris 459: menyimpan arsip -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Menyimpan arsip berita" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: "Kabid Sarana" memutuskan "Tidak" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    Ketika "Kadis" memulai SOP
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan..." untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Tidak" pada "Pemilahan data/bahan dikelompokkan berdasarkan..." dengan alasan "data/bahan tidak disetujui"
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kasi Komunikasi Sosial"
    Dan alasan "data/bahan tidak disetujui" terlihat oleh "Kasi Komunikasi Sosial"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan..." untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"

  Skenario: "Kadis" memutuskan "Tidak" pada "Menerima serta memeriksa data / bahan"
    Ketika "Kadis" memulai SOP
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"
    Ketika "Kadis" memutuskan "Tidak" pada "Menerima serta memeriksa data / bahan" dengan alasan "data/bahan belum disetujui Kadis"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan..." untuk "Kabid Sarana"
    Dan alasan "data/bahan belum disetujui Kadis" terlihat oleh "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dan kerjasama..." untuk "Kasi Komunikasi Sosial"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah 5 menit
    Maka kelengkapan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan |
      | Informasi kegiatan / Undangan |
    Maka output langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah "Kegiatan"
    Maka batas waktu langkah "Pengumpulan data/bahan informasi kegiatan" adalah 15 menit
    Maka kelengkapan langkah "Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan |
      | Informasi kegiatan / Undangan |
    Maka output langkah "Pengumpulan data/bahan informasi kegiatan" adalah "Undangan"
    Maka batas waktu langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah 15 menit
    Maka kelengkapan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah:
      | kelengkapan |
      | Jadwal pelaksanaan kegiatan / Jadwal |
    Maka output langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah "Jadwal kegiatan"
    Maka batas waktu langkah "Pemilahan data/bahan dikelompokkan berdasarkan..." adalah 5 menit
    Maka kelengkapan langkah "Pemilahan data/bahan dikelompokkan berdasarkan..." adalah:
      | kelengkapan |
      | Data/bahan yang disetujui dan telah diberi paraf kabid selanjutnya di beri paraf persetujuan untuk di input / Undangan |
    Maka output langkah "Pemilahan data/bahan dikelompokkan berdasarkan..." adalah "Mendapat berita dan persetujuan kabid"
    Maka batas waktu langkah "Menerima serta memeriksa data / bahan" adalah 5 menit
    Maka kelengkapan langkah "Menerima serta memeriksa data / bahan" adalah:
      | kelengkapan |
      | Data/bahan yang disetujui dan ditandatangani |
    Maka output langkah "Menerima serta memeriksa data / bahan" adalah "Mendapat berita dan persetujuan kadis"
    Maka batas waktu langkah "Melaksanakan koordinasi dan kerjasama..." adalah 15 menit
    Maka kelengkapan langkah "Melaksanakan koordinasi dan kerjasama..." adalah:
      | kelengkapan |
      | Koordinasi dan kerjasama mengenai kegiatan / Jadwal |
    Maka output langkah "Melaksanakan koordinasi dan kerjasama..." adalah "Pelaksanaan Jadwal kegiatan"
    Maka batas waktu langkah "Menyimpan arsip berita" adalah 5 menit
    Maka kelengkapan langkah "Menyimpan arsip berita" adalah:
      | kelengkapan |
      | Informasi mengenai kegiatan yang sudah ditandatangani diarsipkan / Arsip |
    Maka output langkah "Menyimpan arsip berita" adalah "Disimpan"

  Skenario: "Kasi Komunikasi Sosial" tidak dapat menyelesaikan langkah "Pemilahan data/bahan dikelompokkan berdasarkan..."
    # Persetujuan/paraf milik Kabid Sarana.
    Ketika "Kadis" memulai SOP
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan..." untuk "Kabid Sarana"
    Maka "Kasi Komunikasi Sosial" tidak dapat menyelesaikan langkah "Pemilahan data/bahan dikelompokkan berdasarkan..."

  # Diselaraskan: kolom Sekretaris dihapus di tabel (tanpa langkah; baris 451-459 hanya label "Ya" baris 457); peran lain yang bukan pelaksana langkah ini dipakai: Kabid Sarana.
  Skenario: "Kabid Sarana" tidak dapat menyelesaikan langkah "Menerima serta memeriksa data / bahan"
    # Persetujuan dan tanda tangan milik Kadis.
    Ketika "Kadis" memulai SOP
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"
    # Diselaraskan: kolom Sekretaris dihapus di tabel (tanpa langkah; baris 451-459 hanya label "Ya" baris 457); peran lain yang bukan pelaksana langkah ini dipakai: Kabid Sarana.
    Maka "Kabid Sarana" tidak dapat menyelesaikan langkah "Menerima serta memeriksa data / bahan"
