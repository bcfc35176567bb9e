from pipelines.rules import clean_paragraphs


def test_hashtags_tag_heading_and_posted_in_are_removed(body):
    out = clean_paragraphs(["TAG", "kapuas", *body, "#Kapuas #Diare #Banjir", "Tags: kapuas, diare",
                            "Posted in Daerah | Tagged , | Comments Off"])
    assert out.paragraphs == body
    assert out.removed["tags_block"] == 5


def test_glued_tag_links_above_the_body(body):
    out = clean_paragraphs(["Banjir KapuasDiare AnakDinkes Kapuas", *body])
    assert out.paragraphs == body


def test_sentence_starting_with_topik_is_kept(assert_kept):
    prose = ("Topik wabah diare menjadi pembahasan utama dalam rapat koordinasi kepala "
             "puskesmas se-Kapuas kemarin.")
    assert_kept(prose, at=1)
