from pipelines.rules import clean_paragraphs


def test_sidebar_headings_and_their_headlines_are_removed(body):
    out = clean_paragraphs([*body, "Terpopuler", "Harga Karet di Barsel Naik Dua Kali Lipat",
                            "Artikel Terbaru", "Rekomendasi untuk Anda", "Berita Terkini"])
    assert out.paragraphs == body
    assert out.removed["sidebar"] == 5


def test_teasers_after_the_body_are_removed(body):
    out = clean_paragraphs([*body, "Kepala BPBD Kapuas mengatakan bahwa posko pengungsian "
                                   "sudah disiapkan di tiga…",
                            "Bupati meminta camat memantau ketinggian air setiap hari dan "
                            "melaporkan hasilnya…"])
    assert out.paragraphs == body


def test_next_articles_headline_after_the_body_is_removed(body):
    out = clean_paragraphs([*body, "Warga Pulang Pisau Gelar Pasar Murah Jelang Lebaran, "
                                   "Bupati Hadir Langsung"])
    assert out.paragraphs == body


def test_rubric_title_with_a_colon_is_not_a_heading(assert_kept):
    line = "Berita Populer Kalteng: Banjir Kapuas dan Wabah Diare"
    assert_kept(line, at=1)


def test_cut_off_last_sentence_is_kept(body):
    out = clean_paragraphs([*body, "Adapun, total luas Desa Anjir"])
    assert out.paragraphs[-1] == "Adapun, total luas Desa Anjir"


def test_schedule_the_article_ends_with_is_kept_with_its_heading(body):
    schedule = ["Jadwal Pentas Teater Keliling Borneo", "12 Juni -- Gedung Kesenian, Banjarmasin, Kalsel",
                "14 Juni -- Taman Budaya Kalteng, Palangka Raya, Kalteng",
                "18 Juni -- Gedung Pemuda, Sampit, Kotawaringin Timur",
                "21 Juni -- Balai Adat, Kuala Kurun, Gunung Mas"]
    out = clean_paragraphs([*body, *schedule])
    assert out.paragraphs == [*body, *schedule]


def test_items_introduced_by_a_colon_are_kept(body):
    intro = "Berikut lima desa yang paling parah terdampak banjir tahun ini menurut data BPBD Kapuas:"
    items = ["Desa Anjir Serapat Baru Kecamatan Kapuas Timur", "Desa Sei Tatas Hilir Kecamatan Pulau Petak"]
    out = clean_paragraphs([*body, intro, *items])
    assert out.paragraphs[-2:] == items
