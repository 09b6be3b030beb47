# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_spj.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan SPJ
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Keuangan, Bendahara Pengeluaran, Sekretaris, Kepala Dinas, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan SPJ dari PPTK" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Mengumpulkan bahan SPJ dari PPTK" adalah 45 menit
    Dan kelengkapan langkah "Mengumpulkan bahan SPJ dari PPTK" adalah:
      | kelengkapan                           |
      | Bahan SPJ dari bidang dan sekretariat |
    Dan output langkah "Mengumpulkan bahan SPJ dari PPTK" adalah "Bahan SPJ dari bidang dan sekretariat"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Menyusun SPJ" adalah 2 jam
    Dan kelengkapan langkah "Menyusun SPJ" adalah:
      | kelengkapan                           |
      | Bahan SPJ dari bidang dan sekretariat |
    Dan output langkah "Menyusun SPJ" adalah "SPJ yang telah tersusun"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..." untuk "Kepala Sub Bagian Keuangan"
    Dan "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..."
    Dan batas waktu langkah "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..." adalah:
      | kelengkapan             |
      | SPJ yang telah tersusun |
    Dan output langkah "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..." adalah "SPJ yang telah tersusun dan terkoreksi"
    Ketika "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Menferivikasi dan memberikan paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Menferivikasi dan memberikan paraf" adalah 5 menit
    Dan kelengkapan langkah "Menferivikasi dan memberikan paraf" adalah:
      | kelengkapan                            |
      | SPJ yang telah tersusun dan terkoreksi |
    Dan output langkah "Menferivikasi dan memberikan paraf" adalah "SPJ yang telah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Menferivikasi dan memberikan paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 5 menit
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan            |
      | SPJ yang telah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "SPJ yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk digandakan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk digandakan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk digandakan" adalah:
      | kelengkapan                   |
      | SPJ yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk digandakan" adalah "SPJ yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk digandakan"
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pengarsipan" untuk "Kepala Sub Bagian Keuangan"
    Dan kelengkapan langkah "Memerintahkan untuk penggandaan dan pengarsipan" adalah:
      | kelengkapan                   |
      | SPJ yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk penggandaan dan pengarsipan" adalah "SPJ yang telah ditandatangani"
    Ketika "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pengarsipan"
    Maka tugas berikutnya adalah "Menggandakan dan mengarsipkan" untuk "Staf"
    Dan batas waktu langkah "Menggandakan dan mengarsipkan" adalah 5 menit
    Dan kelengkapan langkah "Menggandakan dan mengarsipkan" adalah:
      | kelengkapan                   |
      | SPJ yang telah ditandatangani |
    Dan output langkah "Menggandakan dan mengarsipkan" adalah "Arsip SPJ"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

  Skenario: Langkah 3 "Konsep SPJ disetujui?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Bendahara Pengeluaran" memulai SOP
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Tidak" pada "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Menferivikasi dan memberikan paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk digandakan"
    Dan "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pengarsipan"
    Dan "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

