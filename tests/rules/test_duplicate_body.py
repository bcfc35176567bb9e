from pipelines.rules import clean_paragraphs


def test_second_copy_of_the_body_is_removed_once(body):
    first = "KAPUAS – " + body[0]
    out = clean_paragraphs([first, *body[1:], first, *body[1:]])
    assert out.paragraphs == body
    assert out.removed["duplicate_body"] == 3


def test_truncated_second_copy_is_removed(body):
    out = clean_paragraphs(["KAPUAS - " + body[0], *body[1:], "KAPUAS – Dinas Kesehatan "
                                                              "Kabupaten Kapuas menc"])
    assert out.paragraphs == body


def test_paragraph_printed_twice_is_kept_once(body):
    out = clean_paragraphs([body[0], body[0], *body[1:]])
    assert out.paragraphs == body


def test_short_refrain_repeated_in_the_body_is_kept(body):
    out = clean_paragraphs([body[0], "Merdeka!", body[1], "Merdeka!", body[2]])
    assert out.paragraphs.count("Merdeka!") == 2
