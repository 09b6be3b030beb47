# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_entri_cetak_kk.bpmn (sop features draft); sunting seperlunya.
Fitur: Entri dan Cetak Kartu Keluarga
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Petugas Loket KK, Petugas Operator KK, Petugas Rekap

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_entri_cetak_kk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas Loket KK" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "Petugas Loket KK"
    Dan kelengkapan langkah "Cek kelengkapan berkas" adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
    Dan output langkah "Cek kelengkapan berkas" adalah "Berkas pengajuan telah diverifikasi"
    Ketika "Petugas Loket KK" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "Petugas Operator KK"
    Dan "Petugas Loket KK" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Dan batas waktu langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah 1 menit
    Dan kelengkapan langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah:
      | kelengkapan            |
      | Berkas pengajuan       |
      | Aplikasi SIAK          |
      | Aplikasi Konsolidasi   |
      | Aplikasi Duplicate NIK |
    Ketika "Petugas Operator KK" memutuskan "Layak entri" pada "Menerima berkas permohonan yang telah diverifikasi..."
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KK, mencatat..." untuk "Petugas Operator KK"
    Dan kelengkapan langkah "Meneruskan pada proses entri, mencetak KK, mencatat..." adalah:
      | kelengkapan |
      | Register    |
      | ATK         |
    Dan output langkah "Meneruskan pada proses entri, mencetak KK, mencatat..." adalah "KK; Register"
    Ketika "Petugas Operator KK" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KK, mencatat..."
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KK dan berkas batal" untuk "Petugas Operator KK"
    Dan output langkah "Mengumpulkan hasil cetak KK dan berkas batal" adalah "KK; Register; Berkas Batal"
    Ketika "Petugas Operator KK" menyelesaikan langkah "Mengumpulkan hasil cetak KK dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..." untuk "Petugas Rekap"
    Dan batas waktu langkah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..." adalah 20 menit
    Dan kelengkapan langkah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..." adalah:
      | kelengkapan  |
      | KK           |
      | Berkas Batal |
      | ATK          |
    Dan output langkah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..." adalah "KK telah di paraf dan telah ditandatangani"
    Ketika "Petugas Rekap" menyelesaikan langkah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas layak entri?" dijawab "Tidak layak entri", lanjut ke langkah 4
    Ketika "Petugas Loket KK" memulai SOP
    Dan "Petugas Loket KK" menyelesaikan langkah "Cek kelengkapan berkas"
    Dan "Petugas Operator KK" memutuskan "Tidak layak entri" pada "Menerima berkas permohonan yang telah diverifikasi..." dengan alasan "tidak diperlukan, langsung ke langkah berikutnya"
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KK dan berkas batal" untuk "Petugas Operator KK"
    Dan alasan "tidak diperlukan, langsung ke langkah berikutnya" terlihat oleh "Petugas Operator KK"
    Ketika "Petugas Operator KK" menyelesaikan langkah "Mengumpulkan hasil cetak KK dan berkas batal"
    Dan "Petugas Rekap" menyelesaikan langkah "Merekapitulasi pencetakan KK dan berkas batal, mempersiapkan..."
    Maka SOP selesai

