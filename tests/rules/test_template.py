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


def test_repeated_table_cells_and_numbers_are_kept(body):
    cells = ["Pos.", "Tim", "Poin", "1", "Persija", "12", "2", "Persib", "12", "3", "PSM", "12", "4",
             "Bali United", "9", "5", "Persebaya", "9"]
    out = clean_paragraphs([body[0], *cells, *body[1:]])
    assert out.paragraphs == [body[0], *cells, *body[1:]]
    assert out.removed["template"] == 0


def test_question_repeated_in_an_interview_series_is_kept(body):
    question = "Apa yang membuat Anda memilih berjualan di pasar terapung?"
    answers = [f"{name} mengaku sudah berjualan sayur di atas jukung sejak remaja bersama orang tuanya "
               f"yang juga pedagang." for name in ("Siti", "Aminah", "Rusdi")]
    paragraphs = [body[0], question, answers[0], question, answers[1], question, answers[2]]
    out = clean_paragraphs(paragraphs)
    assert out.paragraphs.count(question) == 3


def test_repeated_label_block_of_a_schedule_is_kept(body):
    block = ["Sarapan Pagi", "Dimakan sebelum berangkat kerja", "Makan Siang", "Dimakan di kantin sekolah"]
    out = clean_paragraphs([*body, *block, *block, *block])
    assert out.paragraphs.count("Sarapan Pagi") == 3
