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
