"""Scale benchmark: throughput, memory and reactor health of the crawl on a generated outlet, one vs
two Redis workers, and `newscrawl clean` / `reextract` records/s per worker.

    python benchmarks/scale.py                      # 20,000 articles, 100,000 records (long)
    python benchmarks/scale.py --articles 5000 --records 20000 --only crawl,redis

Every crawl runs as its own process against ``benchmarks/outlet.py`` (a separate process, no added
latency) with politeness off (it is our own server): CONCURRENT_REQUESTS 16 for the one outlet,
no AutoThrottle, no delay. ``scale_probe.Probe`` records articles/s to the last article, CPU time,
peak RSS at 5k/10k/20k articles and reactor lag. Variants, all in one invocation so ratios compare
like with like: ``ceiling`` (same spider, item pipelines off), ``inline`` (all pipelines: extract,
state, dedup, output, WARC, with extraction on the reactor thread), ``full`` (the defaults:
extraction in a worker process), ``redis1``/``redis2`` (full pipeline in distributed mode, one and two
workers). Results: printed, and written to ``benchmarks/results/scale.json``; the figures in
RESULTS.md ("Scale") come from it. Parts that need something absent (redis-server, scrapy-redis)
are skipped with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from outlet import WORDS, Outlet, article_path  # noqa: E402 (benchmarks are run as scripts)

MILESTONES = (5000, 10000, 20000)
COMMON = ["NEWSCRAWL_ALLOW_PRIVATE_URLS=1", "AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0",
          "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "TELNETCONSOLE_ENABLED=0",
          "NEWSCRAWL_REDIS_IDLE_CLOSE=1", f"BENCH_MILESTONES={','.join(map(str, MILESTONES))}",
          'EXTENSIONS={"scale_probe.Probe": 0}']


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def full_pipelines() -> dict[str, int]:
    from newscrawl import settings

    pipes = dict(settings.ITEM_PIPELINES)
    pipes["scale_probe.TimedExtractPipeline"] = pipes.pop("pipelines.scrapy.extract.ExtractPipeline")
    return pipes


def crawl(url: str, work: Path, name: str, *settings: str) -> subprocess.Popen:
    run = work / name
    run.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={url}"]
    for s in (*COMMON, f"NEWSCRAWL_DATA_DIR={run / 'data'}", f"LOG_FILE={run / 'crawl.log'}",
              f"BENCH_PROBE_OUT={run / 'probe.json'}", *settings):
        args += ["-s", s]
    path = os.pathsep.join([str(HERE), str(ROOT), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    env.pop("NEWSCRAWL_REDIS_URL", None)
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def probe(work: Path, name: str, proc: subprocess.Popen) -> dict[str, Any]:
    _, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{name}: crawl failed ({proc.returncode}): {err.decode()[-1500:]}")
    return json.loads((work / name / "probe.json").read_text())


def run_one(url: str, work: Path, name: str, *settings: str) -> dict[str, Any]:
    before = load()
    result = probe(work, name, crawl(url, work, name, *settings))
    result["load_before"], result["load_after"] = before, load()
    print(f"  {name:8} {result['items']:6} articles in {result['elapsed_s']:7.1f}s = "
          f"{result['articles_per_s']:6.1f}/s, peak RSS {result['peak_rss_mb']:.0f} MB, "
          f"cpu {result['cpu_s']['user'] + result['cpu_s']['sys']:.1f}s, extract {result['extract_s']:.1f}s, "
          f"reactor lag p99 {result['reactor_lag_ms']['p99']} ms (load {before})", flush=True)
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_server(work: Path) -> tuple[subprocess.Popen | None, str]:
    """Our own throwaway redis-server, or (None, why not)."""
    binary = shutil.which("redis-server")
    if not binary:
        return None, "redis-server not installed"
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError:
        return None, "scrapy-redis not installed (pip install 'newscrawl[redis]')"
    port = free_port()
    proc = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                             "--appendonly", "no", "--dir", str(work)], stdout=subprocess.DEVNULL)
    import redis

    for _ in range(50):
        try:
            redis.Redis(port=port).ping()
            return proc, f"redis://127.0.0.1:{port}/0"
        except redis.RedisError:
            time.sleep(0.1)
    proc.kill()
    return None, "redis-server did not start"


def bench_crawl(articles: int, work: Path, results: dict[str, Any]) -> None:
    pipes = "ITEM_PIPELINES=" + json.dumps(full_pipelines())
    with Outlet(articles) as url:
        print(f"crawl of {articles} generated articles ({url})", flush=True)
        results["ceiling"] = run_one(url, work, "ceiling", "ITEM_PIPELINES={}")
        results["inline"] = run_one(url, work, "inline", pipes, "NEWSCRAWL_EXTRACT_PROCESSES=0")
        results["full"] = run_one(url, work, "full", pipes)
    inline, ceiling = results["inline"], results["ceiling"]
    for name in ("inline", "full"):
        ratio = results[name]["articles_per_s"] / ceiling["articles_per_s"]
        results[f"ratio_{name}_vs_ceiling"] = round(ratio, 2)
    own = inline["cpu_s"]["user"] + inline["cpu_s"]["sys"]
    base = ceiling["cpu_s"]["user"] + ceiling["cpu_s"]["sys"]
    results["cpu_split_s"] = {"fetch_parse_discovery": round(base, 1), "extract_clean": inline["extract_s"],
                              "state_dedup_output_warc": round(own - base - inline["extract_s"], 1)}
    print(f"  inline/ceiling {results['ratio_inline_vs_ceiling']}, "
          f"full (offloaded)/ceiling {results['ratio_full_vs_ceiling']}; CPU split {results['cpu_split_s']}")


def bench_redis(articles: int, work: Path, results: dict[str, Any]) -> None:
    server, url_or_reason = redis_server(work)
    if server is None:
        results["redis"] = {"skipped": url_or_reason}
        print(f"redis: skipped ({url_or_reason})")
        return
    pipes = "ITEM_PIPELINES=" + json.dumps(full_pipelines())
    try:
        import redis

        with Outlet(articles) as url:
            print(f"distributed mode, {articles} articles", flush=True)
            runs: dict[str, Any] = {}
            server_db = redis.Redis.from_url(url_or_reason)
            for workers in (1, 2):
                server_db.flushdb()
                before, start = load(), time.perf_counter()
                redis_url = f"NEWSCRAWL_REDIS_URL={url_or_reason}"
                procs = [crawl(url, work, f"redis{workers}-{i}", pipes, redis_url) for i in range(workers)]
                probes = [probe(work, f"redis{workers}-{i}", p) for i, p in enumerate(procs)]
                emitted = sum(p["emitted"] for p in probes)
                # wall time to the last article of the last worker (workers start together)
                span = max(p["elapsed_s"] for p in probes) or float("nan")
                run = runs[f"redis{workers}"] = {
                    "workers": workers, "emitted": emitted, "per_worker": [p["emitted"] for p in probes],
                    "articles_per_s": round(emitted / span, 1), "elapsed_s": span,
                    "peak_rss_mb": [p["peak_rss_mb"] for p in probes], "load_before": before,
                    "wall_incl_start_and_idle_close_s": round(time.perf_counter() - start, 1),
                    "redis_used_mb": round(server_db.info("memory")["used_memory"] / 2**20, 1),
                    "redis_keys": server_db.dbsize()}
                print(f"  {workers} worker(s): {emitted} articles {run['per_worker']} in "
                      f"{span:.1f}s = {run['articles_per_s']}/s (load {before})", flush=True)
            results["redis"] = runs
    finally:
        server.terminate()
        server.wait(10)


def clean_input(path: Path, n: int) -> None:
    """``n`` articles as JSONL with a ``text`` field (what `newscrawl clean` reads), from the generator."""
    import random

    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            rng = random.Random(i)
            paras = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 55))).capitalize() + "."
                     for _ in range(rng.randint(5, 9))]
            text = "Baca juga: Berita lain\n\n" + "\n\n".join(paras) + "\n\nEditor: Redaksi"
            record = {"url": f"http://outlet.test{article_path(i)}", "title": f"Berita {i}", "text": text}
            fh.write(json.dumps(record) + "\n")


def timed(name: str, cmd: list[str], records: int, workers: int) -> dict[str, Any]:
    """Run one offline command; its records/s overall and per worker."""
    before, start = load(), time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{name} failed: {done.stderr[-1500:]}")
    secs = time.perf_counter() - start
    print(f"  {name} --workers {workers}: {records / secs:.0f} records/s "
          f"({records / secs / workers:.0f} per worker, load {before})", flush=True)
    return {"records": records, "s": round(secs, 1), "records_per_s": round(records / secs, 1),
            "per_worker": round(records / secs / workers, 1), "load_before": before}


def bench_offline(records: int, work: Path, results: dict[str, Any], warc_articles: int) -> None:
    newscrawl = [sys.executable, "-m", "newscrawl.cli"]
    src = work / "clean-input.jsonl"
    clean_input(src, records)
    offline: dict[str, Any] = {"records": records}
    for workers in (1, 2):
        out = str(work / f"clean{workers}.jsonl")
        cmd = [*newscrawl, "clean", str(src), "-o", out, "--workers", str(workers)]
        offline[f"clean_w{workers}"] = timed("clean", cmd, records, workers)
    warcs = sorted((work / "full" / "data" / "warc").glob("*.warc.gz"))
    if not warcs:
        offline["reextract"] = {"skipped": "no WARC from the full crawl (run with --only crawl,offline)"}
    else:
        copies = max(1, records // max(1, warc_articles))
        inputs = [str(warcs[0])] * copies  # the crawl's archive, read `copies` times: `records` articles
        n = warc_articles * copies
        for workers in (1, 2):
            out = str(work / f"re{workers}.jsonl")
            cmd = [*newscrawl, "reextract", *inputs, "-o", out, "--workers", str(workers)]
            offline[f"reextract_w{workers}"] = timed("reextract", cmd, n, workers)
    results["offline"] = offline


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000, help="generated outlet size (default 20000)")
    ap.add_argument("--redis-articles", type=int, default=None, help="outlet size for the Redis part")
    ap.add_argument("--records", type=int, default=100000, help="records for clean and reextract")
    ap.add_argument("--only", default="crawl,redis,offline", help="comma list of: crawl, redis, offline")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                    help="extra setting for every crawl (repeatable), e.g. to try a tuning")
    ap.add_argument("-o", "--output", default=str(HERE / "results" / "scale.json"))
    args = ap.parse_args(argv)
    parts = set(args.only.split(","))
    COMMON.extend(args.set)
    try:
        import scrapy  # noqa: F401
    except ImportError:
        print("skipped: scrapy is not installed")
        return 0
    work = Path(tempfile.mkdtemp(prefix="newscrawl-scale-"))
    results: dict[str, Any] = {"articles": args.articles, "cpus": os.cpu_count(), "load_at_start": load(),
                               "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    try:
        if "crawl" in parts:
            bench_crawl(args.articles, work, results)
        if "redis" in parts:
            bench_redis(args.redis_articles or args.articles, work, results)
        if "offline" in parts:
            bench_offline(args.records, work, results, results.get("full", {}).get("emitted", 0))
    finally:
        results["load_at_end"] = load()
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1) + "\n")
        print(f"results: {out}")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work directory kept: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
