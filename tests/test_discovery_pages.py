"""Listings, date archives, feed autodiscovery, multi-page articles and the article/non-article call."""

from datetime import date

import lxml.html
import pytest

from newscrawl.discovery import Context, Window, archive, autodiscover, listing
from newscrawl.discovery.articles import article_url_reason, listing_reason, page_published, page_shape_reason
from newscrawl.discovery.multipage import next_page_url, page_number, single_view_url

HOME = "https://outlet.example/"
MAY = Window(date(2024, 5, 3), date(2024, 5, 7))
OPEN = Window()


def ctx(window: Window = OPEN) -> Context:
    return Context(home=HOME, window=window)


def card(path: str, day: str) -> str:
    time = f'<time datetime="{day}T08:00:00+07:00"></time>'
    return f'<article><h2><a href="{path}">t</a></h2>{time}</article>'


def page(*cards: str, nxt: str = "") -> bytes:
    nav = '<a href="/tag/banjir/">banjir</a><a href="/author/ani/">Ani</a>'
    nav += '<a href="/category/daerah/">Daerah</a>'
    return f"<html><body>{nav}{''.join(cards)}{nxt}</body></html>".encode()


def test_listing_takes_article_links_with_card_dates_not_tag_or_author_links():
    body = page(
        card("/banjir-melanda-tiga-desa-di-kapuas", "2024-05-06"),
        card("/rapat-pemda-bahas-anggaran-daerah", "2024-05-01"),
        nxt='<a class="next" href="/page/2/">Selanjutnya</a>',
    )
    out = listing.parse(HOME, body, ctx(MAY), listing.start({}, ctx(MAY))[0].state)
    assert [f.url for f in out.found] == [HOME + "banjir-melanda-tiga-desa-di-kapuas"]
    assert out.skipped == 1 and out.follow[0].url == HOME + "page/2/"


def test_listing_stops_paging_once_a_page_is_older_than_since():
    body = page(
        card("/berita/2024/04/30/lama-sekali", "2024-04-30"), nxt='<a rel="next" href="/page/9/">»</a>'
    )
    out = listing.parse(HOME + "page/8/", body, ctx(MAY), {"page": 8, "max_pages": 50})
    assert out.found == [] and out.follow == []


def test_listing_stops_at_max_pages_and_uses_param_when_no_next_link():
    body = page(card("/berita/2024/05/05/satu-dua", "2024-05-05"))
    out = listing.parse(HOME + "terkini", body, ctx(MAY), {"page": 1, "max_pages": 3, "param": "page"})
    assert out.follow[0].url == HOME + "terkini?page=2"
    assert (
        listing.parse(
            HOME + "terkini?page=3", body, ctx(MAY), {"page": 3, "max_pages": 3, "param": "page"}
        ).follow
        == []
    )


def test_listing_links_selector_restricts_to_the_main_list():
    body = (
        b'<ul class="lsi"><li><h3><a href="/x/12345/main-story">m</a></h3></li></ul>'
        b'<aside><a href="/x/67890/popular-story-elsewhere">p</a></aside>'
    )
    out = listing.parse(HOME, body, ctx(), {"links": "ul.lsi h3"})
    assert [f.url for f in out.found] == [HOME + "x/12345/main-story"]


def test_listing_from_home_follows_section_links_to_the_depth_limit():
    body = page(card("/daerah-satu-dua-tiga", "2024-05-05")) + b'<a href="/daerah/">Daerah</a>'
    out = listing.parse(HOME, body, ctx(), {"page": 1, "max_pages": 5, "depth": 1})
    assert {f.url for f in out.follow} == {HOME + "category/daerah/", HOME + "daerah/"}
    assert all(f.state["depth"] == 0 for f in out.follow)
    assert listing.parse(HOME, body, ctx(), {"page": 1, "max_pages": 5, "depth": 0}).follow == []


def test_archive_asks_one_page_per_day_newest_first_and_dates_its_links():
    starts = archive.start({"url": "/index-news/all?date={date}"}, ctx(MAY))
    assert [f.url for f in starts][:2] == [
        HOME + "index-news/all?date=2024-05-07",
        HOME + "index-news/all?date=2024-05-06",
    ]
    assert len(starts) == 5
    by_param = archive.start(
        {"url": "/indeks", "param": "tgl"}, ctx(Window(date(2024, 5, 3), date(2024, 5, 3)))
    )
    assert [f.url for f in by_param] == [HOME + "indeks?tgl=2024-05-03"]
    out = archive.parse(
        starts[0].url, b'<a href="/x/12345/judul-berita-hari-ini">j</a>', ctx(MAY), starts[0].state
    )
    assert out.found[0].when == date(2024, 5, 7)


