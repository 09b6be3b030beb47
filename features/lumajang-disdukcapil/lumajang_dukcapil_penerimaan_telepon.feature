# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerimaan_telepon.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penerimaan Telepon
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Publik, Staf, Kasubag/Kasubid/Kabid/Sekretaris

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerimaan_telepon" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Publik" memulai SOP
    Maka tugas berikutnya adalah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" untuk "Publik"
    Dan batas waktu langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah 5 menit
    Dan kelengkapan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah:
      | kelengkapan            |
      | Pertanyaan             |
      | permohonan klarifikasi |
      | permintaan penjelasan  |
      | telepon                |
    Dan output langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah "Informasi"
    Ketika "Publik" menyelesaikan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon"
    Maka tugas berikutnya adalah "Petugas/pelaksana menerima pertanyaan" untuk "Staf"
    Dan "Publik" tidak dapat menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    Dan batas waktu langkah "Petugas/pelaksana menerima pertanyaan" adalah 5 menit
    Dan kelengkapan langkah "Petugas/pelaksana menerima pertanyaan" adalah:
      | kelengkapan            |
      | Pertanyaan             |
      | permohonan klarifikasi |
      | permintaan penjelasan  |
      | telepon                |
    Dan output langkah "Petugas/pelaksana menerima pertanyaan" adalah "Informasi"
    Ketika "Staf" menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    Maka tugas berikutnya adalah "Apabila pertanyaan diluar pengetahuan petugas, maka..." untuk "Staf"
    Dan batas waktu langkah "Apabila pertanyaan diluar pengetahuan petugas, maka..." adalah 5 menit
    Dan kelengkapan langkah "Apabila pertanyaan diluar pengetahuan petugas, maka..." adalah:
      | kelengkapan            |
      | Pertanyaan             |
      | permohonan klarifikasi |
      | permintaan penjelasan  |
      | telepon                |
    Dan output langkah "Apabila pertanyaan diluar pengetahuan petugas, maka..." adalah "Informasi"
    Ketika "Staf" memutuskan "Ya, dialihkan" pada "Apabila pertanyaan diluar pengetahuan petugas, maka..."
    Maka tugas berikutnya adalah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban..." untuk "Kasubag/Kasubid/Kabid/Sekretaris"
    Dan batas waktu langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban..." adalah 10 menit
    Dan kelengkapan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban..." adalah:
      | kelengkapan            |
      | Pertanyaan             |
      | permohonan klarifikasi |
      | permintaan penjelasan  |
      | telepon                |
    Dan output langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban..." adalah "Informasi"
    Ketika "Kasubag/Kasubid/Kabid/Sekretaris" menyelesaikan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban..."
    Maka tugas berikutnya adalah "Publik menerima jawaban" untuk "Publik"
    Dan batas waktu langkah "Publik menerima jawaban" adalah 10 menit
    Dan kelengkapan langkah "Publik menerima jawaban" adalah:
      | kelengkapan |
      | Telepon     |
    Dan output langkah "Publik menerima jawaban" adalah "Informasi"
    Ketika "Publik" menyelesaikan langkah "Publik menerima jawaban"
    Maka SOP selesai

  Skenario: Langkah 3 "Pertanyaan di luar pengetahuan petugas?" dijawab "Tidak, dijawab petugas", lanjut ke langkah 5
    Ketika "Publik" memulai SOP
    Dan "Publik" menyelesaikan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon"
    Dan "Staf" menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    Dan "Staf" memutuskan "Tidak, dijawab petugas" pada "Apabila pertanyaan diluar pengetahuan petugas, maka..." dengan alasan "tidak diperlukan, langsung ke langkah berikutnya"
    Maka tugas berikutnya adalah "Publik menerima jawaban" untuk "Publik"
    Dan alasan "tidak diperlukan, langsung ke langkah berikutnya" terlihat oleh "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik menerima jawaban"
    Maka SOP selesai

