# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 245-255 ("SOP PENGAJUAN SPP GANTI UANG")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 248, huruf besar seperti seed): PENGGUNA ANGGARAN, KUASA PENGGUNA ANGGARAN, PEJABAT PENATA USAHAAN KEUANGAN (teks: "PPK- SKPD"; ejaan beda dengan SPP LS: "PENATAUSAHAAN"), BENDAHARA PENGELUARAN.
# Tanda simbol seed: "(Mulai)", "[]", "(Selesai)" di kolom pelaksana (baris 249-255).
Fitur: SOP PENGAJUAN SPP GANTI UANG
  Pengajuan SPP GU: berdasarkan SPD dan SPJ Bendahara membuat SPP-GU, PPK-SKPD meneliti dan membuat rancangan SPM,
  rancangan diotorisasi dan SPM-GU diterbitkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_spp_gu" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPD diserahkan, SPP-GU dibuat, diteliti, SPM dirancang, diotorisasi dan diterbitkan
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    # Sumber: baris 249: "(Mulai)" di kolom PENGGUNA ANGGARAN ("[]" juga di kolom PPK dan Bendahara: penerima SPD).
    Maka tugas berikutnya adalah "Pengguna anggaran menyerahkan surat..." untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna anggaran menyerahkan surat..."
    # Sumber: baris 250: "[]" di kolom BENDAHARA PENGELUARAN.
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    # Sumber: baris 251: "[]" di kolom PEJABAT PENATA USAHAAN KEUANGAN (penerima SPP-GU; teks tanpa subjek). Diikuti tanda seed.
    Maka tugas berikutnya adalah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    # Sumber: baris 252: "[]" di kolom PEJABAT PENATA USAHAAN KEUANGAN.
    # Tafsiran: baris 252: "meneliti kelengkapan ... (Penolakan SPM paling lambat 1 hari kerja)" = pemeriksaan dengan penolakan -> keputusan (seeds/README.md: verifikasi = keputusan), walau seed menggambar "[]". Tidak ke langkah 2 (BENDAHARA membuat SPP-GU; sama dengan SPP LS Barang Jasa baris 208). PERLU KALIMAT: batas penolakan 1 hari kerja.
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP-..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP-..."
    # Sumber: baris 253: "[]" di kolom PEJABAT PENATA USAHAAN KEUANGAN. PERLU KALIMAT: "Penerbitan SPM paling lambat 2 hari kerja sejak SPP-GU diterima".
    Maka tugas berikutnya adalah "SPP- GU berdasar SPD dan DPA- SKPD yang..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang..."
    # Sumber: baris 254: "[]" di kolom KUASA PENGGUNA ANGGARAN: otorisasi rancangan SPM (output "SPM GU yang sudah ditandatangani").
    Maka tugas berikutnya adalah "Penyerahan rancangan SPM kepada PPK-..." untuk "KUASA PENGGUNA ANGGARAN"
    Ketika "KUASA PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan rancangan SPM kepada PPK-..."
    # Sumber: baris 255: "(Selesai)" di kolom PENGGUNA ANGGARAN: penerbitan SPM-GU oleh PENGGUNA ANGGARAN, lalu selesai.
    Maka tugas berikutnya adalah "Penerbitan SPM- GU" untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penerbitan SPM- GU"
    Maka SOP selesai

  Skenario: "PEJABAT PENATA USAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP-..."
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna anggaran menyerahkan surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP-..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" memutuskan "Tidak" pada "PPK meneliti kelengkapan dokumen SPP-..." dengan alasan "dokumen SPP-GU tidak lengkap"
    Maka tugas berikutnya adalah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" untuk "BENDAHARA PENGELUARAN"
    Dan alasan "dokumen SPP-GU tidak lengkap" terlihat oleh "BENDAHARA PENGELUARAN"
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP-..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP-..."
    Maka tugas berikutnya adalah "SPP- GU berdasar SPD dan DPA- SKPD yang..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Pengguna anggaran menyerahkan surat..." adalah 1 hari
    Maka kelengkapan langkah "Pengguna anggaran menyerahkan surat..." adalah:
      | kelengkapan |
      | Surat penyediaan dana SPD dari Pemda |
    Maka output langkah "Pengguna anggaran menyerahkan surat..." adalah "Surat Penyediaan Dana (SPD) dari PEMDA"
    Maka batas waktu langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah 30 menit
    Maka kelengkapan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah:
      | kelengkapan |
      | surat pengantar SPP GU |
      | Ringkasan SPP GU |
      | Surat pengesahan SPJ |
    Maka output langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain" adalah "SPP GU"
    Maka batas waktu langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah 30 menit
    Maka kelengkapan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah:
      | kelengkapan |
      | SPP GU |
    Maka output langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD" adalah "SPP GU"
    Maka batas waktu langkah "PPK meneliti kelengkapan dokumen SPP-..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 252 ("Dokumen SPD DPA SKPD") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "PPK meneliti kelengkapan dokumen SPP-..." adalah:
      | kelengkapan |
      | Dokumen SPD |
      | DPA SKPD |
    Maka output langkah "PPK meneliti kelengkapan dokumen SPP-..." adalah "SPP GU yang telah lengkap"
    Maka batas waktu langkah "SPP- GU berdasar SPD dan DPA- SKPD yang..." adalah 30 menit
    Maka kelengkapan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang..." adalah:
      | kelengkapan |
      | SPP GU yang telah lengkap |
    Maka output langkah "SPP- GU berdasar SPD dan DPA- SKPD yang..." adalah "Rancangan SPM"
    Maka batas waktu langkah "Penyerahan rancangan SPM kepada PPK-..." adalah 30 menit
    Maka kelengkapan langkah "Penyerahan rancangan SPM kepada PPK-..." adalah:
      | kelengkapan |
      | Rancangan SPM - GU |
    Maka output langkah "Penyerahan rancangan SPM kepada PPK-..." adalah "SPM GU yang sudah ditandatangani"
    Maka batas waktu langkah "Penerbitan SPM- GU" adalah 30 menit
    Maka kelengkapan langkah "Penerbitan SPM- GU" adalah:
      | kelengkapan |
      | SPM GU yang sudah ditandatangani |
    Maka output langkah "Penerbitan SPM- GU" adalah "SPM - GU"

  Skenario: "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP-..."
    # Penelitian kelengkapan milik PPK-SKPD.
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna anggaran menyerahkan surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Maka tugas berikutnya adalah "PPK meneliti kelengkapan dokumen SPP-..." untuk "PEJABAT PENATA USAHAAN KEUANGAN"
    Maka "BENDAHARA PENGELUARAN" tidak dapat menyelesaikan langkah "PPK meneliti kelengkapan dokumen SPP-..."

  Skenario: "PENGGUNA ANGGARAN" tidak dapat menyelesaikan langkah "Penyerahan rancangan SPM kepada PPK-..."
    # Tanda "[]" langkah 6 di kolom KUASA PENGGUNA ANGGARAN (baris 254).
    Ketika "PENGGUNA ANGGARAN" memulai SOP
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Pengguna anggaran menyerahkan surat..."
    Ketika "BENDAHARA PENGELUARAN" menyelesaikan langkah "Berdasarkan SPD dan SPJ Bendahara membuat SPP- GU beserta Dokumen lain"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "Menyerahkan SPP- GU beserta dokumen lain kepada PPK- SKPD"
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" memutuskan "Ya" pada "PPK meneliti kelengkapan dokumen SPP-..."
    Ketika "PEJABAT PENATA USAHAAN KEUANGAN" menyelesaikan langkah "SPP- GU berdasar SPD dan DPA- SKPD yang..."
    Maka tugas berikutnya adalah "Penyerahan rancangan SPM kepada PPK-..." untuk "KUASA PENGGUNA ANGGARAN"
    Maka "PENGGUNA ANGGARAN" tidak dapat menyelesaikan langkah "Penyerahan rancangan SPM kepada PPK-..."
