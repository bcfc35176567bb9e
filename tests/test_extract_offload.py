"""Extraction moved off the reactor thread (``NEWSCRAWL_EXTRACT_PROCESSES``) gives the same records."""

from __future__ import annotations

import asyncio
import inspect

from scrapy.utils.test import get_crawler

from pipelines.page import FetchedPage
from pipelines.scrapy.extract import ExtractPipeline

TITLE = "Banjir Rendam Tiga Desa"
PARAS = "".join(f"<p>Warga desa {i} mengungsi ke balai desa setelah hujan deras sejak pagi hari, kata kepala "
                "desa kepada wartawan di lokasi banjir.</p>" for i in range(6))
ARTICLE = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{PARAS}</article>"
           "</body></html>")


def _pipeline(processes: int) -> ExtractPipeline:
    crawler = get_crawler(settings_dict={"NEWSCRAWL_PROFILES": [], "NEWSCRAWL_EXTRACT_PROCESSES": processes})
    crawler.stats.open_spider()
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline


def test_records_from_the_worker_process_equal_those_made_inline():
    page = FetchedPage("https://kabar.example/daerah/2024/05/01/banjir-rendam-tiga-desa", ARTICLE.encode())
    inline, pooled = _pipeline(0), _pipeline(1)
    try:
        expected = inline.process_item(page)
        pending = pooled.process_item(page)
        assert inspect.isawaitable(pending)  # the reactor thread only waits for it

        async def run():
            return await pending

        got = asyncio.run(run())
    finally:
        pooled.close_spider()
    assert not expected.get("error") and "mengungsi" in expected["body"]
    drop = {"crawled_at", "extracted_at"}
    assert {k: v for k, v in got.items() if k not in drop} == {k: v for k, v in expected.items()
                                                              if k not in drop}
    assert pooled.stats.get_value("extract/articles") == inline.stats.get_value("extract/articles") == 1
    assert pooled.process_item({"other": "item"}) == {"other": "item"}
