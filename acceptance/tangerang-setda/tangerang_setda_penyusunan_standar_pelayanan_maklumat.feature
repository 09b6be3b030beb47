# language: id
# Sumber: 003_a8a6fdec743084c7.txt, baris 3-38 ("Penyusunan Standar Pelayanan dan Maklumat Pelayanan")
# Ditulis dari teks sumber saja.
# Kolom Waktu seed adalah "Waktu (hari)" (baris 26): angka ditulis dengan satuan "hari"; seed tidak menyebut hari kerja.
# Waktu 0.5 hari: dulu PERLU KALIMAT, kini ditulis sebagai "0.5 hari" (kosakata bertambah).
# Seed tidak menunjukkan keputusan Ya/Tidak: tidak ada skenario Tidak.
# "Sda" di kelengkapan = "sama dengan atas" (ditulis seperti seed).
Fitur: Penyusunan Standar Pelayanan dan Maklumat Pelayanan
  Bagian Organisasi Setda Kabupaten Tangerang: rancangan Standar Pelayanan (SP) dan Maklumat Pelayanan
  dari OPD disusun, divalidasi bersama masyarakat dan stakeholder, disetujui, ditandatangani dan didistribusikan.

  Latar Belakang:
    Dengan SOP "tangerang_setda_penyusunan_standar_pelayanan_maklumat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: rancangan SP dan maklumat sampai didistribusikan
    Ketika "OPD" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang (README seed); pelaksana ditafsir dari teks dan urutan kolom (baris 26: Bupati, Sekda, Asda III, Kabag. Oig, Kasubag, Staf, OPD).
    # Tafsiran: baris 27: OPD menyampaikan rancangan SP dan maklumat ke Bagian Organisasi (output "Tanda Terima") -> "OPD".
    Maka tugas berikutnya adalah "Penyampaian rancangan SP dan maklumat pelayanan" untuk "OPD"
    Ketika "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    # Tafsiran: baris 28: menerima dan mencatat di agenda, memberi kartu terusan disposisi -> "Staf".
    Maka tugas berikutnya adalah "Menerima dan mencatat pada agenda soft copy dan hard copy" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    # Tafsiran: baris 29: disposisi, petunjuk dan arahan -> "Kabag. Oig" (kepala Bagian Organisasi; "Oig" ejaan seed untuk "Org").
    Maka tugas berikutnya adalah "Disposisi, memberi petunjuk dan arahan penyusunan SP" untuk "Kabag. Oig"
    Ketika "Kabag. Oig" menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    # Tafsiran: baris 30: melaksanakan penyusunan SP dengan tenaga ahli -> "Kasubag" (kolom di bawah Kabag). Kolom tidak pasti (bisa Staf).
    Maka tugas berikutnya adalah "Melaksanakan penyusunan SP dibantu oleh..." untuk "Kasubag"
    Ketika "Kasubag" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh..."
    # Sumber: baris 31: sel kolom keempat ("Kabag. Oig") berisi sisa tanda (spasi) -> "Kabag. Oig"; Ket.: "Pembahasan bersama sekda, asda, kasubag dan staf".
    # Tafsiran: "Validasi" di baris 31 tidak diberi Ya/Tidak oleh seed; ditulis sebagai langkah biasa.
    Maka tugas berikutnya adalah "Validasi Rancangan SP dan Maklumat dan..." untuk "Kabag. Oig"
    # Diselaraskan: "Validasi" adalah langkah verifikasi, jadi keputusan (seeds/README.md "Reading the tables"; seed baris 31): Ya lanjut; seed tidak menunjukkan Tidak, maka tanpa skenario Tidak.
    Ketika "Kabag. Oig" memutuskan "Ya" pada "Validasi Rancangan SP dan Maklumat dan..."
    # Tafsiran: baris 33: "Persetujuan Konsep", output "Faraf" (paraf) -> "Asda III" (atasan Kabag). Seed tidak memberi Ya/Tidak, jadi bukan keputusan di sini.
    Maka tugas berikutnya adalah "Persetujuan Konsep Laporan SP dan Maklumat" untuk "Asda III"
    Ketika "Asda III" menyelesaikan langkah "Persetujuan Konsep Laporan SP dan Maklumat"
    # Tafsiran: baris 34: "Persetujuan Net Konsep", output "Faraf" -> "Sekda" (paraf terakhir sebelum Bupati). Tanpa Ya/Tidak di seed.
    Maka tugas berikutnya adalah "Persetujuan Net Konsep Laporan SP dan maklumat" untuk "Sekda"
    Ketika "Sekda" menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
    # Tafsiran: baris 35: penandatanganan, output "Tanda Tangan" -> "Bupati".
    Maka tugas berikutnya adalah "Penandatanganan Laporan SP dan maklumat" untuk "Bupati"
    Ketika "Bupati" menyelesaikan langkah "Penandatanganan Laporan SP dan maklumat"
    # Tafsiran: baris 36: pengambilan hasil penandatanganan -> "Staf".
    Maka tugas berikutnya adalah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat"
    # Tafsiran: baris 37: penginputan ke aplikasi Kemenpan RB dan penjilidan -> "Staf".
    Maka tugas berikutnya adalah "Melaksanakan Penginputan sesuai dengan..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melaksanakan Penginputan sesuai dengan..."
    # Tafsiran: baris 38: pendistribusian -> "Staf".
    Maka tugas berikutnya adalah "Pendistribusian" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Pendistribusian"
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah 1 hari
    Maka kelengkapan langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah:
      | kelengkapan |
      | Rancangan SP dan Maklumat |
      | Berita Acara Pembahasan |
    Maka output langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah "Tanda Terima"
    # Diselaraskan: kalimat "0.5 hari" kini ada di kosakata (features/README.md); waktu seed "0.5" di kolom "Waktu (hari)" (baris 26), baris 28.
    Maka batas waktu langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah 0.5 hari
    Maka kelengkapan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah:
      | kelengkapan |
      | Sda, agenda dan memberi kartu terusan disposisi |
    Maka output langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah "Agenda, Kartu Penerus disposisi"
    # Diselaraskan: kalimat "0.5 hari" kini ada di kosakata (features/README.md); waktu seed "0.5" di kolom "Waktu (hari)" (baris 26), baris 29.
    Maka batas waktu langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah 0.5 hari
    Maka kelengkapan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah:
      | kelengkapan |
      | Disposisi, Sda, SP |
    Maka output langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah "Petunjuk dan arahan"
    Maka batas waktu langkah "Melaksanakan penyusunan SP dibantu oleh..." adalah 30 hari
    Maka kelengkapan langkah "Melaksanakan penyusunan SP dibantu oleh..." adalah:
      | kelengkapan |
      | Disposisi |
      | Vasilitasi penyusunan Verifikasi dan Ekspose SP dan berita acara |
    Maka output langkah "Melaksanakan penyusunan SP dibantu oleh..." adalah "Data SPM, Notulen"
    Maka batas waktu langkah "Validasi Rancangan SP dan Maklumat dan..." adalah 1 hari
    Maka kelengkapan langkah "Validasi Rancangan SP dan Maklumat dan..." adalah:
      | kelengkapan |
      | Sda |
      | RSP, Maklumat, Notulen, Berita acara |
    Maka output langkah "Validasi Rancangan SP dan Maklumat dan..." adalah "Persetujuan Laporan SP"
    # Diselaraskan: kalimat "0.5 hari" kini ada di kosakata (features/README.md); waktu seed "0.5" di kolom "Waktu (hari)" (baris 26), baris 33.
    Maka batas waktu langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah 0.5 hari
    Maka kelengkapan langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah:
      | kelengkapan |
      | Sda |
    Maka output langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah "Faraf"
    # Diselaraskan: kalimat "0.5 hari" kini ada di kosakata (features/README.md); waktu seed "0.5" di kolom "Waktu (hari)" (baris 26), baris 34.
    Maka batas waktu langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah 0.5 hari
    Maka kelengkapan langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah:
      | kelengkapan |
      | Sda |
    Maka output langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah "Faraf"
    Maka batas waktu langkah "Penandatanganan Laporan SP dan maklumat" adalah 1 hari
    Maka kelengkapan langkah "Penandatanganan Laporan SP dan maklumat" adalah:
      | kelengkapan |
      | Sda |
    Maka output langkah "Penandatanganan Laporan SP dan maklumat" adalah "Tanda Tangan"
    # Diselaraskan: kalimat "0.5 hari" kini ada di kosakata (features/README.md); waktu seed "0.5" di kolom "Waktu (hari)" (baris 26), baris 36.
    Maka batas waktu langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah 0.5 hari
    Maka kelengkapan langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah:
      | kelengkapan |
      | SP, Maklumat dan Berita acara |
    Maka output langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah "Laporan SPM"
    Maka batas waktu langkah "Melaksanakan Penginputan sesuai dengan..." adalah 2 hari
    Maka kelengkapan langkah "Melaksanakan Penginputan sesuai dengan..." adalah:
      | kelengkapan |
      | Sda, Sistem Aplikasi. |
    Maka output langkah "Melaksanakan Penginputan sesuai dengan..." adalah "Sda"
    Maka batas waktu langkah "Pendistribusian" adalah 5 hari
    Maka kelengkapan langkah "Pendistribusian" adalah:
      | kelengkapan |
      | Tanda Terima |
    Maka output langkah "Pendistribusian" adalah "Buku Laporan SPM"

  Skenario: "Staf" tidak dapat menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    # Disposisi milik Kabag. Oig (tafsiran).
    Ketika "OPD" memulai SOP
    Ketika "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    Ketika "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Maka tugas berikutnya adalah "Disposisi, memberi petunjuk dan arahan penyusunan SP" untuk "Kabag. Oig"
    Maka "Staf" tidak dapat menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"

  Skenario: "Sekda" tidak dapat menyelesaikan langkah "Penandatanganan Laporan SP dan maklumat"
    # Tanda tangan milik Bupati.
    Ketika "OPD" memulai SOP
    Ketika "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    Ketika "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Ketika "Kabag. Oig" menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    Ketika "Kasubag" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh..."
    # Diselaraskan: "Validasi" adalah langkah verifikasi, jadi keputusan (seeds/README.md "Reading the tables"; seed baris 31): Ya lanjut; seed tidak menunjukkan Tidak, maka tanpa skenario Tidak.
    Ketika "Kabag. Oig" memutuskan "Ya" pada "Validasi Rancangan SP dan Maklumat dan..."
    Ketika "Asda III" menyelesaikan langkah "Persetujuan Konsep Laporan SP dan Maklumat"
    Ketika "Sekda" menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
    Maka tugas berikutnya adalah "Penandatanganan Laporan SP dan maklumat" untuk "Bupati"
    Maka "Sekda" tidak dapat menyelesaikan langkah "Penandatanganan Laporan SP dan maklumat"

  Skenario: "Asda III" tidak dapat menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
    Ketika "OPD" memulai SOP
    Ketika "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    Ketika "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Ketika "Kabag. Oig" menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    Ketika "Kasubag" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh..."
    # Diselaraskan: "Validasi" adalah langkah verifikasi, jadi keputusan (seeds/README.md "Reading the tables"; seed baris 31): Ya lanjut; seed tidak menunjukkan Tidak, maka tanpa skenario Tidak.
    Ketika "Kabag. Oig" memutuskan "Ya" pada "Validasi Rancangan SP dan Maklumat dan..."
    Ketika "Asda III" menyelesaikan langkah "Persetujuan Konsep Laporan SP dan Maklumat"
    Maka tugas berikutnya adalah "Persetujuan Net Konsep Laporan SP dan maklumat" untuk "Sekda"
    Maka "Asda III" tidak dapat menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
