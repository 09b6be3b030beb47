# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengambilan_dokumen_dafduk.bpmn (sop features draft); sunting seperlunya.
Fitur: Pengambilan Dokumen Pendaftaran Penduduk
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Pengambilan

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengambilan_dokumen_dafduk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Menyerahkan Bukti Pengambilan" untuk "Pemohon"
    Dan kelengkapan langkah "Menyerahkan Bukti Pengambilan" adalah:
      | kelengkapan       |
      | Bukti Pengambilan |
    Dan output langkah "Menyerahkan Bukti Pengambilan" adalah "Bukti Pengambilan"
    Ketika "Pemohon" menyelesaikan langkah "Menyerahkan Bukti Pengambilan"
    Maka tugas berikutnya adalah "Cek bukti pengambilan, mencari dokumen pendaftaran..." untuk "Petugas Pengambilan"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran..."
    Dan batas waktu langkah "Cek bukti pengambilan, mencari dokumen pendaftaran..." adalah 1 menit
    Dan kelengkapan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran..." adalah:
      | kelengkapan                                 |
      | Bukti Pengambilan                           |
      | Dokumen Pendaftaran Penduduk / Berkas Batal |
      | Register                                    |
      | ATK                                         |
    Dan output langkah "Cek bukti pengambilan, mencari dokumen pendaftaran..." adalah "Dokumen Pendaftaran Penduduk / Berkas Batal; Register"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Cek bukti pengambilan, mencari dokumen pendaftaran..."
    Maka tugas berikutnya adalah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" untuk "Pemohon"
    Dan batas waktu langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah 1 menit
    Dan kelengkapan langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah:
      | kelengkapan                                 |
      | Dokumen Pendaftaran Penduduk / Berkas Batal |
      | Register                                    |
    Dan output langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan" adalah "Dokumen Pendaftaran Penduduk / Berkas Batal"
    Ketika "Pemohon" menyelesaikan langkah "Menerima dokumen pendaftaran penduduk, mengisi register pengambilan"
    Maka SOP selesai

