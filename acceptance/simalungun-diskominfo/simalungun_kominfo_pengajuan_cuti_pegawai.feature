# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 231-243 ("SOP PENGAJUAN SURAT CUTI PEGAWAI")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 234, huruf besar seperti seed): PEMOHON, KASUBBAG, JFU, KEPALA DINAS.
# Seed tidak menunjukkan keputusan Ya/Tidak.
Fitur: SOP PENGAJUAN SURAT CUTI PEGAWAI
  Pengajuan cuti pegawai: permohonan dicatat, surat cuti dikonsep Kasubbag dan diketik JFU,
  ditandatangani Kepala Dinas, dinomori, distempel, diarsipkan dan diserahkan kepada pemohon.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_pengajuan_cuti_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: permohonan cuti sampai surat cuti diterima pemohon
    Ketika "PEMOHON" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 235: pengajuan oleh pegawai -> PEMOHON.
    Maka tugas berikutnya adalah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan"
    # Tafsiran: baris 236: mencatat ke agenda surat dan menyerahkan kepada Kasubag -> JFU.
    Maka tugas berikutnya adalah "Mencatat permohonan cuti pegawai ke..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Mencatat permohonan cuti pegawai ke..."
    # Tafsiran: baris 237: konsep surat cuti -> KASUBBAG.
    Maka tugas berikutnya adalah "Membuat Konsep surat cuti Pemohon" untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat Konsep surat cuti Pemohon"
    # Tafsiran: baris 238: mengetik -> JFU.
    Maka tugas berikutnya adalah "Mengetik surat cuti dan surat pengantar..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat cuti dan surat pengantar..."
    # Tafsiran: baris 239: mengajukan surat cuti (kepada Kepala Dinas) -> KASUBBAG.
    Maka tugas berikutnya adalah "Mengajukan surat cuti pegawai/surat..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Mengajukan surat cuti pegawai/surat..."
    # Tafsiran: baris 240: penandatanganan -> KEPALA DINAS (langkahnya sendiri di seed).
    Maka tugas berikutnya adalah "Penandatanganan surat cuti/surat pengantar" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Penandatanganan surat cuti/surat pengantar"
    # Tafsiran: baris 241: memberikan surat bertanda tangan kepada JFU -> KASUBBAG (bisa juga KEPALA DINAS; tidak pasti).
    Maka tugas berikutnya adalah "Memberikan kepada JFU untuk menomori..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Memberikan kepada JFU untuk menomori..."
    # Sumber: baris 242: baris tanpa nomor dengan mutu baku sendiri (5 Menit): ditulis sebagai langkah tersendiri. Tafsiran: penomoran dan stempel -> JFU.
    Maka tugas berikutnya adalah "Penomoran dan menstempel surat cuti..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Penomoran dan menstempel surat cuti..."
    # Tafsiran: baris 243: menerima surat cuti -> PEMOHON.
    Maka tugas berikutnya adalah "Menerima surat cuti" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima surat cuti"
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah 30 menit
    Maka kelengkapan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah:
      | kelengkapan |
      | Surat & Dokumen |
    Maka output langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan" adalah "Surat & Permohonan"
    Maka batas waktu langkah "Mencatat permohonan cuti pegawai ke..." adalah 30 menit
    Maka kelengkapan langkah "Mencatat permohonan cuti pegawai ke..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Mencatat permohonan cuti pegawai ke..." adalah "Paraf"
    Maka batas waktu langkah "Membuat Konsep surat cuti Pemohon" adalah 30 menit
    Maka kelengkapan langkah "Membuat Konsep surat cuti Pemohon" adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Membuat Konsep surat cuti Pemohon" adalah "Surat"
    Maka batas waktu langkah "Mengetik surat cuti dan surat pengantar..." adalah 30 menit
    Maka kelengkapan langkah "Mengetik surat cuti dan surat pengantar..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Mengetik surat cuti dan surat pengantar..." adalah "Surat"
    Maka batas waktu langkah "Mengajukan surat cuti pegawai/surat..." adalah 15 menit
    Maka kelengkapan langkah "Mengajukan surat cuti pegawai/surat..." adalah:
      | kelengkapan |
      | Surat |
    Maka output langkah "Mengajukan surat cuti pegawai/surat..." adalah "Surat"
    Maka batas waktu langkah "Penandatanganan surat cuti/surat pengantar" adalah 30 menit
    Maka kelengkapan langkah "Penandatanganan surat cuti/surat pengantar" adalah:
      | kelengkapan |
      | Surat |
    Maka output langkah "Penandatanganan surat cuti/surat pengantar" adalah "Surat"
    Maka batas waktu langkah "Memberikan kepada JFU untuk menomori..." adalah 30 menit
    Maka kelengkapan langkah "Memberikan kepada JFU untuk menomori..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Memberikan kepada JFU untuk menomori..." adalah "Paraf"
    Maka batas waktu langkah "Penomoran dan menstempel surat cuti..." adalah 5 menit
    Maka kelengkapan langkah "Penomoran dan menstempel surat cuti..." adalah:
      | kelengkapan |
      | Surat |
    Maka output langkah "Penomoran dan menstempel surat cuti..." adalah "Surat"
    Maka batas waktu langkah "Menerima surat cuti" adalah 10 menit
    Maka kelengkapan langkah "Menerima surat cuti" adalah:
      | kelengkapan |
      | Surat |
    Maka output langkah "Menerima surat cuti" adalah "Surat"

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Penandatanganan surat cuti/surat pengantar"
    # Tanda tangan milik KEPALA DINAS.
    Ketika "PEMOHON" memulai SOP
    Ketika "PEMOHON" menyelesaikan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan"
    Ketika "JFU" menyelesaikan langkah "Mencatat permohonan cuti pegawai ke..."
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat Konsep surat cuti Pemohon"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat cuti dan surat pengantar..."
    Ketika "KASUBBAG" menyelesaikan langkah "Mengajukan surat cuti pegawai/surat..."
    Maka tugas berikutnya adalah "Penandatanganan surat cuti/surat pengantar" untuk "KEPALA DINAS"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Penandatanganan surat cuti/surat pengantar"

  Skenario: "PEMOHON" tidak dapat menyelesaikan langkah "Penomoran dan menstempel surat cuti..."
    Ketika "PEMOHON" memulai SOP
    Ketika "PEMOHON" menyelesaikan langkah "Pengajuan permohonan cuti oleh pegawai yang bersangkutan"
    Ketika "JFU" menyelesaikan langkah "Mencatat permohonan cuti pegawai ke..."
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat Konsep surat cuti Pemohon"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat cuti dan surat pengantar..."
    Ketika "KASUBBAG" menyelesaikan langkah "Mengajukan surat cuti pegawai/surat..."
    Ketika "KEPALA DINAS" menyelesaikan langkah "Penandatanganan surat cuti/surat pengantar"
    Ketika "KASUBBAG" menyelesaikan langkah "Memberikan kepada JFU untuk menomori..."
    Maka tugas berikutnya adalah "Penomoran dan menstempel surat cuti..." untuk "JFU"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Penomoran dan menstempel surat cuti..."
