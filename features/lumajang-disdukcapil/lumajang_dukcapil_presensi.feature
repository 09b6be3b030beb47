# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_presensi.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Presensi
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_presensi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan program kegiatan kantor" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Membuat rencana kerja penyusunan program kegiatan kantor" adalah 10 menit
    Dan kelengkapan langkah "Membuat rencana kerja penyusunan program kegiatan kantor" adalah:
      | kelengkapan |
      | Agenda      |
    Dan output langkah "Membuat rencana kerja penyusunan program kegiatan kantor" adalah "presensi buku kehadiran"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat rencana kerja penyusunan program kegiatan kantor"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Dan batas waktu langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah 3 jam
    Dan kelengkapan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah:
      | kelengkapan |
      | presensi    |
    Dan output langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan" adalah "print out presensi"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Maka tugas berikutnya adalah "Mengolah dan mencocokan presensi kehadiran dengan surat..." untuk "Staf"
    Dan batas waktu langkah "Mengolah dan mencocokan presensi kehadiran dengan surat..." adalah 10 menit
    Dan kelengkapan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat..." adalah:
      | kelengkapan                    |
      | Daftar presensi buku kehadiran |
    Dan output langkah "Mengolah dan mencocokan presensi kehadiran dengan surat..." adalah "print out presensi"
    Ketika "Staf" menyelesaikan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat..."
    Maka tugas berikutnya adalah "Melakukan koordinasi dengan pegawai secara langsung..." untuk "Staf"
    Dan batas waktu langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah 10 menit
    Dan kelengkapan langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah:
      | kelengkapan        |
      | print out presensi |
    Dan output langkah "Melakukan koordinasi dengan pegawai secara langsung..." adalah "print out presensi"
    Ketika "Staf" menyelesaikan langkah "Melakukan koordinasi dengan pegawai secara langsung..."
    Maka tugas berikutnya adalah "Membuat rekapitulasi presensi setiap bulan sebagai..." untuk "Staf"
    Dan batas waktu langkah "Membuat rekapitulasi presensi setiap bulan sebagai..." adalah 10 menit
    Dan kelengkapan langkah "Membuat rekapitulasi presensi setiap bulan sebagai..." adalah:
      | kelengkapan        |
      | print out presensi |
      | ATK                |
      | komputer           |
    Dan output langkah "Membuat rekapitulasi presensi setiap bulan sebagai..." adalah "print out presensi"
    Ketika "Staf" menyelesaikan langkah "Membuat rekapitulasi presensi setiap bulan sebagai..."
    Maka tugas berikutnya adalah "Memberikan penilaian atas rekapitulasi presensi dan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memberikan penilaian atas rekapitulasi presensi dan..." adalah 15 menit
    Dan kelengkapan langkah "Memberikan penilaian atas rekapitulasi presensi dan..." adalah:
      | kelengkapan       |
      | Printout presensi |
      | ATK               |
    Dan output langkah "Memberikan penilaian atas rekapitulasi presensi dan..." adalah "print out presensi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memberikan penilaian atas rekapitulasi presensi dan..."
    Maka tugas berikutnya adalah "Menerima rekapitulasi yang sudah diberikan paraf untuk..." untuk "Sekretaris"
    Dan batas waktu langkah "Menerima rekapitulasi yang sudah diberikan paraf untuk..." adalah 2 menit
    Dan kelengkapan langkah "Menerima rekapitulasi yang sudah diberikan paraf untuk..." adalah:
      | kelengkapan       |
      | Printout presensi |
    Dan output langkah "Menerima rekapitulasi yang sudah diberikan paraf untuk..." adalah "print out presensi"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima rekapitulasi yang sudah diberikan paraf untuk..."
    Maka tugas berikutnya adalah "Menerima dan menilai rekapitulasi presensi pegawai..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Menerima dan menilai rekapitulasi presensi pegawai..." adalah 10 menit
    Dan kelengkapan langkah "Menerima dan menilai rekapitulasi presensi pegawai..." adalah:
      | kelengkapan        |
      | print out presensi |
      | ATK                |
    Dan output langkah "Menerima dan menilai rekapitulasi presensi pegawai..." adalah "print out presensi"
    Ketika "Kepala Dinas" memutuskan "Belum mencukupi" pada "Menerima dan menilai rekapitulasi presensi pegawai..."
    Maka tugas berikutnya adalah "Menyampaikan hasil penilaian kepala kepada atasan langsung..." untuk "Sekretaris"
    Dan batas waktu langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung..." adalah 3 menit
    Dan kelengkapan langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung..." adalah:
      | kelengkapan          |
      | Printer out presensi |
    Dan output langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung..." adalah "print out presensi"
    Ketika "Sekretaris" menyelesaikan langkah "Menyampaikan hasil penilaian kepala kepada atasan langsung..."
    Maka tugas berikutnya adalah "Menyimpan rekapitulasi sebagai dokumen arsip" untuk "Staf"
    Dan batas waktu langkah "Menyimpan rekapitulasi sebagai dokumen arsip" adalah 2 menit
    Dan kelengkapan langkah "Menyimpan rekapitulasi sebagai dokumen arsip" adalah:
      | kelengkapan          |
      | Printer out presensi |
    Dan output langkah "Menyimpan rekapitulasi sebagai dokumen arsip" adalah "dokumentasi arsip"
    Ketika "Staf" menyelesaikan langkah "Menyimpan rekapitulasi sebagai dokumen arsip"
    Maka SOP selesai

  Skenario: Langkah 8 "Kehadiran pegawai belum mencukupi?" dijawab "Sudah mencukupi", lanjut ke langkah 10
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat rencana kerja penyusunan program kegiatan kantor"
    Dan "Staf" menyelesaikan langkah "Mengumpulkan bahan, referensi, aturan terkait kendaraan"
    Dan "Staf" menyelesaikan langkah "Mengolah dan mencocokan presensi kehadiran dengan surat..."
    Dan "Staf" menyelesaikan langkah "Melakukan koordinasi dengan pegawai secara langsung..."
    Dan "Staf" menyelesaikan langkah "Membuat rekapitulasi presensi setiap bulan sebagai..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memberikan penilaian atas rekapitulasi presensi dan..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima rekapitulasi yang sudah diberikan paraf untuk..."
    Dan "Kepala Dinas" memutuskan "Sudah mencukupi" pada "Menerima dan menilai rekapitulasi presensi pegawai..." dengan alasan "tidak diperlukan, langsung ke langkah berikutnya"
    Maka tugas berikutnya adalah "Menyimpan rekapitulasi sebagai dokumen arsip" untuk "Staf"
    Dan alasan "tidak diperlukan, langsung ke langkah berikutnya" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Menyimpan rekapitulasi sebagai dokumen arsip"
    Maka SOP selesai

