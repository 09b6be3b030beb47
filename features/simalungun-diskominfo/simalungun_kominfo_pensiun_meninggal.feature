# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pensiun_meninggal.bpmn (sop features draft); sunting seperlunya.
Fitur: PENSIUN KARENA MENINGGAL
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Pemohon, Staf, Kepala Sub Bagian, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pensiun_meninggal" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan Permohonan Pensiun Meninggal dengan melampirkan..." untuk "Pemohon"
    Dan batas waktu langkah "Mengajukan Permohonan Pensiun Meninggal dengan melampirkan..." adalah 30 menit
    Dan kelengkapan langkah "Mengajukan Permohonan Pensiun Meninggal dengan melampirkan..." adalah:
      | kelengkapan     |
      | Surat & Dokumen |
    Dan output langkah "Mengajukan Permohonan Pensiun Meninggal dengan melampirkan..." adalah "Surat & Permohonan"
    Ketika "Pemohon" melampirkan dokumen "Surat & Dokumen"
    Dan "Pemohon" melampirkan dokumen "Surat & Permohonan"
    Dan "Pemohon" menyelesaikan langkah "Mengajukan Permohonan Pensiun Meninggal dengan melampirkan..."
    Maka tugas berikutnya adalah "Membuat lembar disposisi dari surat pegawai pemohon..." untuk "Staf"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Membuat lembar disposisi dari surat pegawai pemohon..."
    Dan batas waktu langkah "Membuat lembar disposisi dari surat pegawai pemohon..." adalah 30 menit
    Dan kelengkapan langkah "Membuat lembar disposisi dari surat pegawai pemohon..." adalah:
      | kelengkapan |
      | ATK         |
      | Disposisi   |
      | Surat       |
    Dan output langkah "Membuat lembar disposisi dari surat pegawai pemohon..." adalah "Paraf"
    Ketika "Staf" melampirkan dokumen "Surat"
    Dan "Staf" menyelesaikan langkah "Membuat lembar disposisi dari surat pegawai pemohon..."
    Maka tugas berikutnya adalah "Membuat lembar disposisi terkait isi surat pemohon..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Membuat lembar disposisi terkait isi surat pemohon..." adalah 30 menit
    Dan kelengkapan langkah "Membuat lembar disposisi terkait isi surat pemohon..." adalah:
      | kelengkapan |
      | ATK         |
      | Surat       |
      | Dokumen     |
    Dan output langkah "Membuat lembar disposisi terkait isi surat pemohon..." adalah "Paraf"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Membuat lembar disposisi terkait isi surat pemohon..."
    Maka tugas berikutnya adalah "Memeriksa surat Pemohon dan membuat disposisi untuk..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa surat Pemohon dan membuat disposisi untuk..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa surat Pemohon dan membuat disposisi untuk..." adalah:
      | kelengkapan |
      | ATK         |
      | Dokumen     |
    Dan output langkah "Memeriksa surat Pemohon dan membuat disposisi untuk..." adalah "Disposisi"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memeriksa surat Pemohon dan membuat disposisi untuk..."
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah 30 menit
    Dan kelengkapan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..." adalah "Disposisi"
    Ketika "Kepala Dinas" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan Kasubbag..."
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah 30 menit
    Dan kelengkapan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..." adalah "Berita Acara Pemeriksaan"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Berita Acara Pemeriksaan"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Meneruskan disposisi dari Kepala Dinas dan menugaskan JFU..."
    Maka tugas berikutnya adalah "Mengetik surat usulan pengantar ke BKD Kabupaten dan..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan pengantar ke BKD Kabupaten dan..."
    Maka SOP selesai

