"""DOM-level boilerplate removal and body detection: positives, and the near-misses they must keep."""

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newscrawl.sites import load_themes
from pipelines import dom
from pipelines.article import extract_article
from pipelines.body import blocks, body_paragraphs, find_containers
from pipelines.page import Page
from pipelines.record import Rejected, record_errors

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CRAWL = datetime(2024, 11, 29, 3, 0, tzinfo=UTC)


def el(html: str):
    return lxml.html.fragment_fromstring(html)


@pytest.mark.parametrize(("html", "cls"), [
    ('<table class="linksisip"></table>', "related_insert"),
    ('<div class="baca-juga"></div>', "related_insert"),
    ('<div class="kcm-read-terkait"></div>', "related_insert"),
    ('<div class="jnews_inline_related_post_wrapper"></div>', "related_insert"),
    ('<div class="jeg_top_weather"></div>', "weather_header"),
    ('<div class="td-weather-top-widget"></div>', "weather_header"),
    ('<div class="jeg_top_date"></div>', "date_bar"),
    ('<div class="td_data_time"></div>', "date_bar"),
    ('<div class="td-a-rec td-a-rec-id-content_inline"></div>', "ad_marker"),
    ('<div class="jeg_share_button"></div>', "share_cta"),
    ('<ul class="td-tags"></ul>', "tags_block"),
    ('<div id="comments"></div>', "comments"),
    ('<div class="widget_jnews_popular"></div>', "sidebar"),
    ('<div class="wp-caption-text"></div>', "caption"),
    ('<div class="jeg_pagelinks"></div>', "pagination"),
])
def test_class_tokens_name_their_boilerplate_class(html, cls):
    assert dom.classify(el(html)) == cls


@pytest.mark.parametrize("html", [
    '<article class="post tag-banjir category-populer tag-related"></article>',  # WordPress taxonomy
    '<div class="entry-content"></div>',
    '<div class="detail-content selectionShareable"></div>',  # "share" inside a longer word
    '<div class="read-page__content-body"></div>',
    '<div class="header-title"></div>',
    '<div class="txt-article"></div>',
])
def test_article_wrappers_are_not_taken_for_boilerplate(html):
    assert dom.classify(el(html)) is None


def test_prune_keeps_an_article_wrapper_that_carries_a_stray_token():
    long_p = "<p>" + " ".join(["kata"] * 30) + "</p>"
    root = lxml.html.document_fromstring(
        f'<html><body><div class="latest-news">{long_p * 3}</div><div class="sidebar">x</div></body></html>')
    assert dom.prune(root).removed == {"sidebar": 1}
    assert len(root.findall(".//p")) == 3


def test_prune_records_related_titles_and_keeps_tail_text():
    root = lxml.html.document_fromstring(
        '<html><body><div><p>Awal kalimat.</p><div class="baca-juga"><a href="/a">Banjir Rendam Tiga Desa'
        ' di Katingan</a></div>lanjutan teks yang tetap ada.</div></body></html>')
    pruned = dom.prune(root)
    assert pruned.removed == {"related_insert": 1}
    assert pruned.related == ["Banjir Rendam Tiga Desa di Katingan"]
    assert "lanjutan teks yang tetap ada." in root.text_content()


def test_br_separated_text_becomes_paragraphs():
    root = el("<div>Satu kalimat pertama.<br><br>Kalimat kedua <b>tebal</b> di sini.<br>Baris ketiga.</div>")
    assert [b.text for b in blocks(root)] == ["Satu kalimat pertama.", "Kalimat kedua tebal di sini.",
                                              "Baris ketiga."]


def test_generic_detector_prefers_the_story_over_a_longer_teaser_feed():
    story = "".join(f"<p>Paragraf berita nomor {i} yang cukup panjang untuk dihitung sebagai teks.</p>"
                    for i in range(6))
    feed = "".join(f'<li><a href="/{i}">Judul berita lain nomor {i}</a><p>Ringkasan berita lain nomor {i}'
                   f" yang juga lumayan panjang.</p></li>" for i in range(12))
    root = lxml.html.document_fromstring(
        f'<html><body><div id="main"><div class="story">{story}</div></div><ul class="feed">{feed}</ul>'
        "</body></html>")
    found = find_containers(root, blocks(root.find("body")))
    assert [c.get("class") for c in found] == ["story"]


