"""``newscrawl validate FILE...``: check JSONL (or .jsonl.gz) records against the schema."""

from __future__ import annotations

import argparse
import sys

from newscrawl.inputs import InputError, iter_jsonl
from pipelines.record import record_errors


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check article JSONL files against the record schema",
                       description=__doc__)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    checked = bad = 0
    for path in args.files:
        records = 0
        unreadable = False
        try:
            for lineno, obj in iter_jsonl(path, strict=False):
                records += 1
                problems = [str(obj).split(": ", 1)[1]] if isinstance(obj, InputError) else record_errors(obj)
                if problems:
                    bad += 1
                    if not args.quiet:
                        for problem in problems:
                            print(f"{path}:{lineno}: {problem}")
        except InputError as exc:
            print(f"newscrawl validate: {exc}", file=sys.stderr)
            bad += 1
            unreadable = True
        if records == 0 and not unreadable:  # one message per file: a missing one is not also "empty"
            print(f"newscrawl validate: {path}: empty file, no records", file=sys.stderr)
            bad += 1
        checked += records
    print(f"{checked} records checked, {bad} invalid", file=sys.stderr)
    return 1 if bad else 0
