"""The command line as users meet it: output shape, exit codes, config, suppressions, stdin."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from conftest import TODAY, medlint

from linter.docs import render_rule_list
from linter.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent
BAD = "# T\n\nLast reviewed: 2026-10-01\n\nHer2 matters.\n"
CLEAN = "# T\n\nLast reviewed: 2026-10-01\n\nHER2 matters.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def check(*args: str, stdin: str | None = None):
    return medlint("check", "--offline", "--today", TODAY, *args, stdin=stdin)


def test_text_format_is_path_line_col_code_message(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", BAD)
    result = check(str(path))
    assert result.stdout == f"{path}:5:1: TERM001 Write 'HER2' rather than 'Her2'\n"
    assert result.exit_code == 1
    assert "1 finding (1 warning) in 1 of 1 file" in result.stderr


def test_clean_article_exits_zero(tmp_path: Path) -> None:
    result = check(str(write(tmp_path, "a.md", CLEAN)))
    assert (result.exit_code, result.stdout) == (0, "")


def test_fail_on_and_exit_zero(tmp_path: Path) -> None:
    path = str(write(tmp_path, "a.md", BAD))
    assert check("--fail-on", "error", path).exit_code == 0
    assert check("--exit-zero", path).exit_code == 0
    assert check("--fail-on", "info", path).exit_code == 1


@pytest.mark.parametrize("flag", ["--select", "--ignore", "--extend-select"])
def test_unknown_code_is_a_usage_error(tmp_path: Path, flag: str) -> None:
    result = check(flag, "XYZ999", str(write(tmp_path, "a.md", BAD)))
    assert result.exit_code == 2
    assert "unknown rule code or prefix 'XYZ999'" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = check(str(tmp_path / "nope.md"))
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_stdin_with_filename() -> None:
    result = check("--stdin-filename", "drafts/new.md", "-", stdin=BAD)
    assert result.stdout.startswith("drafts/new.md:5:1: TERM001")


def test_directories_are_walked_for_markdown_only(tmp_path: Path) -> None:
    write(tmp_path, "a.md", BAD)
    write(tmp_path, "sub/b.markdown", BAD)
    write(tmp_path, "notes.txt", BAD)
    write(tmp_path, ".hidden/c.md", BAD)
    result = check(str(tmp_path))
    paths = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.md"), str(tmp_path / "sub/b.markdown")]


def test_config_discovered_walking_up_and_cli_overrides(tmp_path: Path) -> None:
    write(tmp_path, ".medlint.yml", "ignore: [TERM001]\n")
    article = write(tmp_path, "deep/er/a.md", BAD + "\nStudies show it.\n")
    assert [line.split()[1] for line in check(str(article)).stdout.splitlines()] == ["CIT003", "CIT002"]
    assert check("--select", "TERM", str(article)).stdout == ""  # config ignore still applies
    explicit = write(tmp_path, "other.yml", "select: [TERM]\n")
    codes = [line.split()[1] for line in check("--config", str(explicit), str(article)).stdout.splitlines()]
    assert codes == ["TERM001"]


def test_pyproject_config_and_severity_override(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.medlint]\nseverity = {TERM001 = "info"}\n')
    article = write(tmp_path, "a.md", BAD)
    result = check("--format", "json", str(article))
    assert result.findings()[0]["severity"] == "info"
    assert result.exit_code == 0  # info is below the default --fail-on warning


def test_front_matter_overrides(tmp_path: Path) -> None:
    text = "---\nmedlint:\n  ignore: [TERM001]\n  rules:\n    READ003: {max_words: 3}\n---\n" + BAD
    codes = [line.split()[1] for line in check(str(write(tmp_path, "a.md", text))).stdout.splitlines()]
    assert codes == ["READ003"]


def test_per_file_ignores_and_exclude(tmp_path: Path) -> None:
    write(tmp_path, ".medlint.yml", "exclude: ['drafts/']\nper-file-ignores:\n  'archive/**': [TERM]\n")
    write(tmp_path, "drafts/a.md", BAD)
    write(tmp_path, "archive/2012/b.md", BAD)
    write(tmp_path, "c.md", BAD)
    result = check(str(tmp_path))
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [str(tmp_path / "c.md")]


@pytest.mark.parametrize(("config", "message"), [
    ("colour: always\n", "unknown key 'colour'"),
    ("fail-on: sometimes\n", "key 'fail-on' must be error, warning or info"),
    ("select: 3\n", "key 'select' must be a list of rule codes or prefixes"),
    ("rules:\n  READ001: {target: 6}\n", "unknown option 'target'"),
    ("rules:\n  READ001: {target_grade: high}\n", "option 'target_grade' must be float"),
    ("select: [CIT\n", "not valid YAML"),
])
def test_malformed_config_is_exit_2_with_the_key(tmp_path: Path, config: str, message: str) -> None:
    write(tmp_path, ".medlint.yml", config)
    result = check(str(write(tmp_path, "a.md", BAD)))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("pack", "message"), [
    ("rules:\n  - code: TERM101\n    name: x\n    kind: nope\n    message: m\n    description: d\n",
     "rule TERM101: field 'kind': unknown kind 'nope'"),
    ("rules:\n  - code: BAD1\n    name: x\n    kind: pattern\n    message: m\n    description: d\n",
     "rule BAD1: field 'code'"),
    ("rules:\n  - code: TERM101\n    name: x\n    kind: pattern\n    message: m\n",
     "rule TERM101: field 'summary' (or 'description') is required"),
    ("rules:\n  - code: TERM101\n    name: x\n    kind: pattern\n    message: m\n    description: d\n"
     "    options: {patterns: ['(unclosed']}\n", "option 'patterns' has a pattern that does not compile"),
    ("rules:\n  - code: TERM101\n    name: x\n    kind: pattern\n    message: m\n    description: d\n"
     "    severity: fatal\n", "field 'severity'"),
])
def test_malformed_rule_pack_names_file_rule_and_field(tmp_path: Path, pack: str, message: str) -> None:
    write(tmp_path, "house.yml", pack)
    write(tmp_path, ".medlint.yml", "packs: [house.yml]\n")
    result = check(str(write(tmp_path, "a.md", BAD)))
    assert result.exit_code == 2
    assert "house.yml" in result.stderr and message in result.stderr


def test_user_pack_rules_run(tmp_path: Path) -> None:
    write(tmp_path, "house.yml", """\
        rules:
          - code: TERM101
            name: say-oncologist
            kind: substitution
            message: "Write '{expected}' rather than '{actual}'"
            description: House style.
            options: {swap: {'\\bcancer doctors?\\b': oncologist}, ignore_case: true}
        """)
    write(tmp_path, ".medlint.yml", "packs: [house.yml]\nselect: [TERM101]\n")
    result = check("--format", "json", str(write(tmp_path, "a.md", "Ask your Cancer doctor.\n")))
    finding = result.findings()[0]
    assert (finding["line"], finding["column"], finding["fix"]) == (1, 10, "Oncologist")  # keeps the capital


def test_suppression_forms(tmp_path: Path) -> None:
    text = """\
        <!-- medlint-disable-file TERM002 -->
        Her2 one. She suffered from it.

        <!-- medlint-disable-next-line TERM001 -->
        Her2 two.

        <!-- medlint-disable TERM -->
        Her2 three.
        <!-- medlint-enable TERM -->
        Her2 four.

        <!-- medlint-disable -->
        Her2 five. Studies show it.
        <!-- medlint-enable -->
        <!-- medlint-disable-next-line TERM01 -->
        Her2 six.
        """
    result = check("--format", "json", "--select", "TERM,CIT002,FILE", str(write(tmp_path, "a.md", text)))
    assert result.codes_at() == ["2:1 TERM001", "10:1 TERM001", "15:1 FILE006", "16:1 TERM001"]


def test_file_problems_do_not_stop_other_files(tmp_path: Path) -> None:
    (tmp_path / "binary.md").write_bytes(b"\x89PNG\x00\x00data")
    (tmp_path / "latin1.md").write_bytes("Caf\xe9 and Her2.\n".encode("latin-1"))
    write(tmp_path, "yaml.md", "---\ntitle: [unclosed\n---\nHer2 here.\n")
    write(tmp_path, "good.md", BAD)
    unreadable = write(tmp_path, "locked.md", BAD)
    unreadable.chmod(0)
    result = check("--format", "json", "--select", "TERM001,FILE", str(tmp_path))
    found = {(Path(f["path"]).name, f["line"], f["code"]) for f in result.findings()}
    assert ("binary.md", 1, "FILE005") in found
    assert ("latin1.md", 1, "FILE004") in found and ("latin1.md", 1, "TERM001") in found
    assert ("yaml.md", 2, "FILE002") in found and ("yaml.md", 4, "TERM001") in found
    assert ("good.md", 5, "TERM001") in found
    if os.geteuid() != 0:  # root reads anything
        assert ("locked.md", 1, "FILE001") in found
    assert result.exit_code == 1


def test_rules_and_explain() -> None:
    listing = medlint("rules").stdout
    assert "TERM001  her2-spelling" in listing
    explanation = medlint("explain", "cit001").stdout
    assert explanation.startswith("CIT001 (unsourced-statistic)")
    assert "Bad:" in explanation and "Good:" in explanation
    assert medlint("explain", "NOPE001").exit_code == 2


def test_every_rule_documents_bad_and_good_examples() -> None:
    for rule in all_rules().values():
        assert rule.bad.strip() and rule.good.strip(), rule.code


def test_readme_rule_table_is_generated_from_the_packs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- rules:start -->\n")[1].split("<!-- rules:end -->")[0]
    assert table == render_rule_list(all_rules(), "markdown")


def test_version() -> None:
    assert medlint("--version").stdout.startswith("medlint, version ")


def test_each_test_has_its_own_cache_home_and_working_folder(tmp_path: Path) -> None:
    """The suite never reads the user's link cache (dead results there would change findings)
    and never writes into the checkout: conftest points all of it into tmp_path."""
    from linter.paths import user_cache_dir

    assert user_cache_dir().is_relative_to(tmp_path)
    assert Path.home().is_relative_to(tmp_path) and Path.cwd() == tmp_path


def test_a_bad_health_vocabulary_is_a_configuration_error(tmp_path: Path) -> None:
    """A health words file that is no mapping of word lists fails the run at its start (exit 2,
    one line), not as an internal error in every file."""
    (tmp_path / "words.yml").write_text("stems: cardi\n", encoding="utf-8")
    config = tmp_path / ".medlint.yml"
    config.write_text("rules:\n  CIT001: {health_words_file: words.yml}\n", encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("About 20% of people have it.\n", encoding="utf-8")
    result = medlint("check", "--offline", "--config", str(config), str(article))
    assert result.exit_code == 2, result.stderr
    assert "`stems` must be a list of words" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
