"""One crawl of the fault outlet: every fault ends as its named outcome, counted in the crawl stats and
the run summary, dropped pages in the rejects file, and every valid article emitted exactly once."""

from __future__ import annotations

from collections import Counter

import pytest

from faults.conftest import RETRY_TIMES, FaultRun
from faults.server import (
    ARCHIVE_URLS,
    BOUNDED,
    EMITTED,
    ENGLISH,
    FAULT,
    FAULTS,
    FLAGGED,
    IN_LAUGHS_SITEMAP,
    IN_XXE_SITEMAP,
    ON_TRAP_LISTING,
    REDIRECT_TARGET,
    RETRIED_DROPPED,
    RETRIED_EMITTED,
    SKIPPED,
    TRAP_MAX_PAGES,
    TRAP_PATH,
    VALID,
    VALID_ONLY_VIA_DISCOVERY,
    Fault,
    emitted_title,
)

pytestmark = pytest.mark.slow

DROPPED = [f for f in FAULTS if f.outcome in (SKIPPED, RETRIED_DROPPED)]
KEPT = [f for f in FAULTS if f.outcome in (EMITTED, RETRIED_EMITTED, FLAGGED)]
#: Faults whose URL the server never sees: refused before the request leaves (robots.txt), or no
#: server listens there.
NEVER_REACHES_OUTLET = {"robots_disallowed", "connection_refused"}


def _name(f: Fault) -> str:
    return f.name


@pytest.mark.parametrize("fault", DROPPED, ids=_name)
def test_fault_is_skipped_with_its_reason_counted_and_in_the_rejects_file(fault_run: FaultRun, fault: Fault):
    reason = fault.counted_as.removeprefix("dropped/")
    rejects = fault_run.rejected(fault.path)
    assert [r["error"].split(":", 1)[0] for r in rejects] == [reason], rejects
    assert fault_run.stats.get(f"dropped/{reason}", 0) >= 1
    assert fault_run.summary["dropped"].get(reason, 0) >= 1
    assert not fault_run.emitted(fault.path)
    hits = fault_run.outlet.hits[fault.path]
    if fault.outcome == RETRIED_DROPPED and fault.name not in NEVER_REACHES_OUTLET:
        assert hits == RETRY_TIMES + 1
    elif fault.name not in NEVER_REACHES_OUTLET:
        assert hits >= 1  # more only when a busy machine made a first try time out


def test_refused_connection_was_retried_before_it_was_dropped(fault_run: FaultRun):
    refused = "retry/reason_count/scrapy.exceptions.DownloadConnectionRefusedError"
    assert fault_run.stats[refused] >= RETRY_TIMES


def test_robots_disallowed_article_is_never_requested(fault_run: FaultRun):
    assert fault_run.outlet.hits[FAULT["robots_disallowed"].path] == 0
    assert fault_run.stats["robotstxt/forbidden"] >= 1


@pytest.mark.parametrize("fault", KEPT, ids=_name)
def test_fault_page_that_still_holds_an_article_is_emitted_once(fault_run: FaultRun, fault: Fault):
    path = REDIRECT_TARGET if fault.name == "redirect_same_site" else fault.path
    records = fault_run.emitted(path)
    assert len(records) == 1
    title = ENGLISH[0] if fault.name == "english_page" else emitted_title(fault.name)
    assert records[0]["title"] == title
    assert records[0]["word_count"] >= 40
    assert not fault_run.rejected(fault.path)
    if fault.outcome == RETRIED_EMITTED:
        assert fault_run.outlet.hits[fault.path] == 2


def test_every_valid_article_is_emitted_exactly_once(fault_run: FaultRun):
    for path in [*VALID.values(), *VALID_ONLY_VIA_DISCOVERY]:
        assert len(fault_run.emitted(path)) == 1, path
    twice = [url for url, n in fault_run.emitted_urls().items() if n > 1]
    assert twice == []


def test_every_drop_in_the_stats_has_its_record_in_the_rejects_file(fault_run: FaultRun):
    in_rejects = Counter(r["error"].split(":", 1)[0] for r in fault_run.rejects)
    dropped = {k.removeprefix("dropped/"): v for k, v in fault_run.stats.items() if k.startswith("dropped/")}
    assert dropped == dict(in_rejects)
    assert fault_run.summary["dropped"] == dropped


