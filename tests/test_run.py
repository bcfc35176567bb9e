"""`newscrawl run` and `reextract` end to end against a local outlet on 127.0.0.1.

Unchanged reruns emit nothing, a changed article comes out as version 2, a crawl killed with
SIGKILL and rerun yields every article exactly once with no torn line, an overlapping run is
refused, and the run's WARC re-extracts to the records the crawl wrote.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from mockserver import HTML, XML, MockServer

from newscrawl.commands.run import EXIT_LOCKED, run_lock

pytestmark = pytest.mark.slow

WORDS = ("banjir warga desa sungai jalan jembatan pemerintah daerah bupati gubernur pasar harga beras cabai "
         "sekolah guru murid rumah sakit dokter pasien kebakaran hutan lahan polisi tersangka kasus "
         "pengadilan hakim jaksa nelayan petani sawit karet tambang listrik air bersih pelabuhan kapal "
         "bandara pesawat bantuan posko relawan anggaran dana desa pembangunan musim hujan kemarau").split()
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "NEWSCRAWL_OUTPUT_BATCH=1",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


def body_text(seed: int, paragraphs: int = 4) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(28)).capitalize() + "." for _ in range(paragraphs)]


class LocalOutlet:
    """A small outlet: robots.txt → sitemap with lastmod → article pages with distinct bodies."""

    def __init__(self, server: MockServer, n: int = 6, delay: float = 0.0) -> None:
        self.server = server
        self.delay = delay
        self.lastmod = {i: f"2024-05-{i + 1:02d}T09:00:00+07:00" for i in range(n)}
        self.bodies = {i: body_text(i) for i in range(n)}
        self.publish()

    def path(self, i: int) -> str:
        return f"/berita/2024/05/{i + 1:02d}/kabar-daerah-nomor-{i}"

    def page(self, i: int) -> bytes:
        paras = "".join(f"<p>{p}</p>" for p in self.bodies[i])
        base = self.server.base
        return (f'<html><head><title>Kabar daerah {i}</title><meta property="og:type" content="article">'
                f'<link rel="canonical" href="{base}{self.path(i)}"></head>'
                f'<body><h1>Kabar daerah nomor {i}</h1>'
                f'<time datetime="2024-05-{i + 1:02d}T08:00:00+07:00">{i + 1} Mei 2024</time>'
                f'<div class="content">{paras}</div></body></html>').encode()

    def publish(self) -> None:
        base = self.server.base
        routes = self.server.routes
        routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                 f"User-agent: *\nSitemap: {base}/sitemap.xml\n".encode())
        urls = "".join(f"<url><loc>{base}{self.path(i)}</loc><lastmod>{m}</lastmod></url>"
                       for i, m in self.lastmod.items())
        routes["/sitemap.xml"] = (200, XML, ('<?xml version="1.0"?><urlset xmlns='
                                             f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode())
        for i in self.bodies:
            routes[self.path(i)] = self._slow((200, HTML, self.page(i)))
        routes["/"] = (200, HTML, b"<html><body><h1>Kabar Uji</h1></body></html>")

    def _slow(self, route):
        if not self.delay:
            return route
        def handler(query: str):
            time.sleep(self.delay)
            return route
        return handler

    def article_hits(self) -> int:
        return sum(self.server.hits(self.path(i)) for i in self.bodies)

    def profile(self, directory: Path, key: str = "kabar_uji", name: str = "Kabar Uji") -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        host = f"127.0.0.1:{self.server.port}"
        (directory / f"{key}.toml").write_text(
            f'name = "{name}"\ndomains = ["{host}"]\nhome = "{self.server.base}/"\n'
            f'province = "Kalimantan Tengah"\n\n[[discovery]]\ntype = "robots"\n'
            f'url = "{self.server.base}/robots.txt"\n')
        return directory


def newscrawl(*args: str) -> list[str]:
    return [sys.executable, "-m", "newscrawl.cli", *args]


def run_crawl(tmp_path: Path, *extra: str, check: bool = True) -> tuple[int, dict]:
    cmd = newscrawl("run", "kabar_uji", "--profiles", str(tmp_path / "profiles"), "--data",
                    str(tmp_path / "data"), *FAST, *extra)
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    summaries = sorted((tmp_path / "data" / "runs").glob("*.json"))
    summary = json.loads(summaries[-1].read_text()) if summaries else {}
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.returncode, summary


def articles(data: Path) -> list[dict]:
    out = []
    for f in sorted((data / "articles").rglob("*.jsonl")):
        raw = f.read_bytes()
        assert raw.endswith(b"\n"), f"{f}: torn last line"
        out.extend(json.loads(line) for line in raw.splitlines())
    return out


@pytest.fixture
def outlet(tmp_path):
    with MockServer() as server:
        site = LocalOutlet(server)
        site.profile(tmp_path / "profiles")
        yield site


def test_second_run_on_an_unchanged_outlet_emits_nothing(tmp_path, outlet):
    _, first = run_crawl(tmp_path)
    assert first["totals"]["emitted"] == 6 and first["totals"]["new"] == 6
    assert first["outlets"]["kabar_uji"]["emitted"] == 6
    _, second = run_crawl(tmp_path)
    assert second["totals"]["emitted"] == 0
    assert second["totals"]["unchanged"] + second["totals"]["skipped_unchanged"] == 6
    assert len(articles(tmp_path / "data")) == 6
    assert second["problems"] == [] and second["exit_code"] == 0
    log = Path(second["files"]["log"]).read_text()
    assert "Spider closed (finished)" in log


def test_second_run_fetches_discovery_pages_only(tmp_path, outlet):
    run_crawl(tmp_path)
    assert outlet.article_hits() == 6
    first_requests = len(outlet.server.requests)
    _, second = run_crawl(tmp_path)
    assert sorted(set(outlet.server.requests[first_requests:])) == ["/robots.txt", "/sitemap.xml"]
    assert outlet.article_hits() == 6
    assert second["totals"]["skipped_unchanged"] == 6 and second["totals"]["emitted"] == 0


def test_changed_article_comes_out_as_version_2(tmp_path, outlet):
    run_crawl(tmp_path)
    outlet.bodies[2] = [*outlet.bodies[2], "Pembaruan: air surut dan warga kembali ke rumah masing-masing."]
    outlet.lastmod[2] = "2024-05-20T10:00:00+07:00"
    outlet.publish()
    _, summary = run_crawl(tmp_path)
    assert summary["totals"]["emitted"] == 1 and summary["totals"]["updated"] == 1
    # only the article whose sitemap lastmod moved was fetched again
    assert outlet.server.hits(outlet.path(2)) == 2 and outlet.article_hits() == 7
    records = articles(tmp_path / "data")
    versions = sorted((r["version"], r["body"].endswith("masing-masing.")) for r in records
                      if r["url"].endswith("nomor-2"))
    assert versions == [(1, False), (2, True)]
    assert len(records) == 7


def test_a_run_killed_with_sigkill_and_rerun_yields_every_article_once(tmp_path):
    with MockServer() as server:
        site = LocalOutlet(server, n=12, delay=0.4)
        site.profile(tmp_path / "profiles")
        data = tmp_path / "data"
        cmd = newscrawl("run", "kabar_uji", "--profiles", str(tmp_path / "profiles"), "--data", str(data),
                        *FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
        proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(list((data / "articles").rglob("*.jsonl"))) < 3:
                time.sleep(0.05)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(10)
        assert proc.returncode == -signal.SIGKILL
        written = articles(data)
        assert 3 <= len(written) < 12, "the kill must land mid-crawl"
        # the worst moment: the kill also tore the line being written
        last = sorted((data / "articles").rglob("*.jsonl"))[-1]
        with open(last, "ab") as fh:
            fh.write(b'{"id":"0123456789abcdef","url":"http://torn')
        site.delay = 0
        site.publish()
        _, summary = run_crawl(tmp_path)
    records = articles(data)
    counts = Counter(r["canonical_url"] for r in records)
    assert len(counts) == 12 and set(counts.values()) == {1}
    assert summary["totals"]["emitted"] == 12 - len(written)


def test_an_overlapping_run_is_refused_at_once(tmp_path, outlet):
    data = tmp_path / "data"
    with run_lock(data, "holder-run"):
        code, _ = run_crawl(tmp_path, check=False)
        proc = subprocess.run(newscrawl("run", "kabar_uji", "--profiles", str(tmp_path / "profiles"),
                                        "--data", str(data)),
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert code == EXIT_LOCKED and proc.returncode == EXIT_LOCKED
    assert "another run holds the lock" in proc.stderr and "holder-run" in proc.stderr
    assert not (data / "articles").exists() and outlet.article_hits() == 0


def test_reextract_of_the_runs_warc_gives_the_crawled_records(tmp_path, outlet):
    _, summary = run_crawl(tmp_path)
    out = tmp_path / "rebuilt.jsonl"
    proc = subprocess.run(newscrawl("reextract", summary["files"]["warc"], "-o", str(out), "--workers", "2",
                                    "--profiles", str(tmp_path / "profiles")),
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rebuilt = [json.loads(line) for line in out.read_text().splitlines()]
    crawled = {r["id"]: r for r in articles(tmp_path / "data")}
    assert len(rebuilt) == len(crawled) == 6

    def same(r):
        return {k: v for k, v in r.items() if k != "crawled_at"}

    assert [same(r) for r in rebuilt] == [same(crawled[r["id"]]) for r in rebuilt]


def test_outlet_that_yields_nothing_fails_the_run(tmp_path, outlet):
    outlet.server.routes["/sitemap.xml"] = (200, XML, b'<?xml version="1.0"?><urlset '
                                            b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    code, summary = run_crawl(tmp_path, check=False)
    assert code == 1 and summary["exit_code"] == 1
    assert any("kabar_uji: yielded nothing" in p for p in summary["problems"])


def test_a_crawl_stopped_with_sigint_resumes_from_its_jobdir(tmp_path):
    with MockServer() as server:
        site = LocalOutlet(server, n=12, delay=0.3)
        site.profile(tmp_path / "profiles")
        data, jobdir = tmp_path / "data", tmp_path / "job"
        args = ["--jobdir", str(jobdir), "-s", "CONCURRENT_REQUESTS=1"]
        cmd = newscrawl("run", "kabar_uji", "--profiles", str(tmp_path / "profiles"), "--data", str(data),
                        *FAST, *args)
        proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(list((data / "articles").rglob("*.jsonl"))) < 3:
                time.sleep(0.05)
            proc.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy stops gracefully, the queue stays in JOBDIR
        finally:
            proc.wait(60)
        assert proc.returncode == 1
        first = len(articles(data))
        assert 3 <= first < 12 and (jobdir / "requests.queue").exists()
        code, summary = run_crawl(tmp_path, *args)
        assert code == 0
        assert summary["totals"]["emitted"] == 12 - first
        assert site.article_hits() == 12  # the resumed run fetched only what the first did not
        assert len({r["id"] for r in articles(data)}) == len(articles(data)) == 12
        assert not jobdir.exists()  # finished: the next run starts afresh


def test_bad_arguments_are_named_and_exit_2_before_any_crawl(tmp_path, capsys):
    from newscrawl.cli import main

    assert main(["run", "no_such_outlet", "--data", str(tmp_path)]) == 2
    assert "unknown outlet 'no_such_outlet'" in capsys.readouterr().err
    assert main(["run", "--since", "2024-13-01", "--data", str(tmp_path)]) == 2
    assert "--since '2024-13-01': not a date" in capsys.readouterr().err
    assert main(["run", "-s", "NOEQUALS", "--data", str(tmp_path)]) == 2
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize("drop", [False, True])
def test_syndicated_copies_on_another_outlet_point_at_the_first_sighting(tmp_path, drop):
    with MockServer() as first_server, MockServer() as copy_server:
        original = LocalOutlet(first_server, n=3)
        original.profile(tmp_path / "profiles")
        copy = LocalOutlet(copy_server, n=3)  # the same three stories, syndicated
        copy.bodies[1] = [*copy.bodies[1][:-1], "Sumber: Kabar Uji."]  # one lightly edited
        copy.publish()
        copy.profile(tmp_path / "profiles", "kabar_salinan", "Kabar Salinan")
        settings = ["-s", f"NEWSCRAWL_DROP_DUPLICATES={drop}"]
        run_crawl(tmp_path, *settings)
        cmd = newscrawl("run", "kabar_salinan", "--profiles", str(tmp_path / "profiles"), "--data",
                        str(tmp_path / "data"), *FAST, *settings)
        proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        summary = json.loads(sorted((tmp_path / "data" / "runs").glob("*.json"))[-1].read_text())
        again = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stdout + again.stderr
    records = articles(tmp_path / "data")
    by_outlet = Counter(r["outlet"] for r in records)
    firsts = {r["url"].rsplit("/", 1)[1]: r["id"] for r in records if r["outlet"] == "Kabar Uji"}
    assert summary["totals"]["duplicates"] == 3
    if drop:
        assert by_outlet == {"Kabar Uji": 3}
        assert summary["dropped"]["duplicate_content"] == 3
    else:
        assert by_outlet == {"Kabar Uji": 3, "Kabar Salinan": 3}
        copies = [r for r in records if r["outlet"] == "Kabar Salinan"]
        assert all(r["duplicate_of"] == firsts[r["url"].rsplit("/", 1)[1]] for r in copies)
