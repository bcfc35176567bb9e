"""Dates as Indonesian outlets print them, to timezone-aware datetimes.

Fast regexes cover the shapes seen on real pages (ISO 8601 and its malformed variants, "Senin,
25 November 2024 - 14:30 WIB", "25/11/2024, 14:30 WITA", "Kamis (29/8/2019)", "2 jam yang lalu");
``dateparser`` is only the last resort, because it costs milliseconds per call on the hot path.

Zones: an explicit zone in the text wins (WIB/WITA/WIT/WP, "+07:00", "Z"); otherwise the outlet's
default offset applies. UTC instants ("Z") are shown in the outlet's zone, so that the calendar day
is the one the outlet's readers saw.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

#: Month names and abbreviations, Indonesian and English, lower-case.
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
         "oktober", "november", "desember"), 1)},
    **{m: i for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"), 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "aug": 8, "agust": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12,
    "dec": 12, "pebruari": 2, "nopember": 11, "sepember": 9,
}

#: Zone abbreviations to UTC offsets. WP ("Waktu Papua") is how Jubi writes WIT.
ZONE_OFFSETS: dict[str, str] = {
    "wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "wp": "+09:00",
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00",
}

WEEKDAYS = (r"(?:senin|selasa|rabu|kamis|jum'?at|jumat|sabtu|minggu|ahad|monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)")
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (r"(?:[\s,|\-–—:@]*(?:pukul|jam|at)?\s*(?P<hh>\d{1,2})[.:](?P<mm>\d{2})(?:[.:](?P<ss>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?)?")
_ZONE = r"(?:\s*(?P<zone>wib|wita|wit|wp|utc|gmt|[+-]\d{2}:?\d{2})\b)?"

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?"
    r"(?:[.,]\d+)?\s*(?P<off>Z|[+-]\d{2}:?\d{2})?Z?)?", re.I)
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>\d{4})" + _TIME + _ZONE, re.I)
_MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME + _ZONE, re.I)
_NUMERIC = re.compile(
    r"(?<![\d/])(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4}|\d{2})(?![\d/])" + _TIME + _ZONE,
    re.I)
_RELATIVE = re.compile(
    r"(?P<n>\d+|se)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?"
    r"|days?|weeks?|months?|years?|mins?|hrs?)\s+(?:yang\s+)?(?:lalu|ago)\b", re.I)
_UNIT_SECONDS = {
    "detik": 1, "second": 1, "menit": 60, "minute": 60, "min": 60, "jam": 3600, "hour": 3600, "hr": 3600,
    "hari": 86400, "day": 86400, "minggu": 604800, "pekan": 604800, "week": 604800,
    "bulan": 2592000, "month": 2592000, "tahun": 31536000, "year": 31536000,
}
#: A date in the text carries a weekday, a time or a zone: the shape of a publish line.
_HAS_TIME = re.compile(r"\d{1,2}[.:]\d{2}")


def offset_tz(offset: str) -> timezone:
    """'+07:00' (or '+0700') to a tzinfo."""
    sign = -1 if offset.startswith("-") else 1
    digits = offset.lstrip("+-").replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _zone_tz(zone: str | None, default: str) -> timezone:
    if not zone:
        return offset_tz(default)
    z = zone.lower()
    return offset_tz(ZONE_OFFSETS.get(z, z if z[0] in "+-" else default))


def _build(year: int, month: int, day: int, hh: str | None, mm: str | None, ss: str | None,
           tz: timezone, ampm: str | None = None) -> datetime | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    hour = int(hh or 0)
    if ampm and ampm.lower().startswith("p") and hour < 12:
        hour += 12
    elif ampm and ampm.lower().startswith("a") and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, int(mm or 0), int(ss or 0), tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str, default_offset: str = "+07:00") -> datetime | None:
    """ISO 8601 and its everyday corruptions ('+07:00Z', a space for 'T', no zone, fractions)."""
    m = _ISO.search(text)
    if not m:
        return None
    tz = _zone_tz(m["off"], default_offset) if m["off"] else offset_tz(default_offset)
    return _build(int(m["y"]), int(m["m"]), int(m["d"]), m["hh"], m["mm"], m["ss"], tz)


def _from_match(m: re.Match[str], month: int, default_offset: str) -> datetime | None:
    return _build(int(m["year"]), month, int(m["day"]), m["hh"], m["mm"], m["ss"],
                  _zone_tz(m["zone"], default_offset), m["ampm"])


def parse_text_date(text: str, default_offset: str = "+07:00", now: datetime | None = None,
                    *, slow: bool = False) -> datetime | None:
    """The first date in a short visible text (a date line), or None.

    ``now`` resolves relative dates ("2 jam yang lalu"); ``slow`` allows dateparser as a last
    resort for shapes the regexes do not know.
    """
    if not text:
        return None
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        return _from_match(m, MONTHS[m["month"].lower()], default_offset)
    m = _MONTH_DAY_YEAR.search(text)
    if m:
        return _from_match(m, MONTHS[m["month"].lower()], default_offset)
    m = _ISO.search(text)
    if m and 1990 <= int(m["y"]) <= 2100:
        return parse_iso(text, default_offset)
    m = _NUMERIC.search(text)
    if m and 1 <= int(m["month"]) <= 12:
        return _from_match(m, int(m["month"]), default_offset)
    m = _RELATIVE.search(text)
    if m and now is not None:
        n = 1 if m["n"].lower() == "se" else int(m["n"])
        unit = m["unit"].lower()
        seconds = _UNIT_SECONDS.get(unit) or _UNIT_SECONDS.get(unit.rstrip("s"), 0)
        return (now - timedelta(seconds=n * seconds)).astimezone(offset_tz(default_offset))
    if slow:
        return _dateparser(text, default_offset)
    return None


def _dateparser(text: str, default_offset: str) -> datetime | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["id", "en"],
                              settings={"TIMEZONE": "UTC" + default_offset, "RETURN_AS_TIMEZONE_AWARE": True,
                                        "PREFER_DATES_FROM": "past"})
    return parsed


def parse_date(value: str, default_offset: str = "+07:00", now: datetime | None = None,
               *, slow: bool = True) -> datetime | None:
    """A machine or human date value (meta content, JSON-LD, a date line) to an aware datetime."""
    value = (value or "").strip()
    if not value:
        return None
    if value[:4].isdigit() and value[4:5] == "-":
        dt = parse_iso(value, default_offset)
        if dt:
            return dt
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp
        ts = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(ts, offset_tz(default_offset))
    return parse_text_date(value, default_offset, now, slow=slow)


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=/|$|\D)")


def url_date_parts(url: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a ``/YYYY/MM/DD/`` URL path, or None."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return year, month, day


def has_time(text: str) -> bool:
    """True when a date line also gives a time of day: publish lines do, "today" bars do not."""
    return bool(_HAS_TIME.search(text))


def local_iso(dt: datetime, default_offset: str = "+07:00") -> str:
    """ISO 8601 with an explicit offset; UTC instants are shown in the outlet's zone."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=offset_tz(default_offset))
    elif dt.utcoffset() == timedelta(0):
        dt = dt.astimezone(offset_tz(default_offset))
    return dt.isoformat(timespec="seconds")