def test_429_waits_for_retry_after_before_the_retry(fault_run: FaultRun):
    first, second = fault_run.outlet.hit_times[FAULT["rate_limited"].path]
    assert second - first >= 0.9  # the server asked for 1 s
    assert fault_run.stats["retry_after/honoured"] >= 1


def test_mislabelled_charsets_decode_to_the_right_text(fault_run: FaultRun):
    cp1252 = fault_run.emitted(FAULT["cp1252_labelled_utf8"].path)[0]
    assert "“asal jadi”" in cp1252["body"] and "–" in cp1252["body"]
    latin = fault_run.emitted(FAULT["utf8_labelled_latin1"].path)[0]
    assert "“usaha hijau”" in latin["body"] and "â€" not in latin["body"]
    bom = fault_run.emitted(FAULT["utf8_bom"].path)[0]
    assert not bom["title"].startswith("\ufeff") and "\ufeff" not in bom["body"]
    assert not [r["url"] for r in fault_run.articles if "\ufffd" in r["body"] + r["title"]]


def test_malformed_json_ld_falls_back_to_the_meta_date(fault_run: FaultRun):
    record = fault_run.emitted(FAULT["malformed_jsonld"].path)[0]
    assert record["published_at"] == "2024-11-15T09:30:00+07:00"
    assert record["published_at_source"] != "jsonld"


def test_deep_and_unclosed_markup_keep_their_whole_body(fault_run: FaultRun):
    for name, last_words in (("deeply_nested", "baru ditanami."), ("unclosed_html", "tanpa perantara.")):
        body = fault_run.emitted(FAULT[name].path)[0]["body"]
        assert body.endswith(last_words), name
        assert "bom" not in body and "iklan" not in body


def test_english_page_is_flagged_with_its_language(fault_run: FaultRun):
    assert fault_run.emitted(FAULT["english_page"].path)[0]["language"] == "en"


def test_hostile_sitemaps_expand_no_entity_and_reach_no_private_address(fault_run: FaultRun):
    outlet = fault_run.outlet
    assert dict(outlet.canary_hits) == {}  # neither the XXE's network entity nor the SSRF locs
    requested = " ".join(outlet.hits)
    assert "root:" not in requested and "lollol" not in requested
    everything = fault_run.log + str(fault_run.rejects) + str(fault_run.articles)
    assert "root:x:0:0" not in everything
    for url in outlet.ssrf_locs():
        assert url not in fault_run.log and url not in str(fault_run.rejects)
    # the valid URLs listed next to the hostile entries still came through
    assert fault_run.emitted(IN_XXE_SITEMAP) and fault_run.emitted(IN_LAUGHS_SITEMAP)


def test_sitemap_of_50000_urls_is_read_but_nothing_outside_the_window_fetched(fault_run: FaultRun):
    assert fault_run.outlet.hits["/sitemap-arsip.xml"] == 1
    assert fault_run.stats[FAULT["sitemap_50000"].counted_as] >= ARCHIVE_URLS
    assert [p for p in fault_run.outlet.hits if p.startswith("/berita/2019/")] == []


def test_endless_pagination_stops_at_the_profile_page_limit(fault_run: FaultRun):
    assert FAULT["pagination_trap"].outcome == BOUNDED
    assert fault_run.outlet.hits[TRAP_PATH] == TRAP_MAX_PAGES
    assert fault_run.stats["discovery/listing/documents"] == TRAP_MAX_PAGES
    for path in ON_TRAP_LISTING:
        assert len(fault_run.emitted(path)) == 1


def test_run_summary_counts_the_drops_and_the_rejects_file_is_named(fault_run: FaultRun):
    totals = fault_run.summary["totals"]
    assert totals["emitted"] == len(fault_run.articles)
    assert totals["rejected"] == len(fault_run.rejects)
    assert fault_run.stats["output/rejects_file"].endswith(".jsonl")


def test_docs_table_lists_every_fault_with_its_outcome_and_counter():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "faults.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in doc.splitlines() if line.startswith("| `")}
    for fault in FAULTS:
        assert fault.name in rows, fault.name
        assert f"| {fault.outcome} | `{fault.counted_as}` |" in rows[fault.name]
