"""--result-cache files are not trusted: a corrupt page, a file that is no database or tampered
rows cost one warning line and a rebuild, never a crash; and a cached result is never stale:
cold and warm runs, a changed article, configuration, date, rule pack, fact pack or local link
target all give the findings of a run without the cache."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import TODAY

ARTICLE = textwrap.dedent("""\
    ---
    title: Article {n}
    ---
    # Article {n}

    Up to 30% of people had this side effect, and the HER-2 test came back positive.
    Studies show this is a miracle cure for everyone who suffers from cancer.
    """)


def lint(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "linter", "check", "--offline", "--format", "json",
                           "--today", TODAY, *extra, str(folder / "articles")],
                          capture_output=True, text=True, timeout=120, cwd=folder)


def archive(folder: Path, count: int = 60) -> Path:
    (folder / "articles").mkdir()
    for n in range(count):
        (folder / "articles" / f"a{n:03}.md").write_text(ARTICLE.format(n=n) + "x " * 300 * n)
    return folder / "results.sqlite"


def warnings(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if "cache" in line]


def corrupt_a_page(path: Path) -> None:
    """Garbage over one page in the middle of the table (VACUUM first, so it is in use)."""
    with sqlite3.connect(path) as connection:
        connection.execute("VACUUM")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    index = path.stat().st_size // page_size // 2
    with path.open("r+b") as handle:
        handle.seek(index * page_size)
        handle.write(bytes((n * 7 + 13) % 256 for n in range(page_size)))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corrupt_page_costs_one_warning_and_a_rebuild(tmp_path: Path, jobs: str) -> None:
    cache = archive(tmp_path)
    expected = lint(tmp_path, "-j", jobs)
    assert expected.returncode == 1
    assert lint(tmp_path, "-j", jobs, "--result-cache", str(cache)).stdout == expected.stdout
    corrupt_a_page(cache)
    damaged = lint(tmp_path, "-j", jobs, "--result-cache", str(cache))
    assert damaged.returncode == 1 and "Traceback" not in damaged.stderr, damaged.stderr
    assert damaged.stdout == expected.stdout
    (warning,) = warnings(damaged)  # one line, from the process that starts the run
    assert warning.startswith(f"medlint: result cache {cache} was corrupt (On tree page ")
    assert warning.endswith("); started a new one")
    again = lint(tmp_path, "-j", jobs, "--result-cache", str(cache))
    assert again.stdout == expected.stdout and warnings(again) == []
    with sqlite3.connect(cache) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        articles = len(list((tmp_path / "articles").iterdir()))
        assert connection.execute("SELECT count(*) FROM results").fetchone() == (articles,)
    connection.close()


def test_a_file_that_is_no_database_is_replaced(tmp_path: Path) -> None:
    cache = archive(tmp_path, 3)
    cache.write_bytes(b"\x00garbage" * 5000)
    expected = lint(tmp_path)
    damaged = lint(tmp_path, "--result-cache", str(cache))
    assert damaged.stdout == expected.stdout and damaged.returncode == 1
    assert warnings(damaged) == [f"medlint: result cache {cache} was corrupt (file is not a "
                                 "database); started a new one"]
    assert warnings(lint(tmp_path, "--result-cache", str(cache))) == []


@pytest.mark.parametrize("data", [
    "not json", "[]", '{"findings": 5}', "[" * 100000,
    '{"findings": [[1, 1, "NOPE001", 1, 2, "n", "warning", "m", null, ""]], "pending": [],'
    ' "phase_rules": [], "unchecked_site_links": 0, "filter": {"ignore": [], "severity": {}, "ranges": [], "unknown": []}}',
    '{"findings": [["one", 1, "CIT001", 1, 2, "n", "warning", "m", null, ""]], "pending": [],'
    ' "phase_rules": [], "unchecked_site_links": 0, "filter": {"ignore": [], "severity": {}, "ranges": [], "unknown": []}}',
    '{"findings": [], "pending": [["u", "b", "f", [1, 2], false]], "phase_rules": [], "unchecked_site_links": 0,'
    ' "filter": {"ignore": [], "severity": {}, "ranges": [], "unknown": []}}',
    '{"findings": [], "pending": [], "phase_rules": [], "unchecked_site_links": 0, "filter": {"ignore": [], '
    '"severity": {"CIT001": "loud"}, "ranges": [], "unknown": []}}',
])
def test_tampered_rows_are_linted_again(tmp_path: Path, data: str) -> None:
    cache = archive(tmp_path, 3)
    expected = lint(tmp_path)
    lint(tmp_path, "--result-cache", str(cache))
    with sqlite3.connect(cache) as connection:
        connection.execute("UPDATE results SET data = ?", (data,))
    connection.close()
    tampered = lint(tmp_path, "--result-cache", str(cache))
    assert tampered.returncode == 1 and "Traceback" not in tampered.stderr, tampered.stderr
    assert tampered.stdout == expected.stdout
    assert warnings(tampered) == [f"medlint: result cache {cache} has malformed entries; those "
                                  "files are linted again"]
    again = lint(tmp_path, "--result-cache", str(cache))
    assert again.stdout == expected.stdout and warnings(again) == []


HOUSE_PACK = textwrap.dedent("""\
    pack: house
    rules:
      - code: TERM101
        name: {name}
        kind: pattern
        message: "avoid '{{match}}'"
        description: Words that oversell treatment.
        options: {{terms: [{term}]}}
    """)


def test_cached_results_follow_the_rules_packs_and_options(tmp_path: Path) -> None:
    """Each step changes only what medlint knows, never the article: a cached result from the
    step before would be wrong every time."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(
        "# Treatment\n\n<!-- medlint-disable-next-line TERM101 -->\nNothing here.\n\n"
        "A miracle cure, a breakthrough.\n")
    cache = tmp_path / "results.sqlite"

    def step(pack: str | None, *select: str) -> list[tuple[str, str, str]]:
        config = tmp_path / "articles" / ".medlint.yml"
        if pack is None:
            config.unlink(missing_ok=True)
        else:
            (tmp_path / "articles" / "house.yml").write_text(pack)
            config.write_text("packs: [house.yml]\n")
        cached = lint(tmp_path, "--result-cache", str(cache), *select)
        fresh = lint(tmp_path, *select)
        assert cached.stdout == fresh.stdout and "Traceback" not in cached.stderr, cached.stderr
        return [(f["code"], f["name"], f["message"]) for f in json.loads(cached.stdout)]

    # No pack: the directive names a code no rule has (FILE006).
    assert [code for code, _, _ in step(None, "--select", "FILE")] == ["FILE006"]
    # The pack makes TERM101 known: same selection, no FILE006 any more.
    assert step(HOUSE_PACK.format(name="no-miracle", term="miracle"), "--select", "FILE") == []
    # The rule, renamed in its pack, then with other options: the findings say so.
    found = step(HOUSE_PACK.format(name="no-miracle", term="miracle"), "--select", "TERM101")
    assert found == [("TERM101", "no-miracle", "avoid 'miracle'")]
    renamed = step(HOUSE_PACK.format(name="no-hype", term="miracle"), "--select", "TERM101")
    assert renamed == [("TERM101", "no-hype", "avoid 'miracle'")]
    other = step(HOUSE_PACK.format(name="no-hype", term="breakthrough"), "--select", "TERM101")
    assert other == [("TERM101", "no-hype", "avoid 'breakthrough'")]


