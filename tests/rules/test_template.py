from pipelines.rules import clean_paragraphs


def test_theme_placeholders_and_error_notice_are_removed(body):
    out = clean_paragraphs(["Hot Posts", "4/footer/recent", "This is default featured slide 1 title", "Error",
                            "Artikel yang dicari tidak ada dalam database kami", *body])
    assert out.paragraphs == body
    assert out.removed["template"] == 4


def test_short_line_repeated_three_times_is_removed(body):
    tagline = "Kalteng Pos Digital"
    out = clean_paragraphs([tagline, body[0], tagline, body[1], tagline, body[2]])
    assert out.paragraphs == body


def test_separator_dashes_in_text_are_not_touched(assert_kept):
    prose = "Skor akhir pertandingan itu 2-1 untuk tuan rumah - sebuah hasil yang mengejutkan warga Kapuas."
    assert_kept(prose)
