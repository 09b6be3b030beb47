# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penerbitan_publikasi_dokumentasi.bpmn (sop features draft); sunting seperlunya.
Fitur: Pelaksanaan Penerbitan, Publikasi dan Dokumentasi
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Sarana
  Pelaksana: Petugas Penerima Berita/Informasi, Kepala Seksi Penerbitan, Publikasi dan Pameran, Kepala Bidang Sarana, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penerbitan_publikasi_dokumentasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas Penerima Berita/Informasi" memulai SOP
    Maka tugas berikutnya adalah "Menerima berita media cetak" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Menerima berita media cetak" adalah 5 menit
    Dan kelengkapan langkah "Menerima berita media cetak" adalah:
      | kelengkapan                                     |
      | Menerima media cetak/Koran, majalah dan tabloit |
    Dan output langkah "Menerima berita media cetak" adalah "Memperoleh berita media cetak"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menerima berita media cetak"
    Maka tugas berikutnya adalah "Menyusun serta dituangkan dalam klipping berita media cetak" untuk "Kepala Seksi Penerbitan, Publikasi dan Pameran"
    Dan "Petugas Penerima Berita/Informasi" tidak dapat menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Dan batas waktu langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah 10 menit
    Dan kelengkapan langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah:
      | kelengkapan                                          |
      | Media cetak dikelompokkan/Koran, Majalah dan Tabloit |
    Dan output langkah "Menyusun serta dituangkan dalam klipping berita media cetak" adalah "Mengelompokkan berita media cetak"
    Ketika "Kepala Seksi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kepala Bidang Sarana"
    Dan batas waktu langkah "Meneliti serta Pemilihan klipping berita" adalah 15 menit
    Dan kelengkapan langkah "Meneliti serta Pemilihan klipping berita" adalah:
      | kelengkapan                                                                                            |
      | Media cetak disetujui dan tidak disetujui dan diberi paraf kabid / klipping Koran, majalah dan tabloit |
    Dan output langkah "Meneliti serta Pemilihan klipping berita" adalah "Klipping berita media cetak"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Maka tugas berikutnya adalah "Menerima dan memeriksa klipping berita" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menerima dan memeriksa klipping berita" adalah 5 menit
    Dan kelengkapan langkah "Menerima dan memeriksa klipping berita" adalah:
      | kelengkapan                                                      |
      | Media cetak disetujui dan tidak disetujui dan diberi tandatangan |
    Dan output langkah "Menerima dan memeriksa klipping berita" adalah "Berkas klipping berita media cetak"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menerima dan memeriksa klipping berita"
    Maka tugas berikutnya adalah "Mengarsipkan klipping berita" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Mengarsipkan klipping berita" adalah 5 menit
    Dan kelengkapan langkah "Mengarsipkan klipping berita" adalah:
      | kelengkapan                                      |
      | Media cetak yang sudah ditandatangani diarsipkan |
    Dan output langkah "Mengarsipkan klipping berita" adalah "Disimpan"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Mengarsipkan klipping berita"
    Maka SOP selesai

  Skenario: Langkah 3 "Kliping berita disetujui Kabid?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Petugas Penerima Berita/Informasi" memulai SOP
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menerima berita media cetak"
    Dan "Kepala Seksi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Dan "Kepala Bidang Sarana" memutuskan "Tidak" pada "Meneliti serta Pemilihan klipping berita" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menyusun serta dituangkan dalam klipping berita media cetak" untuk "Kepala Seksi Penerbitan, Publikasi dan Pameran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Seksi Penerbitan, Publikasi dan Pameran"
    Ketika "Kepala Seksi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menerima dan memeriksa klipping berita"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Mengarsipkan klipping berita"
    Maka SOP selesai

  Skenario: Langkah 4 "Kliping berita disetujui Kadis?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Petugas Penerima Berita/Informasi" memulai SOP
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menerima berita media cetak"
    Dan "Kepala Seksi Penerbitan, Publikasi dan Pameran" menyelesaikan langkah "Menyusun serta dituangkan dalam klipping berita media cetak"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Menerima dan memeriksa klipping berita" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Meneliti serta Pemilihan klipping berita" untuk "Kepala Bidang Sarana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Sarana"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Meneliti serta Pemilihan klipping berita"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menerima dan memeriksa klipping berita"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Mengarsipkan klipping berita"
    Maka SOP selesai

