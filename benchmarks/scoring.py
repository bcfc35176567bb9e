"""Run ``../shared/eval/score.py`` on a gold folder and return its summaries (for the bench and the gate).

The scorer lives with the reference data, outside the repo; every figure we report comes from it,
run as a subprocess exactly as its docstring shows.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
SCORE = SHARED / "eval" / "score.py"
PY = shlex.quote(sys.executable)

#: The commands we measure, by short name. ``{input}`` and ``{output}`` are filled by score.py.
COMMANDS = {
    "profiles": f"{PY} -m newscrawl.cli extract --from-jsonl {{input}}",
    "generic": f"{PY} -m newscrawl.cli extract --no-profiles --from-jsonl {{input}}",
    "trafilatura": f"{PY} {shlex.quote(str(SHARED / 'eval' / 'baselines' / 'trafilatura_run.py'))} {{input}}",
    "clean": f"{PY} -m newscrawl.cli clean {{input}} -o {{output}}",
}


def shared_available() -> bool:
    return SCORE.is_file()


def score(eval_dir: Path, names: list[str], repeat: int = 1) -> dict[str, dict]:
    """``{name: summary}`` for each named command on one gold folder, all in one score.py run."""
    argv = [sys.executable, str(SCORE), "--eval", str(eval_dir), "--repeat", str(repeat), "--json"]
    for name in names:
        argv += ["--cmd", COMMANDS[name]]
    proc = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"score.py failed on {eval_dir}: {(proc.stderr or proc.stdout)[-2000:]}")
    results = json.loads(proc.stdout[proc.stdout.index("{"):])
    return {name: results[COMMANDS[name]] for name in names}
