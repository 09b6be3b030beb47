# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penanganan_disiplin_pegawai.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Penanganan Disiplin Pegawai
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Umum dan Kepegawaian, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penanganan_disiplin_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah:
      | kelengkapan               |
      | Rekapitulasi Daftar Hadir |
      | Pengaduan                 |
    Dan output langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." adalah "Evaluasi Temuan"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Maka tugas berikutnya adalah "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..." untuk "Sekretaris"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan batas waktu langkah "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..." adalah 15 menit
    Dan kelengkapan langkah "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..." adalah:
      | kelengkapan     |
      | Evaluasi Temuan |
    Dan output langkah "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..." adalah "Disposisi"
    Ketika "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan dan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan kelengkapan langkah "Memanggil PNS, memberikan peringatan secara lisan dan..." adalah:
      | kelengkapan          |
      | Evaluasi/ Pengamatan |
    Dan output langkah "Memanggil PNS, memberikan peringatan secara lisan dan..." adalah "Draft Surat Peringatan Tertulis I/II/III"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." adalah 15 menit
    Dan kelengkapan langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." adalah:
      | kelengkapan                              |
      | Draft Surat Peringatan Tertulis I/II/III |
    Dan output langkah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." adalah "Draft Surat Peringatan Tertulis I/II/III"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." adalah 15 menit
    Dan kelengkapan langkah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." adalah:
      | kelengkapan                              |
      | Draft Surat Peringatan Tertulis I/II/III |
    Dan output langkah "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." adalah "Surat Peringatan Tertulis I/II/III"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Maka tugas berikutnya adalah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" adalah 30 menit
    Dan kelengkapan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" adalah:
      | kelengkapan                        |
      | Surat Peringatan Tertulis I/II/III |
    Dan output langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III" adalah "Surat Peringatan Tertulis I/II/III"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan kelengkapan langkah "Memperhatikan perkembangan PNS, jika dalam masa waktu..." adalah:
      | kelengkapan                                       |
      | Draft Surat Pernyataan Tidak Puas Secara Tertulis |
    Dan output langkah "Memperhatikan perkembangan PNS, jika dalam masa waktu..." adalah "Draft Surat Pernyataan Tidak Puas Secara Tertulis"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." adalah 5 menit
    Dan kelengkapan langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." adalah:
      | kelengkapan                                       |
      | Draft Surat Pernyataan Tidak Puas Secara Tertulis |
    Dan output langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." adalah "Draft Surat Pernyataan Tidak Puas Secara Tertulis"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." adalah 5 menit
    Dan kelengkapan langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." adalah:
      | kelengkapan                                       |
      | Draft Surat Pernyataan Tidak Puas Secara Tertulis |
    Dan output langkah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." adalah "Surat Pernyataan Tidak Puas Secara Tertulis"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Menerima surat pernyataan tidak puas secara tertulis..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Menerima surat pernyataan tidak puas secara tertulis..." adalah 30 menit
    Dan kelengkapan langkah "Menerima surat pernyataan tidak puas secara tertulis..." adalah:
      | kelengkapan                                       |
      | Draft Surat Pernyataan Tidak Puas Secara Tertulis |
    Dan output langkah "Menerima surat pernyataan tidak puas secara tertulis..." adalah "Surat Pernyataan Tidak Puas Secara Tertulis"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan kelengkapan langkah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." adalah:
      | kelengkapan                                 |
      | Surat Pernyataan Tidak Puas Secara Tertulis |
    Dan output langkah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." adalah "Draft Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Draft Surat Penundaan Kenaikan Pangkat"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." adalah:
      | kelengkapan                                                                                            |
      | Draft Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Draft Surat Penundaan Kenaikan Pangkat |
    Dan output langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." adalah "Draft Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Draft Surat Penundaan Kenaikan Pangkat"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." adalah:
      | kelengkapan                                                                                            |
      | Draft Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Draft Surat Penundaan Kenaikan Pangkat |
    Dan output langkah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." adalah "Draft Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Draft Surat Penundaan Kenaikan Pangkat"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." adalah 30 menit
    Dan kelengkapan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." adalah:
      | kelengkapan                                                                                |
      | Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat |
    Dan output langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..." adalah "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 2 "Usulan penjatuhan disiplin disetujui dan bukti lengkap?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 3 "PNS belum menunjukkan perubahan setelah peringatan lisan?" dijawab "Sudah ada perbaikan", SOP berakhir
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Sudah ada perbaikan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..." dengan alasan "tidak dapat diproses lebih lanjut"
    Maka SOP selesai
    Dan alasan "tidak dapat diproses lebih lanjut" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"

  Skenario: Langkah 4 "Draft surat peringatan tertulis disetujui?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memanggil PNS, memberikan peringatan secara lisan dan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 5 "Draft surat peringatan tertulis disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 7 "PNS masih belum menunjukkan perubahan setelah SP I/II/III?" dijawab "Sudah ada perbaikan", SOP berakhir
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Sudah ada perbaikan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..." dengan alasan "tidak dapat diproses lebih lanjut"
    Maka SOP selesai
    Dan alasan "tidak dapat diproses lebih lanjut" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"

  Skenario: Langkah 8 "Draft surat pernyataan tidak puas disetujui?" dijawab "Tidak", kembali ke langkah 7
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan PNS, jika dalam masa waktu..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 9 "Draft surat pernyataan tidak puas disetujui?" dijawab "Tidak", kembali ke langkah 8
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 11 "PNS masih belum menunjukkan perkembangan ke arah perbaikan?" dijawab "Sudah ada perbaikan", SOP berakhir
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Sudah ada perbaikan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..." dengan alasan "tidak dapat diproses lebih lanjut"
    Maka SOP selesai
    Dan alasan "tidak dapat diproses lebih lanjut" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"

  Skenario: Langkah 12 "Draft surat keputusan penundaan disetujui?" dijawab "Tidak", kembali ke langkah 11
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memperhatikan perkembangan penjatuhan disiplin tersebut..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum dan Kepegawaian"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

  Skenario: Langkah 13 "Draft surat keputusan penundaan disetujui?" dijawab "Tidak", kembali ke langkah 12
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengevaluasi absen, pengaduan tertulis, temuan atasan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Meneliti dan menelaah evaluasi absen, pengaduan tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memanggil PNS, memberikan peringatan secara lisan dan..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Peringatan Tertulis I/II/III"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Draft surat peringatan tertulis I/II/III, jika disetujui dikembalikan kepada sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS, menyerahkan Surat Peringatan I/II/III"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan PNS, jika dalam masa waktu..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" melampirkan dokumen "Surat Pernyataan Tidak Puas Secara Tertulis"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat pernyataan surat pernyataan tidak puas secara tertulis, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menerima surat pernyataan tidak puas secara tertulis..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Belum ada perubahan" pada "Memperhatikan perkembangan penjatuhan disiplin tersebut..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..." untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada kasubbag..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa draft surat keputusan penundaan kenaikan gaji berkala dan/ draf surat keputusan penundaan kenaikan pangkat, jika tidak setuju dikembalikan kepada Sekretaris..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Keputusan Penundaan Kenaikan Gaji berkala, dan/atau Surat Penundaan Kenaikan Pangkat"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memanggil PNS yang dikenai penjatuhan hukuman disiplin..."
    Maka SOP selesai

