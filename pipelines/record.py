"""The article record: the contract analysts rely on (see README, "The article record").

Every emitted line is built by :func:`new_record` and checked against
``schema/article.schema.json``; field names and removal-class names never change meaning.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from pipelines import __version__

SCHEMA_VERSION = 1
PIPELINE_VERSION = __version__

#: Stable names of the boilerplate classes counted in ``removed``. Add, never rename.
REMOVAL_CLASSES: tuple[str, ...] = (
    "weather_header",
    "date_bar",
    "navigation",
    "related_insert",
    "ad_marker",
    "share_cta",
    "follow_cta",
    "byline",
    "caption",
    "pagination",
    "tags_block",
    "sidebar",
    "comments",
    "copyright",
    "duplicate_body",
    "dateline",
    "repeated_title",
    "video_cta",
    "deck",
    "article_date",
    "template",
)

DATE_SOURCES = ("jsonld", "meta", "time", "text", "url", "none")


def normalise_body(body: str) -> str:
    """NFC, single spaces inside a paragraph, paragraphs separated by one blank line."""
    body = unicodedata.normalize("NFC", body or "")
    paras = (" ".join(p.split()) for p in body.replace("\r\n", "\n").split("\n"))
    return "\n\n".join(p for p in paras if p)


def content_hash(body: str) -> str:
    """sha256 of the normalised body, case-folded, so re-crawls of unchanged text hash alike."""
    return hashlib.sha256(" ".join(normalise_body(body).split()).casefold().encode()).hexdigest()


def article_id(canonical_url: str) -> str:
    """Stable id: the first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonical_url.encode()).hexdigest()[:16]


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def site_of(url: str) -> str:
    """The outlet's domain without ``www.``; a non-default port stays (local outlets share a host)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    return f"{host}:{parts.port}" if parts.port and parts.port not in (80, 443) else host


def new_record(url: str, canonical_url: str | None = None, **fields: Any) -> dict[str, Any]:
    """A complete record with every contract field; ``fields`` override the defaults.

    ``body`` is normalised here and ``word_count`` and ``content_hash`` derived from it, so
    no producer can emit a record whose derived fields disagree with its body.
    """
    canonical = canonical_url or url
    body = normalise_body(fields.pop("body", "") or "")
    record: dict[str, Any] = {
        "id": article_id(canonical),
        "url": url,
        "canonical_url": canonical,
        "site": site_of(canonical),
        "outlet": None,
        "title": "",
        "lead": None,
        "body": body,
        "authors": [],
        "editors": [],
        "byline_codes": [],
        "dateline": None,
        "published_at": None,
        "modified_at": None,
        "published_at_source": "none",
        "section": None,
        "tags": [],
        "image": None,
        "related": [],
        "language": None,
        "word_count": len(body.split()),
        "content_hash": content_hash(body),
        "duplicate_of": None,
        "version": 1,
        "removed": {},
        "pages": 1,
        "crawled_at": utc_now(),
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
    }
    unknown = set(fields) - set(record) - {"error"}
    if unknown:
        raise TypeError(f"unknown record fields: {sorted(unknown)}")
    record.update(fields)
    record["title"] = " ".join(unicodedata.normalize("NFC", record["title"] or "").split())
    record["removed"] = {k: v for k, v in record["removed"].items() if v}
    return record


def error_record(url: str, reason: str, **fields: Any) -> dict[str, Any]:
    """A record for a page that could not become an article (``extract`` output, rejects file)."""
    return new_record(url or "about:blank", error=reason, **fields)


@cache
def schema() -> dict[str, Any]:
    text = resources.files("pipelines").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def record_errors(record: Any) -> list[str]:
    """Human-readable schema violations of one record, each naming the failing field."""
    errors = []
    for err in sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        field = ".".join(str(p) for p in err.absolute_path)
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else err.message
            errors.append(f"{field + '.' if field else ''}{missing}: missing")
        else:
            errors.append(f"{field or '(record)'}: {err.message}")
    return errors


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text (not ASCII-escaped), newline-terminated."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class Rejected(Exception):
    """A page that cannot become an article; ``reason`` is a stable slug counted as ``dropped/<reason>``.

    Reasons in use: ``not_article``, ``no_body``, ``wrong_language``, ``parse_error``,
    ``not_html``, ``too_large``. Add, never rename.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
