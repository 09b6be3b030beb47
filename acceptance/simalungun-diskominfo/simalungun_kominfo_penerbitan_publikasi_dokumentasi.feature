# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 436-445 ("SOP Pelaksanaan Penerbitan, Publikasi dan Dokumentasi")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 439): Petugas penerima berita /informasi, Kasi Penerbitan, Publikasi dan Pameran, Kabid Sarana, Sekretaris, Kadis (singkatan Kepala Dinas, seperti seed). Sekretaris tidak mendapat langkah dari teks seed.
# Header mutu ditulis "Mutu Batu" di seed (baris 438).
Fitur: SOP Pelaksanaan Penerbitan, Publikasi dan Dokumentasi
  Penerbitan, publikasi dan dokumentasi: berita media cetak diterima dan dituangkan dalam kliping,
  kliping diteliti dan diparaf Kabid, diperiksa dan ditandatangani Kadis, lalu diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penerbitan_publikasi_dokumentasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: kliping disusun, diparaf Kabid, ditandatangani Kadis dan diarsipkan
    Ketika "Petugas penerima berita /informasi" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 441: menerima berita media cetak -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Menerima berita media cetak" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menerima berita media cetak"
    # Tafsiran: baris 442: menyusun kliping -> Kasi Penerbitan, Publikasi dan Pameran. "Ya" di kolom Kabid Sarana pada baris ini tidak jelas asalnya (tidak ada keputusan sebelum langkah 2).
    Maka tugas berikutnya adalah "Menyusun serta dituangkan dalam klipping berita media cetak" untuk "Kasi Penerbitan, Publikasi dan Pameran"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    # Sumber: baris 443: "Tidak" di kolom Kasi, "Ya" di kolom Kadis; kelengkapan "disetujui dan tidak disetujui dan diberi paraf kabid" -> keputusan Kabid Sarana (paraf Kabid = langkahnya sendiri).
    # Sumber: baris 443: Tidak ke kolom Kasi -> langkah 2; Ya ke kolom Kadis -> langkah 4.
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    # Sumber: baris 444: kelengkapan "disetujui dan tidak disetujui dan diberi tandatangan" -> keputusan Kadis (tanda tangan = langkahnya sendiri).
    # Sumber: baris 444: "Tidak" di kolom Sekretaris (di kiri Kadis); tafsiran: kembali ke langkah 3 (Kabid Sarana). Sekretaris tidak mendapat langkah sendiri.
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Menerima dan memeriksa klipping berita"
    # Tafsiran: baris 445: mengarsipkan -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Mengarsipkan klipping berita" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Mengarsipkan klipping berita"
    Maka SOP selesai

  Skenario: "Kabid Sarana" memutuskan "Tidak" pada "Meneliti serta Pemilihan klipping berita"
    Ketika "Petugas penerima berita /informasi" memulai SOP
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menerima berita media cetak"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Tidak" pada "Meneliti serta Pemilihan klipping berita" dengan alasan "kliping tidak disetujui"
    Maka tugas berikutnya adalah "Menyusun serta dituangkan dalam klipping berita media cetak" untuk "Kasi Penerbitan, Publikasi dan Pameran"
    Dan alasan "kliping tidak disetujui" terlihat oleh "Kasi Penerbitan, Publikasi dan Pameran"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kadis"

  Skenario: "Kadis" memutuskan "Tidak" pada "Menerima dan memeriksa klipping berita"
    Ketika "Petugas penerima berita /informasi" memulai SOP
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menerima berita media cetak"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Tidak" pada "Menerima dan memeriksa klipping berita" dengan alasan "kliping belum disetujui Kadis"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kabid Sarana"
    Dan alasan "kliping belum disetujui Kadis" terlihat oleh "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Menerima dan memeriksa klipping berita"
    Maka tugas berikutnya adalah "Mengarsipkan klipping berita" untuk "Petugas penerima berita /informasi"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menerima berita media cetak" adalah 5 menit
    Maka kelengkapan langkah "Menerima berita media cetak" adalah:
      | kelengkapan |
      | Menerima media cetak/Koran, majalah dan tabloit |
    Maka output langkah "Menerima berita media cetak" adalah "Memperoleh berita media cetak"
    Maka batas waktu langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah 10 menit
    Maka kelengkapan langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah:
      | kelengkapan |
      | Media cetak dikelompokkan/Koran, Majalah dan Tabloit |
    Maka output langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah "Mengelompokkan berita media cetak"
    Maka batas waktu langkah "Meneliti serta Pemilihan klipping berita" adalah 15 menit
    Maka kelengkapan langkah "Meneliti serta Pemilihan klipping berita" adalah:
      | kelengkapan |
      | Media cetak disetujui dan tidak disetujui dan diberi paraf kabid / klipping Koran, majalah dan tabloit |
    Maka output langkah "Meneliti serta Pemilihan klipping berita" adalah "Klipping berita media cetak"
    Maka batas waktu langkah "Menerima dan memeriksa klipping berita" adalah 5 menit
    Maka kelengkapan langkah "Menerima dan memeriksa klipping berita" adalah:
      | kelengkapan |
      | Media cetak disetujui dan tidak disetujui dan diberi tandatangan |
    Maka output langkah "Menerima dan memeriksa klipping berita" adalah "Berkas klipping berita media cetak"
    Maka batas waktu langkah "Mengarsipkan klipping berita" adalah 5 menit
    Maka kelengkapan langkah "Mengarsipkan klipping berita" adalah:
      | kelengkapan |
      | Media cetak yang sudah ditandatangani diarsipkan |
    Maka output langkah "Mengarsipkan klipping berita" adalah "Disimpan"

  Skenario: "Kasi Penerbitan, Publikasi dan Pameran" tidak dapat menyelesaikan langkah "Meneliti serta Pemilihan klipping berita"
    # Persetujuan/paraf milik Kabid Sarana.
    Ketika "Petugas penerima berita /informasi" memulai SOP
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menerima berita media cetak"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kabid Sarana"
    Maka "Kasi Penerbitan, Publikasi dan Pameran" tidak dapat menyelesaikan langkah "Meneliti serta Pemilihan klipping berita"

  Skenario: "Kabid Sarana" tidak dapat menyelesaikan langkah "Menerima dan memeriksa klipping berita"
    # Tanda tangan milik Kadis.
    Ketika "Petugas penerima berita /informasi" memulai SOP
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menerima berita media cetak"
    Ketika "Kasi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kadis"
    Maka "Kabid Sarana" tidak dapat menyelesaikan langkah "Menerima dan memeriksa klipping berita"
