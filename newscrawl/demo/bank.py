"""The demo's seed data: fictional outlets, places, people and an Indonesian sentence bank.

Everything here was written for the demo (no text is copied from a real outlet). Places are
real regions, people are invented. The composer (``newscrawl.demo.corpus``) fills the
``{slots}`` from the outlet's region, so one bank serves all outlets and every article differs.
"""

from __future__ import annotations

#: Per outlet: identity, region and the people who write and appear in its stories.
OUTLETS: dict[str, dict] = {
    "demo_kabarteluk": {
        "name": "Kabar Teluk",
        "brand": "KABARTELUK.ID",
        "family": "jnews",
        "province": "Papua",
        "timezone": "WIT",
        "weather_city": "Jayapura",
        "weather_temp": "29.4",
        "sections": {"daerah": "Daerah", "ekonomi": "Ekonomi", "sosial": "Sosial Budaya"},
        "places": ["Jayapura", "Sentani", "Abepura", "Waena", "Keerom", "Sarmi", "Arso", "Skouw"],
        "villages": ["Kampung Yoka", "Kampung Harapan", "Kampung Nolokla", "Kampung Tablanusu",
                     "Kampung Asei", "Kampung Skouw Mabo"],
        "officials": ["Yohanis Mandowen", "Ruth Kaisiepo", "Daniel Awom", "Martha Rumaropen",
                      "Frans Wanimbo", "Selina Yoku", "Agustinus Mirino"],
        "residents": ["Mama Ester", "Petrus Ohee", "Yakob Sawaki", "Naomi Imbiri", "Lukas Wenda"],
        "authors": ["Benny Rumkorem", "Sarah Mebri", "Oktovianus Dimara"],
    },
    "demo_wartacelebes": {
        "name": "Warta Celebes",
        "brand": "WARTACELEBES.COM",
        "family": "portal",
        "province": "Sulawesi Selatan",
        "timezone": "WITA",
        "weather_city": "Makassar",
        "weather_temp": "31.2",
        "sections": {"makassar": "Makassar", "sulsel": "Sulsel", "bisnis": "Bisnis"},
        "places": ["Makassar", "Gowa", "Maros", "Takalar", "Pangkep", "Bulukumba", "Parepare", "Sinjai"],
        "villages": ["Desa Bontomarannu", "Desa Tamalate", "Desa Lekopancing", "Desa Bontolempangan",
                     "Desa Panaikang", "Desa Tanralili"],
        "officials": ["Andi Rahmat Pallawa", "Nurhayati Daeng Caya", "Syamsul Bahri Tahir",
                      "Hasnah Mappiasse", "Ilham Arifuddin", "Rosmiati Latief", "Baharuddin Sila"],
        "residents": ["Daeng Sikki", "Hajja Saenab", "Akbar Nompo", "Irma Karaeng", "Ridwan Tappa"],
        "authors": ["Muh Fadli Sirajuddin", "Wahyuni Baso", "Arfandi Lamba"],
        "editors": ["Suryadi Halim", "Kartini Puang"],
    },
    "demo_mentayapos": {
        "name": "Mentaya Pos",
        "brand": "MENTAYAPOS",
        "family": "cms",
        "province": "Kalimantan Tengah",
        "timezone": "WIB",
        "weather_city": "Sampit",
        "weather_temp": "27.8",
        "sections": {"pemerintahan": "Pemerintahan", "kotim": "Kotim", "ragam": "Ragam"},
        "places": ["Sampit", "Kotawaringin Timur", "Palangka Raya", "Kasongan", "Pangkalan Bun",
                   "Kuala Kapuas", "Muara Teweh", "Parenggean"],
        "villages": ["Desa Pelangsian", "Desa Bapeang", "Desa Lempuyang", "Desa Ujung Pandaran",
                     "Desa Tumbang Sangai", "Desa Bagendang"],
        "officials": ["Halikinnor Jaya", "Rusmiati Dahlan", "Fajrurrahman Ikhsan", "Sutrisno Anang",
                      "Dewi Kumalasari", "Rahmadi Nugraha", "Ambun Pajar"],
        "residents": ["Pak Iyus", "Ibu Mariam", "Sahrani", "Jumiati", "Dodo Saputra"],
        "authors": ["Darmawan", "Nurtika"],
        "codes": [("dar", "nto"), ("ika", "nto"), ("dar", "yul")],
    },
}

