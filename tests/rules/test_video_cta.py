from pipelines.rules import clean_paragraphs


def test_video_prompts_are_removed(body):
    out = clean_paragraphs([*body, "Saksikan juga video pilihan berikut ini dan Subscribe "
                                   "Channel Youtube KaltengTV:",
                            "Simak Video \"Banjir Rendam Kapuas\"", "Simak selengkapnya dalam "
                                                                    "video berikut!"])
    assert out.paragraphs == body
    assert out.removed["video_cta"] == 3


def test_sentence_about_a_video_with_reporting_verb_is_kept(assert_kept):
    prose = "Simak video itu baik-baik, kata Rina, karena berisi cara membuat oralit di rumah."
    assert_kept(prose)
