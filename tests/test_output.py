"""Output for people and tools: the full format, statistics, JUnit clean runs, rule links."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import TODAY, medlint

from linter.docs import render_rule_pages
from linter.rules import all_rules, builtin_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = "https://github.com/medlint/medlint/blob/main/docs/rules.md"


def check(*args: str, stdin: str | None = None):
    return medlint("check", "--offline", "--today", TODAY, *args, stdin=stdin)


def test_full_format_shows_the_source_line_a_caret_under_the_span_and_the_fix(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Title\n\nThe Her2 test\tcomes first.\n", encoding="utf-8")
    result = check("--select", "TERM001", "--format", "full", str(article))
    assert result.exit_code == 1
    assert result.stdout == (
        f"{article}:3:5: TERM001 Write 'HER2' rather than 'Her2'\n"
        "  |\n"
        "3 | The Her2 test   comes first.\n"
        "  |     ^^^^ TERM001\n"
        "  = fix: replace with 'HER2'\n"
    )


def test_full_format_reads_stdin_text_and_escapes_control_characters() -> None:
    result = check("--select", "TERM001", "--format", "full", "--stdin-filename", "s.md", "-",
                   stdin="\x1b[2J Her2\n")
    lines = result.stdout.splitlines()
    assert lines[0] == "s.md:1:6: TERM001 Write 'HER2' rather than 'Her2'"
    assert lines[2] == "1 | \\x1b[2J Her2"
    assert lines[3] == "  |         ^^^^ TERM001"
    assert "\x1b" not in result.stdout


def test_statistics_show_the_severities_actually_reported(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text("severity: {TERM001: info}\n")
    article = tmp_path / "a.md"
    article.write_text("Her2 and her-2.\n")
    result = check("--select", "TERM001", "--statistics", str(article))
    assert result.stdout == "2  TERM001  her2-spelling  [info]  2 fixable\n"


def test_statistics_honour_the_json_format(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\nmedlint: {severity: {TERM001: error}}\n---\nHer2 here.\n")
    result = check("--select", "TERM001", "--statistics", "--format", "json", str(article))
    assert json.loads(result.stdout) == [{"code": "TERM001", "name": "her2-spelling", "count": 1,
                                          "severities": {"error": 1}, "fixable": 1}]


def test_codes_on_the_command_line_ignore_case(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Her2 here.\n")
    lower = check("--select", "term", "--format", "json", str(article))
    upper = check("--select", "TERM", "--format", "json", str(article))
    assert lower.exit_code == 1 and lower.stdout == upper.stdout


def test_unknown_codes_in_per_file_ignores_are_configuration_errors(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text("per-file-ignores:\n  'archive/**': [CIT01X]\n")
    article = tmp_path / "a.md"
    article.write_text("Fine.\n")
    result = check(str(article))
    assert result.exit_code == 2
    assert "per-file-ignores 'archive/**': unknown rule code or prefix 'CIT01X'" in result.stderr


def test_junit_lists_every_linted_file_as_a_test_case(tmp_path: Path) -> None:
    clean, dirty = tmp_path / "clean.md", tmp_path / "dirty.md"
    clean.write_text("HER2 is a protein.\n")
    dirty.write_text("Her2 is a protein.\n")
    report = tmp_path / "r.xml"
    result = check("--select", "TERM001", "--format", "junit", "-o", str(report), str(clean), str(dirty))
    assert result.exit_code == 1
    root = ElementTree.parse(report).getroot()
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    cases = {(case.get("classname"), case.find("failure") is None) for case in root.iter("testcase")}
    assert cases == {(str(clean), True), (str(dirty), False)}


def test_a_clean_junit_run_still_shows_its_files(tmp_path: Path) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text("HER2 is a protein.\n")
    result = check("--select", "TERM001", "--format", "junit", str(clean))
    root = ElementTree.fromstring(result.stdout)
    assert result.exit_code == 0
    assert [case.get("classname") for case in root.iter("testcase")] == [str(clean)]
    assert root.get("failures") == "0"


def test_sarif_and_github_link_each_rule_to_its_documentation(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Her2 here.\n")
    sarif = json.loads(check("--select", "TERM001", "--format", "sarif", str(article)).stdout)
    rule = next(r for r in sarif["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "TERM001")
    assert rule["helpUri"] == f"{DOCS}#term001-her2-spelling"
    github = check("--select", "TERM001", "--format", "github", str(article)).stdout
    assert github.endswith(f"%0A%0ARule documentation: {DOCS}#term001-her2-spelling\n")


def test_docs_url_can_point_at_your_own_copy(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text("docs-url: https://docs.example.org/medlint/rules.html\n")
    article = tmp_path / "a.md"
    article.write_text("Her2 here.\n")
    sarif = json.loads(check("--select", "TERM001", "--format", "sarif", str(article)).stdout)
    uris = {r["helpUri"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert "https://docs.example.org/medlint/rules.html#term001-her2-spelling" in uris


def test_rule_pages_match_the_packs() -> None:
    """docs/rules.md is generated (`python -m linter.docs README.md`); it must not drift."""
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == render_rule_pages(all_rules())
    assert all(f"## {code} " in page for code in all_rules())


def test_readme_configuration_example_is_the_shipped_sample_and_it_works(tmp_path: Path) -> None:
    sample = ROOT / "examples" / "sample.medlint.yml"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sample.read_text(encoding="utf-8") in readme
    assert (ROOT / "examples" / "house-style.yml").read_text(encoding="utf-8") in readme
    # A copy, because the sample's result cache is written beside the configuration.
    for name in ("sample.medlint.yml", "house-style.yml"):
        (tmp_path / name).write_text((ROOT / "examples" / name).read_text(encoding="utf-8"))
    article = tmp_path / "a.md"
    article.write_text("Ask your cancer doctor.\n")
    result = check("--config", str(tmp_path / "sample.medlint.yml"), "--select", "TERM101",
                   "--format", "json", str(article))
    assert [(f["code"], f["message"], f.get("fix")) for f in json.loads(result.stdout)] == [
        ("TERM101", "Write 'oncologist' rather than 'cancer doctor'", "oncologist")]


def test_every_built_in_rule_says_in_one_line_what_it_finds_and_why() -> None:
    for rule in builtin_rules():
        assert rule.summary and "\n" not in rule.summary and len(rule.summary) <= 160, rule.code
        assert rule.summary.endswith(".") and rule.why.endswith("."), rule.code


def test_the_summary_is_what_rule_lists_sarif_and_explain_show(tmp_path: Path) -> None:
    quote_rule = all_rules()["CIT004"]
    assert "Dr." not in quote_rule.summary  # it used to be cut there: "A quotation credited to a named person ("– Dr."
    listed = medlint("rules", "--format", "json")
    assert {r["code"]: (r["summary"], r["why"]) for r in json.loads(listed.stdout)} == {
        code: (rule.summary, rule.why) for code, rule in all_rules().items()}
    assert f"| `CIT004` | unsourced-quote | warning | {quote_rule.summary} |" in (ROOT / "README.md").read_text()
    article = tmp_path / "a.md"
    article.write_text('"It works." – Dr. Jane Roe, Oncologist\n')
    sarif = json.loads(check("--select", "CIT004", "--format", "sarif", str(article)).stdout)
    [described] = [r for r in sarif["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "CIT004"]
    assert described["shortDescription"]["text"] == quote_rule.summary
    assert described["fullDescription"]["text"].startswith(f"{quote_rule.summary} {quote_rule.why} For example")
    explained = medlint("explain", "CIT004").stdout
    assert quote_rule.summary in explained and f"Why: {quote_rule.why.split()[0]}" in explained


def pack_rule(tmp_path: Path, fields: str) -> str:
    pack = tmp_path / "house.yml"
    pack.write_text("rules:\n  - code: TERM150\n    name: odd\n    kind: pattern\n    message: m\n"
                    f"    options: {{terms: [odd]}}\n{fields}")
    (tmp_path / ".medlint.yml").write_text("packs: [house.yml]\n")
    result = medlint("rules", "--config", str(tmp_path / ".medlint.yml"), "--format", "json")
    if result.exit_code:
        return result.stderr
    return next(r["summary"] for r in json.loads(result.stdout) if r["code"] == "TERM150")


def test_a_user_pack_may_leave_out_summary_and_why(tmp_path: Path) -> None:
    described = "    description: |\n      Quotes from Dr. Roe or e.g. St. Mary's need a source. More\n      text here.\n"
    assert pack_rule(tmp_path, described) == "Quotes from Dr. Roe or e.g. St. Mary's need a source."
    assert pack_rule(tmp_path, "    summary: Odd words.\n") == "Odd words."


@pytest.mark.parametrize(("fields", "error"), [
    ("", "rule TERM150: field 'summary' (or 'description') is required"),
    ("    summary: |\n      two\n      lines\n", "field 'summary' is one line of at most 160 characters"),
    (f"    summary: {'x' * 161}\n", "field 'summary' is one line"),
    ("    summary: [a list]\n", "field 'summary' must be text"),
    ("    summary: ok\n    why: {a: mapping}\n", "field 'why' must be text"),
])
def test_malformed_rule_documentation_is_a_configuration_error(tmp_path: Path, fields: str, error: str) -> None:
    assert error in pack_rule(tmp_path, fields)
