"""``newscrawl sites``: the outlet profiles, with province, time zone and discovery methods."""

from __future__ import annotations

import argparse
import json

from newscrawl.inputs import InputError
from newscrawl.sites import ProfileError, SiteProfile, load_profiles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sites", help="list outlet profiles (province, zone, discovery)", description=__doc__)
    p.add_argument(
        "--profiles",
        action="append",
        default=[],
        metavar="DIR",
        help="also load profiles from DIR (as -s NEWSCRAWL_PROFILES=DIR does for crawls)",
    )
    p.add_argument("--province", help="only outlets in this province (case-insensitive substring)")
    p.add_argument(
        "--all", action="store_true", help="also list profiles without discovery (extraction only)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    p.set_defaults(func=run)


def load(dirs: list[str]) -> dict[str, SiteProfile]:
    try:
        return load_profiles(dirs)
    except ProfileError as exc:
        raise InputError(str(exc)) from None


def describe(p: SiteProfile) -> dict:
    return {
        "key": p.key,
        "name": p.name,
        "province": p.province,
        "zone": p.timezone,
        "network": p.network,
        "theme": p.theme,
        "home": p.home,
        "discovery": [e["type"] for e in p.discovery],
    }


def run(args: argparse.Namespace) -> int:
    rows = [describe(p) for p in load(args.profiles).values() if args.all or p.discovery]
    if args.province:
        rows = [r for r in rows if args.province.lower() in (r["province"] or "").lower()]
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    header = ("KEY", "PROVINCE", "ZONE", "DISCOVERY", "NAME")
    table = [
        (r["key"], r["province"] or "-", r["zone"], ",".join(r["discovery"]) or "-", r["name"]) for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *table, strict=False)]
    for line in (header, *table):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    provinces = {r["province"] for r in rows if r["province"]}
    print(f"{len(rows)} outlets, {len(provinces)} provinces")
    return 0