def test_related_marker_paragraph_with_links_is_an_insert_but_a_quote_is_kept():
    root = el('<div><p><strong>Baca juga:</strong> <a href="/x">Harga Karet Naik di Sampit</a></p>'
              '<p>"Baca juga buku pelajaran setiap malam," kata kepala sekolah kepada wartawan.</p></div>')
    result = body_paragraphs(blocks(root), title=None)
    assert result.paragraphs == ['"Baca juga buku pelajaran setiap malam," kata kepala sekolah kepada '
                                 'wartawan.']
    assert result.related == ["Harga Karet Naik di Sampit"]
    assert result.removed["related_insert"] == 1


def test_generic_extraction_of_a_portal_page_drops_every_boilerplate_block():
    page = Page("https://kabar.example/daerah/2024/11/25/warga-sampit-gotong-royong",
                (FIXTURES / "portal_article.html").read_bytes(), crawled_at=CRAWL)
    record = extract_article(page)
    assert record_errors(record) == []
    body = record["body"]
    assert body.count("\n\n") == 4
    for leak in ("Baca Juga", "Banjir Rendam Tiga Desa", "ADVERTISEMENT", "Bagikan", "Tags:", "Terpopuler",
                 "Tinggalkan Balasan", "Copyright", "26.7 C", "Jumat, 29 November 2024",
                 "(Foto: Rini Astuti)"):
        assert leak not in body
    assert "Banjir Rendam Tiga Desa di Kotawaringin Timur" in record["related"]
    assert record["image"]["caption"] == "Warga membersihkan sampah di tepi Sungai Mentaya."
    assert record["removed"]["caption"] == 1
    assert record["language"] == "id"


def test_theme_profile_is_used_when_its_markup_is_detected():
    themes = [t.extraction for t in load_themes().values()]
    page = Page("https://kaltengtoday.example/2024/11/20/dinsos",
                (FIXTURES / "jnews_article.html").read_bytes(), crawled_at=CRAWL)
    record = extract_article(page, themes=themes)
    assert record_errors(record) == []
    assert record["title"] == "Dinsos Kalteng Salurkan Bantuan Korban Banjir"
    assert "Banjir Katingan Rendam Ratusan Rumah" in record["related"]
    assert record["authors"] == ["Budi Santoso"]
    # the meta instant (09:15 UTC) wins over the theme's date-only line and the "today" bar
    assert record["published_at"] == "2024-11-20T16:15:00+07:00"
    for leak in ("Monday, November 25, 2024", "Palangkaraya", "Advertisement", "Share on", "Terpopuler",
                 "Tags"):
        assert leak not in record["body"]


def test_listing_and_empty_pages_are_rejected_with_a_reason():
    listing = Page("https://kabar.example/tag/banjir", (FIXTURES / "tag_listing.html").read_bytes())
    with pytest.raises(Rejected) as exc:
        extract_article(listing)
    assert exc.value.reason == "not_article"
    empty = Page("https://kabar.example/berita/kosong", b"<html><body><div></div></body></html>")
    with pytest.raises(Rejected) as exc:
        extract_article(empty)
    assert exc.value.reason == "no_body"


def test_collection_page_jsonld_is_a_listing_even_on_an_article_like_url():
    html = (FIXTURES / "tag_listing.html").read_bytes()
    with pytest.raises(Rejected) as exc:
        extract_article(Page("https://kabar.example/berita/banjir", html))
    assert exc.value.reason == "not_article"


# ---------------------------------------------------------------- shape rules (generic path)

def doc(body: str):
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def story(n: int = 3) -> str:
    return "".join(f"<p>Paragraf berita nomor {i} yang cukup panjang untuk dihitung sebagai teks.</p>"
                   for i in range(n))


@pytest.mark.parametrize(("html", "cls"), [
    ('<div class="vote_galeri"></div>', "share_cta"),
    ('<div class="star-rating"></div>', "share_cta"),
    ('<div class="post-reactions"></div>', "share_cta"),
])
def test_rating_and_reaction_widgets_are_engagement_calls(html, cls):
    assert dom.classify(el(html)) == cls


def test_a_data_widget_named_after_voters_is_not_a_rating_widget():
    assert dom.classify(el('<div class="voter-turnout-chart"></div>')) is None