def test_tampered_audit_facts_are_linted_again(tmp_path: Path) -> None:
    """The audit report reads each article's title and dates back from the cache too."""
    cache = archive(tmp_path, 3)
    report = [sys.executable, "-m", "linter", "audit", "--offline", "--today", TODAY,
              "--result-cache", str(cache), str(tmp_path / "articles")]
    expected = subprocess.run(report, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert expected.returncode == 0, expected.stderr
    with sqlite3.connect(cache) as connection:
        for key, data in connection.execute("SELECT key, data FROM results").fetchall():
            entry = json.loads(data)
            entry["facts"] = {**(entry.get("facts") or {}), "published": "13/45/2020", "title": 7}
            connection.execute("UPDATE results SET data = ? WHERE key = ?", (json.dumps(entry), key))
    connection.close()
    tampered = subprocess.run(report, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert tampered.returncode == 0 and "Traceback" not in tampered.stderr, tampered.stderr
    assert tampered.stdout == expected.stdout
    assert warnings(tampered) == [f"medlint: result cache {cache} has malformed entries; those "
                                  "files are linted again"]


# -- a cached run gives the findings of a run without the cache --------------------------

CORPUS = {
    "her2.md": """\
        ---
        date: 2019-03-01
        ---
        # HER2 testing

        About 20% of breast cancers are HER2-positive, and Her2 testing is routine. Studies show
        that the test is reliable. See [scores](scores.md#what-the-scores-mean) and
        [side effects](side-effects.md).

        Emerging therapies include pertuzumab (Perjeta), a miracle cure with no side effects.
        """,
    "scores.md": """\
        ---
        date: 2026-10-01
        ---
        # Scores

        ## What the scores mean

        A score of 3+ is positive. Back to [testing](her2.md#her2-testing).
        """,
    "long.md": """\
        # One long sentence

        This article has one sentence that goes on and on about the prognosis with many words
        in it so that it is longer than the limit that the rule sets for patient articles today.
        """,
}


def corpus(folder: Path) -> Path:
    (folder / "articles").mkdir()
    for name, text in CORPUS.items():
        (folder / "articles" / name).write_text(textwrap.dedent(text))
    return folder / "results.sqlite"


def same_with_and_without_cache(folder: Path, cache: Path, *extra: str) -> list[str]:
    """Lints with the cache and without it; the same findings, or the test fails. Returns them
    as 'file:line:col CODE' for the step's own assertion."""
    cached = lint(folder, "--result-cache", str(cache), *extra)
    fresh = lint(folder, *extra)
    assert "Traceback" not in cached.stderr and cached.returncode in (0, 1), cached.stderr
    assert cached.stdout == fresh.stdout
    return [f"{Path(f['path']).name}:{f['line']}:{f['column']} {f['code']}" + severity(f)
            for f in json.loads(fresh.stdout)]


def severity(finding: dict) -> str:
    return "" if finding["severity"] == "warning" else f" ({finding['severity']})"


def cached_entries(cache: Path) -> int:
    with sqlite3.connect(cache) as connection:
        (count,) = connection.execute("SELECT count(*) FROM results").fetchone()
    connection.close()
    return int(count)


def test_cold_and_warm_runs_and_a_changed_file(tmp_path: Path) -> None:
    cache = corpus(tmp_path)
    cold = same_with_and_without_cache(tmp_path, cache)
    assert "her2.md:8:1 LINK005 (error)" in cold and "long.md:3:1 READ003 (info)" in cold
    assert cached_entries(cache) == len(CORPUS)
    warm = same_with_and_without_cache(tmp_path, cache)
    assert warm == cold and cached_entries(cache) == len(CORPUS)  # served, not stored again

    long_article = tmp_path / "articles" / "long.md"
    long_article.write_text("# One short sentence\n\nLast reviewed: 2026-11-01. This one is short.\n")
    changed = same_with_and_without_cache(tmp_path, cache)
    assert changed == [item for item in cold if not item.startswith("long.md")]
    assert cached_entries(cache) == len(CORPUS) + 1  # the old content's entry stays until pruned


def test_a_changed_configuration_or_date(tmp_path: Path) -> None:
    cache = corpus(tmp_path)
    before = same_with_and_without_cache(tmp_path, cache)
    config = tmp_path / "articles" / ".medlint.yml"
    steps = [
        "rules: {READ003: {max_words: 60}}\n",
        "severity: {TERM001: info}\n",
        "ignore: [SPAM]\n",
        "per-file-ignores: {'her2.md': [TERM]}\n",
        "audiences: {'long.md': professional}\n",
    ]
    for settings in steps:
        config.write_text(settings)
        found = same_with_and_without_cache(tmp_path, cache)
        assert found != before, settings
    config.unlink()
    assert same_with_and_without_cache(tmp_path, cache) == before
    later = same_with_and_without_cache(tmp_path, cache, "--today", "2030-01-01")
    assert "scores.md:2:7 DATE001 (info)" in later and "scores.md:2:7 DATE001 (info)" not in before


def test_a_changed_fact_pack(tmp_path: Path) -> None:
    """A fact pack named by a rule's options (facts_file) is read at run time: editing it must
    not leave old results in the cache."""
    cache = corpus(tmp_path)
    facts = tmp_path / "articles" / "facts.yml"
    fact = textwrap.dedent("""\
        terms:
          SCORE: [score]
        facts:
          - id: score-renamed
            changed: the score was renamed
            since: 2020-01-01
            source: Our editors, 2020
            confirmed: true
            keywords: [score]
            outdated: ["<SCORE> of {n}\\\\+ is positive"]
            current: The new score replaces it.
        """)
    facts.write_text(fact.format(n=2))
    (tmp_path / "articles" / ".medlint.yml").write_text(
        f"rules: {{DATE010: {{facts_file: {facts}, therapies_file: ''}}}}\n")
    assert "scores.md:8:1 DATE010" not in same_with_and_without_cache(tmp_path, cache, "--select", "DATE010")
    facts.write_text(fact.format(n=3))
    assert "scores.md:8:1 DATE010" in same_with_and_without_cache(tmp_path, cache, "--select", "DATE010")


def test_a_link_target_created_changed_or_deleted(tmp_path: Path) -> None:
    cache = corpus(tmp_path)
    articles = tmp_path / "articles"
    missing = "her2.md:8:1 LINK005 (error)"
    assert missing in same_with_and_without_cache(tmp_path, cache, "--select", "LINK005")
    (articles / "side-effects.md").write_text("# Side effects\n")
    assert same_with_and_without_cache(tmp_path, cache, "--select", "LINK005") == []
    # The fragment her2.md links to goes away from scores.md: her2.md's finding comes back.
    (articles / "scores.md").write_text("# Scores\n\nBack to [testing](her2.md#her2-testing).\n")
    assert same_with_and_without_cache(tmp_path, cache, "--select", "LINK005") == ["her2.md:7:32 LINK005 (error)"]
    (articles / "side-effects.md").unlink()
    assert same_with_and_without_cache(tmp_path, cache, "--select", "LINK005") == [
        "her2.md:7:32 LINK005 (error)", missing]
