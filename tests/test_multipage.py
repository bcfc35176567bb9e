"""Articles split over several pages: one record, the pages' text in order, page furniture once or never."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.article import extract_article
from pipelines.page import FetchedPage, Page
from pipelines.record import record_errors
from pipelines.scrapy.extract import extract_page

FIXTURES = Path(__file__).parent / "fixtures" / "html" / "multipage"
CRAWL = datetime(2024, 11, 29, 3, 0, tzinfo=UTC)
URL = "https://warta.example/daerah/2024/11/25/banjir-katingan-meluas"
#: The first and last paragraph of each page, as the reader sees them (dateline and initials cut).
PAGE_ENDS = [
    ("Banjir yang melanda Kabupaten Katingan terus meluas",
     "kata Kepala Pelaksana BPBD Katingan kepada wartawan."),
    ("Menurut dia, jumlah warga yang mengungsi mencapai 2.300 jiwa.",
     "mengevakuasi warga lanjut usia dan anak-anak."),
    ("Pemerintah kabupaten telah menetapkan status tanggap darurat",
     "masih tinggi hingga akhir pekan ini."),
]


def pages() -> list[tuple[str, bytes]]:
    return [(URL if n == 1 else f"{URL}?page={n}", (FIXTURES / f"page{n}.html").read_bytes())
            for n in (1, 2, 3)]


@pytest.fixture
def record() -> dict:
    (url, first), *rest = pages()
    more = [Page(u, body, crawled_at=CRAWL) for u, body in rest]
    return extract_article(Page(url, first, crawled_at=CRAWL), more_pages=more)


def test_three_pages_make_one_valid_record_that_counts_them(record):
    assert record_errors(record) == []
    assert record["pages"] == 3
    assert record["url"] == URL


def test_body_holds_every_page_in_order(record):
    paragraphs = record["body"].split("\n\n")
    assert len(paragraphs) == 9
    for n, (first, last) in enumerate(PAGE_ENDS):
        assert paragraphs[3 * n].startswith(first)
        assert paragraphs[3 * n + 2].endswith(last)
    assert record["dateline"] == "KASONGAN"
    assert record["byline_codes"] == ["asa", "rdk"]


def test_nothing_from_the_repeated_page_furniture_appears_or_repeats(record):
    body = record["body"]
    assert len(set(body.split("\n\n"))) == 9
    for leak in ("Halaman", "Selanjutnya", "Terpopuler", "Berita Terkini", "Harga Karet di Kasongan",
                 "KPU Katingan Tetapkan", "Rapat pleno", "Andi Saputra", "Banjir Katingan Meluas, Ribuan",
                 "Beranda", "Jumat, 29 November 2024", "Hak cipta"):
        assert leak not in body
    assert record["removed"]["pagination"] == 3


def test_extract_pipeline_reads_the_further_pages_of_a_fetched_page():
    (url, first), *rest = pages()
    fetched = FetchedPage(url=url, body=first, crawled_at=CRAWL, extra_pages=rest)
    record = extract_page(fetched, {}, [])
    assert record.get("error") is None
    assert record["pages"] == 3
    assert record["body"].split("\n\n")[-1].endswith(PAGE_ENDS[-1][1])


def test_a_single_page_view_record_reports_the_page_count_the_spider_counted():
    """The spider fetched ``?page=all`` instead of the three pages and carried the pager's count."""
    body = pages()[0][1]
    fetched = FetchedPage(URL + "?page=all", body, {"content-type": "text/html; charset=utf-8"},
                          crawled_at=CRAWL, meta={"pages": 3})
    assert extract_page(fetched, {})["pages"] == 3
    assert extract_page(FetchedPage(URL, body, {}, crawled_at=CRAWL), {})["pages"] == 1


@pytest.mark.parametrize(("links", "count"), [
    (["?page=2", "?page=3", "?page=all"], 3),
    (["/2", "/3", "/4"], 4),
    (["?page=2"], 2),
    ([], 1),
    (["/other-article?page=5", "/tag/banjir?page=9"], 1),  # pagers of other pages are not this one's
])
def test_page_count_reads_page_ones_pager_only(links, count):
    import lxml.html

    from newscrawl.discovery.multipage import page_count

    base = "https://warta.example/berita/2024/11/25/banjir"
    tree = lxml.html.fromstring("<html><body>" + "".join(
        f'<a href="{base if h.startswith(("?", "/2", "/3", "/4")) else "https://warta.example"}{h}">x</a>'
        for h in links) + "<p>x</p></body></html>")
    assert page_count(tree, base) == count
