"""No input makes medlint crash, hang or lie; interruptions leave its databases consistent."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import TODAY, medlint
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import citations, dates, document, readability, spam, text
from linter.config import Config
from linter.context import RunContext
from linter.engine import Linter
from linter.kinds import kind_module
from linter.kinds import reference_dates as reference_dates_kind
from linter.rules import all_rules
from linter.selection import select_rules

ROOT = Path(__file__).resolve().parent.parent
OFFLINE_RULES = "CIT,DATE,READ,SPAM,TERM,FILE,LINK005,LINK006"


def offline_linter() -> Linter:
    config = Config(root=Path.cwd())
    rules, selected = select_rules(config, None, [], ["LINK001", "LINK002", "LINK003", "LINK004"])
    from datetime import date

    return Linter(config, rules, selected, RunContext(today=date(2026, 11, 21), offline=True))


LINTER = offline_linter()


def assert_positions_inside(source: str, findings: list) -> None:
    lines = source.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff").split("\n")
    for finding in findings:
        assert 1 <= finding.line <= max(len(lines), 1), finding
        assert finding.end_line >= finding.line, finding
        assert finding.column >= 1, finding
        if finding.code.startswith("FILE") or finding.line > len(lines):
            continue
        assert finding.column <= len(lines[finding.line - 1]) + 1, (finding, lines[finding.line - 1])


MARKDOWN_PIECES = st.sampled_from([
    "# ", "## References\n", "- ", "1. ", "> ", "| a | b |\n|---|---|\n", "```\n", "    ", "\n", "\n\n",
    "**", "_", "`", "[", "](", ")", "[^1]", "[^1]: ", "<!-- medlint-disable -->", "<!--", "-->",
    "---\n", "title: x\n", "Her2 ", "20% ", "1 in 8 ", "Studies show ", "Posted 3/4/2012 ",
    "https://example.org/a ", "mailto:x@y ", "x@gmail.com ", "+234 803 123 4567 ", "\"Quote\" – Dr. A B ",
    "pertuzumab is new. ", "\r\n", "\r", "\t", "\ufeff", "é", "😀", "\x00",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_positions_are_inside(source: str) -> None:
    result = LINTER.lint_text("a.md", source)
    assert result.errors == []
    assert_positions_inside(source, result.findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKDOWN_PIECES | st.text(max_size=12), max_size=60).map("".join))
def test_markdown_shaped_text_never_raises_and_positions_are_inside(source: str) -> None:
    result = LINTER.lint_text("a.md", source)
    assert result.errors == []
    assert_positions_inside(source, result.findings)


def builtin_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every regex medlint ships: in the packs' options, and in its modules."""
    found = []
    for rule in all_rules().values():
        specs = kind_module(rule.kind).OPTIONS
        for name, value in rule.options.items():
            kind = specs[name].type
            if kind == "regex" and value:
                found.append((f"{rule.code}.{name}", re.compile(value)))
            elif kind == "list[regex]":
                found += [(f"{rule.code}.{name}[{i}]", re.compile(p)) for i, p in enumerate(value)]
            elif name == "swap":
                found += [(f"{rule.code}.swap", re.compile(p)) for p in value]
    for module in (document, citations, dates, spam, text, reference_dates_kind):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern:
                found.append((f"{module.__name__}.{name}", value))
    found.append(("readability.COUNTED_PIECE", readability._Counter.COUNTED_PIECE))
    return found


ADVERSARIAL = {
    "digits": "1", "dots": ".", "spaces": " ", "ats": "@", "digit-space": "1 ", "dot-digit": "1.",
    "word-space": "a ", "dash-digit": "1-", "quote-space": "\" ", "paren": "(a ", "bracket": "[1",
    "percent": "1% ", "www": "www.", "url": "http://a", "at-dot": "a at b dot ", "posted": "posted  ",
}


def _time(pattern: re.Pattern[str], subject: str) -> float:
    started = time.perf_counter()
    for _ in pattern.finditer(subject):
        pass
    return time.perf_counter() - started


