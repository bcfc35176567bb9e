"""The health report as one self-contained HTML page: inline CSS and SVG, no scripts, no fetches."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape

from newscrawl.report import svg
from newscrawl.report.collect import Corpus, Day
from newscrawl.report.health import Alarm, broken_outlets
from pipelines.record import DATE_SOURCES

CSS = """
body{font-family:sans-serif;margin:16px;color:#222;max-width:1180px}
h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:22px 0 6px;border-bottom:1px solid #ccc}
h3{font-size:14px;margin:16px 0 4px} .muted{color:#666;font-size:12px}
table{border-collapse:collapse;font-size:12px}
td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:right}
td:first-child,th:first-child{text-align:left} .charts{display:flex;flex-wrap:wrap;gap:8px}
.charts svg{border:1px solid #eee;background:#fcfcfc} .alarm{color:#b00020;font-weight:bold}
ul.alarms li{margin:2px 0} .ok{color:#007a3d}
"""


def _total(days: dict[str, Day]) -> Day:
    out = Day()
    for d in days.values():
        out.articles += d.articles
        out.duplicates += d.duplicates
        out.updated += d.updated
        out.empty += d.empty
        out.lengths.extend(d.lengths)
        out.date_sources.update(d.date_sources)
        out.removed.update(d.removed)
        out.drops.update(d.drops)
    return out


def _overview(corpus: Corpus, alarmed: set[str]) -> str:
    rows = []
    for site in sorted(corpus.outlets):
        t = _total(corpus.outlets[site])
        drops = sum(n for k, n in t.drops.items() if k != "unchanged")
        flag = ' <span class="alarm">broken?</span>' if site in alarmed else ""
        rows.append(f'<tr><td><a href="#{escape(site)}">{escape(corpus.names.get(site, site))}</a>{flag}'
                    f'<br><span class="muted">{escape(site)}</span></td><td>{len(corpus.outlets[site])}</td>'
                    f"<td>{t.articles}</td><td>{t.median_words:.0f}</td><td>{t.empty_rate:.0%}</td>"
                    f"<td>{t.duplicates}</td><td>{t.updated}</td><td>{drops}</td>"
                    f'<td>{t.drops.get("unchanged", 0)}</td></tr>')
    return ("<table><tr><th>outlet</th><th>days</th><th>articles</th><th>median words</th>"
            "<th>empty-body rate</th><th>duplicates</th><th>updated</th><th>dropped</th>"
            "<th>unchanged</th></tr>"
            + "".join(rows) + "</table>")


def _outlet(site: str, name: str, days: dict[str, Day]) -> str:
    labels = sorted(days)
    series = [days[d] for d in labels]
    sources = [s for s in DATE_SOURCES if any(d.date_sources.get(s) for d in series)]
    drop_rows = [{**{k: n for k, n in d.drops.items() if k != "unchanged"}, "duplicate": d.duplicates}
                 for d in series]
    drop_keys = sorted({k for r in drop_rows for k, n in r.items() if n}) or ["duplicate"]
    total = _total(days)
    charts = [
        svg.bars(labels, [d.articles for d in series], "articles per crawl day"),
        svg.line(labels, [round(d.median_words) for d in series], "median body length", unit=" words"),
        svg.stacked(labels, [dict(d.date_sources) for d in series], sources or ["none"], "date source mix"),
        svg.stacked(labels, drop_rows, drop_keys, "drops and duplicates"),
        svg.bars(labels, [round(100 * d.empty_rate) for d in series], "empty-body rate",
                 color=svg.PALETTE[3], unit="%"),
        svg.hbars(list(total.removed.items()), "boilerplate removed, by class"),
    ]
    return (f'<h3 id="{escape(site)}">{escape(name)} <span class="muted">{escape(site)} · '
            f"{total.articles} articles over {len(labels)} days</span></h3>"
            f'<div class="charts">{"".join(charts)}</div>')


def _alarms(alarms: list[Alarm], names: dict[str, str]) -> str:
    if not alarms:
        return '<p class="ok">No outlet looks broken against its own history.</p>'
    items = "".join(f'<li><span class="alarm">{escape(names.get(a.site, a.site))}</span> '
                    f"({escape(a.site)}), {escape(a.day)}: {escape(a.why)}</li>" for a in alarms)
    return f'<ul class="alarms">{items}</ul>'


def _runs(corpus: Corpus) -> str:
    if not corpus.runs:
        return '<p class="muted">No run summaries in runs/.</p>'
    rows = []
    for run in sorted(corpus.runs, key=lambda r: str(r.get("started_at")))[-10:]:
        t = run.get("totals", {})
        problems = "; ".join(run.get("problems", [])) or "—"
        cells = [run.get("run_id"), run.get("started_at"), t.get("fetched", 0), t.get("emitted", 0),
                 t.get("updated", 0), t.get("unchanged", 0) + t.get("skipped_unchanged", 0),
                 t.get("duplicates", 0), t.get("rejected", 0), run.get("exit_code", "")]
        rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells)
                    + f"<td style='text-align:left'>{escape(problems)}</td></tr>")
    return ("<table><tr><th>run</th><th>started</th><th>fetched</th><th>emitted</th><th>updated</th>"
            "<th>unchanged</th><th>duplicates</th><th>rejected</th><th>exit</th><th>problems</th></tr>"
            + "".join(rows) + "</table>")


def render(corpus: Corpus, source: str) -> str:
    alarms = broken_outlets(corpus.outlets)
    alarmed = {a.site for a in alarms}
    articles = sum(d.articles for days in corpus.outlets.values() for d in days.values())
    reasons = Counter()
    for days in corpus.outlets.values():
        for d in days.values():
            reasons.update({k: n for k, n in d.drops.items() if k != "unchanged"})
    order = sorted(corpus.outlets, key=lambda s: (s not in alarmed, s))
    sections = "".join(_outlet(s, corpus.names.get(s, s), corpus.outlets[s]) for s in order)
    problems = "".join(f"<li>{escape(p)}</li>" for p in corpus.problems[:50])
    drops = ", ".join(f"{escape(k)} {n}" for k, n in reasons.most_common()) or "none"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newscrawl health report</title>
<style>{CSS}</style></head><body>
<h1>newscrawl health report</h1>
<p class="muted">{escape(source)} · generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC ·
{len(corpus.outlets)} outlets · {articles} articles · drops: {drops} · days are crawl days (UTC)</p>
<h2>Outlets whose extraction looks broken</h2>
{_alarms(alarms, corpus.names)}
<h2>Outlets</h2>
{_overview(corpus, alarmed)}
<h2>Recent runs</h2>
{_runs(corpus)}
<h2>Per outlet and day</h2>
{sections}
{f'<h2>Input problems</h2><ul>{problems}</ul>' if problems else ''}
</body></html>
"""