def test_caption_box_beside_an_image_is_removed_and_its_text_kept_as_caption():
    root = doc(f'<div class="media"><div class="pic"><img src="/a.jpg"></div>'
               f'<div class="desc">Bupati meninjau lokasi banjir di Katingan. Dok. Humas Pemkab</div></div>'
               f'<div class="text">{story()}</div>')
    pruned = dom.prune(root)
    assert pruned.removed == {"caption": 1}
    assert pruned.captions == ["Bupati meninjau lokasi banjir di Katingan. Dok. Humas Pemkab"]
    assert "Bupati meninjau" not in root.text_content()


@pytest.mark.parametrize("box", [
    # the story's one paragraph sits beside the image in a <p>: prose, not a caption
    '<div class="lead"><img src="/a.jpg"><p>Harga cabai di Pasar Besar naik dua kali lipat pekan ini.</p>'
    "</div>",
    # a title-cased teaser without a sentence end is a heading, not a caption
    '<div class="video"><img src="/v.jpg"><span class="t">Video Detik-detik Banjir Rendam Sampit</span>'
    "</div>",
    # a list item with an icon is a list entry
    '<ul><li><img src="/i.png"><span>Siapkan dokumen kependudukan yang masih berlaku.</span></li></ul>',
    # two text children: a block of content, not a figure
    '<div class="box"><img src="/a.jpg"><div>Kalimat pertama di sini.</div>'
    "<div>Kalimat kedua di sana.</div></div>",
])
def test_image_and_text_shapes_that_are_not_caption_boxes_stay(box):
    root = doc(box + story())
    assert dom.prune(root).removed == {}


def test_thumbnail_strip_with_a_label_is_removed():
    thumbs = "".join(f'<li><a href="/foto/{i}"><img src="/t{i}.jpg" alt="Foto {i}."></a></li>'
                     for i in range(4))
    root = doc(f'<div class="lain"><strong>Foto Lainnya</strong><ul>{thumbs}</ul></div>{story()}')
    assert dom.prune(root).removed == {"related_insert": 1}
    assert "Foto Lainnya" not in root.text_content()


def test_inline_gallery_with_captions_is_not_a_thumbnail_strip():
    items = "".join(f'<a href="/foto/{i}"><img src="/t{i}.jpg"></a><p>Warga mengungsi ke balai desa nomor {i}'
                    " setelah air naik.</p>" for i in range(4))
    root = doc(f'<div class="galeri">{items}</div>{story()}')
    assert dom.prune(root).removed == {}


@pytest.mark.parametrize("box", [
    '<div class="kredit"><table><tr><td>Penulis</td><td>: Yusuf Hamdani</td></tr>'
    '<tr><td>Editor</td><td>: Maria Ulfah</td></tr><tr><td>Sumber</td><td>: <a href="/s">Antara</a></td></tr>'
    '</table></div>',
    '<dl class="info"><dt>Penulis</dt><dd>Yusuf Hamdani</dd><dt>Editor</dt><dd>Maria Ulfah</dd></dl>',
    '<div class="x"><div>Reporter: Yusuf Hamdani</div><div>Editor: Maria Ulfah</div></div>',
])
def test_credit_box_is_removed_and_its_names_recorded(box):
    root = doc(story() + box)
    pruned = dom.prune(root)
    assert pruned.removed == {"byline": 1}
    assert pruned.authors == ["Yusuf Hamdani"]
    assert pruned.editors == ["Maria Ulfah"]
    assert "Maria Ulfah" not in root.text_content()


@pytest.mark.parametrize("box", [
    "<p>Editor senior itu mengatakan redaksi akan memeriksa ulang seluruh data yang dikirim.</p>",
    "<table><tr><td>Beras medium</td><td>: Rp 12.500</td></tr><tr><td>Editor video</td>"
    "<td>: 3 orang dibutuhkan untuk proyek dokumenter daerah ini.</td></tr></table>",
])
def test_prose_and_data_tables_that_mention_credit_words_stay(box):
    root = doc(story() + box)
    pruned = dom.prune(root)
    assert pruned.removed == {}
    assert pruned.authors == pruned.editors == []


@pytest.mark.parametrize(("html", "label"), [
    ('<div><h2>FotoDaerah</h2><h1 id="t">Jembatan Mulai Diperbaiki</h1></div>', "FotoDaerah"),
    ('<div><a class="kanal" href="/p">Politik</a><div class="judul"><h1 id="t">Jembatan Mulai Diperbaiki</h1>'
     '</div></div>', "Politik"),
])
def test_kicker_label_right_above_the_headline_is_found(html, label):
    root = doc(html)
    found = dom.kicker(root.get_element_by_id("t"))
    assert found is not None and found.text_content() == label


