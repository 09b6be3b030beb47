# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_akta_perceraian.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Penerbitan Akta Perceraian
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pencatatan Sipil
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Petugas Pengambilan, Kepala Seksi, Kepala Bidang, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_akta_perceraian" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian" untuk "Pemohon"
    Dan kelengkapan langkah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian" adalah:
      | kelengkapan                           |
      | Formulir Pengajuan Akta Perceraian    |
      | Akta Perkawinan (asli)                |
      | Fotocopy KK dan KTP yang bersangkutan |
      | Putusan dari pengadilan negeri        |
    Dan output langkah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Perceraian"
    Dan "Pemohon" melampirkan dokumen "Akta Perkawinan (asli)"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan batas waktu langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah 5 menit
    Dan kelengkapan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah:
      | kelengkapan       |
      | Berkas Pengajuan  |
      | Aplikasi Siak     |
      | Kartu pengambilan |
    Dan output langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah "data pengajuan, kartu pengambilan"
    Ketika "Petugas Loket" memutuskan "Lengkap" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register..." untuk "Petugas Operator"
    Dan batas waktu langkah "Memeriksa data dari loket, mencetak kutipan dan register..." adalah 20 menit
    Dan kelengkapan langkah "Memeriksa data dari loket, mencetak kutipan dan register..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Printer          |
    Dan output langkah "Memeriksa data dari loket, mencetak kutipan dan register..." adalah "Kutipan dan Register Akta"
    Ketika "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf kutipan dan register akta oleh Kasi" adalah:
      | kelengkapan               |
      | Kutipan dan Register Akta |
    Dan output langkah "Paraf kutipan dan register akta oleh Kasi" adalah "Kutipan dan Register Akta"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kabid" untuk "Kepala Bidang"
    Dan kelengkapan langkah "Paraf kutipan dan register akta oleh Kabid" adalah:
      | kelengkapan               |
      | Kutipan dan Register Akta |
    Dan output langkah "Paraf kutipan dan register akta oleh Kabid" adalah "Kutipan dan Register Akta"
    Ketika "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "Membawa ke Kepala Dinas untuk di tandatangani" untuk "Kepala Dinas"
    Dan batas waktu langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah 5 menit
    Dan kelengkapan langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah:
      | kelengkapan               |
      | Kutipan dan register akta |
    Dan output langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah "Kutipan dan register akta"
    Ketika "Kepala Dinas" menyelesaikan langkah "Membawa ke Kepala Dinas untuk di tandatangani"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah 5 menit
    Dan kelengkapan langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah:
      | kelengkapan               |
      | Kutipan dan register akta |
    Dan output langkah "Mengambil Kutipan dan register akta, memberikan ke..." adalah "Kutipan dan register akta"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Maka tugas berikutnya adalah "Memberikan pengambilan ke loket pengambilan, menerima kutipan akta" untuk "Pemohon"
    Dan kelengkapan langkah "Memberikan pengambilan ke loket pengambilan, menerima kutipan akta" adalah:
      | kelengkapan       |
      | Kartu Pengambilan |
      | Kutipan Akta      |
    Dan output langkah "Memberikan pengambilan ke loket pengambilan, menerima kutipan akta" adalah "Kutipan Akta"
    Ketika "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "Memberikan pengambilan ke loket pengambilan, menerima kutipan akta"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap?" dijawab "Tidak Lengkap", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Formulir Pengajuan Akta Perceraian"
    Dan "Pemohon" melampirkan dokumen "Akta Perkawinan (asli)"
    Dan "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian"
    Dan "Petugas Loket" memutuskan "Tidak Lengkap" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..." dengan alasan "belum lengkap, mohon dilengkapi"
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian" untuk "Pemohon"
    Dan alasan "belum lengkap, mohon dilengkapi" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Perceraian"
    Dan "Petugas Loket" memutuskan "Lengkap" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Dan "Petugas Operator" melampirkan dokumen "Kutipan dan Register Akta"
    Dan "Petugas Operator" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Dan "Kepala Bidang" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Dan "Kepala Dinas" menyelesaikan langkah "Membawa ke Kepala Dinas untuk di tandatangani"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke..."
    Dan "Pemohon" melampirkan dokumen "Kutipan Akta"
    Dan "Pemohon" menyelesaikan langkah "Memberikan pengambilan ke loket pengambilan, menerima kutipan akta"
    Maka SOP selesai

