# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyusunan_dpa.bpmn (sop features draft); sunting seperlunya.
Fitur: PENYUSUNAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) OPD
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Program
  Pelaksana: Kepala Sub Bagian Program, Sekretaris, Kepala Dinas, Staf

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_dpa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..." untuk "Staf"
    Dan batas waktu langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..." adalah 15 menit
    Dan kelengkapan langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..." adalah:
      | kelengkapan        |
      | Agenda kerja       |
      | RKA                |
      | Jadwal pencermatan |
    Dan output langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..." adalah "Dokumen RKA Jadwal pencermatan"
    Ketika "Staf" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..."
    Maka tugas berikutnya adalah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" untuk "Kepala Sub Bagian Program"
    Dan "Staf" tidak dapat menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Dan batas waktu langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah 4 jam
    Dan kelengkapan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah:
      | kelengkapan          |
      | Undangan pencermatan |
      | Dokumen RKA          |
      | ATK                  |
      | Komputer             |
    Dan output langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD" adalah "Dokumen RKA hasil pencermatan"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Maka tugas berikutnya adalah "Melakukan penyesuaian RKA termasuk aliran kas setelah..." untuk "Staf"
    Dan batas waktu langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..." adalah 2 hari kerja
    Dan kelengkapan langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Komputer    |
      | ATK         |
    Dan output langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..." adalah "Dokumen RKA Jadwal pencermatan"
    Ketika "Staf" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..."
    Maka tugas berikutnya adalah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..." adalah 3 jam
    Dan kelengkapan langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Ruang rapat |
      | Makan       |
      | Minum       |
      | LCD         |
      | Komputer    |
    Dan output langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..." adalah "Dokumen RKA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..."
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." adalah:
      | kelengkapan |
      | Draft DPA   |
      | ATK         |
      | Komputer    |
    Dan output langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." adalah "Draft DPA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final..." untuk "Sekretaris"
    Dan batas waktu langkah "Menilai dan mengoreksi draft DPA. Jika sudah final..." adalah 2 jam
    Dan kelengkapan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final..." adalah:
      | kelengkapan |
      | Draft DPA   |
    Dan output langkah "Menilai dan mengoreksi draft DPA. Jika sudah final..." adalah "Disposisi Dokumen DPA"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft DPA. Jika sudah final..." untuk "Kepala Dinas"
    Dan kelengkapan langkah "Menilai dan mengoreksi draft DPA. Jika sudah final..." adalah:
      | kelengkapan |
      | Draft DPA   |
    Dan output langkah "Menilai dan mengoreksi draft DPA. Jika sudah final..." adalah "Disposisi Dokumen DPA"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Maka tugas berikutnya adalah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..." adalah:
      | kelengkapan |
      | Dokumen DPA |
      | Fotocopy    |
      | penjilitan  |
    Dan output langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..." adalah "Dokumen DPA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..."
    Maka tugas berikutnya adalah "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..." adalah 1 hari kerja
    Dan kelengkapan langkah "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..." adalah:
      | kelengkapan            |
      | Jadwal pembahasan DPRD |
      | Dokumen DPA            |
    Dan output langkah "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..." adalah "Disposisi Dokumen DPA"
    Ketika "Kepala Dinas" memutuskan "Ada penyesuaian" pada "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..."
    Maka tugas berikutnya adalah "Menerima hasil pembahasan bersama untuk kemudian dokumen..." untuk "Sekretaris"
    Dan batas waktu langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..." adalah:
      | kelengkapan           |
      | Disposisi Dokumen DPA |
    Dan output langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..." adalah "Disposisi DPA"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..."
    Maka tugas berikutnya adalah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..." untuk "Staf"
    Dan batas waktu langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..." adalah 3 jam
    Dan kelengkapan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..." adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..." adalah "Arsip DPA"
    Ketika "Staf" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft DPA sudah final?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Staf" memulai SOP
    Dan "Staf" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Dan "Staf" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." untuk "Kepala Sub Bagian Program"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Program"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..."
    Dan "Kepala Dinas" memutuskan "Ada penyesuaian" pada "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..."
    Dan "Staf" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..."
    Maka SOP selesai

  Skenario: Langkah 7 "Draft DPA sudah final dan ditandatangani?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Staf" memulai SOP
    Dan "Staf" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Dan "Staf" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..." untuk "Kepala Sub Bagian Program"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Program"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..."
    Dan "Kepala Dinas" memutuskan "Ada penyesuaian" pada "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima hasil pembahasan bersama untuk kemudian dokumen..."
    Dan "Staf" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..."
    Maka SOP selesai

  Skenario: Langkah 9 "Ada penyesuaian dari DPRD?" dijawab "Tidak ada penyesuaian", lanjut ke langkah 11
    Ketika "Staf" memulai SOP
    Dan "Staf" menyelesaikan langkah "Menyiapkan dokumen rencana kerja anggaran (RKA) dan..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Mencermati dan mengikuti penyesuaian RKA bersama TAPD"
    Dan "Staf" menyelesaikan langkah "Melakukan penyesuaian RKA termasuk aliran kas setelah..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat internal atas penyesuaian yang terjadi..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft DPA dan diserahkan kepada Kepala Dinas..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft DPA. Jika sudah final..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima DPA yang sudah ditanda tangani kemudian digandakan..."
    Dan "Kepala Dinas" memutuskan "Tidak ada penyesuaian" pada "Mengikuti pembahasan dengan DPRD. Jika ada penyesuaian..." dengan alasan "tidak diperlukan, langsung ke langkah berikutnya"
    Maka tugas berikutnya adalah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..." untuk "Staf"
    Dan alasan "tidak diperlukan, langsung ke langkah berikutnya" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Melakukan penyesuaian/perbaikan, mendistribusikan dan..."
    Maka SOP selesai

