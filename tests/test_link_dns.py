"""Name resolution in a network namespace with no network (`unshare -rnm`): its own loopback,
its own /etc/hosts, no DNS server. "No such name" proves a link dead only when the resolver is
known to work (another name resolved in the same run); otherwise it is unverified and never
cached. Connections go to the address the guard checked, even if the name changes meanwhile."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import TODAY

# Runs inside the namespace: serves 127.0.0.1 and 127.0.0.2, lints, prints what came out.
# /flip answers from 127.0.0.2 and then points flip.test at 127.0.0.1 before redirecting to
# flip.test again: a resolver asked twice would send the second request elsewhere.
INSIDE = textwrap.dedent("""
    import http.server, json, subprocess, sys, threading
    hits = []
    class Page(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass
        def do_GET(self):
            hits.append([self.server.server_address[0], self.path])
            if self.path == "/flip":
                with open(sys.argv[2], "w") as hosts:
                    hosts.write("127.0.0.1 localhost known.test flip.test\\n")
                self.send_response(302)
                self.send_header("Location", "/landed")
                self.send_header("Connection", "close")
                self.end_headers()
                return
            body = b"<html><body>fine</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
    servers = [http.server.ThreadingHTTPServer((host, 0), Page) for host in ("127.0.0.1", "127.0.0.2")]
    port = servers[0].server_address[1]
    servers[1].server_close()
    servers[1] = http.server.ThreadingHTTPServer(("127.0.0.2", port), Page)
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    folder = sys.argv[1]
    with open(folder + "/a.md.in") as template, open(folder + "/a.md", "w") as article:
        article.write(template.read().replace("PORT", str(port)))
    runs = []
    for flags in json.loads(sys.argv[3]):
        done = subprocess.run([sys.executable, "-m", "linter", "check", "--select", "LINK",
                               "--format", "json", "--today", sys.argv[4], *flags, folder],
                              capture_output=True, text=True, timeout=120)
        runs.append([done.returncode, done.stdout, done.stderr])
    print(json.dumps({"runs": runs, "hits": hits}))
""")


def in_namespace(folder: Path, hosts: str, runs: list[list[str]]) -> dict:
    """Lint folder inside a fresh user+network+mount namespace whose resolver knows only the
    given hosts file (nsswitch: files), so every other name is "no such name"."""
    (folder / "hosts").write_text(hosts)
    (folder / "nsswitch.conf").write_text("hosts: files\n")
    (folder / "inside.py").write_text(INSIDE)
    shell = ('mount --bind "$1/hosts" /etc/hosts && mount --bind "$1/nsswitch.conf" '
             '/etc/nsswitch.conf && ip link set lo up && exec "$2" "$1/inside.py" "$1" '
             '"$1/hosts" "$3" "$4"')
    try:
        done = subprocess.run(["unshare", "-rnm", "sh", "-c", shell, "sh", str(folder),
                               sys.executable, json.dumps(runs), TODAY],
                              capture_output=True, text=True, timeout=300)
    except FileNotFoundError:
        pytest.skip("no unshare here")
    if done.returncode != 0 and ("unshare" in done.stderr or "mount" in done.stderr
                                 or "ip:" in done.stderr or "not found" in done.stderr):
        pytest.skip(f"cannot make a network namespace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def settings(folder: Path) -> None:
    (folder / ".medlint.yml").write_text(
        f"links:\n  allow_private: true\n  check_https: false\n  min_gap: 0\n  deadline: 10\n"
        f"  cache: {folder / 'links.sqlite'}\n")


def cached(folder: Path) -> dict[str, str]:
    with sqlite3.connect(folder / "links.sqlite") as connection:
        return dict(connection.execute("SELECT url, outcome FROM links").fetchall())


def findings(run: list) -> list[tuple[str, str]]:
    code, stdout, stderr = run
    assert code in (0, 1) and "Traceback" not in stderr, stderr
    return [(f["code"], f["message"]) for f in json.loads(stdout)]


def test_no_such_name_without_a_working_resolver_is_unverified_and_not_cached(tmp_path: Path) -> None:
    settings(tmp_path)
    (tmp_path / "a.md.in").write_text("[gone](http://no-such-host.invalid/page)\n")
    out = in_namespace(tmp_path, "127.0.0.1 localhost\n", [[], ["--offline"]])
    first, offline = (findings(run) for run in out["runs"])
    assert first == [("LINK002", "could not verify http://no-such-host.invalid/page: the name "
                                 "no-such-host.invalid does not resolve (Name or service not known), "
                                 "and no other name resolved in this run, so DNS may not be "
                                 "working here")]
    assert offline == []  # nothing was cached, so an offline run has nothing to say
    assert "http://no-such-host.invalid/page" not in cached(tmp_path)


def test_no_such_name_is_dead_when_another_name_resolved(tmp_path: Path) -> None:
    settings(tmp_path)
    (tmp_path / "a.md.in").write_text("[gone](http://no-such-host.invalid/page)\n\n"
                                      "[fine](http://known.test:PORT/ok)\n")
    out = in_namespace(tmp_path, "127.0.0.1 localhost known.test\n", [[], ["--offline"]])
    first, offline = (findings(run) for run in out["runs"])
    dead = [("LINK001", "dead link http://no-such-host.invalid/page: the name "
                        "no-such-host.invalid does not resolve (Name or service not known)")]
    assert first == dead and offline == dead  # the second answer came from the cache
    assert cached(tmp_path)["http://no-such-host.invalid/page"] == "dead"


def test_connection_goes_to_the_address_the_guard_checked(tmp_path: Path) -> None:
    """DNS rebinding: flip.test is 127.0.0.2 when checked, and 127.0.0.1 once /flip answered.
    The redirect back to flip.test still goes to 127.0.0.2: the name is resolved once."""
    settings(tmp_path)
    (tmp_path / "a.md.in").write_text("[flip](http://flip.test:PORT/flip)\n")
    out = in_namespace(tmp_path, "127.0.0.1 localhost known.test\n127.0.0.2 flip.test\n", [[]])
    assert findings(out["runs"][0]) == []
    assert out["hits"] == [["127.0.0.2", "/flip"], ["127.0.0.2", "/landed"]]
