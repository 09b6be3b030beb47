# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2675-2705 ("SOP PENERBITAN AKTA KEMATIAN")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Keputusan: Ya/tidak di baris 2690-2692 (loket) dan "tidak" di baris 2697 (pengecekan Kasi/Kabid).
Fitur: SOP PENERBITAN AKTA KEMATIAN
  Penerbitan kutipan akta kematian: loket memeriksa kelengkapan berkas (Ya/tidak), operator mencetak
  kutipan dan register akta, Kasi dan Kabid mengecek dan memaraf (tidak: kembali), Kadin menandatangani.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_akta_kematian" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berkas lengkap, kutipan benar, sampai pemohon menerima kutipan akta kematian
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    # Sumber: baris 2690 "Ya" dan 2692 "tidak" di langkah 2: keputusan kelengkapan berkas oleh loket.
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    # Sumber: baris 2693-2696: "Memeriksa data dari loket, mencetak kutipan dan register akta,pengecekan dan paraf oleh kasi dan kabid" ... 15 Menit.
    # Pengecekan dan paraf oleh Kasi dan Kabid ditulis sebagai keputusan mereka sendiri (issue 12),
    # bukan jawaban operator.
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    # Sumber: baris 2695-2697: "pengecekan dan paraf oleh kasi dan kabid" ... "tidak" (baris 2697)
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    # Sumber: baris 2695-2696: "pengecekan dan paraf oleh kasi dan kabid"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Ketika "KABID" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    # Sumber: baris 2698-2699: "penandatanganan kutipan dan register oleh Kepala Dinas ... 5 Menit" (kolom KADIN).
    Maka tugas berikutnya adalah "penandatanganan kutipan dan register oleh Kepala Dinas" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    # Sumber: baris 2700-2703: "Mengambil Kutipan dan register akta, EmB_um_:aJ ke pemohon sesuai tanda bukti
    # pengambilan, meregister pengambilan akta" (OCR: dibaca "memberikan ke pemohon").
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Mengambil Kutipan dan register akta..."
    Maka tugas berikutnya adalah "menerima kutipan akta" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: "PETUGAS LOKET" memutuskan "Tidak" pada "memeriksa kelengkapan berkas dan mema...": kembali ke "Pemohon melengkapi persyaratan pengaj..."
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    # Tafsiran: seed menandai "tidak" (baris 2692) tanpa tujuan yang terbaca; berkas yang tidak
    # lengkap kembali ke pemohon untuk dilengkapi (langkah 1).
    Ketika "PETUGAS LOKET" memutuskan "Tidak" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..." dengan alasan "berkas belum lengkap"
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Maka alasan "berkas belum lengkap" terlihat oleh "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"

  Skenario: "KASI" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan regi...": kembali ke "Memeriksa data dari loket, mencetak k..."
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    # Tafsiran: "tidak" di baris 2697 kembali ke operator yang mencetak kutipan dan register
    # (langkah 3), bukan ke langkah yang sama; seed tidak menulis tujuan.
    Ketika "KASI" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi" dengan alasan "kutipan salah cetak"
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Maka alasan "kutipan salah cetak" terlihat oleh "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "KABID"

  Skenario: "KABID" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan regi...": kembali ke "Memeriksa data dari loket, mencetak k..."
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    # Tafsiran: seed hanya punya satu belah ketupat untuk "pengecekan dan paraf oleh kasi dan kabid";
    # Kabid juga memeriksa, jadi Tidak-nya sama dengan Kasi: kembali ke operator (langkah 3).
    Ketika "KABID" memutuskan "Tidak" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid" dengan alasan "data register tidak sesuai"
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Maka alasan "data register tidak sesuai" terlihat oleh "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Ketika "KABID" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "penandatanganan kutipan dan register oleh Kepala Dinas" untuk "KADIN"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah 5 menit
    Maka batas waktu langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah 15 menit
    Maka batas waktu langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah 5 menit
    Maka batas waktu langkah "Mengambil Kutipan dan register akta..." adalah 5 menit
    Maka kelengkapan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" adalah:
      | kelengkapan |
      | Formulir Pengajuan Akta Kematian |
      | Surat keterangan kematian |
      | Fotocopy KTP pelapor dan saksi kematian |
      | Fotocopy KK dan KTP Jenazah |
    Maka kelengkapan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi Siak |
      | Kartu pengambilan |
      | Komputer dan ATK |
    Maka kelengkapan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Printer |
    Maka kelengkapan langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah:
      | kelengkapan |
      | Kutipan dan register akta |
      | ATK |
    Maka kelengkapan langkah "Mengambil Kutipan dan register akta..." adalah:
      | kelengkapan |
      | Kutipan dan register akta |
      | Komputer dan ATK |
      # Diselaraskan: baris 2703 "meregister pengambilan akta -Kartu Pengambilan Akta" ada di kolom
      # kelengkapan langkah pengambilan (sesudah "Komputer dan ATK"); tabel juga membacanya begitu.
      | Kartu Pengambilan Akta |
    Maka output langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" adalah "Berkas Pengajuan"
    Maka output langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah "Kutipan dan Register Akta"
    Maka output langkah "penandatanganan kutipan dan register oleh Kepala Dinas" adalah "Kutipan dan register akta"
    Maka output langkah "Mengambil Kutipan dan register akta..." adalah "Kutipan dan register akta"
    Maka output langkah "menerima kutipan akta" adalah "Kutipan Akta"

  Skenario: Hanya petugas loket yang memeriksa berkas dan memberikan bukti pengambilan
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kematian" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kematian"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Ketika "KASI" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Pengecekan dan paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Ketika "KABID" memutuskan "Ya" pada "Pengecekan dan paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "penandatanganan kutipan dan register oleh Kepala Dinas" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Ketika "KADIN" menyelesaikan langkah "penandatanganan kutipan dan register oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta..." untuk "PETUGAS PENGAMBILAN"
