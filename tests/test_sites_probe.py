"""``newscrawl sites`` lists the profiles; ``newscrawl probe`` says which mechanisms answer (local outlet)."""

import json
from datetime import date

from mockserver import Article, Outlet

from newscrawl.cli import main


def test_sites_lists_outlets_with_province_zone_and_discovery(capsys):
    assert main(["sites"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("pos_kupang "))
    assert "Nusa Tenggara Timur" in line and "WITA" in line and "news_sitemap,archive,robots,rss" in line
    # extraction-only profiles (no discovery) are hidden
    assert out.splitlines()[-1].endswith("provinces") and "detik " not in out


def test_sites_json_and_province_filter(capsys):
    assert main(["sites", "--json", "--province", "papua"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["province"] == "Papua" and r["zone"] == "WIT" for r in rows)


def test_sites_reports_a_broken_user_profile_by_file_and_key(tmp_path, capsys):
    (tmp_path / "rusak.toml").write_text('name = "Rusak"\nhomee = "https://x.id/"\n', encoding="utf-8")
    assert main(["sites", "--profiles", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "rusak.toml" in err and "'homee'" in err


def test_probe_reports_each_mechanism_of_a_local_outlet(serve, capsys):
    srv = serve()
    arts = [Article(date(2024, 5, d), f"banjir-melanda-desa-nomor-{d}") for d in range(1, 8)]
    mechanisms = {"robots", "rss", "wp_json", "listing"}
    srv.routes.update(Outlet(arts, mechanisms=mechanisms, base=srv.base).routes())
    assert main(["probe", srv.base + "/", "--delay", "0", "--max-documents", "4"]) == 0
    lines = {x.split()[0]: x for x in capsys.readouterr().out.splitlines()[1:-1]}
    assert "answers" in lines["robots"] and " 7 article URLs" in lines["robots"]
    assert "answers" in lines["rss"] and "answers" in lines["autodiscover"]
    assert "answers" in lines["wp_json"] and " 7 article URLs" in lines["wp_json"]
    assert "no answer" in lines["news_sitemap"] and "HTTP 404" in lines["news_sitemap"]
    assert "answers" in lines["listing"]


def test_probe_by_profile_with_a_window_and_nothing_answering(serve, tmp_path, capsys):
    srv = serve()
    (tmp_path / "sepi.toml").write_text(
        f'name = "Sepi"\ndomains = ["127.0.0.1:{srv.port}"]\nhome = "{srv.base}/"\n'
        '\n[[discovery]]\ntype = "rss"\n',
        encoding="utf-8")
    assert main(["probe", "sepi", "--profiles", str(tmp_path), "--delay", "0", "--since", "2024-05-01"]) == 1
    out = capsys.readouterr().out
    assert "rss" in out and "no answer" in out and "0 of 1 mechanisms answer" in out


def test_probe_rejects_unknown_names_and_bad_dates(capsys):
    assert main(["probe", "no_such_outlet"]) == 2
    assert "not a profile key" in capsys.readouterr().err
    assert main(["probe", "jubi", "--since", "2024-02-30"]) == 2
    assert "--since='2024-02-30': not a date" in capsys.readouterr().err
