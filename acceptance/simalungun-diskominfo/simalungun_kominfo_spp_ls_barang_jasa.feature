# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 202-211 ("SOP PENGAJUAN SPP LS PEMBAYARAN BARANG JASA")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 205, huruf besar seperti seed): PPTK, BENDAHARA PENGELUARAN, PEJABAT PENATAUSAHAAN KEUANGAN (teks: "PPK - SKPD"), PENGGUNA ANGGARAN.
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PENGAJUAN SPP LS PEMBAYARAN BARANG JASA
  Pengajuan SPP LS pembayaran barang/jasa: PPTK menyiapkan dokumen, Bendahara menyerahkan ke PPK-SKPD,
  PPK meneliti kelengkapan dan membuat rancangan SPM, Pengguna Anggaran mengotorisasi, SPM diterbitkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_ls_barang_jasa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPP LS disiapkan, diteliti PPK, SPM dirancang, diotorisasi dan diterbitkan
    Ketika "PPTK" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 206: "PPTK menyiapkan dokumen" -> PPTK.
    Maka tugas berikutnya adalah "PPTK menyiapkan dokumen SPP LS pembayaran..." untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran..."
    # Tafsiran: baris 207: "Bendahara menyerahkan" -> BENDAHARA PENGELUARAN.
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP – LS pembayaran..." untuk "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran..."
    # Sumber: baris 208: "Ya" di kolom PEJABAT PENATAUSAHAAN KEUANGAN (PPK-SKPD), "Tidak" di kolom BENDAHARA PENGELUARAN: keputusan PPK.
    # Sumber: baris 208: "Bila tidak lengkap PPK menerbitkan Surat Penolakan SPM"; Tidak ke langkah 2 (langkah BENDAHARA PENGELUARAN, kolom tanda "Tidak").
    # PERLU KALIMAT: batas penolakan "paling lambat 1 hari sejak SPP ... diterima" (baris 208) tidak bisa dinyatakan.
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    # Tafsiran: baris 209: rancangan SPM dibuat "oleh PPK - SKPD" -> PEJABAT PENATAUSAHAAN KEUANGAN. PERLU KALIMAT: "Penerbitan SPM paling lambat 2 hari kerja" (baris 209).
    Maka tugas berikutnya adalah "SPP – LS Pembayaran Barang / Jasa berdasar..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Pembayaran Barang / Jasa berdasar..."
    # Tafsiran: baris 210: rancangan SPM diserahkan kepada Pengguna Anggaran "untuk diotorisasi", output "SPM ... yang sudah ditanda tangani" -> otorisasi milik PENGGUNA ANGGARAN (bandingkan SPP GU baris 254: tanda di kolom Kuasa Pengguna Anggaran; di sini tidak ada kolom KPA).
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD..." untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
    # Tafsiran: baris 211: penerbitan SPM -> PENGGUNA ANGGARAN (bandingkan SPP GU baris 255: "(Selesai)" di kolom Pengguna Anggaran).
    Maka tugas berikutnya adalah "Penerbitan SPM - LS Pembayaran Barang / Jasa" untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa"
    Maka SOP selesai

  Skenario: "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP..."
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP..." dengan alasan "dokumen SPP LS tidak lengkap"
    Maka tugas berikutnya adalah "Bendahara menyerahkan SPP – LS pembayaran..." untuk "BENDAHARA PENGELUARAN"
    Dan alasan "dokumen SPP LS tidak lengkap" terlihat oleh "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    Maka tugas berikutnya adalah "SPP – LS Pembayaran Barang / Jasa berdasar..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "PPTK menyiapkan dokumen SPP LS pembayaran..." adalah 1 hari
    Maka kelengkapan langkah "PPTK menyiapkan dokumen SPP LS pembayaran..." adalah:
      | kelengkapan |
      | SSP dengan faktur pajak PPN dan PPH |
      | Surat setoran pajak, Surat setoran retribusi |
      | SPK / KONTRAK |
      | B.A. Penyelesaian Pekerjaan |
      | B.A. Serah terima barang dan jasa |
      | BAP |
      | Kuitansi, nota / faktur |
      | Surat pemberitahuan potongan denda dari PPTK bila pekerjaan terlambat |
    Maka output langkah "PPTK menyiapkan dokumen SPP LS pembayaran..." adalah "SPP LS Pembayaran Barang / Jasa"
    Maka batas waktu langkah "Bendahara menyerahkan SPP – LS pembayaran..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 207 ("SPP – LS Pembayaran Barang / Jasa Dokumen Lain") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Bendahara menyerahkan SPP – LS pembayaran..." adalah:
      | kelengkapan |
      | SPP – LS Pembayaran Barang / Jasa |
      | Dokumen Lain |
    Maka output langkah "Bendahara menyerahkan SPP – LS pembayaran..." adalah "SPP - LS Pembayaran Barang / Jasa"
    Maka batas waktu langkah "PPK meneliti kelengkapan dokumen SPP..." adalah 30 menit
    Maka kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP..." adalah:
      | kelengkapan |
      | SPP- LS Pembayaran Barang / Jasa |
      | SPD |
      | DPA-SKPD |
    Maka output langkah "PPK meneliti kelengkapan dokumen SPP..." adalah "SPP – LS Pembayaran Barang / Jasa yang telah lengkap"
    Maka batas waktu langkah "SPP – LS Pembayaran Barang / Jasa berdasar..." adalah 30 menit
    Maka kelengkapan langkah "SPP – LS Pembayaran Barang / Jasa berdasar..." adalah:
      | kelengkapan |
      | SPP- LS Pembayaran Barang / Jasa yang telah lengkap |
    Maka output langkah "SPP – LS Pembayaran Barang / Jasa berdasar..." adalah "Rancangan SPM"
    Maka batas waktu langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah 30 menit
    Maka kelengkapan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah:
      | kelengkapan |
      | Rancangan SPM - LS Pembayaran Barang / Jasa |
    Maka output langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..." adalah "SPM – LS Pembayaran Barang / Jasa yang sudah ditanda tangani"
    Maka batas waktu langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah 30 menit
    Maka kelengkapan langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah:
      | kelengkapan |
      | SPM – LS Pembayaran Barang / Jasa yang sudah ditandatangani |
    Maka output langkah "Penerbitan SPM - LS Pembayaran Barang / Jasa" adalah "SPM - LS Pembayaran Barang / Jasa"

  Skenario: "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP..."
    # Penelitian kelengkapan milik PPK-SKPD.
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran..."
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP..." untuk "PEJABAT PENATAUSAHAAN KEUANGAN"
    Maka "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP..."

  Skenario: "PEJABAT PENATAUSAHAAN KEUANGAN" tidak dapat menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
    # Otorisasi milik PENGGUNA ANGGARAN (tafsiran).
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "PPTK menyiapkan dokumen SPP LS pembayaran..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Bendahara menyerahkan SPP – LS pembayaran..."
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP..."
    Ketika "PEJABAT PENATAUSAHAAN KEUANGAN" menyelesaikan langkah "SPP – LS Pembayaran Barang / Jasa berdasar..."
    Maka tugas berikutnya adalah "Penyerahan Rancangan SPM kepada PPK-SKPD..." untuk "PENGGUNA ANGGARAN"
    Maka "PEJABAT PENATAUSAHAAN KEUANGAN" tidak dapat menyelesaikan langkah "Penyerahan Rancangan SPM kepada PPK-SKPD..."
