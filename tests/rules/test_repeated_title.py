from pipelines.rules import clean_paragraphs

TITLE = "Wabah Diare Melanda Kapuas"


def test_title_printed_twice_is_removed(body):
    out = clean_paragraphs([TITLE, TITLE, *body], title=TITLE)
    assert out.paragraphs == body
    assert out.removed["repeated_title"] == 1


def test_title_words_repeated_deep_in_the_body_are_kept(body):
    out = clean_paragraphs([*body, "Banyak pihak menyebut peristiwa itu sebagai wabah diare "
                                   "melanda Kapuas.", TITLE],
                           title=TITLE)
    assert out.removed["repeated_title"] == 0
