from pipelines.rules import clean_paragraphs


def test_share_widget_words_and_font_buttons_are_removed(body):
    out = clean_paragraphs(["Bagikan", "  • Whatsapp", "A", "A", "A", *body, "https://t.ly/AbCd1"])
    assert out.paragraphs == body
    assert out.removed["share_cta"] == 6


def test_view_counter_and_reading_time(body):
    out = clean_paragraphs(["102 Views", "· 3 menit baca", *body])
    assert out.paragraphs == body


def test_lone_letter_inside_the_body_is_kept(body):
    out = clean_paragraphs([body[0], "A", body[1], body[2]])
    assert "A" in out.paragraphs


def test_news_about_whatsapp_is_kept(assert_kept):
    prose = ("Pemkab Kapuas meluncurkan layanan pengaduan lewat WhatsApp agar warga mudah "
             "melapor kerusakan jalan.")
    assert_kept(prose)
