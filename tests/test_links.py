"""The link checker against a real HTTP server on 127.0.0.1 (and a real TLS one): no mocks."""

from __future__ import annotations

import email.utils
import json
import multiprocessing
import socket
import sqlite3
import ssl
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import TODAY, Run, medlint

HTML = b"<html><body><h2 id='present'>Here</h2><a name='named'></a></body></html>"
HUGE_BYTES = 200 * 1024 * 1024


class Site(BaseHTTPRequestHandler):
    """Routes for every case of the matrix; counts the requests each path receives."""

    hits: ClassVar[Counter[str]] = Counter()
    sent: ClassVar[Counter[str]] = Counter()
    lock = threading.Lock()
    release = threading.Event()  # set when the test ends: silent handlers return

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        count = self._count()
        path = self.path
        redirects = {"/r301": (301, "/r308"), "/r308": (308, "/ok"), "/loop-a": (302, "/loop-b"),
                     "/loop-b": (302, "/loop-a"), "/relative": (302, "ok"),
                     "/to-404": (302, "/missing"), "/to-bad-port": (302, "http://a:b/"),
                     "/to-bad-ipv6": (301, "http://[::1/x"), "/to-port-99999": (302, "http://example.invalid:99999/"),
                     "/to-credentials": (301, "http://user:secret@{host}/ok")}
        if path in redirects:
            status, location = redirects[path]
            host = "{}:{}".format(*self.server.server_address[:2])
            return self._send(status, headers={"Location": location.format(host=host)})
        if path == "/ok":
            return self._send(200, HTML)
        if path == "/missing":
            return self._send(404)
        if path == "/gone":
            return self._send(410)
        if path == "/flaky500":
            return self._send(500 if count == 1 else 200, HTML)
        if path == "/always503":
            return self._send(503)
        if path == "/429-twice":
            return self._send(429 if count <= 2 else 200, HTML)
        if path == "/429-always" or path.startswith("/throttled/"):
            return self._send(429)
        if path == "/retry-after-seconds":
            return self._send(429 if count == 1 else 200, HTML, {"Retry-After": "1"})
        if path == "/retry-after-date":
            when = email.utils.formatdate(time.time() + 2, usegmt=True)
            return self._send(503 if count == 1 else 200, HTML, {"Retry-After": when})
        if path == "/slow":
            time.sleep(3)
            return self._send(200, HTML)
        if path == "/cf":
            return self._send(403, headers={"cf-mitigated": "challenge"})
        if path == "/999":
            return self._send(999)
        if path == "/huge":
            return self._huge()
        if path in ("/drip-headers", "/drip-body"):
            return self._drip(in_body=path == "/drip-body")
        if path.startswith("/silent/"):
            self.release.wait(60)  # accepts, then says nothing
            return None
        if path.startswith("/page/"):
            return self._send(200, HTML)
        return self._send(404)

    def _count(self) -> int:
        with self.lock:
            self.hits[self.path] += 1
            return self.hits[self.path]

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, in_body: bool) -> None:
        """One byte every 0.3 s for a minute: no read ever times out, the request never ends."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n"
        if in_body:
            self.wfile.write(head + b"\r\n")
        try:
            for _ in range(200):
                self.wfile.write(b"x" if in_body else b"X-Slow: a\r\n"[:1])
                if self.release.wait(0.3):
                    return
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            while self.sent["/huge"] < HUGE_BYTES:
                self.wfile.write(chunk)
                with self.lock:
                    self.sent["/huge"] += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def server():
    Site.hits = Counter()
    Site.sent = Counter()
    Site.release = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    Site.release.set()
    httpd.shutdown()
    httpd.server_close()


SETTINGS = ("links:\n  allow_private: true\n  min_gap: 0\n  backoff: 0.05\n  read_timeout: 0.5\n"
            "  connect_timeout: 0.5\n  deadline: 6\n  retry_after_cap: 3\n  check_https: false\n"
            "  cache: {cache}\n")


@pytest.fixture()
def site_dir(tmp_path: Path) -> Path:
    (tmp_path / ".medlint.yml").write_text(SETTINGS.format(cache=tmp_path / "links.sqlite"))
    return tmp_path


def check_links(folder: Path, *extra: str) -> list[dict]:
    result = medlint("check", "--select", "LINK", "--format", "json", "--today", TODAY,
                     *extra, str(folder))
    assert result.exit_code in (0, 1), result.stderr
    return result.findings()


def article(folder: Path, urls: list[str], name: str = "a.md") -> Path:
    path = folder / name
    path.write_text("# Links\n\n" + "".join(f"- [link]({url})\n" for url in urls))
    return path


def outcome_of(folder: Path, url: str) -> tuple[str, str]:
    article(folder, [url])
    findings = check_links(folder)
    if not findings:
        return "ok", ""
    names = {"LINK001": "dead", "LINK002": "unverified", "LINK003": "moved"}
    assert len(findings) == 1, findings
    return names[findings[0]["code"]], findings[0]["message"]


@pytest.mark.parametrize(("path", "outcome", "message"), [
    ("/ok", "ok", ""),
    ("/r301", "moved", "moved permanently to {base}/ok"),
    ("/loop-a", "dead", "redirect loop"),
    ("/relative", "ok", ""),
    ("/to-404", "dead", "404 Not Found"),
    ("/missing", "dead", "404 Not Found"),
    ("/gone", "dead", "410 Gone"),
    ("/flaky500", "ok", ""),
    ("/always503", "unverified", "503 Service Unavailable after 3 tries"),
    ("/429-twice", "ok", ""),
    ("/429-always", "unverified", "429 Too Many Requests after 3 tries"),
    ("/slow", "unverified", "timed out after 0.5 s, 3 tries"),
    ("/cf", "unverified", "Cloudflare bot challenge"),
    ("/999", "unverified", "the site refuses automated checks"),
    ("/ok#present", "ok", ""),
    ("/ok#named", "ok", ""),
    ("/ok#absent", "dead", "the page has no #absent anchor"),
])
def test_matrix(server: str, site_dir: Path, path: str, outcome: str, message: str) -> None:
    found, text = outcome_of(site_dir, server + path)
    assert found == outcome
    assert message.format(base=server) in text


def test_moved_link_offers_the_final_url_as_fix(server: str, site_dir: Path) -> None:
    article(site_dir, [server + "/r301"])
    finding = check_links(site_dir)[0]
    assert (finding["line"], finding["column"], finding["fix"]) == (3, 3, server + "/ok")


def test_retry_after_seconds_and_date_are_honoured(server: str, site_dir: Path) -> None:
    for path, least in (("/retry-after-seconds", 1.0), ("/retry-after-date", 1.0)):
        started = time.monotonic()
        assert outcome_of(site_dir, server + path) == ("ok", "")
        assert time.monotonic() - started >= least
        assert Site.hits[path] == 2


def test_connection_refused(site_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert outcome_of(site_dir, f"http://127.0.0.1:{port}/") == ("dead", f"dead link http://127.0.0.1:{port}/: connection refused")


def test_unresolvable_name_alone_proves_nothing(site_dir: Path) -> None:
    """.invalid never resolves (RFC 6761), but a machine with no DNS says the same of every
    name: with no other name resolved in the run, the link is unverified and not cached
    (tests/test_link_dns.py has the case where the resolver is known to work)."""
    started = time.monotonic()
    found, message = outcome_of(site_dir, "http://no-such-host.invalid/page")
    assert found == "unverified"
    assert "could not look up" in message or "no other name resolved in this run" in message
    assert time.monotonic() - started < 20
    with sqlite3.connect(site_dir / "links.sqlite") as connection:
        # An unverified row only counts failures; it is never reused as a result.
        assert connection.execute("SELECT count(*) FROM links WHERE outcome != 'unverified'"
                                  ).fetchone() == (0,)


def test_self_signed_certificate_is_dead(site_dir: Path, tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        found, message = outcome_of(site_dir, f"https://127.0.0.1:{httpd.server_address[1]}/ok")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert found == "dead" and "certificate verify failed" in message


@pytest.mark.parametrize(("url", "outcome"), [("/huge#absent", "dead"), ("/huge", "ok")])
def test_huge_body_reads_are_capped(server: str, site_dir: Path, url: str, outcome: str) -> None:
    started = time.monotonic()
    assert outcome_of(site_dir, server + url)[0] == outcome
    time.sleep(0.2)
    assert Site.sent["/huge"] < 32 * 1024 * 1024  # of 200 MB: the cap is 2 MiB, plus buffers
    assert time.monotonic() - started < 10


def test_same_url_in_1000_files_is_requested_once(server: str, site_dir: Path) -> None:
    files = 1000
    for index in range(files):
        article(site_dir, [server + "/missing", server.upper().replace("HTTP", "http") + "/missing#x"],
                name=f"a{index:04}.md")
    findings = check_links(site_dir)
    assert Site.hits["/missing"] == 1
    assert len(findings) == 2 * files and {f["code"] for f in findings} == {"LINK001"}


def test_archive_of_1000_articles_sharing_200_urls_costs_200_requests(server: str, site_dir: Path) -> None:
    for index in range(1000):
        article(site_dir, [f"{server}/page/{index % 200}", f"{server}/page/{(index + 7) % 200}"],
                name=f"a{index:04}.md")
    assert check_links(site_dir) == []
    assert sum(n for path, n in Site.hits.items() if path.startswith("/page/")) == 200
    assert check_links(site_dir) == []  # and the second run is served from the cache
    assert sum(n for path, n in Site.hits.items() if path.startswith("/page/")) == 200


def test_warm_cache_makes_no_requests_and_unverified_is_not_cached(server: str, site_dir: Path) -> None:
    article(site_dir, [server + "/ok", server + "/missing", server + "/always503"])
    first = check_links(site_dir)
    assert Counter(f["code"] for f in first) == {"LINK001": 1, "LINK002": 1}
    before = Counter(Site.hits)
    second = check_links(site_dir)
    assert second == first
    assert Site.hits["/ok"] == before["/ok"] and Site.hits["/missing"] == before["/missing"]
    assert Site.hits["/always503"] == before["/always503"] + 3  # checked again, never cached
    check_links(site_dir, "--refresh-links")
    assert Site.hits["/ok"] == before["/ok"] + 1


def test_throttling_host_is_backed_off(server: str, site_dir: Path) -> None:
    (site_dir / ".medlint.yml").write_text(
        SETTINGS.format(cache=site_dir / "links.sqlite") + "  throttle_limit: 2\n  concurrency: 1\n")
    urls = [f"{server}/throttled/{n}" for n in range(6)]
    article(site_dir, urls)
    findings = check_links(site_dir)
    assert len(findings) == len(urls) and {f["code"] for f in findings} == {"LINK002"}
    requested = sum(n for path, n in Site.hits.items() if path.startswith("/throttled/"))
    assert requested == 2 * 3  # two URLs tried three times each; the other four left alone
    assert sum("backing off" in f["message"] for f in findings) == 4


def test_private_addresses_are_not_requested_by_default(server: str, tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text(f"links:\n  cache: {tmp_path / 'c.sqlite'}\n")
    found, message = outcome_of(tmp_path, server + "/ok")
    assert found == "unverified" and "private or loopback address" in message
    assert Site.hits["/ok"] == 0


WRITES_PER_WORKER, WORKERS = 200, 4


def _write_cache(args: tuple[str, int]) -> None:
    from linter.linkcheck.cache import LinkCache

    path, worker = args
    cache = LinkCache(Path(path), 3600, 3600)
    for index in range(WRITES_PER_WORKER):
        cache.put(f"https://example.org/{worker}/{index}", "ok", 200, None, "200 OK", None, None)
    cache.close()


def test_concurrent_processes_write_the_cache_safely(tmp_path: Path) -> None:
    path = str(tmp_path / "links.sqlite")
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        pool.map(_write_cache, [(path, worker) for worker in range(WORKERS)])
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM links").fetchone() == (WORKERS * WRITES_PER_WORKER,)


def corrupt_a_page(path: Path, page: int | None = None) -> None:
    """Overwrite one whole page in the middle of an SQLite file with garbage, as a disk, a
    crash mid-copy or a hostile pull request might."""
    size = path.stat().st_size
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    index = page if page is not None else size // page_size // 2
    assert 1 <= index < size // page_size
    with path.open("r+b") as handle:
        handle.seek(index * page_size)
        handle.write(bytes((index * 131 + n * 7) % 256 for n in range(page_size)))


def stderr_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("medlint: ") or "cache" in line]


def lint_links_twice(folder: Path, url_hits: str) -> tuple[Run, Run, int]:
    first = medlint("check", "--select", "LINK", "--format", "json", "--today", TODAY, str(folder))
    hits = Site.hits[url_hits]
    second = medlint("check", "--select", "LINK", "--format", "json", "--today", TODAY, str(folder))
    return first, second, Site.hits[url_hits] - hits


def test_garbage_link_cache_is_replaced_with_one_warning(server: str, site_dir: Path) -> None:
    (site_dir / "links.sqlite").write_bytes(b"this is not a database" * 100)
    article(site_dir, [server + "/missing"])
    first, second, later_hits = lint_links_twice(site_dir, "/missing")
    assert [f["code"] for f in first.findings()] == ["LINK001"] and first.exit_code == 1
    assert stderr_lines(first.stderr) == [
        f"medlint: link cache {site_dir / 'links.sqlite'} was corrupt (file is not a database); "
        "started a new one"]
    assert second.findings() == first.findings() and stderr_lines(second.stderr) == []
    assert later_hits == 0  # the new cache answered the second run


def test_corrupt_page_in_link_cache_is_replaced_with_one_warning(server: str, site_dir: Path) -> None:
    from linter.linkcheck.cache import LinkCache

    cache = LinkCache(site_dir / "links.sqlite", 3600, 3600)
    for index in range(3000):
        cache.put(f"https://example.org/a/long/path/to/page/{index}", "ok", 200, None, "200 OK",
                  frozenset({"present", "named"}), None)
    cache.close()
    corrupt_a_page(site_dir / "links.sqlite")
    article(site_dir, [server + "/missing", server + "/ok#absent"])
    started = time.monotonic()
    first, second, later_hits = lint_links_twice(site_dir, "/missing")
    assert first.exit_code == 1 and "Traceback" not in first.stderr
    assert [(f["code"], f["message"].rsplit(": ", 1)[1]) for f in first.findings()] == [
        ("LINK001", "404 Not Found"), ("LINK001", "the page has no #absent anchor")]
    (warning,) = stderr_lines(first.stderr)
    assert "link cache" in warning and "was corrupt (database disk image is malformed)" in warning
    assert second.findings() == first.findings() and stderr_lines(second.stderr) == []
    assert later_hits == 0
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("tampering", [
    "outcome = 'banana'", "status = 'two hundred'", "anchors = '{not json'",
    "anchors = '" + "[" * 100000 + "'", "final_url = 'javascript:alert(1)', outcome = 'moved'",
    "checked_at = 'now'", "https_works = 7", "error = x'00ff'", "anchors = '[1, 2]'",
])
def test_tampered_link_cache_rows_are_checked_again(server: str, site_dir: Path, tampering: str) -> None:
    article(site_dir, [server + "/missing", server + "/ok#present"])
    check_links(site_dir)
    with sqlite3.connect(site_dir / "links.sqlite") as connection:
        connection.execute(f"UPDATE links SET {tampering}")
    connection.close()
    first, second, later_hits = lint_links_twice(site_dir, "/missing")
    assert first.exit_code == 1 and "Traceback" not in first.stderr
    assert [f["code"] for f in first.findings()] == ["LINK001"]
    assert stderr_lines(first.stderr) == [
        f"medlint: link cache {site_dir / 'links.sqlite'} has malformed entries; they are checked again"]
    assert Site.hits["/missing"] == 2  # the first run's, then the one the tampered row cost
    assert second.findings() == first.findings() and stderr_lines(second.stderr) == []
    assert later_hits == 0  # the rows were written again, well formed


def test_link_cache_with_a_foreign_schema_is_replaced(server: str, site_dir: Path) -> None:
    with sqlite3.connect(site_dir / "links.sqlite") as connection:
        connection.execute("CREATE TABLE links (url TEXT PRIMARY KEY, verdict TEXT)")
        connection.execute("INSERT INTO links VALUES (?, 'fine')", (server + "/missing",))
    connection.close()
    article(site_dir, [server + "/missing"])
    first, second, _ = lint_links_twice(site_dir, "/missing")
    assert [f["code"] for f in first.findings()] == ["LINK001"]
    (warning,) = stderr_lines(first.stderr)
    assert "was corrupt (table links has columns url, verdict); started a new one" in warning
    assert stderr_lines(second.stderr) == []


def test_offline_opens_no_socket_but_uses_the_cache(server: str, site_dir: Path) -> None:
    article(site_dir, [server + "/missing", server + "/never-checked"], name="a.md")
    (site_dir / "local.md").write_text("[gone](nope.md)\n")
    check_links(site_dir / "a.md")  # warms the cache for both URLs
    (site_dir / "a.md").write_text(f"[a]({server}/missing) [b]({server}/not-in-cache)\n")
    guard = ("import os, sys\n"
             "def hook(event, args):\n"
             "    if event.startswith('socket.'):\n"
             "        sys.stderr.write('medlint opened a socket: ' + event)\n"
             "        sys.stderr.flush()\n"
             "        os._exit(99)\n"
             "sys.addaudithook(hook)\n"
             "from linter.cli import main\n"
             "main(sys.argv[1:])\n")
    result = subprocess.run([sys.executable, "-c", guard, "check", "--offline", "--select", "LINK",
                             "--format", "json", str(site_dir)],
                            capture_output=True, text=True, cwd=site_dir, timeout=60)
    assert result.returncode == 1 and "opened a socket" not in result.stderr, result.stderr
    codes = [(Path(f["path"]).name, f["code"]) for f in json.loads(result.stdout)]
    assert codes == [("a.md", "LINK001"), ("local.md", "LINK005")]


def test_mailto_syntax_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("[ok](mailto:editors@example.org) [bad](mailto:editors@@example)\n")
    result = medlint("check", "--offline", "--select", "LINK006", "--format", "json", str(tmp_path))
    assert result.codes_at() == ["1:34 LINK006"]


class _DualProtocolServer(ThreadingHTTPServer):
    """HTTP and TLS on one port (a TLS handshake starts with byte 0x16), so that the https://
    form of an http:// link can be checked on the same host and port."""

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), Site)
        self.daemon_threads = True
        self.context = context

    def get_request(self):  # type: ignore[no-untyped-def]
        connection, address = super().get_request()
        if connection.recv(1, socket.MSG_PEEK) == b"\x16":
            connection = self.context.wrap_socket(connection, server_side=True)
        return connection, address


