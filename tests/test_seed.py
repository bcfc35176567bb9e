"""The Kalteng seed scrape (../shared/seed) must come out exactly as its expected record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.text import clean_text

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed"
RAW, EXPECTED = SEED / "kalteng-dinsos-raw.txt", SEED / "kalteng-dinsos-expected.json"

pytestmark = pytest.mark.skipif(not (RAW.exists() and EXPECTED.exists()), reason="../shared/seed not present")


def fold(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def record() -> dict:
    return clean_text(RAW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_body_is_exactly_the_expected_body(record, expected):
    assert fold(record["body"]) == fold(expected["body"])
    assert record["body"].split("\n\n") == expected["body"].split("\n\n")


def test_no_boilerplate_string_in_body_or_title(record, expected):
    for needle in expected["must_not_contain"]:
        assert needle not in record["body"]
        assert needle not in record["title"]


def test_title_dateline_codes_and_related(record, expected):
    assert record["title"] == expected["title"]
    assert record["dateline"] == expected["dateline"]
    assert record["byline_codes"] == expected["byline_codes"]
    assert record["related"] == expected["related_titles"]


def test_today_bar_is_not_the_publish_date(record, expected):
    assert not (record["published_at"] or "").startswith(expected["published_at_must_not_be"])


def test_removed_counts_reach_the_expected_minimum(record, expected):
    for cls, least in expected["removed_at_least"].items():
        assert record["removed"].get(cls, 0) >= least, cls


def test_record_is_valid_against_the_schema(record):
    from pipelines.record import record_errors

    assert record_errors(record) == []
