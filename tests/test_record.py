"""The record contract: every field present, derived fields consistent, schema enforced."""

import json

import pytest

from pipelines.record import (
    REMOVAL_CLASSES,
    article_id,
    content_hash,
    dumps,
    error_record,
    new_record,
    normalise_body,
    record_errors,
    schema,
)


def test_new_record_is_schema_valid_and_derives_counts_from_body():
    rec = new_record("https://kaltimnews.example/a?utm_source=x", "https://kaltimnews.example/a",
                     title="  Banjir   di Samarinda ", body="Hujan deras  turun.\n\n\nWarga mengungsi.")
    assert record_errors(rec) == []
    assert rec["title"] == "Banjir di Samarinda"
    assert rec["body"] == "Hujan deras turun.\n\nWarga mengungsi."
    assert rec["word_count"] == 5
    assert rec["content_hash"] == content_hash("Hujan deras turun.\n\nWarga mengungsi.")
    assert rec["id"] == article_id("https://kaltimnews.example/a")
    assert rec["site"] == "kaltimnews.example"


def test_site_keeps_a_non_default_port_so_local_outlets_stay_apart():
    assert new_record("http://127.0.0.1:8801/x")["site"] == "127.0.0.1:8801"
    assert new_record("https://www.antaranews.com/x")["site"] == "antaranews.com"


def test_body_is_nfc_normalised():
    decomposed = "Pe\u0301sta"  # e + combining acute
    assert normalise_body(decomposed) == "P\u00e9sta"


def test_content_hash_ignores_whitespace_and_case_only():
    assert content_hash("Satu dua.\n\nTiga") == content_hash("satu  dua.\n\n\ntiga")
    assert content_hash("Satu dua.") != content_hash("Satu tiga.")


def test_unknown_field_is_refused():
    with pytest.raises(TypeError, match="unknown record fields"):
        new_record("https://x.example/a", titel="typo")


def test_dumps_writes_utf8_not_ascii_escapes_and_one_line():
    line = dumps(new_record("https://x.example/a", title="Pesta “Rakyat” — Ambon", body="a\n\nb"))
    assert line.endswith("\n") and line.count("\n") == 1
    assert "“Rakyat” — Ambon" in line
    assert json.loads(line)["body"] == "a\n\nb"


@pytest.mark.parametrize("field,value,expected", [
    ("published_at", "2024-11-25T14:30:00", "published_at"),       # no offset
    ("published_at_source", "guess", "published_at_source"),
    ("removed", {"related_insert": -1}, "removed.related_insert"),
    ("image", {"url": "https://x/i.jpg"}, "image"),
    ("version", 0, "version"),
])
def test_schema_names_the_failing_field(field, value, expected):
    rec = new_record("https://x.example/a")
    rec[field] = value
    errors = record_errors(rec)
    assert errors and errors[0].startswith(expected), errors


def test_missing_field_is_reported_by_name():
    rec = new_record("https://x.example/a")
    del rec["title"]
    assert record_errors(rec) == ["title: missing"]


def test_error_records_are_valid_and_carry_the_reason():
    rec = error_record("https://x.example/tag/banjir", "not_article: tag page")
    assert rec["error"] == "not_article: tag page" and rec["body"] == ""
    assert record_errors(rec) == []


def test_removal_classes_are_stable_and_allowed_by_schema():
    for name in ("weather_header", "date_bar", "navigation", "related_insert", "ad_marker", "share_cta",
                 "follow_cta", "byline", "caption", "pagination", "tags_block", "sidebar", "comments",
                 "copyright", "duplicate_body"):
        assert name in REMOVAL_CLASSES
    rec = new_record("https://x.example/a", removed=dict.fromkeys(REMOVAL_CLASSES, 1))
    assert record_errors(rec) == []
    assert set(schema()["required"]) <= set(rec)
