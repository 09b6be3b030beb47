# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_akta_kematian_rs_puskesmas.bpmn (sop features draft); sunting seperlunya.
Fitur: Standart Operasional Prosedure (SOP) Penerbitan Akta Kematian
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Pemohon, Petugas RS/Puskesmas, Petugas Pengantar dan Pengambil, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_akta_kematian_rs_puskesmas" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi persyaratan permohonan Akta Kelahiran" adalah:
      | kelengkapan          |
      | KK asli              |
      | Fotocopy ktp pelapor |
      | Fotocopy ktp jenazah |
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" untuk "Petugas RS/Puskesmas"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK"
    Dan batas waktu langkah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" adalah:
      | kelengkapan   |
      | Komputer      |
      | Aplikasi SIAK |
      | Printer       |
      | Scanner       |
    Dan output langkah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" adalah "Surat Keterangan Kematian, Surat Pengantar kematian"
    Ketika "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kematian, Surat Pengantar kematian"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK"
    Maka tugas berikutnya adalah "Mengantar berkas" untuk "Petugas Pengantar dan Pengambil"
    Dan batas waktu langkah "Mengantar berkas" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengantar berkas" adalah:
      | kelengkapan       |
      | Berkas Permohonan |
    Dan output langkah "Mengantar berkas" adalah "Kutipan Akta"
    Ketika "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." untuk "Petugas Operator"
    Dan batas waktu langkah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." adalah:
      | kelengkapan          |
      | Komputer             |
      | Aplikasi SIAK        |
      | Kutipan dan Register |
      | Printer              |
    Dan output langkah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." adalah "Kutipan, Register"
    Ketika "Petugas Operator" melampirkan dokumen "Kutipan dan Register"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan, Register"
    Dan "Petugas Operator" memutuskan "Benar" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Seksi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf kutipan dan register akta oleh Kepala Seksi" adalah:
      | kelengkapan          |
      | Kutipan dan Register |
    Dan output langkah "Paraf kutipan dan register akta oleh Kepala Seksi" adalah "Kutipan dan Register"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Bidang" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Paraf kutipan dan register akta oleh Kepala Bidang" adalah:
      | kelengkapan          |
      | Kutipan dan Register |
    Dan output langkah "Paraf kutipan dan register akta oleh Kepala Bidang" adalah "Kutipan dan Register"
    Ketika "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Maka tugas berikutnya adalah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" adalah:
      | kelengkapan          |
      | Kutipan dan Register |
    Dan output langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" adalah "Kutipan dan Register"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kematian" untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menyerahkan Kutipan Akta Kematian" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyerahkan Kutipan Akta Kematian" adalah:
      | kelengkapan           |
      | Kutipan Akta Kematian |
      | Tanda Pengambilan     |
    Dan output langkah "Menyerahkan Kutipan Akta Kematian" adalah "Kutipan Akta Kematian"
    Ketika "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kematian"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kematian"
    Maka tugas berikutnya adalah "Menyerahkan Kutipan ke Pemohon" untuk "Petugas Pengantar dan Pengambil"
    Dan batas waktu langkah "Menyerahkan Kutipan ke Pemohon" adalah 1 menit
    Dan kelengkapan langkah "Menyerahkan Kutipan ke Pemohon" adalah:
      | kelengkapan           |
      | Kutipan Akta Kematian |
      | Tanda Terima          |
    Dan output langkah "Menyerahkan Kutipan ke Pemohon" adalah "Kutipan Akta Kematian"
    Ketika "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas permohonan lengkap?" dijawab "Tidak Lengkap", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" memutuskan "Tidak Lengkap" pada "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" dengan alasan "belum lengkap, mohon dilengkapi"
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "Pemohon"
    Dan alasan "belum lengkap, mohon dilengkapi" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kematian, Surat Pengantar kematian"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK"
    Dan "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan, Register"
    Dan "Petugas Operator" memutuskan "Benar" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Dan "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kematian"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kematian"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Langkah 4 "Hasil entry dan hasil scan benar?" dijawab "Salah", kembali ke langkah 2
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kematian, Surat Pengantar kematian"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK"
    Dan "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas"
    Dan "Petugas Operator" memutuskan "Salah" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..." dengan alasan "masih ada yang salah, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK" untuk "Petugas RS/Puskesmas"
    Dan alasan "masih ada yang salah, mohon diperbaiki" terlihat oleh "Petugas RS/Puskesmas"
    Ketika "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan, Register"
    Dan "Petugas Operator" memutuskan "Benar" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Dan "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kematian"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kematian"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

