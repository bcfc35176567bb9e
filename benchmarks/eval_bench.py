#!/usr/bin/env python3
"""Extraction quality and speed, ours beside trafilatura, written to ``benchmarks/RESULTS.md``.

    python benchmarks/eval_bench.py [--repeat 5]

Scores, in one score.py run per gold folder: ``../shared/eval`` (real Indonesian pages) with
profiles, with the generic path only, and trafilatura; ``../shared/aeb`` (English pages) generic vs
trafilatura; ``../shared/eval-text`` (dirty texts) with ``clean``. Replaces only the "Extraction
quality" section of RESULTS.md. Exits 0 with a message
when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import UTC, datetime

from scoring import ROOT, SHARED, score, shared_available

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Extraction quality"
LABELS = {"profiles": "newscrawl (profiles)", "generic": "newscrawl --no-profiles",
          "trafilatura": "trafilatura (default)", "clean": "newscrawl clean"}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table(rows: list[tuple[str, str, dict]]) -> str:
    lines = ["| set | extractor | F1 | P | R | leak-free pages | leaks | dup pages | title | date"
             " | pages/s |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for where, name, s in rows:
        leak_free = 1 - s["leak_pages"] / s["pages"] if s["pages"] else 0.0
        lines.append(f"| {where} ({s['pages']}) | {LABELS[name]} | {s['F1']:.3f} | {s['P']:.3f}"
                     f" | {s['R']:.3f} | {leak_free:.1%} | {s['leaks']} | {s['dup_pages']}"
                     f" | {_fmt(s['title'])} | {_fmt(s['date'])} | {s['pages_per_s']:.1f} |")
    return "\n".join(lines)


def write_section(body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = f"{SECTION}\n\n{body}\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda _: block + "\n", text, count=1) if pattern.search(text) else \
        text.rstrip("\n") + "\n\n" + block
    RESULTS.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="input repetitions for the speed figure (eval)")
    args = ap.parse_args()
    if not shared_available():
        print(f"eval_bench: {SHARED} not found, nothing to measure (skipped)")
        return 0
    load_before = os.getloadavg()[0]
    rows = [("eval", n, s) for n, s in score(SHARED / "eval", ["profiles", "generic", "trafilatura"],
                                              args.repeat).items()]
    rows += [("aeb", n, s) for n, s in score(SHARED / "aeb", ["generic", "trafilatura"], 1).items()]
    if (SHARED / "eval-text").is_dir():  # dirty texts: only `clean` reads them (trafilatura takes HTML)
        rows += [("eval-text", n, s) for n, s in score(SHARED / "eval-text", ["clean"], 1).items()]
    speed = {n: s["pages_per_s"] for w, n, s in rows if w == "eval"}
    body = (f"Measured {datetime.now(UTC):%Y-%m-%d} with"
            f" `python benchmarks/eval_bench.py --repeat {args.repeat}` (score.py from ../shared/eval;"
            f" one process per command; eval input repeated {args.repeat}x for speed, aeb once)."
            f"\n\n{table(rows)}\n\nSpeed, eval pages: profiles"
            f" {speed['profiles'] / speed['trafilatura']:.1f}x trafilatura, generic"
            f" {speed['generic'] / speed['trafilatura']:.1f}x.\n\nMachine load ({os.cpu_count()} cores,"
            f" 1-minute load average): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after."
            f" Absolute pages/s move with the load; the ratio to trafilatura is taken within one run.")
    write_section(body)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
