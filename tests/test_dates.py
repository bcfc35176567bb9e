"""Indonesian date shapes, zones and the today-bar rule."""

from datetime import UTC, datetime

import pytest

from pipelines.dates import has_time, local_iso, parse_date, parse_text_date, url_date_parts

CRAWL = datetime(2024, 11, 25, 8, 0, tzinfo=UTC)  # 15:00 WIB


@pytest.mark.parametrize(("text", "expected"), [
    ("Senin, 25 November 2024 - 14:30 WIB", "2024-11-25T14:30:00+07:00"),
    ("Jum'at, 19 Juni 2015 - 11:58 wib", "2015-06-19T11:58:00+07:00"),
    ("Kamis 09 Juli 2020 07:26 WIB", "2020-07-09T07:26:00+07:00"),
    ("Rabu, 29 Jul 2026 17:43 WIB", "2026-07-29T17:43:00+07:00"),
    ("25/11/2024, 14:30 WITA", "2024-11-25T14:30:00+08:00"),
    ("Selasa, 23/02/2016 15:32 WIT", "2016-02-23T15:32:00+09:00"),
    ("Kompas.com - 23/06/2021, 05:30 WIB", "2021-06-23T05:30:00+07:00"),
    ("Kamis (29/8/2019)", "2019-08-29T00:00:00+07:00"),
    ("on 16 Feb 2016 at 09:09 WIB", "2016-02-16T09:09:00+07:00"),
    ("Tuesday, November 12, 2019", "2019-11-12T00:00:00+07:00"),
    ("Sabtu, 24 Oktober 2020 pukul 19.20 WP", "2020-10-24T19:20:00+09:00"),
])
def test_visible_indonesian_dates_parse_with_their_zone(text, expected):
    assert local_iso(parse_text_date(text, "+07:00")) == expected


def test_outlet_default_zone_applies_when_the_text_has_none():
    dt = parse_text_date("Senin, 25 November 2024 14:30", "+08:00")
    assert local_iso(dt) == "2024-11-25T14:30:00+08:00"


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-06-19T03:40:00+07:00Z", "2015-06-19T03:40:00+07:00"),  # merdeka's malformed offset
    ("2017-02-17 13:30:08", "2017-02-17T13:30:08+07:00"),  # no zone: the outlet's
    ("2014-07-13T20:07:27.8200000", "2014-07-13T20:07:27+07:00"),
    ("2022-12-10T13:19:56+0700", "2022-12-10T13:19:56+07:00"),
])
def test_machine_dates_tolerate_everyday_corruptions(value, expected):
    assert local_iso(parse_date(value, "+07:00")) == expected


def test_utc_instants_are_shown_on_the_outlets_calendar_day():
    # 02:20 UTC is 09:20 WIB the same day, but 20:00 UTC is already the next day in WITA
    assert local_iso(parse_date("2016-02-16T02:20:00Z", "+07:00"), "+07:00") == "2016-02-16T09:20:00+07:00"
    assert local_iso(parse_date("2024-11-24T20:00:00Z", "+08:00"), "+08:00").startswith("2024-11-25T04:00")


@pytest.mark.parametrize(("text", "hours"), [("2 jam yang lalu", 2), ("30 menit lalu", 0.5),
                                              ("3 hours ago", 3), ("1 hari yang lalu", 24)])
def test_relative_dates_resolve_against_the_crawl_time(text, hours):
    dt = parse_text_date(text, "+07:00", CRAWL)
    assert (CRAWL - dt).total_seconds() == hours * 3600
    assert dt.utcoffset().total_seconds() == 7 * 3600


def test_relative_dates_without_a_crawl_time_are_unknown():
    assert parse_text_date("2 jam yang lalu", "+07:00") is None


def test_sentences_without_a_date_give_none():
    assert parse_text_date("Warga bergotong royong membersihkan sungai pada pagi hari.") is None
    assert parse_text_date("Skor akhir 2-1 untuk tuan rumah.") is None


def test_impossible_dates_are_rejected_not_raised():
    assert parse_text_date("31/02/2024") is None
    assert parse_date("2024-13-45") is None


def test_dateparser_is_the_last_resort_only_when_allowed():
    assert parse_text_date("2-Des-2023", "+07:00") is None  # the hot path: regexes only
    assert local_iso(parse_date("2-Des-2023", "+07:00")) == "2023-12-02T00:00:00+07:00"


def test_publish_lines_have_a_time_and_today_bars_do_not():
    assert has_time("Rabu, 4 November 2015 | 21:04 WIB")
    assert not has_time("Kamis, 28 November 2024")


def test_url_date_paths():
    assert url_date_parts("https://x.example/read/2015/06/19/337/1167966/slug") == (2015, 6, 19)
    assert url_date_parts("https://x.example/2024/11/slug") is None