@pytest.mark.parametrize("html", [
    '<div><div class="tgl">Senin, 14/10/2024</div><h1 id="t">Jembatan Mulai Diperbaiki</h1></div>',
    '<div><p>Pemerintah provinsi memastikan perbaikan selesai.</p><h1 id="t">Jembatan Mulai</h1></div>',
    '<div>Teks lepas <h1 id="t">Jembatan Mulai Diperbaiki</h1></div>',
    '<div><h1 id="t">Jembatan Mulai Diperbaiki</h1><h2>Sejarah</h2></div>',
])
def test_dates_sentences_loose_text_and_later_subheadings_are_not_kickers(html):
    root = doc(html)
    assert dom.kicker(root.get_element_by_id("t")) is None


def test_title_element_inside_body_is_never_text_but_the_head_title_stays():
    root = lxml.html.document_fromstring(
        "<html><head><title>Judul Halaman</title></head><body><div><title>Form Rating</title>"
        "<p>Isi.</p></div></body></html>")
    dom.strip_junk(root)
    assert root.findtext(".//head/title") == "Judul Halaman"
    assert "Form Rating" not in root.find("body").text_content()


def test_generic_extraction_of_a_photo_page_keeps_only_its_story():
    page = Page("https://foto.example/foto/2024/10/14/jembatan/1",
                (FIXTURES / "photo_page.html").read_bytes(), crawled_at=CRAWL)
    record = extract_article(page)
    assert record_errors(record) == []
    assert record["body"] == (
        "Dinas PUPR Kalimantan Tengah mulai memperbaiki lantai Jembatan Tumbang Nusa yang rusak diterjang"
        " banjir bulan lalu. Perbaikan ditargetkan selesai sebelum akhir tahun sehingga arus kendaraan"
        " kembali normal.")
    assert record["authors"] == ["Yusuf Hamdani"]
    assert record["editors"] == ["Maria Ulfah"]
    assert record["removed"]["deck"] == 1
    assert record["removed"]["byline"] >= 1


@pytest.mark.parametrize("html", [
    '<div class="entry-content no-share"></div>',
    '<div class="post-body noshare"></div>',
    '<div class="hide-share content"></div>',
    '<div class="article without-ads"></div>',
])
def test_a_negated_token_is_not_the_widget_it_negates(html):
    assert dom.classify(el(html)) is None


@pytest.mark.parametrize(("html", "cls"), [
    ('<div class="share-top"></div>', "share_cta"),
    ('<div class="notice ads"></div>', "ad_marker"),
    ('<div class="nav-share"></div>', "share_cta"),
])
def test_tokens_that_only_start_like_a_negation_still_name_their_widget(html, cls):
    assert dom.classify(el(html)) == cls


SHORT_PROSE = "".join(f"<p>Warga desa nomor {i} mengeluhkan jalan rusak yang belum juga diperbaiki dinas.</p>"
                      for i in range(6))


def test_a_block_of_much_short_prose_is_never_pruned_on_a_token():
    root = lxml.html.fromstring(f'<html><body><div class="share-box">{SHORT_PROSE}</div></body></html>')
    dom.prune(root)
    assert len(root.findall(".//p")) == 6


