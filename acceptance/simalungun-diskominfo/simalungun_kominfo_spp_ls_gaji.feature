# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 289-301 ("SOP PENGAJUAN SPP LS GAJI")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 294, huruf besar seperti seed): PENGGUNA ANGGARAN, KUASA PENGGUNA ANGGARAN, PEJABAT PENATAUSAHAAN KEUANGAN (teks: "PPK - SKPD"), BENDAHARA PENGELUARAN.
# Tanda pelaksana hilang di tabel ini; urutan kolom sama dengan SOP SPP GU (baris 248) yang tandanya ada.
Fitur: SOP PENGAJUAN SPP LS GAJI
  Pengajuan SPP LS Gaji: berdasarkan SPD Bendahara membuat dan menyerahkan SPP LS Gaji, PPK-SKPD meneliti dan
  membuat rancangan SPM, rancangan diotorisasi dan SPM LS Gaji diterbitkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_ls_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPD diserahkan, SPP LS Gaji dibuat, diteliti, SPM dirancang, diotorisasi dan diterbitkan
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 295: "Pengguna Anggaran menyerahkan" -> PENGGUNA ANGGARAN.
    Maka tugas berikutnya adalah "Pengguna Anggaran menyerahkan Surat..." untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat..."
    # Tafsiran: baris 296: "Bendahara membuat SPP LS" -> BENDAHARA PENGELUARAN.
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    # Tafsiran: baris 297: "Bendahara menyerahkan" -> BENDAHARA PENGELUARAN.
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP –LS Gaji beserta..." untuk "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..."
    # Tafsiran: baris 298: "PPK meneliti kelengkapan" -> PEJABAT PENATAUSAHAAN KEUANGAN.
    # Tafsiran: baris 298: "Bila tidak lengkap PPK menerbitkan Surat Penolakan SPM" = keputusan (seed tanpa tanda Ya/Tidak di tabel ini; SPP LS Barang Jasa baris 208 memberi tanda untuk kalimat yang sama). Tidak ke langkah 2 (BENDAHARA membuat SPP LS). PERLU KALIMAT: batas penolakan 1 hari.
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    # Tafsiran: baris 299: rancangan SPM "oleh PPK – SKPD". PERLU KALIMAT: "Penerbitan SPM paling lambat 2 hari kerja" (baris 299).
    Maka tugas berikutnya adalah "SPP – LS Gaji berdasar SPD dan DPA –..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA –..."
    # Tafsiran: baris 300: otorisasi rancangan SPM -> KUASA PENGGUNA ANGGARAN, mengikuti tanda "[]" SOP SPP GU (baris 254) untuk kalimat yang sama.
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD..." untuk "KUASA PENGGUNA ANGGARAN"
    Ketika "KUASA PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
    # Tafsiran: baris 301: penerbitan SPM -> PENGGUNA ANGGARAN, mengikuti "(Selesai)" SOP SPP GU (baris 255).
    Maka tugas berikutnya adalah "Penerbitan SPM - LS Gaji" untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penerbitan SPM - LS Gaji"
    Maka SOP selesai

  Skenario: "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP..."
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP..." dengan alasan "dokumen SPP LS Gaji tidak lengkap"
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Dan alasan "dokumen SPP LS Gaji tidak lengkap" terlihat oleh "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    Maka tugas berikutnya adalah "SPP – LS Gaji berdasar SPD dan DPA –..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Pengguna Anggaran menyerahkan Surat..." adalah 1 hari
    Maka kelengkapan langkah "Pengguna Anggaran menyerahkan Surat..." adalah:
      | kelengkapan |
      | Surat Penyediaan Dana (SPD) dari PEMDA |
    Maka output langkah "Pengguna Anggaran menyerahkan Surat..." adalah "Surat Penyediaan Dana (SPD) dari PEMDA"
    Maka batas waktu langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah 30 menit
    Maka kelengkapan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah:
      | kelengkapan |
      | Surat Pengantar SPP LS Gaji |
      | Ringkasan SPP- LS Gaji |
      | Rincian SPPLS Gaji |
    Maka output langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain" adalah "SPP - LS Gaji"
    Maka batas waktu langkah "Bendahara menyerahkan SPP –LS Gaji beserta..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 297 ("SPP – LS Gaji Dokumen Lain") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..." adalah:
      | kelengkapan |
      | SPP – LS Gaji |
      | Dokumen Lain |
    Maka output langkah "Bendahara menyerahkan SPP –LS Gaji beserta..." adalah "SPP - LS Gaji"
    Maka batas waktu langkah "PPK meneliti kelengkapan dokumen SPP..." adalah 30 menit
    Maka kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP..." adalah:
      | kelengkapan |
      | SPP- LS Gaji |
      | SPD |
      | DPA-SKPD |
    Maka output langkah "PPK meneliti kelengkapan dokumen SPP..." adalah "SPP – LS Gaji yang telah lengkap"
    Maka batas waktu langkah "SPP – LS Gaji berdasar SPD dan DPA –..." adalah 30 menit
    Maka kelengkapan langkah "SPP – LS Gaji berdasar SPD dan DPA –..." adalah:
      | kelengkapan |
      | SPP- LS Gaji yang telah lengkap |
    Maka output langkah "SPP – LS Gaji berdasar SPD dan DPA –..." adalah "Rancangan SPM"
    Maka batas waktu langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah 30 menit
    Maka kelengkapan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah:
      | kelengkapan |
      | Rancangan SPM - LS Gaji |
    Maka output langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah "SPM – LS Gaji yang sudah ditandatangani"
    Maka batas waktu langkah "Penerbitan SPM - LS Gaji" adalah 10 menit
    Maka kelengkapan langkah "Penerbitan SPM - LS Gaji" adalah:
      | kelengkapan |
      | SPM – LS Gaji yang sudah ditandatangani |
    Maka output langkah "Penerbitan SPM - LS Gaji" adalah "SPM - LS Gaji"

  Skenario: "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP..."
    # Penelitian kelengkapan milik PPK-SKPD.
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Maka "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP..."

  Skenario: "PEJABAT PENATAUSAHAAN KEUANGAN" tidak dapat menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna Anggaran menyerahkan Surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP LS beserta Dokumen lain"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP –LS Gaji beserta..."
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Gaji berdasar SPD dan DPA –..."
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD..." untuk "KUASA PENGGUNA ANGGARAN"
    Maka "PEJABAT PENATAUSAHAAN KEUANGAN" tidak dapat menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
