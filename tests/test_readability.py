"""Reading level: textstat scores with no network and without NLTK."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY

DENSE = Path(__file__).resolve().parent.parent / "examples" / "dense-clinical-summary.md"
PLAIN = (
    "# Your treatment\n\nLast reviewed: 2026-10-01\n\n"
    + "You will get the drug once every three weeks. A nurse will give it to you. "
      "It goes into a vein in your arm. It takes about half an hour. You can go home after. "
      "Tell your nurse if you feel sick. Bring a friend if you like. " * 3
)


def run_medlint(*args: str, env: dict[str, str], cwd: Path,
                prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """A new medlint process, started outside the checkout so it runs the installed package."""
    command = [*(prefix or []), sys.executable, "-m", "linter", "check", "--offline",
               "--today", TODAY, "--format", "json", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_dense_article_reports_grade_and_formula(lint) -> None:
    findings = lint(DENSE.read_text(), "--select", "READ001", name="dense.md")
    assert findings == ["9:1 READ001"]


def test_plain_text_passes_and_formula_is_named(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text(PLAIN)
    from conftest import medlint

    assert medlint("check", "--select", "READ", "--today", TODAY, str(path)).stdout == ""
    dense = medlint("check", "--select", "READ001", "--format", "json", "--today", TODAY, str(DENSE))
    message = dense.findings()[0]["message"]
    assert "(Flesch-Kincaid grade)" in message and "above the target grade 8" in message


def test_professional_audience_switches_it_off(lint) -> None:
    text = DENSE.read_text().replace("audience: patients", "audience: professional")
    assert lint(text, "--select", "READ") == []


def test_short_text_is_not_scored(lint) -> None:
    assert lint("Pharmacokinetic heterogeneity necessitates surveillance.\n", "--select", "READ001") == []


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare to remove the network")
def test_readability_works_with_no_network(tmp_path: Path) -> None:
    """A new process in a network namespace with no network and an empty cache folder."""
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unprivileged network namespaces are not available here")
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "NLTK_DATA": str(tmp_path / "no-nltk-data")}
    result = run_medlint("--select", "READ001", str(DENSE), env=env, cwd=tmp_path,
                         prefix=["unshare", "-rn"])
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert [f["code"] for f in json.loads(result.stdout)] == ["READ001"]


def test_nltk_is_never_imported(tmp_path: Path) -> None:
    code = ("import sys; from linter.cli import main\n"
            "try:\n    main(['check','--offline','--select','READ','--today','2026-11-21',sys.argv[1]])\n"
            "except SystemExit: pass\n"
            "print('nltk' in sys.modules)")
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", code, str(DENSE)], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_syllables_summed_in_c_equal_textstats_own_count(tmp_path: Path, monkeypatch) -> None:
    from linter import readability

    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path))
    readability.syllable_counts.cache_clear()
    scorer = readability.textstat()
    from textstat.backend.metrics import _syllables_per_word

    fast = _syllables_per_word.count_syllables
    assert fast.original is not fast  # the formulas use the summed count
    texts = [PLAIN, DENSE.read_text(), "Trastuzumab-deruxtecan (T-DXd) isn't HER2-low's only option.",
             "Zyxqwv blorptastic 3+ ¿qué? naïve coöperate", ""]
    for path in sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.md")):
        texts.append(path.read_text())
    try:
        for text in texts:
            assert fast(text, "en_US") == fast.original(text, "en_US"), text[:60]
        assert scorer.flesch_kincaid_grade(PLAIN) == pytest.approx(
            0.39 * scorer.lexicon_count(PLAIN) / scorer.sentence_count(PLAIN)
            + 11.8 * fast.original(PLAIN, "en_US") / scorer.lexicon_count(PLAIN) - 15.59, abs=0.01)
    finally:
        readability.syllable_counts.cache_clear()  # its store lives in tmp_path
