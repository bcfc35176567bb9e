"""``newscrawl report DATA_DIR -o report.html``: a self-contained health page of a data directory.

Per outlet and crawl day: articles, median body length, date-source mix, boilerplate removed by
class, drops and duplicates; and at the top, outlets whose extraction looks broken (body length
or empty-body rate jumped against their own history). One HTML file with inline SVG, no scripts
or external files; it opens offline and can be mailed. Exits 1 when an outlet looks broken, a file
could not be read whole (each bad line is named) or there is no article at all, so cron can alert.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from newscrawl.report.collect import collect
from newscrawl.report.health import broken_outlets
from newscrawl.report.html import render


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="HTML health report of a data directory (per outlet and day)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("data", metavar="DATA_DIR")
    p.add_argument("-o", "--output", default="report.html", metavar="OUT.html")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    corpus = collect(args.data)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(render(corpus, str(args.data)), encoding="utf-8")
    os.replace(tmp, out)
    alarms = broken_outlets(corpus.outlets)
    for problem in corpus.problems:
        print(f"newscrawl report: warning: {problem}", file=sys.stderr)
    for alarm in alarms:
        print(f"newscrawl report: {alarm.site} looks broken on {alarm.day}: {alarm.why}", file=sys.stderr)
    articles = sum(d.articles for days in corpus.outlets.values() for d in days.values())
    if not articles:
        print(f"newscrawl report: {args.data}: no articles in it", file=sys.stderr)
    print(f"{len(corpus.outlets)} outlets, {articles} articles, {len(alarms)} alarms -> {out}",
          file=sys.stderr)
    return 1 if alarms or corpus.problems or not articles else 0
