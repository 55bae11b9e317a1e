"""The shipped examples: each shows its defects at the lines an editor would mark."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import TODAY, medlint

from linter.rules import Rule, builtin_rules, load_pack

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def findings(name: str) -> list[str]:
    result = medlint("check", "--offline", "--today", TODAY, "--format", "json", str(EXAMPLES / name))
    return [f"{f['line']}:{f['column']} {f['code']}" for f in result.findings()]


def test_clean_example_has_no_findings() -> None:
    assert findings("clean-her2-basics.md") == []


@pytest.mark.parametrize(("name", "expected"), [
    ("stale-blog-post.md", ["3:8 DATE001", "8:9 CIT001", "8:58 CIT002", "11:26 CIT001",
                            "11:76 CIT001", "17:46 DATE011", "21:72 DATE004", "22:4 DATE005",
                            "22:63 DATE004"]),
    ("pharmacy-page.md", ["5:1 CIT003", "5:1 DATE002", "7:1 SPAM003", "7:33 SPAM003",
                          "9:1 CIT002", "9:49 CIT001", "11:84 CIT004", "15:1 CIT002",
                          "19:14 CIT001", "20:13 CIT001", "26:49 DATE008", "26:74 DATE008"]),
    ("comment-spam.md", ["14:16 SPAM001", "14:46 SPAM001", "14:60 SPAM001", "16:15 SPAM001",
                         "18:29 SPAM001"]),
    ("broken-citations.md", ["9:11 CIT005", "9:48 CIT007", "12:1 LINK005", "23:1 CIT006"]),
    ("dense-clinical-summary.md", ["9:1 READ001"]),
])
def test_example_defects_are_found(name: str, expected: list[str]) -> None:
    found = findings(name)
    missing = [item for item in expected if item not in found]
    assert not missing, f"{name}: missing {missing}; found {found}"


# Examples that describe a file or need a live server rather than being article text: their
# rules are tested on tests/fixtures/CODE (test_snapshots.py), against servers on 127.0.0.1.
NOT_ARTICLE_TEXT = {
    "FILE001": "an unreadable file", "FILE003": "a file over the size limit",
    "FILE004": "bytes that are not UTF-8", "FILE005": "a binary file", "FILE007": "a crash in a rule",
    "LINK001": "a remote server", "LINK002": "a remote server", "LINK003": "a remote server",
    "LINK004": "a remote server",
}
HOUSE_STYLE = EXAMPLES / "house-style.yml"


def documented_rules() -> list[Rule]:
    return sorted([*builtin_rules(), *load_pack(HOUSE_STYLE)], key=lambda rule: rule.code)


def lint_example(rule: Rule, text: str, folder: Path) -> list[dict]:
    folder.mkdir()
    if rule.pack == "house-style":
        shutil.copy(HOUSE_STYLE, folder / "house-style.yml")
        (folder / ".medlint.yml").write_text("packs: [house-style.yml]\n")
    (folder / "example.md").write_text(text, encoding="utf-8")
    result = medlint("check", "--offline", "--today", TODAY, "--format", "json", "--select", rule.code,
                     str(folder / "example.md"))
    assert result.exit_code in (0, 1), result.stderr
    return result.findings()


@pytest.mark.parametrize("rule", documented_rules(), ids=lambda rule: rule.code)
def test_documented_examples_behave_as_documented(rule: Rule, tmp_path: Path) -> None:
    assert rule.bad.strip() and rule.good.strip(), f"{rule.code} documents no bad or no good example"
    if rule.code in NOT_ARTICLE_TEXT:
        pytest.skip(f"the example describes {NOT_ARTICLE_TEXT[rule.code]}; see tests/fixtures/{rule.code}")
    assert lint_example(rule, rule.bad, tmp_path / "bad"), f"{rule.code}: the bad example gives no finding"
    assert lint_example(rule, rule.good, tmp_path / "good") == [], f"{rule.code}: the good example gives findings"
