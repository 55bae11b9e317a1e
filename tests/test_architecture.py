"""The seams between medlint's parts, as a user meets them: output files, rule identity,
message templates, and cached results that read back as they were written."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import TODAY, medlint


def test_write_baseline_leaves_an_existing_output_file_alone(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Her2 here.\n")
    report = tmp_path / "x.sarif"
    first = medlint("check", "--offline", "--today", TODAY, "--select", "TERM", "--format", "sarif",
                    "-o", str(report), str(article))
    assert first.exit_code == 1
    sarif = report.read_bytes()
    assert json.loads(sarif)["runs"][0]["results"][0]["ruleId"] == "TERM001"
    baseline = tmp_path / "baseline.json"
    written = medlint("check", "--offline", "--today", TODAY, "--select", "TERM", "--format", "sarif",
                      "-o", str(report), "--write-baseline", str(baseline), str(article))
    assert written.exit_code == 0 and "wrote 1 finding to" in written.stderr
    assert report.read_bytes() == sarif
    assert json.loads(baseline.read_text())


def test_a_rules_check_is_fixed_per_code_in_the_configuration(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yml").write_text("rules:\n  CIT005: {check: unmatched-number}\n")
    article = tmp_path / "a.md"
    article.write_text("Text.[^1]\n")
    result = medlint("check", "--offline", "--today", TODAY, str(article))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"medlint: error: {tmp_path / '.medlint.yml'}: rules: CIT005: option "
                                    "'check' cannot be set: it says which check CIT005 is "
                                    "(undefined-footnote)")


def test_a_rules_check_is_fixed_per_code_in_front_matter(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\nmedlint:\n  rules:\n    CIT005: {check: unmatched-number}\n---\n\n"
                       "Text.[^1]\n")
    result = medlint("check", "--offline", "--today", TODAY, "--select", "CIT005,FILE002", str(article))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{article}:1:1: FILE002 front matter key 'medlint': rules: CIT005: option 'check' cannot be "
        "set: it says which check CIT005 is (undefined-footnote); select the rule that makes the "
        "other check by its code",
        f"{article}:7:6: CIT005 footnote [^1] is cited but never defined"]


def test_a_message_placeholder_the_kind_does_not_fill_is_a_pack_error(tmp_path: Path) -> None:
    (tmp_path / "house.yml").write_text(
        "rules:\n  - code: CIT105\n    name: odd-plumbing\n    kind: citation_plumbing\n"
        "    message: 'reference [{label}] has no entry'\n    description: Odd.\n"
        "    options: {check: unmatched-number}\n")
    (tmp_path / ".medlint.yml").write_text("packs: [house.yml]\n")
    article = tmp_path / "a.md"
    article.write_text("Text.\n")
    result = medlint("check", "--offline", "--today", TODAY, str(article))
    assert result.exit_code == 2
    assert result.stderr == (f"medlint: error: {tmp_path / 'house.yml'}: rule CIT105: field 'message': unknown "
                             "placeholder {label} (this rule fills in: number, entries)\n")


def test_a_file_result_reads_back_from_json_as_it_was(tmp_path: Path) -> None:
    """What the result cache stores: unfiltered findings, the filter, links for the link phase."""
    from datetime import date

    from linter.config import Config
    from linter.context import RunContext
    from linter.engine import Linter
    from linter.results import FileResult
    from linter.selection import select_rules

    config = Config(root=tmp_path)
    rules, selected = select_rules(config, None, [], [])
    linter = Linter(config, rules, selected, RunContext(today=date(2026, 11, 21), offline=True))
    text = ("---\nmedlint:\n  ignore: [READ]\n  severity: {TERM001: info}\n---\n\n"
            "<!-- medlint-disable-next-line TERM001 -->\nHer2 testing.\n\nHer2 again, see "
            "[a trial](https://user:secret@example.org/trial#results).\n")
    result = linter.lint_text(str(tmp_path / "a.md"), text)
    stored = json.loads(json.dumps(result.to_json()))
    back = FileResult.from_json(stored, result.path, rules)
    assert back.findings == result.findings and back.filter == result.filter
    assert back.pending_links == result.pending_links and back.phase_rules == result.phase_rules
    assert [link.url for link in back.pending_links] == ["https://example.org/trial#results"]
    assert back.pending_links[0].had_credentials
    reported = [(f.line, f.code, str(f.severity)) for f in back.filtered().findings
                if f.code.startswith(("TERM", "READ"))]
    assert reported == [(10, "TERM001", "info")]


def test_a_link_cache_written_with_the_retired_failures_column_is_kept(tmp_path: Path) -> None:
    """Earlier versions wrote a `failures` count nobody read: the column is dropped, the
    cached results stay and no warning is printed."""
    import sqlite3
    import time

    from linter.linkcheck.cache import COLUMNS, LinkCache

    path = tmp_path / "links.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE links (url TEXT PRIMARY KEY, outcome TEXT NOT NULL, status INTEGER, "
            "final_url TEXT, error TEXT NOT NULL DEFAULT '', anchors TEXT, https_works INTEGER, "
            "checked_at REAL NOT NULL, failures INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
        connection.execute("INSERT INTO links VALUES ('https://example.org/', 'ok', 200, NULL, '', "
                           "NULL, 1, ?, 0)", (time.time(),))
    connection.close()
    cache = LinkCache(path, ok_seconds=3600, dead_seconds=3600)
    found = cache.get("https://example.org/")
    cache.close()
    assert found is not None and (found.outcome, found.status) == ("ok", 200)
    with sqlite3.connect(path) as connection:
        columns = tuple(row[1] for row in connection.execute("PRAGMA table_info(links)"))
    connection.close()
    assert columns == COLUMNS
