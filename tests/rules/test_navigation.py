from pipelines.rules import clean_paragraphs


def test_menu_line_and_blogger_label_strings_are_removed(body):
    out = clean_paragraphs(["HOME NEWS DAERAH", "Tampilkan postingan dengan label Kapuas. "
                                                "Tampilkan semua postingan",
                            *body])
    assert out.removed["navigation"] == 2
    assert out.paragraphs == body


def test_search_autocomplete_block_is_removed(body):
    out = clean_paragraphs(["Top yang sering dicari:", "1. #Ka", "2. #Kap", *body])
    assert out.removed["navigation"] == 3


def test_lines_above_the_headline_are_page_chrome(body):
    out = clean_paragraphs(["Kalteng Berkah", "Bersama Membangun Bumi Tambun Bungai", "Kesehatan",
                            "Wabah Diare Melanda Kapuas", *body], title="Wabah Diare Melanda Kapuas")
    assert out.paragraphs == body
    assert out.removed["navigation"] == 3


def test_one_word_crosshead_inside_the_body_is_kept(body):
    out = clean_paragraphs([body[0], "Politik", body[1], body[2]])
    assert "Politik" in out.paragraphs


def test_sentence_starting_with_berita_is_kept(body):
    prose = ("Berita tentang wabah itu menyebar cepat melalui grup percakapan warga sehingga "
             "puskesmas kewalahan.")
    out = clean_paragraphs([prose, *body])
    assert prose in out.paragraphs
