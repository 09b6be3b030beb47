# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pencetakan_ktp_el.bpmn (sop features draft); sunting seperlunya.
Fitur: Pencetakan KTP Elektronik
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Petugas Loket KTP, Petugas Operator KTP, Petugas Rekap

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pencetakan_ktp_el" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas Loket KTP" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "Petugas Loket KTP"
    Dan kelengkapan langkah "Cek kelengkapan berkas" adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
    Dan output langkah "Cek kelengkapan berkas" adalah "Berkas pengajuan telah diverifikasi"
    Ketika "Petugas Loket KTP" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "Petugas Operator KTP"
    Dan "Petugas Loket KTP" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Dan batas waktu langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah 1 menit
    Dan kelengkapan langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah:
      | kelengkapan               |
      | Berkas pengajuan          |
      | Aplikasi Bcard Management |
    Ketika "Petugas Operator KTP" memutuskan "Layak entri" pada "Menerima berkas permohonan yang telah diverifikasi..."
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KTP, encode..." untuk "Petugas Operator KTP"
    Dan kelengkapan langkah "Meneruskan pada proses entri, mencetak KTP, encode..." adalah:
      | kelengkapan |
      | Register    |
      | ATK         |
    Dan output langkah "Meneruskan pada proses entri, mencetak KTP, encode..." adalah "KTP; Register"
    Ketika "Petugas Operator KTP" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KTP, encode..."
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KTP dan berkas batal" untuk "Petugas Operator KTP"
    Dan output langkah "Mengumpulkan hasil cetak KTP dan berkas batal" adalah "KTP; Register; Berkas Batal"
    Ketika "Petugas Operator KTP" menyelesaikan langkah "Mengumpulkan hasil cetak KTP dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KTP dan berkas batal" untuk "Petugas Rekap"
    Dan batas waktu langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah 20 menit
    Dan kelengkapan langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah:
      | kelengkapan  |
      | KTP          |
      | Berkas Batal |
      | ATK          |
    Dan output langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah "KTP"
    Ketika "Petugas Rekap" menyelesaikan langkah "Merekapitulasi pencetakan KTP dan berkas batal"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas layak entri?" dijawab "Tidak layak entri", lanjut ke langkah 4
    Ketika "Petugas Loket KTP" memulai SOP
    Dan "Petugas Loket KTP" menyelesaikan langkah "Cek kelengkapan berkas"
    Dan "Petugas Operator KTP" memutuskan "Tidak layak entri" pada "Menerima berkas permohonan yang telah diverifikasi..." dengan alasan "tidak diperlukan, langsung ke langkah berikutnya"
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KTP dan berkas batal" untuk "Petugas Operator KTP"
    Dan alasan "tidak diperlukan, langsung ke langkah berikutnya" terlihat oleh "Petugas Operator KTP"
    Ketika "Petugas Operator KTP" menyelesaikan langkah "Mengumpulkan hasil cetak KTP dan berkas batal"
    Dan "Petugas Rekap" menyelesaikan langkah "Merekapitulasi pencetakan KTP dan berkas batal"
    Maka SOP selesai

