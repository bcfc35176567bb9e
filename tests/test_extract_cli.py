"""``newscrawl extract`` and the Scrapy adapter: one valid record per input, errors as records."""

import json
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from newscrawl.cli import main
from pipelines.page import FetchedPage
from pipelines.record import record_errors
from pipelines.scrapy.extract import ExtractPipeline

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE_URL = "https://kabar.example/daerah/2024/11/25/warga-sampit-gotong-royong"


def records(capsys) -> list[dict]:
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_single_page_prints_one_valid_record(capsys):
    assert main(["extract", str(FIXTURES / "portal_article.html"), "--url", ARTICLE_URL]) == 0
    [record] = records(capsys)
    assert record_errors(record) == []
    assert record["title"] == "Warga Sampit Gotong Royong Bersihkan Sungai Mentaya"
    assert record["published_at"] == "2024-11-25T14:30:00+07:00"


def test_jsonl_jobs_give_one_record_per_line_in_order_and_bad_lines_do_not_stop_the_run(tmp_path, capsys):
    jobs = tmp_path / "jobs.jsonl"
    lines = [
        {"url": ARTICLE_URL, "html_path": str(FIXTURES / "portal_article.html")},
        {"url": "https://kabar.example/tag/banjir", "html_path": str(FIXTURES / "tag_listing.html")},
        {"url": "https://x.example/a", "html_path": str(tmp_path / "missing.html")},
        {"url": "https://x.example/b"},
        {"url": "https://kaltengtoday.example/2024/11/20/dinsos",
         "html": (FIXTURES / "jnews_article.html").read_text("utf-8")},
    ]
    jobs.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    assert main(["extract", "--from-jsonl", str(jobs)]) == 1  # bad lines kept as error records, run goes on
    out = records(capsys)
    assert len(out) == 6
    assert all(record_errors(r) == [] for r in out)
    assert [r["url"] for r in out[:5]] == [x["url"] for x in lines]
    assert out[0].get("error") is None and out[4].get("error") is None
    assert out[1]["error"].startswith("not_article:")
    assert out[2]["error"].startswith("bad_input:") and "missing.html" in out[2]["error"]
    assert "html_path" in out[3]["error"]
    assert "invalid JSON" in out[5]["error"]


def test_no_profiles_skips_the_theme_profile(tmp_path, capsys):
    page = FIXTURES / "jnews_article.html"
    url = "https://kaltengtoday.example/2024/11/20/dinsos"
    main(["extract", str(page), "--url", url])
    main(["extract", str(page), "--url", url, "--no-profiles"])
    themed, generic = records(capsys)
    assert themed["authors"] == ["Budi Santoso"]  # from the theme's author selector
    assert generic["authors"] == []
    assert themed["body"] == generic["body"]


@pytest.mark.parametrize(("argv", "message"), [
    (["extract"], "give either PAGE.html"),
    (["extract", "page.html"], "--url is required"),
    (["extract", "--from-jsonl", "nope.jsonl"], "nope.jsonl: no such file"),
])
def test_bad_usage_is_one_line_naming_the_input(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_pipeline_turns_fetched_pages_into_records_and_counts_drops_and_removals():
    crawler = get_crawler(settings_dict={"NEWSCRAWL_PROFILES": []})
    crawler.stats.open_spider()
    pipeline = ExtractPipeline.from_crawler(crawler)
    good = pipeline.process_item(FetchedPage(ARTICLE_URL, (FIXTURES / "portal_article.html").read_bytes()))
    bad = pipeline.process_item(FetchedPage("https://kabar.example/tag/banjir",
                                            (FIXTURES / "tag_listing.html").read_bytes()))
    assert record_errors(good) == [] and record_errors(bad) == []
    assert good["title"] and bad["error"].startswith("not_article:")
    stats = crawler.stats.get_stats()
    assert stats["dropped/not_article"] == 1
    assert stats["removed/related_insert"] >= 1
    assert pipeline.process_item({"other": "item"}) == {"other": "item"}
