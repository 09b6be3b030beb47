# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_perubahan_daftar_gaji.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Perubahan Daftar Gaji
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Keuangan, Pembuat Daftar Gaji, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_perubahan_daftar_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Keuangan" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah 1 hari kerja
    Dan kelengkapan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah:
      | kelengkapan  |
      | Data pegawai |
    Dan output langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah "Konsep Daftar Gaji"
    Ketika "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Dan "Kepala Sub Bagian Keuangan" tidak dapat menyelesaikan langkah "Mengetik Daftar Gaji"
    Dan batas waktu langkah "Mengetik Daftar Gaji" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik Daftar Gaji" adalah:
      | kelengkapan        |
      | Konsep Daftar Gaji |
    Dan output langkah "Mengetik Daftar Gaji" adalah "Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..." untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..." adalah:
      | kelengkapan |
      | Daftar Gaji |
    Dan output langkah "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..." adalah "Daftar Gaji"
    Ketika "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Mengferivikasi Daftar Gaji, Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah 15 menit
    Dan kelengkapan langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Dan output langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah "Daftar Gaji yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Mengferivikasi Daftar Gaji, Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan                    |
      | Daftar Gaji yang sudah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "Daftar Gaji yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk pengiriman" adalah:
      | kelengkapan                           |
      | Daftar Gaji yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk pengiriman" adalah "Daftar Gaji yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Maka langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." menjalankan SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah:
      | kelengkapan                           |
      | Daftar Gaji yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah "Daftar Gaji yang sudah ditandatangani"
    Ketika SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar" dijalankan sampai selesai
    Maka tugas berikutnya adalah "Mengirim Daftar Gaji ke BPKAD" untuk "Pembuat Daftar Gaji"
    Dan batas waktu langkah "Mengirim Daftar Gaji ke BPKAD" adalah 1 menit
    Dan kelengkapan langkah "Mengirim Daftar Gaji ke BPKAD" adalah:
      | kelengkapan                           |
      | Daftar Gaji yang sudah ditandatangani |
    Dan output langkah "Mengirim Daftar Gaji ke BPKAD" adalah "Bukti pengiriman"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengirim Daftar Gaji ke BPKAD"
    Maka SOP selesai

  Skenario: Langkah 3 "Daftar gaji disetujui?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Keuangan" memulai SOP
    Dan "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Dan "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Tidak" pada "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Mengferivikasi Daftar Gaji, Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Dan SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar" dijalankan sampai selesai
    Dan "Pembuat Daftar Gaji" menyelesaikan langkah "Mengirim Daftar Gaji ke BPKAD"
    Maka SOP selesai

