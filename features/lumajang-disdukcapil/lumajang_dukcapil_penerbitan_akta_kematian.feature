# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_akta_kematian.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Penerbitan Akta Kematian
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pencatatan Sipil
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_akta_kematian" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "Pemohon"
    Dan kelengkapan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" adalah:
      | kelengkapan                             |
      | Formulir Pengajuan Akta Kematian        |
      | Surat keterangan kematian               |
      | Fotocopy KTP pelapor dan saksi kematian |
      | Fotocopy KK dan KTP Jenazah             |
    Dan output langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Kematian"
    Dan "Pemohon" melampirkan dokumen "Surat keterangan kematian"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan batas waktu langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah 5 menit
    Dan kelengkapan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah:
      | kelengkapan       |
      | Berkas Pengajuan  |
      | Aplikasi Siak     |
      | Kartu pengambilan |
      | Komputer dan ATK  |
    Dan output langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah "data pengajuan, kartu pengambilan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta" untuk "Petugas Operator"
    Dan batas waktu langkah "Memeriksa data dari loket, mencetak kutipan dan register akta" adalah 15 menit
    Dan kelengkapan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta" adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Printer          |
    Dan output langkah "Memeriksa data dari loket, mencetak kutipan dan register akta" adalah "Kutipan dan Register Akta"
    Ketika "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" adalah:
      | kelengkapan               |
      | Kutipan dan Register Akta |
    Dan output langkah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" adalah "Kutipan dan Register Akta"
    Ketika "Kepala Seksi" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" adalah:
      | kelengkapan               |
      | Kutipan dan Register Akta |
    Dan output langkah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" adalah "Kutipan dan Register Akta"
    Ketika "Kepala Bidang" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "penandatanganan kutipan dan register oleh Kepala Dinas" untuk "Kepala Dinas"
    Dan batas waktu langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah 5 menit
    Dan kelengkapan langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah:
      | kelengkapan               |
      | Kutipan dan register akta |
      | ATK                       |
    Dan output langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah "Kutipan dan register akta"
    Ketika "Kepala Dinas" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah 5 menit
    Dan kelengkapan langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah:
      | kelengkapan               |
      | Kutipan dan register akta |
      | Komputer dan ATK          |
      | Kartu Pengambilan Akta    |
    Dan output langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah "Kutipan dan register akta"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Maka tugas berikutnya adalah "menerima kutipan akta" untuk "Pemohon"
    Dan kelengkapan langkah "menerima kutipan akta" adalah:
      | kelengkapan               |
      | Kutipan dan register akta |
    Dan output langkah "menerima kutipan akta" adalah "Kutipan Akta"
    Ketika "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Kematian"
    Dan "Pemohon" melampirkan dokumen "Surat keterangan kematian"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Dan "Petugas Loket" memutuskan "Tidak" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Dan "Petugas Loket" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Dan "Kepala Seksi" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Dan "Kepala Bidang" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Dan "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: Langkah 4 "Kutipan dan register akta benar?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Kematian"
    Dan "Pemohon" melampirkan dokumen "Surat keterangan kematian"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Dan "Petugas Loket" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Dan "Kepala Seksi" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta" untuk "Petugas Operator"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Petugas Operator"
    Ketika "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Dan "Kepala Seksi" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Dan "Kepala Bidang" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Dan "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: Langkah 5 "Kutipan dan register akta benar?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Kematian"
    Dan "Pemohon" melampirkan dokumen "Surat keterangan kematian"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Dan "Petugas Loket" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Dan "Kepala Seksi" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Dan "Kepala Bidang" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta" untuk "Petugas Operator"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Petugas Operator"
    Ketika "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta"
    Dan "Kepala Seksi" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Dan "Kepala Bidang" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Dan "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

