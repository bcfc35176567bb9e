"""Which outlets' extraction looks broken: their latest crawl day against their own history.

A template change usually shows as the body length collapsing (the body selector now finds a
teaser or a sidebar) or jumping (it now swallows comments and related lists), or as many
pages suddenly giving no body. Each outlet is compared only with itself, because outlets
differ widely in article length.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from newscrawl.report.collect import Day

#: Latest median body length below/above this share of the historical median is a jump.
LENGTH_DROP = 0.5
LENGTH_RISE = 2.0
#: Empty-body rate rising by at least this much (absolute) over the historical rate is a jump.
EMPTY_RISE = 0.25
#: Days of history needed before an outlet is judged, and pages on the latest day.
MIN_HISTORY_DAYS = 2
MIN_PAGES = 3


@dataclass(frozen=True)
class Alarm:
    site: str
    day: str
    why: str


def check_outlet(site: str, days: dict[str, Day]) -> list[Alarm]:
    """Alarms for the outlet's latest day (with pages), judged against the days before it."""
    dated = sorted((d, v) for d, v in days.items() if v.fetched and d != "unknown")
    if len(dated) < MIN_HISTORY_DAYS + 1:
        return []
    (latest_day, latest), history = dated[-1], [v for _, v in dated[:-1]]
    if latest.fetched < MIN_PAGES:
        return []
    alarms = []
    past_lengths = [n for v in history for n in v.lengths]
    if past_lengths and latest.lengths:
        before, now = statistics.median(past_lengths), latest.median_words
        if before and (now < before * LENGTH_DROP or now > before * LENGTH_RISE):
            alarms.append(Alarm(site, latest_day, f"median body length {now:.0f} words, was {before:.0f}"))
    fetched = sum(v.fetched for v in history)
    empty_before = sum(v.empty + v.drops.get("no_body", 0) for v in history) / fetched if fetched else 0.0
    if latest.empty_rate - empty_before >= EMPTY_RISE:
        alarms.append(Alarm(site, latest_day,
                            f"empty-body rate {latest.empty_rate:.0%}, was {empty_before:.0%}"))
    return alarms


def broken_outlets(outlets: dict[str, dict[str, Day]]) -> list[Alarm]:
    return [a for site in sorted(outlets) for a in check_outlet(site, outlets[site])]