#: Story topics: the agency its officials speak for, and title, lead, fact and quote templates.
TOPICS: list[dict] = [
    {
        "key": "banjir",
        "agency": "Badan Penanggulangan Bencana Daerah (BPBD)",
        "titles": [
            "Banjir Rendam {n} Rumah di {village}, Warga Mengungsi ke Balai",
            "Air Sungai Meluap, {place} Siagakan Posko Banjir",
            "BPBD {place} Salurkan Bantuan untuk Korban Banjir {village}",
        ],
        "lead": [
            "Hujan deras yang mengguyur sejak {day} malam membuat air sungai meluap dan merendam "
            "sedikitnya {n} rumah di {village}, {place}.",
            "Ratusan warga {village} di {place} terpaksa mengungsi setelah banjir setinggi lutut "
            "orang dewasa masuk ke permukiman mereka pada {day} dini hari.",
        ],
        "facts": [
            "Petugas mendirikan dua tenda darurat di halaman balai desa dan menyiapkan dapur umum "
            "yang mampu melayani {n} porsi makanan setiap hari.",
            "Menurut catatan petugas, ketinggian air sempat mencapai {m} sentimeter sebelum perlahan "
            "surut menjelang siang.",
            "Sejumlah ruas jalan lingkungan tidak bisa dilalui kendaraan roda dua karena tertutup lumpur "
            "dan batang kayu yang terbawa arus.",
            "Tim gabungan dari TNI, Polri dan relawan membantu mengevakuasi lansia serta anak-anak "
            "menggunakan perahu karet.",
            "Bantuan berupa beras, mi instan, selimut dan air bersih mulai didistribusikan ke titik "
            "pengungsian sejak pagi.",
            "Warga menyebut banjir kali ini lebih cepat datang dibandingkan kejadian serupa tahun lalu.",
            "Pemerintah kecamatan mendata kerugian warga, termasuk perabot rumah tangga dan ternak yang "
            "hanyut.",
            "Drainase yang tersumbat sampah disebut menjadi salah satu penyebab air lambat surut.",
        ],
        "quotes": [
            "”Kami minta warga yang tinggal di bantaran sungai tetap waspada karena curah hujan "
            "diperkirakan masih tinggi hingga akhir pekan,” kata {official}.",
            "”Air naik cepat sekali, kami hanya sempat menyelamatkan surat-surat penting,” tutur "
            "{resident}, salah seorang warga yang mengungsi.",
            "“Posko kami buka 24 jam. Siapa pun yang butuh bantuan bisa langsung datang,” ujar {official}.",
        ],
    },
    {
        "key": "jalan",
        "agency": "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)",
        "titles": [
            "Perbaikan Jalan Poros {place} Ditargetkan Rampung {month}",
            "Warga {village} Keluhkan Jalan Rusak, Dinas PUPR Janji Segera Tangani",
            "Jembatan Penghubung {village} Mulai Dibangun, Anggaran Rp {n} Miliar",
        ],
        "lead": [
            "Pemerintah daerah mulai memperbaiki ruas jalan poros di {place} sepanjang {m} kilometer "
            "yang selama ini dikeluhkan warga karena berlubang.",
            "Pembangunan jembatan yang menghubungkan {village} dengan pusat kecamatan di {place} "
            "resmi dimulai pada {day}.",
        ],
        "facts": [
            "Pekerjaan dibagi dalam tiga tahap, dimulai dari titik yang paling parah kerusakannya di "
            "dekat pasar.",
            "Selama perbaikan berlangsung, kendaraan bermuatan berat diminta memakai jalur alternatif "
            "melalui jalan kabupaten.",
            "Anggaran pekerjaan bersumber dari dana alokasi khusus tahun berjalan dengan nilai kontrak "
            "sekitar Rp {n} miliar.",
            "Kontraktor pelaksana menurunkan {m} unit alat berat dan puluhan pekerja setiap hari.",
            "Warga berharap perbaikan dikerjakan dengan kualitas baik agar jalan tidak kembali rusak "
            "saat musim hujan.",
            "Konsultan pengawas akan memeriksa ketebalan aspal di setiap segmen sebelum pembayaran "
            "termin dilakukan.",
            "Sebelumnya, waktu tempuh dari desa ke pusat kecamatan bisa mencapai dua jam karena jalan "
            "berlumpur.",
            "Para pedagang hasil bumi menyebut ongkos angkut ikut naik selama jalan dalam kondisi rusak.",
        ],
        "quotes": [
            "”Kami targetkan seluruh pekerjaan selesai sebelum akhir tahun anggaran,” kata {official}.",
            "“Kalau hujan, motor kami sering terjebak lumpur. Semoga setelah diperbaiki semua lancar,” "
            "ucap {resident}.",
            "”Masyarakat juga bisa ikut mengawasi. Laporkan kalau ada pekerjaan yang tidak sesuai,” "
            "tegas {official}.",
        ],
    },
    {
        "key": "pendidikan",
        "agency": "Dinas Pendidikan dan Kebudayaan",
        "titles": [
            "{n} Pelajar {place} Terima Beasiswa Prestasi Tahun Ini",
            "Sekolah di {village} Kekurangan Guru, Orang Tua Mengadu ke DPRD",
            "Disdikbud {place} Gelar Pelatihan Literasi untuk Guru SD",
        ],
        "lead": [
            "Sebanyak {n} pelajar berprestasi dari berbagai sekolah di {place} menerima beasiswa "
            "dari pemerintah daerah dalam sebuah acara sederhana pada {day}.",
            "Ratusan guru sekolah dasar di {place} mengikuti pelatihan literasi membaca yang "
            "digelar selama tiga hari di aula kantor dinas.",
        ],
        "facts": [
            "Beasiswa diberikan dalam bentuk bantuan biaya pendidikan dan perlengkapan sekolah untuk "
            "satu tahun ajaran.",
            "Penerima dipilih berdasarkan nilai rapor, prestasi lomba dan kondisi ekonomi keluarga.",
            "Di beberapa sekolah, satu guru masih harus mengajar dua kelas sekaligus dalam satu hari.",
            "Pelatihan menghadirkan fasilitator dari perguruan tinggi dan komunitas taman baca.",
            "Dinas juga menyalurkan {m} paket buku bacaan anak ke perpustakaan sekolah di daerah "
            "terpencil.",
            "Orang tua murid menilai jarak sekolah yang jauh membuat sebagian anak enggan melanjutkan "
            "ke jenjang berikutnya.",
            "Hasil asesmen tahun lalu menunjukkan kemampuan membaca siswa kelas rendah masih perlu "
            "ditingkatkan.",
            "Pemerintah daerah berencana membuka formasi guru kontrak baru pada tahun depan.",
        ],
        "quotes": [
            "”Beasiswa ini bukan hadiah, tetapi amanah. Terus belajar dan jadilah contoh bagi adik-adik "
            "kalian,” pesan {official}.",
            "“Anak saya bercita-cita jadi perawat. Bantuan ini sangat berarti bagi kami,” kata {resident}, "
            "orang tua salah satu penerima.",
            "”Guru adalah kunci. Kalau gurunya senang membaca, muridnya juga akan ikut,” ujar {official}.",
        ],
    },
    {
        "key": "kesehatan",
        "agency": "Dinas Kesehatan",
        "titles": [
            "Angka Stunting di {place} Turun, Posyandu Jadi Ujung Tombak",
            "Puskesmas {place} Gelar Layanan Kesehatan Gratis di {village}",
            "Dinkes {place} Imbau Warga Waspadai Demam Berdarah",
        ],
        "lead": [
            "Dinas Kesehatan mencatat prevalensi stunting di {place} turun menjadi {m} persen berkat "
            "pemantauan rutin di posyandu.",
            "Puskesmas setempat membuka layanan pemeriksaan kesehatan gratis bagi warga {village}, "
            "{place}, pada {day} pagi.",
        ],
        "facts": [
            "Kader posyandu menimbang dan mengukur tinggi badan balita setiap bulan, lalu mencatatnya "
            "dalam buku kesehatan ibu dan anak.",
            "Layanan meliputi pemeriksaan tekanan darah, gula darah, kesehatan gigi dan konsultasi gizi.",
            "Sebanyak {n} warga tercatat memanfaatkan layanan tersebut hingga siang hari.",
            "Ibu hamil mendapat tablet tambah darah serta makanan tambahan berupa telur dan kacang hijau.",
            "Petugas juga melakukan pengasapan di lingkungan yang ditemukan jentik nyamuk.",
            "Warga diminta menguras tempat penampungan air dan menutup rapat wadah yang bisa menjadi "
            "sarang nyamuk.",
            "Tenaga kesehatan mendatangi rumah warga lansia yang tidak bisa datang ke lokasi layanan.",
            "Data kasus akan dievaluasi setiap triwulan bersama pemerintah desa.",
        ],
        "quotes": [
            "”Penurunan ini hasil kerja bersama kader, bidan desa dan para orang tua,” kata {official}.",
            "“Biasanya kami harus ke kota untuk periksa. Sekarang petugas yang datang ke sini,” tutur "
            "{resident}.",
            "”Jangan tunggu demam tinggi berhari-hari. Segera bawa ke puskesmas terdekat,” imbau "
            "{official}.",
        ],
    },
    {
        "key": "pertanian",
        "agency": "Dinas Tanaman Pangan dan Hortikultura",
        "titles": [
            "Petani {village} Panen Raya Padi, Hasil Capai {m} Ton per Hektare",
            "Pupuk Bersubsidi Langka, Petani {place} Minta Distribusi Diawasi",
            "Lahan Tidur di {place} Disulap Jadi Kebun Cabai",
        ],
        "lead": [
            "Kelompok tani di {village}, {place}, memanen padi di lahan seluas {n} hektare dengan hasil "
            "yang lebih baik dibandingkan musim sebelumnya.",
            "Sejumlah petani di {place} mengeluhkan sulitnya memperoleh pupuk bersubsidi menjelang "
            "musim tanam kedua tahun ini.",
        ],
        "facts": [
            "Peningkatan hasil panen didukung penggunaan benih unggul dan perbaikan saluran irigasi "
            "tersier.",
            "Harga gabah kering panen di tingkat petani saat ini berkisar Rp {n} ribu per kilogram.",
            "Petani terpaksa membeli pupuk nonsubsidi dengan harga hampir tiga kali lipat.",
            "Dinas menyiapkan {m} unit mesin panen yang bisa dipinjam kelompok tani secara bergiliran.",
            "Penyuluh pertanian mendampingi petani mulai dari persiapan lahan hingga pascapanen.",
            "Sebagian hasil panen akan diserap oleh Perum Bulog untuk cadangan pangan daerah.",
            "Lahan yang sebelumnya ditumbuhi semak kini ditanami cabai, tomat dan terong.",
            "Kelompok tani juga mulai membuat pupuk organik dari kotoran ternak dan sisa jerami.",
        ],
        "quotes": [
            "”Kami bersyukur, tahun ini hama wereng tidak separah tahun lalu,” ujar {resident}, ketua "
            "kelompok tani setempat.",
            "“Kuota pupuk sudah kami usulkan sesuai kebutuhan riil petani di lapangan,” kata {official}.",
            "”Kalau pupuk datang terlambat, masa tanam ikut mundur dan hasilnya bisa turun,” keluh "
            "{resident}.",
        ],
    },
    {
        "key": "umkm",
        "agency": "Dinas Koperasi dan UMKM",
        "titles": [
            "Pelaku UMKM {place} Didorong Masuk Pasar Digital",
            "Bazar Produk Lokal di {place} Raup Transaksi Rp {n} Juta",
            "Pasar Tradisional {place} Direvitalisasi, Pedagang Dipindah Sementara",
        ],
        "lead": [
            "Puluhan pelaku usaha mikro di {place} mengikuti pelatihan pemasaran daring yang digelar "
            "pemerintah daerah bersama komunitas anak muda setempat.",
            "Bazar produk lokal yang digelar selama tiga hari di lapangan kota {place} mencatat "
            "transaksi hingga Rp {n} juta.",
        ],
        "facts": [
            "Peserta diajari memotret produk, menulis deskripsi dan mengelola pesanan lewat aplikasi.",
            "Produk yang dipamerkan antara lain kerupuk ikan, anyaman, kopi bubuk dan kain tenun.",
            "Sebanyak {m} stan diisi oleh pelaku usaha dari seluruh kecamatan.",
            "Pedagang pasar dipindahkan sementara ke lahan parkir selama pembangunan los baru.",
            "Pemerintah daerah menyiapkan pendampingan sertifikasi halal dan izin edar secara gratis.",
            "Akses permodalan melalui kredit usaha rakyat juga dipaparkan oleh perwakilan bank daerah.",
            "Sebagian pedagang berharap retribusi tidak naik setelah pasar selesai dibangun.",
            "Kemasan yang menarik dinilai menjadi kunci agar produk lokal bisa bersaing di toko modern.",
        ],
        "quotes": [
            "”Dulu saya hanya jualan di depan rumah. Sekarang pesanan datang dari luar daerah,” kata "
            "{resident}.",
            "“Kami ingin produk lokal menjadi tuan rumah di daerah sendiri,” ujar {official}.",
            "”Pasar baru nanti lebih bersih dan tidak becek lagi kalau hujan,” jelas {official}.",
        ],
    },
    {
        "key": "dprd",
        "agency": "Sekretariat Daerah",
        "titles": [
            "DPRD {place} Setujui Rancangan APBD Perubahan",
            "Nota Keuangan {place} Diserahkan, Fraksi Soroti Belanja Pegawai",
            "Musrenbang {place} Tampung {n} Usulan dari Kecamatan",
        ],
        "lead": [
            "Dewan Perwakilan Rakyat Daerah {place} menyetujui rancangan perubahan anggaran dalam "
            "rapat paripurna yang berlangsung hingga malam hari.",
            "Musyawarah perencanaan pembangunan tingkat kabupaten di {place} menampung {n} usulan "
            "dari seluruh kecamatan.",
        ],
        "facts": [
            "Seluruh fraksi menyampaikan pandangan akhir dan menyatakan menerima rancangan dengan "
            "sejumlah catatan.",
            "Belanja infrastruktur dasar dan layanan kesehatan mendapat porsi tambahan dalam perubahan "
            "anggaran.",
            "Sebagian anggota dewan meminta pemerintah daerah mempercepat serapan anggaran yang masih "
            "rendah.",
            "Usulan yang paling banyak masuk berkaitan dengan jalan desa, air bersih dan penerangan.",
            "Rancangan yang telah disetujui selanjutnya akan dievaluasi oleh pemerintah provinsi.",
            "Rapat dihadiri {m} dari total anggota dewan sehingga memenuhi kuorum.",
            "Pemerintah daerah berkomitmen menindaklanjuti catatan fraksi dalam pelaksanaan anggaran.",
            "Perwakilan pemuda dan perempuan juga dilibatkan untuk menyampaikan prioritas kebutuhan.",
        ],
        "quotes": [
            "”Setiap rupiah harus kembali kepada masyarakat dalam bentuk pelayanan,” kata {official}.",
            "“Kami akan mengawal agar program yang disepakati benar-benar terlaksana,” ujar {official}.",
            "”Usulan warga tidak boleh berhenti di atas kertas,” tegas {official}.",
        ],
    },
    {
        "key": "olahraga",
        "agency": "Dinas Pemuda dan Olahraga",
        "titles": [
            "Turnamen Sepak Bola Antarkampung {place} Diikuti {n} Tim",
            "Atlet Dayung {place} Sabet Dua Medali Emas di Kejuaraan Provinsi",
            "Stadion Mini {place} Selesai Direnovasi, Siap Jadi Tuan Rumah",
        ],
        "lead": [
            "Sebanyak {n} tim sepak bola dari berbagai kampung ambil bagian dalam turnamen yang "
            "dibuka di lapangan utama {place} pada {day} sore.",
            "Atlet muda asal {place} kembali mengharumkan nama daerah setelah meraih medali emas pada "
            "kejuaraan tingkat provinsi.",
        ],
        "facts": [
            "Pertandingan digelar dengan sistem gugur dan final dijadwalkan berlangsung dua pekan lagi.",
            "Panitia menyiapkan hadiah uang pembinaan serta trofi bagi tiga tim terbaik.",
            "Penonton memadati pinggir lapangan meski pertandingan baru dimulai pukul empat sore.",
            "Para atlet berlatih setiap pagi di sungai dengan perahu yang sebagian merupakan bantuan "
            "pemerintah.",
            "Renovasi meliputi penggantian rumput, perbaikan tribun dan pemasangan lampu.",
            "Pelatih menyebut persiapan atlet hanya sekitar {m} bulan sebelum kejuaraan.",
            "Turnamen ini juga menjadi ajang pencarian bakat untuk tim daerah.",
            "Pedagang kaki lima ikut merasakan ramainya pengunjung selama turnamen berlangsung.",
        ],
        "quotes": [
            "”Anak-anak ini punya bakat besar. Tugas kita memberi mereka kesempatan,” ujar {official}.",
            "“Kami berlatih keras, dan hasilnya tidak mengkhianati usaha,” kata {resident}.",
            "”Sportivitas nomor satu. Menang atau kalah, tetap saudara,” pesan {official}.",
        ],
    },
    {
        "key": "budaya",
        "agency": "Dinas Pariwisata",
        "titles": [
            "Festival Budaya {place} Kembali Digelar, Tampilkan Tarian Adat",
            "Rumah Adat di {village} Dipugar, Warga Gotong Royong",
            "Kunjungan Wisatawan ke {place} Naik Selama Libur Sekolah",
        ],
        "lead": [
            "Festival budaya tahunan di {place} kembali digelar dan menampilkan tarian adat, lomba "
            "perahu hias serta pameran kerajinan tangan.",
            "Warga {village}, {place}, bergotong royong memugar rumah adat yang sudah berusia lebih "
            "dari setengah abad.",
        ],
        "facts": [
            "Sanggar seni dari berbagai kecamatan menampilkan tarian penyambutan tamu pada malam "
            "pembukaan.",
            "Pengunjung bisa mencicipi kuliner khas yang dijajakan di puluhan lapak sepanjang tepi "
            "sungai.",
            "Tiang-tiang kayu ulin yang lapuk diganti dengan kayu baru yang dipilih para tetua adat.",
            "Dinas mencatat jumlah kunjungan wisatawan naik sekitar {m} persen dibandingkan tahun lalu.",
            "Hotel dan penginapan di pusat kota dilaporkan hampir penuh selama akhir pekan.",
            "Generasi muda dilibatkan sebagai pemandu agar pengetahuan adat tidak hilang.",
            "Pemerintah daerah berencana memasukkan festival ini ke kalender wisata nasional.",
            "Kerajinan manik-manik dan ukiran kayu menjadi buruan wisatawan sebagai oleh-oleh.",
        ],
        "quotes": [
            "”Festival ini cara kami menjaga warisan leluhur sekaligus menggerakkan ekonomi warga,” kata "
            "{official}.",
            "“Rumah adat ini tempat kami bermusyawarah. Kalau rusak, kami semua ikut memperbaiki,” tutur "
            "{resident}.",
            "”Kami ingin tamu pulang membawa cerita baik tentang daerah ini,” ujar {official}.",
        ],
    },
    {
        "key": "lingkungan",
        "agency": "Dinas Lingkungan Hidup",
        "titles": [
            "Ribuan Bibit Mangrove Ditanam di Pesisir {place}",
            "Sampah Menumpuk di Sungai {place}, Warga Gelar Aksi Bersih",
            "Bank Sampah {village} Ubah Plastik Jadi Tabungan Warga",
        ],
        "lead": [
            "Sebanyak {n} bibit mangrove ditanam di kawasan pesisir {place} untuk menahan abrasi yang "
            "terus menggerus garis pantai.",
            "Ratusan warga, pelajar dan relawan membersihkan sampah yang menumpuk di aliran sungai "
            "{place} pada {day} pagi.",
        ],
        "facts": [
            "Penanaman melibatkan kelompok nelayan, pelajar dan aparat kampung setempat.",
            "Dalam dua jam, relawan mengumpulkan sekitar {m} karung sampah plastik dan kayu.",
            "Bank sampah menerima botol plastik, kardus dan kaleng yang ditimbang lalu dicatat sebagai "
            "tabungan.",
            "Abrasi dalam beberapa tahun terakhir telah menggerus puluhan meter daratan di tepi pantai.",
            "Dinas menyiapkan tempat penampungan sementara baru di dekat permukiman padat.",
            "Tabungan dari sampah bisa dicairkan menjelang tahun ajaran baru untuk keperluan sekolah.",
            "Warga diminta tidak lagi membuang sampah ke sungai karena memperparah banjir.",
            "Kelompok pemuda berencana merawat bibit yang ditanam hingga berumur satu tahun.",
        ],
        "quotes": [
            "”Mangrove adalah benteng alami kampung kami dari gelombang,” kata {resident}.",
            "“Kesadaran memilah sampah harus dimulai dari rumah,” ujar {official}.",
            "”Kalau sungainya bersih, anak-anak bisa kembali bermain di sini,” tutur {resident}.",
        ],
    },
    {
        "key": "kamtibmas",
        "agency": "Kepolisian Resor",
        "titles": [
            "Polres {place} Gelar Operasi Lalu Lintas, {n} Pengendara Ditegur",
            "Pencurian Sepeda Motor di {place}, Pelaku Diamankan Warga",
            "Ronda Malam Dihidupkan Lagi di {village}",
        ],
        "lead": [
            "Kepolisian Resor {place} menggelar operasi lalu lintas selama dua pekan dengan fokus pada "
            "pengendara yang tidak memakai helm.",
            "Seorang pria yang diduga mencuri sepeda motor di kawasan pasar {place} diamankan warga "
            "sebelum diserahkan ke polisi pada {day}.",
        ],
        "facts": [
            "Petugas lebih banyak memberikan teguran dan imbauan dibandingkan menilang pengendara.",
            "Pengendara di bawah umur yang terjaring diminta menghubungi orang tuanya untuk dijemput.",
            "Barang bukti berupa sepeda motor dan kunci letter T kini diamankan di kantor polisi.",
            "Polisi meminta warga tidak main hakim sendiri ketika menangkap terduga pelaku kejahatan.",
            "Pos ronda di setiap rukun tetangga kembali diaktifkan dengan jadwal jaga bergiliran.",
            "Angka kecelakaan di jalan poros disebut meningkat pada jam pulang sekolah.",
            "Warga diimbau memasang kunci ganda dan memarkir kendaraan di tempat yang terang.",
            "Sepanjang tahun ini polisi menerima {m} laporan kasus serupa di wilayah hukumnya.",
        ],
        "quotes": [
            "”Operasi ini bukan untuk mencari kesalahan, tetapi menumbuhkan kesadaran berlalu lintas,” "
            "kata {official}.",
            "“Sejak ronda aktif lagi, warga merasa lebih tenang tidur malam,” ujar {resident}.",
            "”Serahkan kepada aparat. Jangan sampai warga justru ikut terjerat hukum,” tegas {official}.",
        ],
    },
    {
        "key": "nelayan",
        "agency": "Dinas Kelautan dan Perikanan",
        "titles": [
            "Cuaca Buruk, Nelayan {place} Tak Melaut Sepekan",
            "Nelayan {village} Terima Bantuan Mesin Perahu",
            "Harga Ikan di Pasar {place} Naik Jelang Hari Raya",
        ],
        "lead": [
            "Gelombang tinggi membuat ratusan nelayan di {place} memilih menambatkan perahu mereka "
            "selama sepekan terakhir.",
            "Sebanyak {n} nelayan di {village}, {place}, menerima bantuan mesin perahu dan alat tangkap "
            "dari pemerintah daerah.",
        ],
        "facts": [
            "Tinggi gelombang di perairan setempat diperkirakan mencapai dua hingga tiga meter.",
            "Selama tidak melaut, sebagian nelayan memperbaiki jaring dan mengecat ulang perahu.",
            "Harga ikan tongkol di pasar naik menjadi Rp {n} ribu per kilogram.",
            "Bantuan mesin diberikan kepada nelayan yang tergabung dalam kelompok usaha bersama.",
            "Dinas juga membagikan {m} unit alat pendingin agar hasil tangkapan tetap segar.",
            "Pasokan ikan dari luar daerah ikut tertahan karena kapal pengangkut menunda keberangkatan.",
            "Nelayan berharap ada bantuan beras selama masa paceklik akibat cuaca.",
            "Penyuluh perikanan mengajarkan cara mencatat hasil tangkapan untuk keperluan pendataan.",
        ],
        "quotes": [
            "”Kalau dipaksa melaut, nyawa taruhannya. Lebih baik menunggu,” kata {resident}.",
            "“Mesin baru ini lebih hemat bahan bakar, jadi ongkos melaut bisa ditekan,” ujar {resident}.",
            "”Bantuan ini harus dirawat dan dipakai sebaik-baiknya,” pesan {official}.",
        ],
    },
]

