#!/usr/bin/env python3
"""CI quality ratchet: fail when extraction or cleaning falls below the floors in ``floors.json``.

    python benchmarks/eval_gate.py

Scores ``../shared/eval`` (profiles and generic), ``../shared/aeb`` (generic) and
``../shared/eval-text`` (``clean``), each with ``--repeat 1``. Fails (exit 1) when a
figure is below its floor or leaks/duplicates are above theirs. Floors are what was measured,
rounded down: raise them when the figures improve, never lower them to let a change through.
Exits 0 with a message when ``../shared`` is absent.
"""

from __future__ import annotations

import json
import sys

from scoring import ROOT, SHARED, score, shared_available

FLOORS = ROOT / "benchmarks" / "floors.json"
#: Figures that must stay at or above the floor; the rest ("leak_pages", "dup_pages") at or below.
HIGHER_IS_BETTER = ("F1", "P", "R", "title", "date")
SETS = {"eval": ["profiles", "generic"], "aeb": ["generic"], "eval-text": ["clean"]}


def check(where: str, name: str, summary: dict, floors: dict) -> list[str]:
    failures = []
    for key, floor in floors.items():
        value = summary.get(key)
        if value is None:
            continue
        ok = value >= floor if key in HIGHER_IS_BETTER else value <= floor
        mark = "ok  " if ok else "FAIL"
        print(f"  {mark} {where:<9} {name:<9} {key:<10} {value:.3f} (floor {floor})")
        if not ok:
            failures.append(f"{where}/{name}/{key}: {value:.3f} vs floor {floor}")
    return failures


def main() -> int:
    if not shared_available():
        print(f"eval_gate: {SHARED} not found, quality gate skipped")
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failures: list[str] = []
    for where, names in SETS.items():
        if not (SHARED / where).is_dir():
            print(f"eval_gate: {SHARED / where} not found, skipped")
            continue
        for name, summary in score(SHARED / where, names, repeat=1).items():
            floor = floors.get(where, {}).get(name)
            if floor is None:
                print(f"  --   {where:<9} {name:<9} F1 {summary['F1']:.3f}: no floor recorded yet")
                continue
            failures += check(where, name, summary, floor)
    if failures:
        print("eval_gate: below the floors:\n  " + "\n  ".join(failures))
        return 1
    print("eval_gate: all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