def test_http_link_whose_https_form_works_is_insecure(site_dir: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))  # the test CA, trusted for this run
    Site.hits = Counter()
    httpd = _DualProtocolServer(context)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    (site_dir / ".medlint.yml").write_text(
        SETTINGS.format(cache=site_dir / "links.sqlite").replace("check_https: false", "check_https: true"))
    url = f"http://127.0.0.1:{httpd.server_address[1]}/ok"
    try:
        article(site_dir, [url])
        findings = check_links(site_dir)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert [(f["code"], f["fix"]) for f in findings] == [("LINK004", "https" + url[4:])]
    assert Site.hits["/ok"] == 2  # once over http, once over https


def test_malformed_urls_are_dead_links_and_the_run_goes_on(server: str, site_dir: Path) -> None:
    """A URL no client can follow is as dead as a 404 (LINK001), whether the article or a
    redirect's Location has it: never a crash that loses every other finding."""
    broken = ["http://example.invalid:99999/", "http://a:b/", "http://[::1/x", "http:///nohost"]
    redirects = [server + "/to-bad-port", server + "/to-bad-ipv6", server + "/to-port-99999"]
    article(site_dir, [*broken, *redirects, server + "/missing", server + "/ok"])
    sarif = site_dir / "out.sarif"
    result = medlint("check", "--select", "LINK", "--format", "sarif", "-o", str(sarif),
                     "--format", "json", "--today", TODAY, str(site_dir / "a.md"))
    assert result.exit_code == 1 and "Traceback" not in result.stderr, result.stderr
    found = [(f["line"], f["code"], f["message"]) for f in result.findings()]
    assert [(line, code) for line, code, _ in found] == [(n, "LINK001") for n in range(3, 11)]
    messages = [message for _, _, message in found]
    assert "malformed URL: Port out of range 0-65535" in messages[0]
    assert "malformed URL: Port could not be cast to integer value as 'b'" in messages[1]
    assert "malformed URL: Invalid IPv6 URL" in messages[2]
    assert "malformed URL: no valid host name" in messages[3]
    assert all("redirect to a URL no client can follow" in m for m in messages[4:7]), messages
    assert messages[7].endswith("404 Not Found")
    assert len(json.loads(sarif.read_text())["runs"][0]["results"]) == len(found)


