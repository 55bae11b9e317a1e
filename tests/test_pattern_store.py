"""The stored pattern analyses: a run with them gives the findings a run without them gives,
and a damaged, tampered or unwritable store file is ignored (and replaced) without a word."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY

from linter import patterns
from linter.pattern_store import MAX_IDLE, PatternStore

EXAMPLES = Path(__file__).parent.parent / "examples"


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "linter", "check", "--offline", "--format", "json",
                           "--today", TODAY, "-j1", "articles"],
                          capture_output=True, text=True, timeout=120, cwd=folder)


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    for example in EXAMPLES.glob("*.md"):
        shutil.copy(example, tmp_path / "articles" / example.name)
    return tmp_path


def stored(cache: Path) -> Path:
    (found,) = cache.glob("pattern-analysis-*.txt")
    return found


def test_a_run_stores_the_analyses_and_the_next_run_reads_them_with_the_same_findings(
        articles: Path, isolated_cache: Path) -> None:
    cold = lint(articles)
    assert cold.returncode == 1, cold.stderr
    store = stored(isolated_cache)
    written = store.read_text().splitlines()
    assert len(written) > 100
    warm = lint(articles)
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    kept = store.read_text().splitlines()
    assert {line.split()[0] for line in written[1:]} <= {line.split()[0] for line in kept[1:]}


def test_every_stored_analysis_reads_back_as_the_parse_tree_gives_it(tmp_path: Path) -> None:
    from test_patterns import FIND_ALL_SETS, PREFILTERED_SETS

    asked = {(pattern, flags) for patterns_, flags in FIND_ALL_SETS.values() for pattern in patterns_}
    asked |= {(pattern, found.flags) for found in PREFILTERED_SETS.values() for pattern in found.patterns}
    expected = {key: (patterns._read_starts(*key), patterns._read_required(*key),
                      patterns._read_required_sets(*key)) for key in asked}
    path = tmp_path / "pattern-analysis.txt"
    store = PatternStore(path)
    for (pattern, flags), analysis in expected.items():
        store.add(pattern, flags, analysis)
    store.save()
    reread = PatternStore(path)
    assert {key: reread.get(*key) for key in expected} == expected


def _bad_digest(data: bytes) -> bytes:
    return data.replace(b'"', b"'", 1)


def _wrong_shape(data: bytes) -> bytes:
    """Each entry's starts a text, not a list of texts with their flags, under a good digest."""
    import hashlib

    body = b"\n".join(line.replace(b" [[[", b' ["everything",[', 1)
                       for line in data.partition(b"\n")[2].split(b"\n"))
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


@pytest.mark.parametrize("damage", [_bad_digest, _wrong_shape, lambda data: data[: len(data) // 2]],
                         ids=["digest", "shape", "truncated"])
def test_a_damaged_store_is_ignored_and_replaced(articles: Path, isolated_cache: Path, damage) -> None:
    expected = lint(articles)
    store = stored(isolated_cache)
    good = store.read_bytes()
    store.write_bytes(damage(good))
    run = lint(articles)
    assert (run.returncode, run.stdout, run.stderr) == (expected.returncode, expected.stdout, expected.stderr)
    assert len(store.read_bytes().splitlines()) == len(good.splitlines())  # written anew


def test_a_store_that_cannot_be_read_or_written_changes_nothing(articles: Path, isolated_cache: Path) -> None:
    expected = lint(articles)
    store = stored(isolated_cache)
    store.unlink()
    store.mkdir()  # a folder where the file should be
    run = lint(articles)
    assert (run.returncode, run.stdout, run.stderr) == (expected.returncode, expected.stdout, expected.stderr)
    assert store.is_dir() and not list(store.iterdir())
    assert [path.name for path in isolated_cache.glob("pattern-analysis-*")] == [store.name]  # no leftovers


def test_patterns_that_read_differently_in_each_run_do_not_pile_up(tmp_path: Path) -> None:
    path = tmp_path / "pattern-analysis.txt"
    for run in range(3 * MAX_IDLE):
        store = PatternStore(path)
        assert len(path.read_text().splitlines()) - 1 == min(run, MAX_IDLE + 1) if run else not path.exists()
        store.add(f"a pattern built afresh in run {run}", 0, (None, None, ()))
        store.save()


def _builtin_yaml() -> list[Path]:
    from linter.rules import packs_folder

    return sorted(packs_folder().glob("*.yml")) + sorted(packs_folder().glob("data/*.yml"))


@pytest.fixture()
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store opened as a command-line run opens it, in tmp_path, for this test only."""
    from linter import pattern_store

    monkeypatch.setattr(pattern_store, "_OPENED", [])
    pattern_store.open_store(tmp_path, patterns.__file__)
    return tmp_path


def test_the_built_in_yaml_reads_the_same_from_its_copy(opened: Path) -> None:
    import yaml

    from linter.pack_store import load_builtin

    for path in _builtin_yaml():
        parsed = yaml.safe_load(path.read_text("utf-8"))
        assert load_builtin(path) == parsed  # parsed, and copied
        assert load_builtin(path) == parsed, path.name  # from the copy: dates are dates again
    assert len(list(opened.glob("pack-*.json"))) == len(_builtin_yaml())


def _of_other_yaml(data: bytes) -> bytes:
    """A sound copy, but of other YAML (an earlier version of the file)."""
    import hashlib

    rest = hashlib.sha256(b"earlier").hexdigest().encode() + b"\n" + data.split(b"\n", 2)[2]
    return hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest


def _date_not_text(data: bytes) -> bytes:
    """A sound digest over a date that is a number."""
    import hashlib
    import re

    rest = re.sub(rb'\{"\\u0000date":"[^"]*"\}', rb'{"\\u0000date":7}', data.split(b"\n", 1)[1], count=1)
    return hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest


@pytest.mark.parametrize("damage", [_bad_digest, lambda data: data[: len(data) // 2], _of_other_yaml,
                                    _date_not_text],
                         ids=["digest", "truncated", "other yaml", "date not text"])
def test_a_damaged_copy_is_ignored_and_written_anew(opened: Path, damage) -> None:
    import yaml

    from linter.pack_store import load_builtin

    path = next(p for p in _builtin_yaml() if p.name == "her2-therapies.yml")
    load_builtin(path)
    (copy,) = opened.glob("pack-*her2-therapies.yml.json")
    good = copy.read_bytes()
    copy.write_bytes(damage(good))
    assert load_builtin(path) == yaml.safe_load(path.read_text("utf-8"))
    assert copy.read_bytes() == good
