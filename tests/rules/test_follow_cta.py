from pipelines.rules import clean_paragraphs


def test_follow_and_subscribe_prompts_are_removed(body):
    out = clean_paragraphs([*body, "Ikuti kami di", "Subscribe",
                            "Baca artikel menarik lainnya di Google News",
                            "Dapatkan informasi, inspirasi dan insight di email kamu.", "Daftarkan email",
                            "Login untuk memaksimalkan pengalaman membaca"])
    assert out.paragraphs == body
    assert out.removed["follow_cta"] == 6


def test_official_quoted_urging_to_follow_is_kept(assert_kept):
    quote = "\"Ikuti akun resmi BMKG agar tidak termakan kabar bohong soal cuaca,\" kata Kepala BPBD Kapuas."
    assert_kept(quote)
