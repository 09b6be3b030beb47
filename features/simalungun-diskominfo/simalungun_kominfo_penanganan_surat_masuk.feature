# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penanganan_surat_masuk.bpmn (sop features draft); sunting seperlunya.
Fitur: PENANGANAN SURAT MASUK
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Staf, Kepala Sub Bagian, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penanganan_surat_masuk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima surat masuk dan membuat lembar disposisi ,meneruskan..." untuk "Staf"
    Dan batas waktu langkah "Menerima surat masuk dan membuat lembar disposisi ,meneruskan..." adalah 15 menit
    Dan kelengkapan langkah "Menerima surat masuk dan membuat lembar disposisi ,meneruskan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Menerima surat masuk dan membuat lembar disposisi ,meneruskan..." adalah "SURAT"
    Ketika "Staf" melampirkan dokumen "SURAT"
    Dan "Staf" menyelesaikan langkah "Menerima surat masuk dan membuat lembar disposisi ,meneruskan..."
    Maka tugas berikutnya adalah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..." untuk "Kepala Sub Bagian"
    Dan "Staf" tidak dapat menyelesaikan langkah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..."
    Dan batas waktu langkah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..." adalah 15 menit
    Dan kelengkapan langkah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..." adalah "SURAT"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menerima Surat masuk dari JFU, lalu membuat konsepnya..."
    Maka tugas berikutnya adalah "Surat masuk diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan batas waktu langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah 15 menit
    Dan kelengkapan langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah "SURAT"
    Ketika "Sekretaris" menyelesaikan langkah "Surat masuk diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Membaca dan mendisposisikan surat kebidang yang dituju..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Membaca dan mendisposisikan surat kebidang yang dituju..." adalah 15 menit
    Dan kelengkapan langkah "Membaca dan mendisposisikan surat kebidang yang dituju..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Membaca dan mendisposisikan surat kebidang yang dituju..." adalah "SURAT"
    Ketika "Kepala Dinas" menyelesaikan langkah "Membaca dan mendisposisikan surat kebidang yang dituju..."
    Maka tugas berikutnya adalah "Mengembalikan surat ke Kasubbag TU agar mendistribusikan..." untuk "Sekretaris"
    Dan batas waktu langkah "Mengembalikan surat ke Kasubbag TU agar mendistribusikan..." adalah 15 menit
    Dan kelengkapan langkah "Mengembalikan surat ke Kasubbag TU agar mendistribusikan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Mengembalikan surat ke Kasubbag TU agar mendistribusikan..." adalah "SURAT"
    Ketika "Sekretaris" menyelesaikan langkah "Mengembalikan surat ke Kasubbag TU agar mendistribusikan..."
    Maka tugas berikutnya adalah "Memerintahkan JFU untuk mendistribusikan surat kebidang" untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah "SURAT"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang"
    Maka tugas berikutnya adalah "Mendistribusikan Surat kebidang sesuai disposisi" untuk "Staf"
    Dan batas waktu langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah 15 menit
    Dan kelengkapan langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah:
      | kelengkapan |
      | SURAT       |
    Dan output langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah "SURAT"
    Ketika "Staf" menyelesaikan langkah "Mendistribusikan Surat kebidang sesuai disposisi"
    Maka SOP selesai

