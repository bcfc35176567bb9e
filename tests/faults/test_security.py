"""Security: what an outlet, a profile or a user setting controls cannot execute code, write outside
``data/``, turn the crawler against the network it runs in, read local files, or leak a password."""

from __future__ import annotations

import ast
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.discovery import rss, sitemap
from newscrawl.discovery.base import Context
from newscrawl.discovery.safety import UrlPolicy, parse_xml
from newscrawl.sites import load_file
from pipelines.output import PartitionWriter, RejectWriter, partition_path, safe_component
from pipelines.record import new_record
from pipelines.warc import WarcArchive

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("newscrawl", "pipelines")
#: Calls that run or unpickle data: none may appear in the package (config is TOML, JSON or text).
CODE_EXECUTING = {"eval", "exec", "compile", "__import__"}
UNSAFE_LOADERS = {("pickle", "load"), ("pickle", "loads"), ("marshal", "loads"), ("yaml", "load"),
                  ("yaml", "unsafe_load"), ("dill", "loads"), ("shelve", "open")}
XML_ENTRY_POINTS = {"fromstring", "XML", "parse", "iterparse", "XMLParser", "fromstringlist"}

HOSTILE_URLS = ["http://127.0.0.1:6379/", "http://localhost/admin", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/berita/1", "http://192.168.1.1/", "http://[::1]:8080/", "http://0.0.0.0/",
                "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://files.example/berita.txt",
                "javascript:alert(1)", "data:text/html,<p>x</p>"]


def _modules():
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name):
                yield node, None, f.id
            elif isinstance(f, ast.Attribute):
                owner = f.value.id if isinstance(f.value, ast.Name) else None
                yield node, owner, f.attr


# --- no code execution ------------------------------------------------------------------------------

def test_no_module_evaluates_or_unpickles_data():
    found = []
    for path, tree in _modules():
        for node, owner, name in _calls(tree):
            if (owner is None and name in CODE_EXECUTING) or (owner, name) in UNSAFE_LOADERS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {owner + '.' if owner else ''}{name}")
    assert found == []


def test_a_profile_full_of_code_loads_as_inert_text(tmp_path):
    marker = tmp_path / "PWNED"
    payload = f"__import__('os').system('touch {marker}')"
    path = tmp_path / "jahat.toml"
    path.write_text(f'name = "{payload}"\nhome = "http://kabar.example/"\nnotes = """{{{{ {payload} }}}}"""\n'
                    f'domains = ["kabar.example"]\n[extract]\nbody = "div.isi"\n', encoding="utf-8")
    profile = load_file(path)
    assert profile.name == payload
    assert not marker.exists()


# --- output paths stay inside data/ -----------------------------------------------------------------

@pytest.mark.parametrize("hostile", ["../../etc", "..", ".", "/etc/cron.d/x", "a/../../b", "C:\\Windows",
                                     "kabar.example/../../..", "\x00evil", "~root", "%2e%2e%2f"])
def test_names_from_outlets_and_urls_cannot_leave_the_data_directory(hostile, tmp_path):
    data = tmp_path / "data"
    part = safe_component(hostile)
    assert "/" not in part and "\\" not in part and part not in ("", ".", "..")
    record = new_record(f"https://kabar.example/berita/{hostile}", title="x", body="isi",
                        published_at=f"{hostile}T00:00:00+07:00")
    record["site"], record["outlet"] = hostile, hostile
    writer = PartitionWriter(data)
    assert writer.path_for(record).is_relative_to((data / "articles").resolve())
    assert not Path(partition_path(record)).is_absolute() and ".." not in Path(partition_path(record)).parts
    assert RejectWriter(data, run_id=hostile).path.is_relative_to((data / "rejects").resolve())
    assert WarcArchive.for_run(data, hostile).path.resolve().is_relative_to((data / "warc").resolve())


# --- URLs from sitemaps and feeds ---------------------------------------------------------------------

def _ctx(policy: UrlPolicy) -> Context:
    return Context(home="https://kabar.example/", policy=policy)


def _sitemap(urls: list[str]) -> bytes:
    from html import escape

    items = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>'.encode()


