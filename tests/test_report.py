"""`newscrawl report`: figures per outlet and crawl day, broken-outlet alarms, a self-contained page."""

from __future__ import annotations

import json
import random
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.report.collect import collect
from newscrawl.report.health import broken_outlets
from newscrawl.report.html import render
from pipelines.output import PartitionWriter, RejectWriter
from pipelines.record import error_record, new_record

CHROMIUM = Path("/usr/bin/chromium")


def words(n: int, seed: int) -> str:
    rnd = random.Random(seed)
    vocab = "warga banjir desa sungai jalan bupati pasar harga sekolah rumah polisi kasus nelayan".split()
    return " ".join(rnd.choice(vocab) for _ in range(n))


def article(site: str, n: int, day: int, length: int, source: str = "jsonld", **kw):
    rec = new_record(f"https://{site}/berita/{day}/{n}", title=f"Berita {n}",
                     body=words(length, n * 100 + day), outlet=site.split(".")[0].title(),
                     published_at=f"2024-05-{day:02d}T08:00:00+07:00",
                     published_at_source=source, removed={"related_insert": 2, "share_cta": 1}, **kw)
    rec["crawled_at"] = f"2024-05-{day:02d}T19:15:00Z"
    return rec


def build_data(data: Path, broken_last_day: bool = True) -> None:
    """Two outlets over four crawl days; the second's template 'breaks' on the last day."""
    writer = PartitionWriter(data)
    for day in range(1, 5):
        for n in range(6):
            writer.add(article("kaltengpos.example", n, day, 300 + 10 * n, "jsonld" if n % 2 else "meta"))
            broken = broken_last_day and day == 4
            writer.add(article("radarsampit.example", n, day, 12 if broken else 420 + 5 * n, "time"))
    writer.add(article("kaltengpos.example", 99, 4, 310, duplicate_of="0123456789abcdef"))
    writer.close()
    rejects = RejectWriter(data, "20240504-191500-ab12")
    for n in range(3):
        rec = error_record(f"https://radarsampit.example/tag/{n}", "not_article: tag page")
        rec["crawled_at"] = "2024-05-04T19:15:00Z"
        rejects.add(rec)
    rejects.close()
    runs = data / "runs"
    runs.mkdir()
    (runs / "20240504-191500-ab12.json").write_text(json.dumps({
        "run_id": "20240504-191500-ab12", "started_at": "2024-05-04T19:15:00Z", "exit_code": 0,
        "problems": [],
        "totals": {"fetched": 16, "emitted": 13, "unchanged": 3},
        "stats": {"outlet/kaltengpos.example/unchanged": 3}}))


def test_figures_are_per_outlet_and_crawl_day(tmp_path):
    build_data(tmp_path)
    corpus = collect(tmp_path)
    kalteng = corpus.outlets["kaltengpos.example"]
    assert sorted(kalteng) == ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04"]
    day4 = kalteng["2024-05-04"]
    assert day4.articles == 7 and day4.duplicates == 1
    assert day4.median_words == 320
    assert day4.date_sources == {"jsonld": 4, "meta": 3}
    assert day4.removed == {"related_insert": 14, "share_cta": 7}
    assert day4.drops == {"unchanged": 3}
    assert corpus.outlets["radarsampit.example"]["2024-05-04"].drops == {"not_article": 3}
    assert corpus.names["radarsampit.example"] == "Radarsampit"


def test_body_length_collapse_against_own_history_is_an_alarm(tmp_path):
    build_data(tmp_path)
    alarms = broken_outlets(collect(tmp_path).outlets)
    assert [(a.site, a.day) for a in alarms] == [("radarsampit.example", "2024-05-04"),
                                                ("radarsampit.example", "2024-05-04")]
    assert "median body length 12 words, was 432" in alarms[0].why
    assert "empty-body rate" in alarms[1].why


def test_steady_outlets_and_short_histories_raise_no_alarm(tmp_path):
    build_data(tmp_path, broken_last_day=False)
    assert broken_outlets(collect(tmp_path).outlets) == []
    young = tmp_path / "young"
    writer = PartitionWriter(young)
    for day in (1, 2):  # two days are not enough history to judge a jump
        for n in range(5):
            writer.add(article("baru.example", n, day, 400 if day == 1 else 10))
    writer.close()
    assert broken_outlets(collect(young).outlets) == []


def test_page_is_self_contained_with_charts_per_outlet(tmp_path):
    build_data(tmp_path)
    html = render(collect(tmp_path), str(tmp_path))
    assert "<script" not in html.lower()
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert html.count("<svg") == 12  # six charts for each of two outlets
    broken = html.index("Outlets whose extraction looks broken")
    assert "Radarsampit" in html[broken:html.index("<h2>Outlets</h2>")]


def test_cli_writes_the_page_and_exits_1_on_alarms(tmp_path, capsys):
    build_data(tmp_path / "data")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "data"), "-o", str(out)]) == 1
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert "radarsampit.example looks broken on 2024-05-04" in capsys.readouterr().err


def test_cli_names_a_directory_that_is_not_a_data_dir(tmp_path, capsys):
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 2
    assert "no articles/ or rejects/ inside" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing"), "-o", str(tmp_path / "r.html")]) == 2


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)")
def test_report_renders_in_headless_chromium(tmp_path):
    build_data(tmp_path / "data")
    page = tmp_path / "report.html"
    page.write_text(render(collect(tmp_path / "data"), "data"))
    shot = tmp_path / "shot.png"
    profile = tmp_path / "chromium-profile"
    proc = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--screenshot={shot}", "--window-size=1200,2000", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    assert shot.exists(), proc.stderr[-2000:]
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1200, 2000)
    assert colours > 50  # text and coloured charts, not a blank or error page