#: Closing paragraphs any story can end with.
CLOSINGS: list[str] = [
    "Pemerintah daerah berjanji mengevaluasi program ini secara berkala bersama masyarakat.",
    "Kegiatan serupa direncanakan berlanjut di kecamatan lain dalam waktu dekat.",
    "Hingga berita ini diturunkan, pendataan di lapangan masih terus dilakukan petugas.",
    "Warga berharap perhatian pemerintah tidak berhenti setelah kegiatan seremonial selesai.",
    "Pihak terkait akan menyampaikan perkembangan selanjutnya kepada masyarakat melalui kanal resmi.",
    "Rencana tindak lanjut akan dibahas dalam rapat koordinasi lintas instansi pekan depan.",
]

#: Roles officials are introduced with; ``{agency}`` comes from the topic.
ROLES: list[str] = ["Kepala {agency} {place}", "Sekretaris {agency} {place}", "Kepala Bidang di {agency}"]

#: Captions for the lead photo (never part of the body).
CAPTIONS: list[str] = [
    "Suasana kegiatan di {place}, {day}.",
    "Warga dan petugas di lokasi, {day}.",
    "Sejumlah pejabat meninjau lokasi di {place}.",
]

#: Indonesian day and month names (dates are formatted by the outlets, never by locale).
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
