from pipelines.rules import clean_paragraphs


def test_copyright_lines_and_reuse_notice_are_removed(body):
    out = clean_paragraphs([*body, "Copyright © KALTENG POS 2024", "All Right Reserved",
                            "Dilarang mengambil dan/atau menayangkan ulang sebagian atau "
                            "keseluruhan artikel di atas."])
    assert out.paragraphs == body
    assert out.removed["copyright"] == 3


def test_article_about_copyright_law_is_kept(assert_kept):
    prose = "Hak cipta atas motif batik itu kini didaftarkan pemerintah daerah agar tidak diklaim pihak lain."
    assert_kept(prose, at=1)
