"""CI formats, output files, statistics, baselines and --jobs, as CI systems read them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def check(*args: str, env: dict[str, str] | None = None):
    from click.testing import CliRunner
    from conftest import Run

    from linter.cli import main

    result = CliRunner(env=env).invoke(main, ["check", "--offline", "--today", TODAY, *args],
                                       catch_exceptions=False)
    return Run(result)


def json_findings(*paths: str) -> list[dict]:
    return json.loads(check("--format", "json", *paths).stdout)


def test_sarif_validates_against_the_official_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip("the shared SARIF schema is not beside the checkout")
    report = tmp_path / "medlint.sarif"
    check("--format", "sarif", "-o", str(report), str(EXAMPLES))
    log = json.loads(report.read_text())
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(log)
    run = log["runs"][0]
    assert len(run["results"]) == len(json_findings(str(EXAMPLES)))
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "CIT001")
    assert rule["shortDescription"]["text"] and rule["defaultConfiguration"]["level"] == "warning"
    first = run["results"][0]
    assert {"ruleId", "level", "message", "locations", "partialFingerprints"} <= set(first)


def test_sarif_fingerprints_survive_lines_moving(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Her2 here.\n")

    def fingerprints() -> list[str]:
        log = json.loads(check("--format", "sarif", "--select", "TERM", str(article)).stdout)
        return [r["partialFingerprints"]["medlintFingerprint/v1"] for r in log["runs"][0]["results"]]

    before = fingerprints()
    article.write_text("# A new title\n\nA new paragraph.\n\nHer2 here.\n")
    assert fingerprints() == before


def test_github_annotations_are_escaped_and_summarised(tmp_path: Path) -> None:
    (tmp_path / "house.yml").write_text(
        "rules:\n  - code: TERM101\n    name: odd\n    kind: pattern\n"
        "    message: \"50% of: a, b\"\n    description: d\n    options: {terms: [odd]}\n")
    (tmp_path / ".medlint.yml").write_text("packs: [house.yml]\nselect: [TERM101]\n")
    article = tmp_path / "a,b.md"
    article.write_text("An odd word.\n")
    summary = tmp_path / "summary.md"
    result = check(str(article), env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    path = str(article).replace(",", "%2C").replace(":", "%3A")
    docs = "https://github.com/medlint/medlint/blob/main/docs/rules.md#term101-odd"
    assert result.stdout == (f"::warning file={path},line=1,col=4,endLine=1,endColumn=7,"
                             f"title=TERM101 odd::50%25 of: a, b%0A%0ARule documentation: {docs}\n")
    assert "| `TERM101` | 1 |" in summary.read_text()
    under_pre_commit = check(str(article), env={"GITHUB_ACTIONS": "true", "PRE_COMMIT": "1"})
    assert under_pre_commit.stdout.startswith(f"{article}:1:4: TERM101")


def test_junit_and_gitlab_carry_every_finding(tmp_path: Path) -> None:
    expected = json_findings(str(EXAMPLES))
    junit, gitlab = tmp_path / "r.xml", tmp_path / "gl.json"
    result = check("--format", "junit", "-o", str(junit), "--format", "gitlab", "-o", str(gitlab),
                   "--format", "text", str(EXAMPLES))
    assert len(result.stdout.splitlines()) == len(expected)
    cases = ElementTree.parse(junit).findall(".//testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == len(expected)
    assert len({(c.get("classname"), c.get("name")) for c in cases}) == len(cases)
    assert all(c.find("failure").text for c in failed)
    clean = {str(p) for p in EXAMPLES.glob("*.md")} - {f["path"] for f in expected}
    assert {c.get("classname") for c in cases if c.find("failure") is None} == clean
    issues = json.loads(gitlab.read_text())
    assert len(issues) == len(expected)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues} <= {"info", "minor", "major"}
    assert all(i["location"]["path"] and i["location"]["lines"]["begin"] >= 1 for i in issues)


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "json", "--format", "text"], "only one format can go to stdout"),
    (["-o", "a.json", "-o", "b.json"], "more --output-file than --format"),
])
def test_format_and_output_file_mistakes_are_usage_errors(args: list[str], message: str) -> None:
    result = check(*args, str(EXAMPLES / "clean-her2-basics.md"))
    assert result.exit_code == 2 and message in result.stderr


def test_statistics_counts_per_code() -> None:
    lines = check("--statistics", str(EXAMPLES)).stdout.splitlines()
    counts = Counter(f["code"] for f in json_findings(str(EXAMPLES)))
    shown = [(int(line.split()[0]), line.split()[1]) for line in lines]
    # Every code once, with its count, the most frequent first (ties in code order).
    assert shown == sorted(((n, code) for code, n in counts.items()), key=lambda item: (-item[0], item[1]))


def test_baseline_ignores_old_findings_after_lines_shift(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(EXAMPLES, archive)
    baseline = tmp_path / "baseline.json"
    written = check("--write-baseline", str(baseline), str(archive))
    assert written.exit_code == 0 and f"wrote {len(json_findings(str(archive)))} findings" in written.stderr
    stale = archive / "stale-blog-post.md"
    stale.write_text("An introduction added today.\n\nAnother paragraph.\n\n" + stale.read_text())
    rerun = check("--baseline", str(baseline), str(archive))
    assert (rerun.exit_code, rerun.stdout) == (0, "")
    stale.write_text("Studies show that nothing changed.\n\n" + stale.read_text())
    new = check("--baseline", str(baseline), str(archive))
    assert new.exit_code == 1
    assert new.stdout.splitlines() == [
        f"{stale}:1:1: CIT002 claim 'Studies show' reports a research finding or appeals to an authority but cites none"]


def test_jobs_give_byte_identical_output(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    for copy in range(20):
        for example in EXAMPLES.glob("*.md"):
            target = archive / f"part{copy % 4}" / f"{copy:02}-{example.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(example.read_text().replace("2025", str(2000 + copy)))
    outputs = []
    for jobs in ("1", "4"):
        run = subprocess.run([sys.executable, "-m", "linter", "check", "--offline", "--today", TODAY,
                              "--jobs", jobs, "--format", "json", str(archive)],
                             capture_output=True, cwd=tmp_path, timeout=300)
        assert run.returncode == 1, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])) > 500


def test_readme_ci_examples_are_the_shipped_files() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in ("github-workflow.yml", "gitlab-ci.yml"):
        text = (EXAMPLES / "ci" / name).read_text()
        yaml.safe_load(text)
        assert text.rstrip() in readme
    workflow = yaml.safe_load((EXAMPLES / "ci" / "github-workflow.yml").read_text())
    steps = " ".join(str(step.get("run", "")) for step in workflow["jobs"]["medlint"]["steps"])
    assert "--format sarif --output-file medlint.sarif --format github" in steps
    job = yaml.safe_load((EXAMPLES / "ci" / "gitlab-ci.yml").read_text())["medlint"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"


def test_medlint_json_is_stable_for_consumers() -> None:
    finding = json_findings(str(EXAMPLES / "stale-blog-post.md"))[0]
    assert list(finding)[:9] == ["path", "line", "column", "end_line", "end_column", "code",
                                 "name", "severity", "message"]


@pytest.mark.parametrize("fix", [None, "Use “HER2”\tinstead\n"])
def test_json_lines_are_exactly_what_json_dumps_writes(fix: str | None) -> None:
    from linter.findings import Finding, Severity
    from linter.formatters.json import encode

    finding = Finding('dir/ä "b".md', 3, 4, "CIT001", 3, 9, "unsourced-statistic", Severity.WARNING,
                      'statistic \'25%\' has no "source" \\ \x07', fix)
    assert encode(finding) == json.dumps(finding.to_dict(), ensure_ascii=False)
