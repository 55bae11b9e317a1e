"""Hostile file names and link targets cannot inject into any output, and names that are not
UTF-8 cannot crash one: real files in a temporary tree, medlint run as a real process."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent

# Each article cites nothing and has no date, so each yields findings that quote its name.
ARTICLE = ("# A page\n\nStudies show 90% of people.\n\n[g](missing%0A::error::x.md) "
           "[e](esc%1B[2Jx.md) [s](sep%E2%80%A8x.md) [b](bidi%E2%80%AEx.md)\n")
HOSTILE_NAMES = [
    b"a\n::add-mask::secret.md",
    b"b\r::stop-commands::tok.md",
    b"c\x1b[2J\x1b]0;title\x07.md",
    b"d\xff\xfenot-utf8.md",
    "e\u2028\u202eecnerefer.md".encode(),
    b"<!--<script>alert(1)<\\script>.md",
    b"=HYPERLINK(1).md",
    b"f <img src=x onerror=alert(1)> [x](http:evil) @team.md",
]
FINDING_LINE = re.compile(r"^[^\x00-\x1f\x7f]+:\d+:\d+: [A-Z]+\d{3} [^\x00-\x1f\x7f]*$")
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9\xaa-\xae]")


@pytest.fixture()
def hostile_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "site"
    tree.mkdir()
    for name in HOSTILE_NAMES:
        with open(os.path.join(os.fsencode(tree), name), "w", encoding="utf-8") as handle:
            handle.write(ARTICLE)
    return tree


def medlint(*args: str | Path, cwd: Path, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[bytes]:
    """medlint as pre-commit and CI run it: a process, its output as bytes. The locale is a
    strict UTF-8 one, where Python refuses to print lone surrogates."""
    environment = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict",
                   **(env or {})}
    environment.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "linter", *map(str, args)], cwd=cwd,
                          capture_output=True, env=environment, timeout=120)


def check(tree: Path, *args: str | Path, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[bytes]:
    result = medlint("check", "--offline", "--today", TODAY, *args, ".", cwd=tree, env=env)
    assert result.returncode == 1, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    return result


def finding_count(tree: Path) -> int:
    return len(json.loads(check(tree, "--format", "json").stdout))


def test_text_prints_exactly_one_line_per_finding(hostile_tree: Path) -> None:
    output = check(hostile_tree, "--format", "text").stdout
    assert not CONTROL_BYTES.search(output)
    lines = output.decode("utf-8").splitlines()
    assert len(lines) == finding_count(hostile_tree) == 8 * 7
    assert all(FINDING_LINE.match(line) for line in lines)
    assert not [line for line in lines if line.startswith("::")]
    assert "./a\\n::add-mask::secret.md:3:1: CIT002 " in output.decode()
    assert "./d\\xff\\xfenot-utf8.md:1:1: " in output.decode()
    assert ("./c\\x1b[2J\\x1b]0;title\\x07.md:5:1: LINK005 link to 'missing\\n::error::x.md' is "
            "dead: no such file") in lines
    assert ("./e\\u2028\\u202eecnerefer.md:5:71: LINK005 link to 'bidi\\u202ex.md' is dead: "
            "no such file") in lines


def test_colour_does_not_let_escape_sequences_through(hostile_tree: Path) -> None:
    output = check(hostile_tree, "--format", "text", "--color", "always").stdout
    own_colours = re.sub(rb"\x1b\[[0-9;]*m", b"", output)
    assert not CONTROL_BYTES.search(own_colours.replace(b"\n", b""))
    assert b"\x1b[2J" not in output and b"\x1b]0" not in output


def test_github_annotations_cannot_issue_workflow_commands(hostile_tree: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    output = check(hostile_tree, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}).stdout
    assert not CONTROL_BYTES.search(output)
    lines = output.decode("utf-8").splitlines()
    assert len(lines) == finding_count(hostile_tree)
    command = re.compile(r"^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,endLine=\d+,"
                         r"endColumn=\d+,title=[A-Z]+\d{3} [a-z-]+::[^\x00-\x1f]*$")
    assert all(command.match(line) for line in lines), [line for line in lines if not command.match(line)]
    assert "file=./a%0A%3A%3Aadd-mask%3A%3Asecret.md,line=1," in output.decode()
    assert "file=./b%0D%3A%3Astop-commands%3A%3Atok.md," in output.decode()
    assert "::link to 'missing%0A::error::x.md' is dead: no such file" in output.decode()

    markdown = summary.read_text(encoding="utf-8")
    unescaped = re.compile(r"(?<!\\)[<>\[\]()@!`*_]")
    assert not [line for line in markdown.splitlines() if line.startswith("| ./") or
                (line.startswith("| ") and unescaped.search(line.split("`")[0]))]
    assert "\u2028" not in markdown and "\u202e" not in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and ".md" in line]
    assert len(rows) == finding_count(hostile_tree)
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows)  # four cells, no more
    assert ("| \\.\\/f \\<img src\\=x onerror\\=alert\\(1\\)\\> \\[x\\]\\(http\\:evil\\) \\@team\\.md "
            "| 3 | `CIT002` |") in markdown


def test_junit_stays_well_formed_and_says_the_same(hostile_tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    check(hostile_tree, "--format", "junit", "-o", report)
    root = ElementTree.parse(report).getroot()
    suites = {suite.get("name") for suite in root.iter("testsuite")}
    assert "./c\\x1b[2J\\x1b]0;title\\x07.md" in suites and "./d\\xff\\xfenot-utf8.md" in suites
    failures = [f.text or "" for f in root.iter("failure")]
    assert len(failures) == finding_count(hostile_tree)
    assert "./b\\r::stop-commands::tok.md:5:1: LINK005 [error] link to 'missing\\n::error::x.md' " \
           "is dead: no such file" in failures


@pytest.mark.parametrize("output_format", ["json", "sarif", "gitlab"])
def test_names_that_are_not_utf8_are_written_the_same_everywhere(
        hostile_tree: Path, tmp_path: Path, output_format: str) -> None:
    on_stdout = check(hostile_tree, "--format", output_format).stdout
    to_file = tmp_path / f"out.{output_format}"
    check(hostile_tree, "--format", output_format, "-o", to_file)
    assert to_file.read_bytes() == on_stdout
    text = on_stdout.decode("utf-8")  # strict: valid UTF-8
    json.loads(text)
    if output_format == "sarif":
        assert '"uri": "d%FF%FEnot-utf8.md"' in text  # the file's own bytes
    else:
        assert "./d\\\\xff\\\\xfenot-utf8.md" in text  # JSON for the text `\xff`


def test_result_cache_keeps_names_that_are_not_utf8(hostile_tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "results.sqlite"
    first = check(hostile_tree, "--result-cache", cache)
    second = check(hostile_tree, "--result-cache", cache)
    assert first.stdout == second.stdout and b"d\\xff\\xfenot-utf8.md" in first.stdout
    assert not second.stderr.startswith(b"medlint: error")


def test_audit_reports_and_history_take_any_name(hostile_tree: Path, tmp_path: Path) -> None:
    page, table, history = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "h.sqlite"
    for _ in range(2):
        result = medlint("audit", "--offline", "--today", TODAY, ".", "--report", page,
                         "--report", table, "--history", history, cwd=hostile_tree)
        assert result.returncode == 0, result.stderr.decode()
    assert not CONTROL_BYTES.search(result.stdout)
    rows = list(csv.DictReader(table.open(encoding="utf-8", newline="")))
    assert len(rows) == len(HOSTILE_NAMES)
    assert {row["path"] for row in rows} >= {"./d\\xff\\xfenot-utf8.md", "./a\\n::add-mask::secret.md"}
    assert page.read_text(encoding="utf-8")


def test_a_formula_name_is_neutralised_in_the_csv_report(tmp_path: Path) -> None:
    for name in ("=1+2.md", "+cmd.md", "-2+3.md", "@SUM(A1).md", "\tx.md", "plain.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    table = tmp_path / "r.csv"
    names = sorted(p.name for p in tmp_path.glob("*.md"))
    result = medlint("audit", "--offline", "--today", TODAY, "--report", table, "--", *names,
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    paths = {row["path"] for row in csv.DictReader(table.open(encoding="utf-8", newline=""))}
    assert paths == {"'=1+2.md", "'+cmd.md", "'-2+3.md", "'@SUM(A1).md", "\\tx.md", "plain.md"}


def test_a_baseline_written_with_dot_matches_a_run_given_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert medlint("check", "--offline", "--write-baseline", baseline, ".", cwd=tmp_path).returncode == 0
    assert {entry["path"] for entry in json.loads(baseline.read_text())["findings"]} == {"a.md"}
    rerun = medlint("check", "--offline", "--baseline", baseline, "a.md", cwd=tmp_path)
    assert (rerun.returncode, rerun.stdout) == (0, b"")


def test_baseline_paths_are_relative_to_the_project_root(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (project / ".medlint.yml").write_text("fail-on: warning\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    written = medlint("check", "--offline", "--today", TODAY, "--write-baseline", baseline, ".",
                      cwd=project)
    assert written.returncode == 0, written.stderr.decode()
    recorded = {entry["path"] for entry in json.loads(baseline.read_text())["findings"]}
    assert recorded == {"docs/a.md"}
    for paths, cwd in (([Path("docs/a.md")], project), ([Path("a.md")], project / "docs"),
                       ([project / "docs" / "a.md"], tmp_path), ([Path("./docs/")], project)):
        rerun = medlint("check", "--offline", "--today", TODAY, "--baseline", baseline, *paths,
                        cwd=cwd)
        assert (rerun.returncode, rerun.stdout) == (0, b""), (paths, rerun.stdout.decode())