def test_credentials_never_reach_output_or_cache(server: str, site_dir: Path) -> None:
    """`user:password@` in a link is dropped before the request, from the findings, the fix
    and the link cache; the URL is checked as if written without it."""
    host = server.removeprefix("http://")
    article(site_dir, [f"http://editor:hunter2@{host}/missing", f"http://token@{host}/to-credentials"])
    result = medlint("check", "--select", "LINK", "--format", "json", "--today", TODAY, str(site_dir))
    findings = result.findings()
    assert [(f["code"], f.get("fix")) for f in findings] == [("LINK001", None), ("LINK003", None)]
    assert findings[0]["message"] == f"dead link {server}/missing: 404 Not Found"
    assert f"moved permanently to {server}/ok" in findings[1]["message"]
    stored = (site_dir / "links.sqlite").read_bytes() + b"".join(
        p.read_bytes() for p in site_dir.glob("links.sqlite-*"))
    for secret in (b"hunter2", b"editor", b"token", b"secret", b"user:"):
        assert secret not in stored and secret.decode() not in result.stdout + result.stderr
    assert Site.hits["/missing"] == 1


@pytest.mark.parametrize("host", [
    "127.0.0.1", "[::ffff:127.0.0.1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]",
    "100.64.0.1", "100.100.100.200", "169.254.169.254", "10.0.0.1", "192.0.0.8", "198.18.0.1",
    "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "224.0.0.1",
])
def test_private_guard_covers_every_special_purpose_range(server: str, tmp_path: Path, host: str) -> None:
    """Carrier-grade NAT (one cloud's metadata service), benchmarking, IETF and every IPv6
    form that embeds a loopback IPv4 address are refused like loopback: nothing is sent."""
    (tmp_path / ".medlint.yml").write_text(f"links:\n  cache: {tmp_path / 'c.sqlite'}\n  deadline: 5\n")
    port = server.rsplit(":", 1)[1]
    started = time.monotonic()
    found, message = outcome_of(tmp_path, f"http://{host}:{port}/ok")
    assert found == "unverified" and "private or loopback address" in message, message
    assert sum(Site.hits.values()) == 0
    assert time.monotonic() - started < 5


