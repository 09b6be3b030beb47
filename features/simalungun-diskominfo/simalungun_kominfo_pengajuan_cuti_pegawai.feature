# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_pengajuan_cuti_pegawai.bpmn (sop features draft); sunting seperlunya.
Fitur: PENGAJUAN SURAT CUTI PEGAWAI
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Pemohon, Kepala Sub Bagian, Staf, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pengajuan_cuti_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" untuk "Pemohon"
    Dan batas waktu langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah 30 menit
    Dan kelengkapan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah:
      | kelengkapan     |
      | Surat & Dokumen |
    Dan output langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah "Surat & Permohonan"
    Ketika "Pemohon" melampirkan dokumen "Surat & Dokumen"
    Dan "Pemohon" melampirkan dokumen "Surat & Permohonan"
    Dan "Pemohon" menyelesaikan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan"
    Maka tugas berikutnya adalah "Mencatat permohonan cuti pegawai ke Agenda surat dan..." untuk "Staf"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Mencatat permohonan cuti pegawai ke Agenda surat dan..."
    Dan batas waktu langkah "Mencatat permohonan cuti pegawai ke Agenda surat dan..." adalah 30 menit
    Dan kelengkapan langkah "Mencatat permohonan cuti pegawai ke Agenda surat dan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Mencatat permohonan cuti pegawai ke Agenda surat dan..." adalah "Paraf"
    Ketika "Staf" menyelesaikan langkah "Mencatat permohonan cuti pegawai ke Agenda surat dan..."
    Maka tugas berikutnya adalah "Membuat Konsep surat cuti Pemohon" untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Membuat Konsep surat cuti Pemohon" adalah 30 menit
    Dan kelengkapan langkah "Membuat Konsep surat cuti Pemohon" adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Membuat Konsep surat cuti Pemohon" adalah "Surat"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Surat"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Membuat Konsep surat cuti Pemohon"
    Maka tugas berikutnya adalah "Mengetik surat cuti dan surat pengantar untuk meneruskan..." untuk "Staf"
    Dan batas waktu langkah "Mengetik surat cuti dan surat pengantar untuk meneruskan..." adalah 30 menit
    Dan kelengkapan langkah "Mengetik surat cuti dan surat pengantar untuk meneruskan..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Mengetik surat cuti dan surat pengantar untuk meneruskan..." adalah "Surat"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat cuti dan surat pengantar untuk meneruskan..."
    Maka tugas berikutnya adalah "Mengajukan surat cuti pegawai/surat pengantar untuk..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Mengajukan surat cuti pegawai/surat pengantar untuk..." adalah 15 menit
    Dan kelengkapan langkah "Mengajukan surat cuti pegawai/surat pengantar untuk..." adalah:
      | kelengkapan |
      | Surat       |
    Dan output langkah "Mengajukan surat cuti pegawai/surat pengantar untuk..." adalah "Surat"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Mengajukan surat cuti pegawai/surat pengantar untuk..."
    Maka tugas berikutnya adalah "Penandatanganan surat cuti/surat pengantar" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan surat cuti/surat pengantar" adalah 30 menit
    Dan kelengkapan langkah "Penandatanganan surat cuti/surat pengantar" adalah:
      | kelengkapan |
      | Surat       |
    Dan output langkah "Penandatanganan surat cuti/surat pengantar" adalah "Surat"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan surat cuti/surat pengantar"
    Maka tugas berikutnya adalah "Memberikan kepada JFU untuk menomori dan menstempel..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Memberikan kepada JFU untuk menomori dan menstempel..." adalah 30 menit
    Dan kelengkapan langkah "Memberikan kepada JFU untuk menomori dan menstempel..." adalah:
      | kelengkapan |
      | ATK         |
    Dan output langkah "Memberikan kepada JFU untuk menomori dan menstempel..." adalah "Paraf"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Memberikan kepada JFU untuk menomori dan menstempel..."
    Maka tugas berikutnya adalah "Penomoran dan menstempel surat cuti pegawai untuk meneruskan..." untuk "Staf"
    Dan batas waktu langkah "Penomoran dan menstempel surat cuti pegawai untuk meneruskan..." adalah 5 menit
    Dan kelengkapan langkah "Penomoran dan menstempel surat cuti pegawai untuk meneruskan..." adalah:
      | kelengkapan |
      | Surat       |
    Dan output langkah "Penomoran dan menstempel surat cuti pegawai untuk meneruskan..." adalah "Surat"
    Ketika "Staf" menyelesaikan langkah "Penomoran dan menstempel surat cuti pegawai untuk meneruskan..."
    Maka tugas berikutnya adalah "Menerima surat cuti" untuk "Pemohon"
    Dan batas waktu langkah "Menerima surat cuti" adalah 10 menit
    Dan kelengkapan langkah "Menerima surat cuti" adalah:
      | kelengkapan |
      | Surat       |
    Dan output langkah "Menerima surat cuti" adalah "Surat"
    Ketika "Pemohon" menyelesaikan langkah "Menerima surat cuti"
    Maka SOP selesai

