"""Shared helpers: lint text through the real CLI and read findings back."""

from __future__ import annotations

import json
import tempfile
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from linter.cli import main

TODAY = "2026-11-21"

# Hypothesis would keep its example database and caches in the checkout (.hypothesis/).
settings.register_profile("hermetic", database=None)
settings.load_profile("hermetic")


def pytest_configure(config: pytest.Config) -> None:
    # Before collection: test modules build strategies, which already reach for the storage.
    set_hypothesis_home_dir(Path(tempfile.mkdtemp(prefix="medlint-tests-hypothesis-")))


class Run:
    def __init__(self, result) -> None:
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr

    def findings(self) -> list[dict]:
        return json.loads(self.stdout)

    def codes_at(self) -> list[str]:
        return [f"{f['line']}:{f['column']} {f['code']}" for f in self.findings()]


def medlint(*args: str, stdin: str | None = None) -> Run:
    runner = CliRunner()
    return Run(runner.invoke(main, list(args), input=stdin, catch_exceptions=False))


def lint_text(folder: Path, text: str, *flags: str, name: str = "article.md") -> list[dict]:
    """Write the (dedented) article to folder/name, lint it offline as of TODAY with the flags,
    and return its findings as --format json gives them."""
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = medlint("check", "--format", "json", "--offline", "--today", TODAY, *flags, str(path))
    assert result.exit_code in (0, 1), result.stderr
    return result.findings()


@pytest.fixture()
def lint(tmp_path: Path):
    """lint(markdown, *flags) -> findings as 'line:col CODE' strings, via --format json."""

    def run(text: str, *flags: str, name: str = "article.md") -> list[str]:
        return [f"{f['line']}:{f['column']} {f['code']}" for f in lint_text(tmp_path, text, *flags, name=name)]

    return run


Whole = tuple[int, int, str, str, str]


@pytest.fixture()
def lint_whole(tmp_path: Path):
    """lint_whole(markdown, *flags) -> (line, column, code, severity, message) of each finding."""

    def run(text: str, *flags: str, name: str = "article.md") -> list[Whole]:
        return [(f["line"], f["column"], f["code"], f["severity"], f["message"])
                for f in lint_text(tmp_path, text, *flags, name=name)]

    return run


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own home, cache folder and working folder under tmp_path: it never
    reads the user's link cache (an earlier run's dead results would change findings) and a
    relative path it writes lands in tmp_path, never in the checkout. Subprocesses inherit it."""
    home = tmp_path / "home"
    cache = home / ".cache" / "medlint"
    cache.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(cache))
    monkeypatch.chdir(tmp_path)
    return cache