def lint_in_process(folder: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """medlint as its own process, so the time includes its exit (threads it left behind)."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--select", "LINK", "--format",
                           "json", "--today", TODAY, *extra, str(folder)],
                          capture_output=True, text=True, timeout=120)
    return done, time.monotonic() - started


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body#present"])
def test_deadline_holds_for_a_server_sending_a_byte_at_a_time(server: str, site_dir: Path,
                                                              path: str) -> None:
    """No single read times out (a byte arrives every 0.3 s, read_timeout is 2 s), yet the
    request ends at the 3 s deadline, in the headers or in a body read for a #fragment."""
    (site_dir / ".medlint.yml").write_text(
        SETTINGS.format(cache=site_dir / "links.sqlite").replace("deadline: 6", "deadline: 3")
        .replace("read_timeout: 0.5", "read_timeout: 2"))
    article(site_dir, [server + path, server + "/missing"])
    done, took = lint_in_process(site_dir)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    found = [(f["code"], f["message"]) for f in json.loads(done.stdout)]
    assert found[0][0] == "LINK002" and "gave up after 3 s" in found[0][1], found
    assert found[1] == ("LINK001", f"dead link {server}/missing: 404 Not Found")
    assert took < 15  # 3 s and a new interpreter; without the deadline this takes a minute


def test_phase_budget_reports_the_rest_unverified(server: str, site_dir: Path) -> None:
    """16 URLs whose server never answers, with a 30 s deadline each: the link phase stops at
    its 3 s budget, reports every URL it could not finish as unverified, and medlint exits."""
    (site_dir / ".medlint.yml").write_text(
        SETTINGS.format(cache=site_dir / "links.sqlite").replace("deadline: 6", "deadline: 30")
        .replace("read_timeout: 0.5", "read_timeout: 30")
        + "  budget: 3\n  concurrency: 4\n  per_host: 4\n")
    urls = [f"{server}/silent/{n}" for n in range(16)]
    article(site_dir, urls)
    done, took = lint_in_process(site_dir)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    found = json.loads(done.stdout)
    assert len(found) == len(urls) and {f["code"] for f in found} == {"LINK002"}
    assert all("used its budget of 3 s (links.budget)" in f["message"] for f in found), found
    assert took < 15
