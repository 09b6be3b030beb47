# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_akta_kelahiran_ketan_ireng.bpmn (sop features draft); sunting seperlunya.
Fitur: Standart Operasional Prosedure (SOP) Penerbitan Akta Kelahiran Ketan Ireng
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Pemohon, Petugas RS/Puskesmas, Petugas Pengantar dan Pengambil, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_akta_kelahiran_ketan_ireng" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi persyaratan permohonan Akta Kelahiran" adalah:
      | kelengkapan                      |
      | KK asli                          |
      | Fotocopy ktp orang tua           |
      | Fotocopy Surat Nikah (legalisir) |
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan dan menscan..." untuk "Petugas RS/Puskesmas"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Memeriksa kelengkapan berkas, memasukan dan menscan..."
    Dan batas waktu langkah "Memeriksa kelengkapan berkas, memasukan dan menscan..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa kelengkapan berkas, memasukan dan menscan..." adalah:
      | kelengkapan   |
      | Komputer      |
      | Aplikasi SIAK |
      | Scanner       |
      | Printer       |
    Dan output langkah "Memeriksa kelengkapan berkas, memasukan dan menscan..." adalah "Surat Keterangan Kelahiran, Surat Pengantar, Print Out"
    Ketika "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kelahiran, Surat Pengantar, Print Out"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan dan menscan..."
    Maka tugas berikutnya adalah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" untuk "Petugas Pengantar dan Pengambil"
    Dan batas waktu langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah 30 menit
    Dan kelengkapan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah:
      | kelengkapan       |
      | Berkas Permohonan |
    Dan output langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah "Kutipan Akta"
    Ketika "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." untuk "Petugas Operator"
    Dan batas waktu langkah "Memeriksa dan memverifikasi hasil entry dan hasil scan..." adalah 45 menit
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
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kelahiran" untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menyerahkan Kutipan Akta Kelahiran" adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan Kutipan Akta Kelahiran" adalah:
      | kelengkapan            |
      | Kutipan Akta Kelahiran |
      | Tanda Pengambilan      |
    Dan output langkah "Menyerahkan Kutipan Akta Kelahiran" adalah "Kutipan Akta Kelahiran"
    Ketika "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kelahiran"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kelahiran"
    Maka tugas berikutnya adalah "Menyerahkan Kutipan ke Pemohon" untuk "Petugas Pengantar dan Pengambil"
    Dan batas waktu langkah "Menyerahkan Kutipan ke Pemohon" adalah 1 menit
    Dan kelengkapan langkah "Menyerahkan Kutipan ke Pemohon" adalah:
      | kelengkapan            |
      | Kutipan Akta Kelahiran |
      | Tanda Terima           |
    Dan output langkah "Menyerahkan Kutipan ke Pemohon" adalah "Kutipan Akta Kelahiran"
    Ketika "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas permohonan lengkap?" dijawab "Tidak Lengkap", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" memutuskan "Tidak Lengkap" pada "Memeriksa kelengkapan berkas, memasukan dan menscan..." dengan alasan "belum lengkap, mohon dilengkapi"
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "Pemohon"
    Dan alasan "belum lengkap, mohon dilengkapi" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kelahiran, Surat Pengantar, Print Out"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan dan menscan..."
    Dan "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan, Register"
    Dan "Petugas Operator" memutuskan "Benar" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Dan "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kelahiran"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kelahiran"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Langkah 4 "Hasil entry dan hasil scan benar?" dijawab "Salah", kembali ke langkah 2
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Dan "Petugas RS/Puskesmas" melampirkan dokumen "Surat Keterangan Kelahiran, Surat Pengantar, Print Out"
    Dan "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan dan menscan..."
    Dan "Petugas Pengantar dan Pengambil" melampirkan dokumen "Kutipan Akta"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Dan "Petugas Operator" memutuskan "Salah" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..." dengan alasan "masih ada yang salah, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan dan menscan..." untuk "Petugas RS/Puskesmas"
    Dan alasan "masih ada yang salah, mohon diperbaiki" terlihat oleh "Petugas RS/Puskesmas"
    Ketika "Petugas RS/Puskesmas" memutuskan "Lengkap" pada "Memeriksa kelengkapan berkas, memasukan dan menscan..."
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register"
    Dan "Petugas Operator" melampirkan dokumen "Kutipan, Register"
    Dan "Petugas Operator" memutuskan "Benar" pada "Memeriksa dan memverifikasi hasil entry dan hasil scan..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Dan "Petugas Pengambilan" melampirkan dokumen "Kutipan Akta Kelahiran"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menyerahkan Kutipan Akta Kelahiran"
    Dan "Petugas Pengantar dan Pengambil" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