@pytest.mark.parametrize(("name", "pattern"), builtin_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_builtin_patterns_stay_linear_on_adversarial_input(name: str, pattern: re.Pattern[str]) -> None:
    for shape, unit in ADVERSARIAL.items():
        small = _time(pattern, "x" + unit * (4000 // len(unit)) + "z")
        large = _time(pattern, "x" + unit * (16000 // len(unit)) + "z")
        # Four times the input: a linear pattern takes about 4x; a quadratic one 16x.
        assert large < 0.25 or large < 10 * max(small, 1e-3), (name, shape, small, large)


ODD_FILES = {
    "empty.md": b"",
    "bom.md": "\ufeff# Title\n\nHer2 here.\n".encode(),
    "crlf.md": b"# Title\r\n\r\nHer2 here.\r\n",
    "cr.md": b"# Title\r\rHer2 here.\r",
    "nested-quotes.md": b">" * 3000 + b" Her2\n",
    "nested-lists.md": b"".join(b"  " * i + b"- Her2\n" for i in range(400)),
    "long-line.md": b"Her2 " + b"word " * 200000 + b"\n",
    "scalar-front-matter.md": b"---\njust a string\n---\nHer2\n",
    "alias-bomb.md": b"---\nb0: &b0 [x]\n" + b"".join(b"b%d: &b%d [*b%d, *b%d, *b%d]\n" % (i, i, i - 1, i - 1, i - 1) for i in range(1, 200)) + b"---\nHer2\n",
    "invalid-utf8.md": b"Her2 and caf\xe9 and \xff\xfe.\n",
    # Shapes that send some Markdown parsers into exponential time or a panic.
    "bracket-runs.md": b"[^" * 5000 + b"\n\n" + b"^[" * 5000 + b"\n\n" + b"[a](" * 5000 + b"\n\nHer2\n",
    "emphasis-runs.md": b"*a" * 20000 + b"\n\n" + b"_" * 20000 + b"\n\n" + b"<" * 20000 + b"\n\nHer2\n",
}


def test_odd_files_each_get_a_clear_result(tmp_path: Path) -> None:
    for name, data in ODD_FILES.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "huge.md"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    started = time.monotonic()
    result = medlint("check", "--offline", "--today", TODAY, "--select", "TERM001,FILE",
                     "--format", "json", str(tmp_path))
    assert time.monotonic() - started < 60
    assert result.exit_code == 1, result.stderr
    found = {(Path(f["path"]).name, f["code"], f["line"]) for f in result.findings()}
    assert ("huge.md", "FILE003", 1) in found
    for name in ("bom.md", "crlf.md", "cr.md"):
        assert (name, "TERM001", 3) in found
    assert ("scalar-front-matter.md", "FILE002", 1) in found
    assert any(f[:2] == ("alias-bomb.md", "FILE002") for f in found)
    assert ("invalid-utf8.md", "FILE004", 1) in found and ("invalid-utf8.md", "TERM001", 1) in found
    assert ("nested-lists.md", "TERM001", 1) in found
    assert ("long-line.md", "TERM001", 1) in found
    assert ("bracket-runs.md", "TERM001", 7) in found and ("emphasis-runs.md", "TERM001", 7) in found
    assert not any(name == "empty.md" for name, _, _ in found)


def test_a_citation_number_spaced_out_is_read_in_linear_time(tmp_path: Path) -> None:
    text = "# Lapatinib\n\nIt is taken by mouth [1" + " " * 200_000 + "-2].\n\n## References\n\n1. A source.\n"
    (tmp_path / "spaced.md").write_text(text)
    started = time.monotonic()
    result = medlint("check", "--offline", "--today", TODAY, "--select", "CIT007", "--format", "json",
                     str(tmp_path / "spaced.md"))
    assert time.monotonic() - started < 20
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in result.findings()] == [
        ("CIT007", 3, len("It is taken by mouth ") + 1,
         "reference [2] has no entry in the references list (1 entries)")]


def test_long_lists_of_sub_items_and_comma_runs_are_read_in_linear_time(tmp_path: Path) -> None:
    """A sub-item's citation may stand in its parent item, and a comma-ended item's in the item
    that ends its sentence: both are worked out in one pass, not by walking the list again for
    each item (15,000 sub-items took about 25 s that way). A labelled references list is parsed
    in one pass too."""
    items = 15_000
    nested = "# Notes\n\n- A parent item without a source\n" + "".join(
        f"  - About {i % 90 + 5}% of group {i} improved.\n" for i in range(items))
    commas = "# Runs\n\n" + "".join(f"- {i % 90 + 5}% in group {i},\n" for i in range(items)) + "- the end.\n"
    # A references list under a bold label, as long: its end was looked for over the whole section
    # at each paragraph.
    labelled = "# Notes\n\n**References**\n\n" + "".join(f"Roe A{i}. A paper. 2019.\n\n" for i in range(items))
    (tmp_path / "nested.md").write_text(nested)
    (tmp_path / "commas.md").write_text(commas)
    (tmp_path / "labelled.md").write_text(labelled)
    started = time.monotonic()
    result = medlint("check", "--offline", "--today", TODAY, "--select", "CIT001", "--format", "json",
                     "-j", "1", str(tmp_path))
    assert time.monotonic() - started < 30
    found = [(Path(f["path"]).name, f["line"], f["column"], f["message"]) for f in result.findings()]
    assert len(found) == 2 * items
    assert ("commas.md", 3, 3, "statistic '5%' has no source") in found
    assert ("nested.md", 4, 11, "statistic '5%' has no source") in found


def test_symlink_loops_do_not_hang_the_walk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("Her2\n")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    result = medlint("check", "--offline", "--select", "TERM001,FILE", "--format", "json", str(tmp_path))
    codes = sorted((Path(f["path"]).name, f["code"]) for f in result.findings())
    assert codes == [("dangling.md", "FILE001"), ("x.md", "TERM001")]


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    for copy in range(120):
        for example in (ROOT / "examples").glob("*.md"):
            shutil.copy(example, tmp_path / f"{copy}-{example.name}")
    pipeline = f"{sys.executable} -m linter check --offline {tmp_path} | head -n 1"
    result = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, cwd=tmp_path,
                            timeout=300)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


class SlowSite(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/fast"):
            self.send_response(200)
            self.end_headers()
            return
        time.sleep(5)
        self.send_response(200)
        self.end_headers()


def test_ctrl_c_during_an_audit_exits_130_and_leaves_databases_consistent(tmp_path: Path) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SlowSite)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        (tmp_path / "articles").mkdir()
        for index in range(40):
            (tmp_path / "articles" / f"a{index}.md").write_text(
                f"[fast]({base}/fast/{index}) [slow]({base}/slow/{index})\n")
        cache, history = tmp_path / "links.sqlite", tmp_path / "history.sqlite"
        (tmp_path / ".medlint.yml").write_text(
            f"links:\n  allow_private: true\n  min_gap: 0\n  per_host: 8\n  cache: {cache}\n"
            "  check_https: false\n")
        medlint("audit", "--history", str(history), "--select", "CIT", str(tmp_path / "articles"))
        process = subprocess.Popen([sys.executable, "-m", "linter", "audit", "--history", str(history),
                                    str(tmp_path / "articles")], cwd=tmp_path,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if cache.exists() and _rows(cache, "links") >= 5:
                break
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    for database in (cache, history):
        connection = sqlite3.connect(database)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _rows(history, "audits") == 1  # the interrupted audit recorded nothing


def _rows(database: Path, table: str) -> int:
    try:
        connection = sqlite3.connect(database, timeout=5)
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare")
def test_offline_check_passes_with_no_network_at_all(tmp_path: Path) -> None:
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0:
        pytest.skip("unprivileged network namespaces are not available here")
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "linter", "check", "--offline", "--today", TODAY, "--format", "json",
               str(ROOT / "examples")]
    result = subprocess.run(["unshare", "-rn", *command],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    # The same findings as where the network is there: --offline never depended on it.
    networked = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert json.loads(result.stdout) == json.loads(networked.stdout) != []
