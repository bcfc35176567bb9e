"""Raw archive: request/response pairs readable by warcio, multi-page articles regrouped, torn tail."""

from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator

from pipelines.page import FetchedPage
from pipelines.warc import ArchiveReport, WarcArchive, read_articles

PAGE1 = "<html><body><h1>Banjir</h1><p>Halaman satu, dengan é.</p></body></html>".encode()
PAGE2_URL = "https://kaltengpos.example/a?page=2"
PAGE2 = b"<html><body><p>Halaman dua.</p></body></html>"
WHEN = datetime(2024, 5, 3, 1, 2, 3, tzinfo=UTC)


def fetched(url: str, extra=()) -> FetchedPage:
    return FetchedPage(url=url, body=PAGE1, headers={"Content-Type": "text/html; charset=utf-8"},
                       crawled_at=WHEN, site="kaltengpos", extra_pages=list(extra))


def test_each_page_is_a_request_and_a_response_record(tmp_path):
    archive = WarcArchive.for_run(tmp_path, "20240503-010203-1")
    archive.write_fetched(fetched("https://kaltengpos.example/a", [(PAGE2_URL, PAGE2)]))
    archive.close()
    path = tmp_path / "warc" / "20240503-010203-1.warc.gz"
    with open(path, "rb") as fh:
        kinds = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]
    assert kinds == [("warcinfo", None),
                     ("response", "https://kaltengpos.example/a"), ("request", "https://kaltengpos.example/a"),
                     ("response", "https://kaltengpos.example/a?page=2"),
                     ("request", "https://kaltengpos.example/a?page=2")]


def test_read_articles_gives_back_what_the_crawler_fetched(tmp_path):
    archive = WarcArchive(tmp_path / "run.warc.gz")
    archive.write_fetched(fetched("https://kaltengpos.example/a", [(PAGE2_URL, PAGE2)]))
    archive.write_fetched(fetched("https://kaltengpos.example/b"))
    archive.close()
    pages = list(read_articles(tmp_path / "run.warc.gz"))
    assert [p.url for p in pages] == ["https://kaltengpos.example/a", "https://kaltengpos.example/b"]
    first = pages[0]
    assert first.body == PAGE1 and first.site == "kaltengpos" and first.status == 200
    assert first.headers["Content-Type"] == "text/html; charset=utf-8"
    assert first.crawled_at == WHEN
    assert first.extra_pages == [(PAGE2_URL, PAGE2)]


def test_a_torn_last_record_keeps_every_earlier_article(tmp_path):
    path = tmp_path / "run.warc.gz"
    archive = WarcArchive(path)
    archive.write_fetched(fetched("https://kaltengpos.example/a"))
    size = path.stat().st_size
    archive.write_fetched(fetched("https://kaltengpos.example/b"))
    archive.close()
    data = path.read_bytes()
    path.write_bytes(data[: size + 100])  # killed while writing /b's response
    report = ArchiveReport()
    pages = list(read_articles(path, report))
    assert [p.url for p in pages] == ["https://kaltengpos.example/a"]
    assert report.problems and "ends early" in report.problems[0]


def test_a_page_whose_shape_the_crawl_had_checked_is_rejected_the_same_way_when_reextracted(tmp_path):
    from newscrawl.discovery.articles import SHAPE_CHECK_META
    from pipelines.scrapy.extract import extract_page

    gallery = FetchedPage(url="https://kaltengpos.example/galeri-foto-banjir-sampit", crawled_at=WHEN,
                          body=b'<html><body><h1>Galeri</h1><img src="/a.jpg"><p>Foto: Ani</p></body></html>',
                          headers={"Content-Type": "text/html"}, site="kaltengpos",
                          meta={SHAPE_CHECK_META: True})
    reason = "not_article: no article text (gallery, video or listing)"
    assert extract_page(gallery, {})["error"] == reason
    archive = WarcArchive(tmp_path / "run.warc.gz")
    archive.write_fetched(gallery)
    archive.write_fetched(fetched("https://kaltengpos.example/a"))  # a single-page view: not checked
    archive.close()
    pages = list(read_articles(tmp_path / "run.warc.gz"))
    assert [bool(p.meta.get(SHAPE_CHECK_META)) for p in pages] == [True, False]
    assert extract_page(pages[0], {})["error"] == reason