def test_autodiscovery_finds_feeds_but_not_comment_feeds():
    body = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        b'<link rel="alternate" type="application/rss+xml" href="/comments/feed/">'
        b'<link rel="alternate" type="text/html" hreflang="en" href="/en/"></head></html>'
    )
    assert [(f.url, f.kind) for f in autodiscover.parse(HOME, body, ctx()).follow] == [
        (HOME + "feed/", "rss")
    ]


ART = "https://outlet.example/berita/2024/05/03/banjir-besar"


def tree(html: str):
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize(
    ("href", "number"),
    [
        (ART + "/2", 2),
        (ART + "/2/", 2),
        (ART + "?page=3", 3),
        (ART, 1),
        (ART + "?utm_source=x", 1),
        ("https://outlet.example/berita/2024/05/03/lain/2", None),
        (ART + "/komentar", None),
    ],
)
def test_page_number_of_a_continuation(href, number):
    assert page_number(href, ART) == number


def test_next_page_is_found_by_url_whatever_the_link_text():
    html = (
        f'<a href="{ART}">1</a><a href="{ART}/2">Halaman 2</a><a href="{ART}/3">3</a>'
        '<a href="https://outlet.example/berita/2024/05/03/berita-lain">Selanjutnya</a>'
    )
    assert next_page_url(tree(html), ART, ART, 1) == ART + "/2"
    assert next_page_url(tree(html), ART + "/2", ART, 2) == ART + "/3"
    assert next_page_url(tree(html), ART + "/3", ART, 3) is None


def test_single_page_view_is_preferred_when_linked():
    html = f'<a href="{ART}?page=2">2</a><a href="{ART}?page=all">Tampilkan semua</a>'
    assert single_view_url(tree(html), ART) == ART + "?page=all"
    assert single_view_url(tree(f'<a href="{ART}?page=2">2</a>'), ART) is None
    assert single_view_url(tree(f'<a href="{ART}?page=all">x</a>'), ART + "?page=all") is None


@pytest.mark.parametrize(
    "url",
    [
        HOME,
        HOME + "tag/banjir/",
        HOME + "category/daerah/page/2/",
        HOME + "author/ani/",
        HOME + "?s=banjir",
        HOME + "search?q=banjir",
        HOME + "indeks",
        HOME + "2024/05/",
        HOME + "page/3/",
        HOME + "search/label/Daerah",
        HOME + "2024/05/03/",
        HOME + "redaksi/",
        HOME + "topik/pilkada",
    ],
)
def test_listing_urls_are_not_articles(url):
    assert listing_reason(url) is not None


@pytest.mark.parametrize(
    "url",
    [
        HOME + "2024/05/03/banjir-melanda-desa/",
        HOME + "berita/123456/banjir",
        HOME + "banjir-melanda-tiga-desa-di-kapuas",
        HOME + "2024/05/banjir-di-kapuas.html",
        HOME + "read/2024/05/03/14300011/banjir",
        HOME + "tagihan-listrik-naik-lagi-bulan-ini",  # "tag" inside a word is no tag page
    ],
)
def test_article_urls_pass_the_strict_check(url):
    assert article_url_reason(url, strict=True) is None


def test_page_shape_tells_articles_from_listings_and_galleries():
    text = (
        "<p>"
        + "Pemerintah daerah menggelar rapat koordinasi penanganan banjir di sejumlah desa. " * 5
        + "</p>"
    )
    article = f'<html><head><meta property="og:type" content="article"></head><body>{text * 2}</body></html>'
    assert page_shape_reason(tree(article)) is None
    teasers = "".join(
        f'<article><h2><a href="/a{i}">Judul {i}</a></h2><p>ringkas</p></article>' for i in range(10)
    )
    assert page_shape_reason(tree(f"<html><body>{teasers}{text}</body></html>")).startswith("listing shape")
    gallery = '<html><body><h1>Foto</h1><img src="a.jpg"><p>Foto: Ani</p></body></html>'
    assert page_shape_reason(tree(gallery)).startswith("no article text")


def test_page_published_reads_meta_then_json_ld_then_time():
    meta = '<head><meta property="article:published_time" content="2024-05-05T10:00:00+07:00"></head>'
    assert page_published(tree(f"<html>{meta}<body><time datetime='2020-01-01'></time></body></html>")) == (
        "2024-05-05T10:00:00+07:00")
    ld = '{"@type": "NewsArticle", "datePublished": "2024-05-04T09:00:00+07:00"}'
    script = f'<script type="application/ld+json">{ld}</script>'
    assert page_published(tree(f"<html><head>{script}</head><body></body></html>")).startswith("2024-05-04")
    assert page_published(tree("<html><body><p>tanpa tanggal</p></body></html>")) is None
