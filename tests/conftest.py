"""Shared helpers: lint text through the real CLI and read findings back."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

TODAY = "2026-11-21"


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


@pytest.fixture()
def lint(tmp_path: Path):
    """lint(markdown, *flags) -> findings as 'line:col CODE' strings, via --format json."""

    def run(text: str, *flags: str, name: str = "article.md") -> list[str]:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        result = medlint("check", "--format", "json", "--offline", "--today", TODAY,
                         *flags, str(path))
        assert result.exit_code in (0, 1), result.stderr
        return result.codes_at()

    return run


@pytest.fixture()
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(cache))
    return cache
