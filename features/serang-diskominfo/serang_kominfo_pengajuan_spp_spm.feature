# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_pengajuan_spp_spm.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Pengajuan Spp/Spm-Up/Gu/Tu/Ls (SOP nomor 12.01.31.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Keuangan
  Pelaksana: PPTK, Bendahara Pengeluaran, Kepala Sub Bagian Keuangan, Kepala Dinas, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_pengajuan_spp_spm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PPTK" memulai SOP
    Maka tugas berikutnya adalah "Usulan Pencairan Anggaran" untuk "PPTK"
    Dan batas waktu langkah "Usulan Pencairan Anggaran" adalah 1 jam
    Dan kelengkapan langkah "Usulan Pencairan Anggaran" adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Usulan Pencairan Anggaran" adalah "Draft Usulan Pencairan Anggaran"
    Ketika "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    Maka tugas berikutnya adalah "Pembuatan Draf SPP/SPM UP" untuk "Bendahara Pengeluaran"
    Dan "PPTK" tidak dapat menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Dan batas waktu langkah "Pembuatan Draf SPP/SPM UP" adalah 1 jam
    Dan kelengkapan langkah "Pembuatan Draf SPP/SPM UP" adalah:
      | kelengkapan                     |
      | Draft Usulan Pencairan Anggaran |
    Dan output langkah "Pembuatan Draf SPP/SPM UP" adalah "Draft SPP/SPM"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Maka tugas berikutnya adalah "Verifikasi SPP/SPM UP" untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Verifikasi SPP/SPM UP" adalah 1 jam
    Dan kelengkapan langkah "Verifikasi SPP/SPM UP" adalah:
      | kelengkapan   |
      | Draft SPP/SPM |
    Dan output langkah "Verifikasi SPP/SPM UP" adalah "SPP/SPM diverifikasi"
    Ketika "Kepala Sub Bagian Keuangan" memutuskan "Ya" pada "Verifikasi SPP/SPM UP"
    Maka tugas berikutnya adalah "Penandatanganan SPP/SPM UP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan SPP/SPM UP" adalah 1 jam
    Dan kelengkapan langkah "Penandatanganan SPP/SPM UP" adalah:
      | kelengkapan                     |
      | SPP/SPM yang telah diverifikasi |
    Dan output langkah "Penandatanganan SPP/SPM UP" adalah "SPP/SPM ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan SPP/SPM UP"
    Maka tugas berikutnya adalah "Penyusunan SPP/SPM Lengkap" untuk "Pelaksana"
    Dan batas waktu langkah "Penyusunan SPP/SPM Lengkap" adalah 1 jam
    Dan kelengkapan langkah "Penyusunan SPP/SPM Lengkap" adalah:
      | kelengkapan                       |
      | SPP/SPM yang telah ditandatangani |
    Dan output langkah "Penyusunan SPP/SPM Lengkap" adalah "SPP/SPM lengkap"
    Ketika "Pelaksana" menyelesaikan langkah "Penyusunan SPP/SPM Lengkap"
    Maka tugas berikutnya adalah "Pengiriman SPP/SPM ke BPKAD" untuk "Pelaksana"
    Dan batas waktu langkah "Pengiriman SPP/SPM ke BPKAD" adalah 1 jam
    Dan kelengkapan langkah "Pengiriman SPP/SPM ke BPKAD" adalah:
      | kelengkapan     |
      | SPP/SPM lengkap |
    Dan output langkah "Pengiriman SPP/SPM ke BPKAD" adalah "SPP/SPM terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Pengiriman SPP/SPM ke BPKAD"
    Maka SOP selesai

  Skenario: Langkah 3 "SPP/SPM UP lengkap dan benar?" dijawab "Tidak", kembali ke langkah 2
    Ketika "PPTK" memulai SOP
    Dan "PPTK" menyelesaikan langkah "Usulan Pencairan Anggaran"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Tidak" pada "Verifikasi SPP/SPM UP" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pembuatan Draf SPP/SPM UP" untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Pembuatan Draf SPP/SPM UP"
    Dan "Kepala Sub Bagian Keuangan" memutuskan "Ya" pada "Verifikasi SPP/SPM UP"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan SPP/SPM UP"
    Dan "Pelaksana" menyelesaikan langkah "Penyusunan SPP/SPM Lengkap"
    Dan "Pelaksana" menyelesaikan langkah "Pengiriman SPP/SPM ke BPKAD"
    Maka SOP selesai

