from pipelines.rules import clean_paragraphs


def test_comment_counter_under_the_title_and_widget_lines_are_removed(body):
    out = clean_paragraphs(["Wabah Diare Melanda Kapuas", "0 Komentar", *body,
                            "Berkomentarlah secara bijaksana dan bertanggung jawab.", "Laporkan Komentar"],
                           title="Wabah Diare Melanda Kapuas")
    assert out.paragraphs == body
    assert out.removed["comments"] == 3


def test_comment_thread_after_an_opener_is_removed(body):
    out = clean_paragraphs([*body, "No comments:", "Post a Comment"])
    assert out.paragraphs == body


def test_article_about_comment_moderation_is_kept(assert_kept):
    prose = ("Komentar warganet di media sosial soal wabah itu dinilai berlebihan oleh dinas, yang meminta "
             "semua pihak menahan diri.")
    assert_kept(prose, at=1)
