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
