# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 4-199 ("Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 76-80): PPTK, Bendahara Pengeluaran, Kasubbag Keuangan, Kepala Badan, Pelaksana.
# Langkah 2-4 ditulis "SPP/SPM UP" di seed walaupun judulnya UP/GU/TU/LS.
Fitur: Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls
  Sub Bagian Keuangan, Diskominfo Kota Serang: pengajuan SPP/SPM UP/GU/TU/LS dari usulan
  pencairan anggaran sampai SPP/SPM lengkap dikirim ke BPKAD (harus sesuai DPA OPD, ROK dan SSH).

  Latar Belakang:
    Dengan SOP "serang_kominfo_pengajuan_spp_spm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPP/SPM diusulkan, dibuat, diverifikasi, ditandatangani dan dikirim ke BPKAD
    Ketika "PPTK" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 88: usulan pencairan anggaran dari pelaksana kegiatan -> "PPTK" (kolom pertama).
    Maka tugas berikutnya adalah "Usulan Pencairan Anggaran" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    # Tafsiran: baris 102: pembuatan draf SPP/SPM -> "Bendahara Pengeluaran". Tanda "T" baris 107 (baris langkah 2, kolom ketiga Kasubbag Keuangan) = panah Tidak dari verifikasi kembali ke langkah ini.
    Maka tugas berikutnya adalah "Pembuatan Draf SPP/SPM UP" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    # Tafsiran: baris 116: "Verifikasi" = keputusan. "T" baris 107 dan "Y" baris 135 ada di kolom ketiga -> "Kasubbag Keuangan" memutuskan; Ya ke langkah 4, Tidak ke langkah 2.
    Maka tugas berikutnya adalah "Verifikasi SPP/SPM UP" untuk "Kasubbag Keuangan"
    Ketika "Kasubbag Keuangan" memutuskan "Ya" pada "Verifikasi SPP/SPM UP"
    # Tafsiran: baris 130: penandatanganan SPP/SPM -> "Kepala Badan" (kolom keempat; seed menulis "Kepala Badan" walaupun instansinya Dinas, baris 79).
    Maka tugas berikutnya adalah "Penandatanganan SPP/SPM UP" untuk "Kepala Badan"
    Ketika "Kepala Badan" menyelesaikan langkah "Penandatanganan SPP/SPM UP"
    # Tafsiran: baris 144: penyusunan SPP/SPM lengkap -> "Bendahara Pengeluaran" (penyusun draf). Kolom tidak pasti.
    # Diselaraskan: seed baris 144-157 tidak memberi tanda kolom untuk langkah 5 (tafsiran penulis sendiri: "Kolom tidak pasti"); model membaca berkas yang sudah ditandatangani diteruskan ke kolom Pelaksana yang juga mengirim (langkah 6), maka model dipertahankan.
    Maka tugas berikutnya adalah "Penyusunan SPP/SPM Lengkap" untuk "Pelaksana"
    # Diselaraskan: seed baris 144-157 tidak memberi tanda kolom untuk langkah 5 (tafsiran penulis sendiri: "Kolom tidak pasti"); model membaca berkas yang sudah ditandatangani diteruskan ke kolom Pelaksana yang juga mengirim (langkah 6), maka model dipertahankan.
    Ketika "Pelaksana" menyelesaikan langkah "Penyusunan SPP/SPM Lengkap"
    # Tafsiran: baris 158: pengiriman ke BPKAD -> kolom "Pelaksana" (baris 80; staf). Kolom tidak pasti.
    Maka tugas berikutnya adalah "Pengiriman SPP/SPM ke BPKAD" untuk "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Pengiriman SPP/SPM ke BPKAD"
    Maka SOP selesai

  Skenario: "Kasubbag Keuangan" memutuskan "Tidak" pada "Verifikasi SPP/SPM UP"
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Maka tugas berikutnya adalah "Verifikasi SPP/SPM UP" untuk "Kasubbag Keuangan"
    Ketika "Kasubbag Keuangan" memutuskan "Tidak" pada "Verifikasi SPP/SPM UP" dengan alasan "SPP/SPM tidak sesuai DPA"
    Maka tugas berikutnya adalah "Pembuatan Draf SPP/SPM UP" untuk "Bendahara Pengeluaran"
    Dan alasan "SPP/SPM tidak sesuai DPA" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Maka tugas berikutnya adalah "Verifikasi SPP/SPM UP" untuk "Kasubbag Keuangan"
    Ketika "Kasubbag Keuangan" memutuskan "Ya" pada "Verifikasi SPP/SPM UP"
    Maka tugas berikutnya adalah "Penandatanganan SPP/SPM UP" untuk "Kepala Badan"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Usulan Pencairan Anggaran" adalah 1 jam
    Maka kelengkapan langkah "Usulan Pencairan Anggaran" adalah:
      | kelengkapan |
      | DPA |
    Maka output langkah "Usulan Pencairan Anggaran" adalah "Draft Usulan Pencairan Anggaran"
    Maka batas waktu langkah "Pembuatan Draf SPP/SPM UP" adalah 1 jam
    Maka kelengkapan langkah "Pembuatan Draf SPP/SPM UP" adalah:
      | kelengkapan |
      | Draft Usulan Pencairan Anggaran |
    Maka output langkah "Pembuatan Draf SPP/SPM UP" adalah "Draft SPP/SPM"
    Maka batas waktu langkah "Verifikasi SPP/SPM UP" adalah 1 jam
    Maka kelengkapan langkah "Verifikasi SPP/SPM UP" adalah:
      | kelengkapan |
      | Draft SPP/SPM |
    Maka output langkah "Verifikasi SPP/SPM UP" adalah "SPP/SPM diverifikasi"
    Maka batas waktu langkah "Penandatanganan SPP/SPM UP" adalah 1 jam
    Maka kelengkapan langkah "Penandatanganan SPP/SPM UP" adalah:
      | kelengkapan |
      | SPP/SPM yang telah diverifikasi |
    Maka output langkah "Penandatanganan SPP/SPM UP" adalah "SPP/SPM ditandatangani"
    Maka batas waktu langkah "Penyusunan SPP/SPM Lengkap" adalah 1 jam
    Maka kelengkapan langkah "Penyusunan SPP/SPM Lengkap" adalah:
      | kelengkapan |
      | SPP/SPM yang telah ditandatangani |
    Maka output langkah "Penyusunan SPP/SPM Lengkap" adalah "SPP/SPM lengkap"
    Maka batas waktu langkah "Pengiriman SPP/SPM ke BPKAD" adalah 1 jam
    Maka kelengkapan langkah "Pengiriman SPP/SPM ke BPKAD" adalah:
      | kelengkapan |
      | SPP/SPM lengkap |
    Maka output langkah "Pengiriman SPP/SPM ke BPKAD" adalah "SPP/SPM terkirim"

  Skenario: "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Verifikasi SPP/SPM UP"
    # Pembuat draf tidak memverifikasi sendiri.
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Maka tugas berikutnya adalah "Verifikasi SPP/SPM UP" untuk "Kasubbag Keuangan"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Verifikasi SPP/SPM UP"

  Skenario: "Kasubbag Keuangan" tidak dapat menyelesaikan langkah "Penandatanganan SPP/SPM UP"
    # Tanda tangan milik Kepala Badan (tafsiran).
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Ketika "Kasubbag Keuangan" memutuskan "Ya" pada "Verifikasi SPP/SPM UP"
    Maka tugas berikutnya adalah "Penandatanganan SPP/SPM UP" untuk "Kepala Badan"
    Maka "Kasubbag Keuangan" tidak dapat menyelesaikan langkah "Penandatanganan SPP/SPM UP"