@pytest.mark.parametrize("inner", [
    # teasers: a heading per short excerpt
    "".join(f"<h3><a href='/a{i}'>Judul berita nomor {i}</a></h3><p>Warga desa mengeluhkan jalan rusak yang "
            f"belum juga diperbaiki oleh dinas terkait.</p>" for i in range(6)),
    # paragraphs that are mostly links
    "".join(f"<p><a href='/a{i}'>Warga desa mengeluhkan jalan rusak yang belum juga diperbaiki</a> kata dia"
            f"</p>" for i in range(6)),
    # too few paragraphs
    SHORT_PROSE[: len(SHORT_PROSE) // 3],
])
def test_teaser_lists_link_lists_and_a_few_lines_are_still_pruned_on_their_token(inner):
    root = lxml.html.fromstring(f'<html><body><div class="share-box">{inner}</div></body></html>')
    dom.prune(root)
    assert root.findall(".//p") == []


def test_a_jnews_body_marked_no_share_comes_out_on_the_generic_path():
    html = ('<html><body><div class="jeg_viewport"><h1 class="jeg_post_title">Jalan Rusak di Keerom</h1>'
            f'<div class="entry-content no-share"><div class="content-inner">{SHORT_PROSE}</div></div>'
            '</div></body></html>')
    r = extract_article(Page("https://kabar.example/2024/05/06/jalan/", html.encode(), {}, CRAWL))
    assert r["body"].count("Warga desa nomor") == 6


EXCERPT = "Warga desa bergotong royong memperbaiki jalan yang rusak akibat hujan deras sepekan terakhir."
PROSE = ("<p>Pemerintah kabupaten menyiapkan anggaran untuk memperbaiki jalan desa yang rusak berat akibat "
         "banjir bulan lalu, kata kepala dinas kepada wartawan di kantornya.</p>"
         "<p>Perbaikan dimulai pekan depan dan ditargetkan selesai sebelum musim hujan berikutnya tiba, "
         "sehingga warga bisa kembali mengangkut hasil panen ke pasar kecamatan.</p>")


def card(i: int, shape: str = "div") -> str:
    title = f"<a href='/berita/{i}/judul-berita'><b>Judul Berita Daerah Nomor {i} Hari Ini</b></a>"
    if shape == "h3":
        title = f"<h3><a href='/berita/{i}/judul'>Judul Berita Daerah Nomor {i} Hari Ini</a></h3>"
    return f"<div class='item'>{title}<div class='tgl'>Senin, 6 Mei 2024</div><p>{EXCERPT}</p></div>"


def page_of(main: str, side: str = "") -> str:
    return (f"<html><body><div id='menu'><a href='/'>Beranda</a></div><h1>Fokus: banjir</h1>{main}"
            f"<div class='sidebar'>{side}</div></body></html>")


@pytest.mark.parametrize("main", [card(1), card(1) + card(2), "".join(card(i, "h3") for i in range(5)),
                                  "<ul>" + "".join(f"<li>{card(i)}</li>" for i in range(3)) + "</ul>"])
def test_a_page_of_one_to_five_teaser_cards_and_no_text_of_its_own_is_a_list(main):
    root = lxml.html.fromstring(page_of(main))
    assert dom.teaser_list(root) == main.count("class='item'")
    with pytest.raises(Rejected, match="not_article: list of"):
        extract_article(Page("https://kabar.example/fokus/banjir", page_of(main).encode(), {}, CRAWL))


@pytest.mark.parametrize("main", [
    # a short article with a related list of cards below it
    "<h1>Jalan Desa Diperbaiki</h1>" + PROSE + card(1) + card(2) + card(3),
    # a short article with an inline related link between its paragraphs
    "<div class='isi'>" + PROSE[: PROSE.index("</p>") + 4] + "<p><a href='/berita/9/x'>Banjir Rendam Ratusan "
    "Rumah di Desa Pelangsian</a></p>" + PROSE[PROSE.index("</p>") + 4:] + "</div>",
    # one paragraph article ending with a "Baca juga" link inside prose
    f"<div><p>{EXCERPT} {EXCERPT} Baca juga: <a href='/b/1'>Banjir Rendam Ratusan Rumah Warga</a></p></div>",
    # a links-only block (a menu of headlines) is not a card list
    "<div>" + "".join(f"<a href='/b/{i}'>Judul Berita Daerah Nomor {i}</a> " for i in range(3)) + "</div>",
])
def test_short_articles_with_related_links_are_not_teaser_lists(main):
    assert dom.teaser_list(lxml.html.fromstring(page_of(main))) == 0


def test_cards_in_a_sidebar_do_not_make_an_article_a_list():
    root = lxml.html.fromstring(page_of(PROSE, side=card(1) + card(2)))
    assert dom.teaser_list(root) == 0


def test_an_article_inside_a_wrapper_with_a_boilerplate_token_is_not_a_teaser_list():
    long_prose = "".join(f"<p>{EXCERPT} {EXCERPT} Paragraf {i}.</p>" for i in range(3))
    html = f"<html><body><div class='ad_body wrapper'>{card(1)}<div>{long_prose}</div></div></body></html>"
    assert dom.teaser_list(lxml.html.fromstring(html)) == 0
