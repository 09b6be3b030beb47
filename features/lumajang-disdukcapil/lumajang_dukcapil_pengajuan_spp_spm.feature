# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengajuan_spp_spm.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengajuan SPP dan SPM
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Keuangan, Bendahara Pengeluaran, Sekretaris, Kepala Dinas, Kepala Sub Bagian Umum dan Kepegawaian

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengajuan_spp_spm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Keuangan" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan ajuan" untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Mengumpulkan bahan ajuan" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengumpulkan bahan ajuan" adalah:
      | kelengkapan                  |
      | Dokumen Pelaksanaan Anggaran |
    Dan output langkah "Mengumpulkan bahan ajuan" adalah "Konsep Bahan ajuan SPP dan SPM"
    Ketika "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Dan "Kepala Sub Bagian Keuangan" tidak dapat menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Dan batas waktu langkah "Membuat ajuan SPP dan SPM" adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat ajuan SPP dan SPM" adalah:
      | kelengkapan                    |
      | Konsep Bahan ajuan SPP dan SPM |
    Dan output langkah "Membuat ajuan SPP dan SPM" adalah "Bahan Ajuan SPP dan SPM"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..." adalah:
      | kelengkapan             |
      | Bahan Ajuan SPP dan SPM |
    Dan output langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..." adalah "Bahan Ajuan SPP dan SPM"
    Ketika "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah 20 menit
    Dan kelengkapan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah:
      | kelengkapan     |
      | Bahan Ajuan SPM |
    Dan output langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah "Ajuan SPM yg sudah ditandangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 1 jam
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan                        |
      | Ajuan SPP dan SPM yg sudah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "SPP dan SPM yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk pengiriman" adalah:
      | kelengkapan                           |
      | SPP dan SPM yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk pengiriman" adalah "SPP dan SPM yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Maka langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." menjalankan SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah 30 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah:
      | kelengkapan                           |
      | SPP dan SPM yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah "SPP dan SPM yang sudah ditandatangani"
    Ketika SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar" dijalankan sampai selesai
    Maka tugas berikutnya adalah "Mengirim SPP dan SPM ke BPKAD" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Mengirim SPP dan SPM ke BPKAD" adalah 1 jam
    Dan kelengkapan langkah "Mengirim SPP dan SPM ke BPKAD" adalah:
      | kelengkapan                           |
      | SPP dan SPM yang sudah ditandatangani |
    Dan output langkah "Mengirim SPP dan SPM ke BPKAD" adalah "Bukti pengiriman SPP dan SPM"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengirim SPP dan SPM ke BPKAD"
    Maka SOP selesai

  Skenario: Langkah 3 "Ajuan SPP dan SPM disetujui?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Keuangan" memulai SOP
    Dan "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Tidak" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Setuju" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju, diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Dan SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar" dijalankan sampai selesai
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengirim SPP dan SPM ke BPKAD"
    Maka SOP selesai