def _feed(urls: list[str]) -> bytes:
    from html import escape

    items = "".join(f"<item><title>t</title><link>{escape(u)}</link></item>" for u in urls)
    return f'<rss version="2.0"><channel><title>k</title>{items}</channel></rss>'.encode()


@pytest.mark.parametrize(("component", "make"), [(sitemap, _sitemap), (rss, _feed)], ids=["sitemap", "rss"])
def test_sitemap_and_feed_urls_to_private_networks_or_other_schemes_are_not_followed(component, make):
    good = "https://kabar.example/berita/2024/11/05/banjir-surut"
    result = component.parse("https://kabar.example/feed", make([good, *HOSTILE_URLS]), _ctx(UrlPolicy()))
    assert [f.url for f in result.found] == [good]


def test_the_setting_allows_private_hosts_but_never_other_schemes():
    policy = UrlPolicy(allow_private=True)
    assert policy.allows("http://10.0.0.5/berita/1") and policy.allows("http://127.0.0.1:8080/x")
    for url in ("file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://files.example/x"):
        assert not policy.allows(url)


def test_an_outlet_served_locally_may_use_its_own_host_only():
    policy = UrlPolicy(own_hosts=frozenset({"127.0.0.1:8801"}))
    assert policy.allows("http://127.0.0.1:8801/berita/1")
    assert not policy.allows("http://127.0.0.1:6379/")
    assert not policy.allows("http://169.254.169.254/latest/meta-data/")


# --- XML: no entity expansion, no network, no local files ---------------------------------------------

class _Canary(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<!ENTITY leak 'NETWORK-READ'>")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def canary():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    _Canary.hits = []
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_xml_external_entities_read_no_file_and_no_url(tmp_path, canary):
    secret = tmp_path / "secret.txt"
    secret.write_text("FILE-SECRET", encoding="utf-8")
    doc = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY file SYSTEM "file://{secret}">'
           f'<!ENTITY net SYSTEM "{canary}/entity"><!ENTITY % remote SYSTEM "{canary}/dtd"> %remote;]>'
           f'<urlset><url><loc>https://kabar.example/a&file;&net;</loc></url></urlset>').encode()
    root = parse_xml(doc)
    from lxml import etree

    text = etree.tostring(root).decode() if root is not None else ""
    assert "FILE-SECRET" not in text and "NETWORK-READ" not in text
    assert _Canary.hits == []


def test_billion_laughs_is_not_expanded():
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    doc = (f'<?xml version="1.0"?><!DOCTYPE urlset [{ents}]>'
           f"<urlset><url><loc>&lol9;</loc></url></urlset>").encode()
    started = time.process_time()
    root = parse_xml(doc)
    from lxml import etree

    size = len(etree.tostring(root)) if root is not None else 0
    assert size < 10_000  # expanded, it would be 3 GB
    assert time.process_time() - started < 5  # a guard against hanging, not a speed claim


def test_every_xml_parse_in_the_package_goes_through_the_safe_parser():
    unsafe = []
    for path, tree in _modules():
        for node, owner, name in _calls(tree):
            if owner in ("etree", "ET", "ElementTree") and name in XML_ENTRY_POINTS:
                uses_safe = any(k.arg == "parser" for k in node.keywords)
                is_factory = path.name == "safety.py" and name == "XMLParser"
                if not uses_safe and not is_factory:
                    unsafe.append(f"{path.relative_to(ROOT)}:{node.lineno}: {owner}.{name}")
    assert unsafe == []


# --- secrets ----------------------------------------------------------------------------------------------

def test_redis_password_is_masked():
    from newscrawl.distributed import mask_url

    masked = mask_url("redis://worker:s3cr3t-pass@redis.internal:6380/2")
    assert "s3cr3t" not in masked and masked == "redis://worker:***@redis.internal:6380/2"
    assert mask_url("redis://:s3cr3t-pass@10.0.0.2/0") == "redis://:***@10.0.0.2/0"
    assert mask_url("redis://redis.internal:6379/0") == "redis://redis.internal:6379/0"


def test_an_unreachable_redis_is_reported_without_its_password(tmp_path, capsys):
    pytest.importorskip("scrapy_redis")
    code = main(["run", "--redis", "redis://:s3cr3t-pass@127.0.0.1:1/0", "--data", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code == 2 and "127.0.0.1:1" in err
    assert "s3cr3t" not in err
